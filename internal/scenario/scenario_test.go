package scenario

import "testing"

// TestArchiveRoundTrip checks the tiny txtar reader and writer.
func TestArchiveRoundTrip(t *testing.T) {
	src := "# comment\nbase: x\n-- a.json --\n{}\n-- want --\ncategory 1\n"
	a := Parse(src)
	if a.Comment != "# comment\nbase: x\n" || len(a.Files) != 2 || a.Files[1].Data != "category 1\n" {
		t.Fatalf("Parse(%q) = %+v", src, a)
	}
	if got := a.Format(); got != src {
		t.Errorf("Format() = %q, want %q", got, src)
	}
}
