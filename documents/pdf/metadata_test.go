package pdf

import (
	"strings"
	"testing"
)

// TestXMPLanguage checks the language each code is recorded with: the
// kit's by their catalog's tag, another by itself when it looks like a
// tag, and none when it does not.
func TestXMPLanguage(t *testing.T) {
	tests := []struct{ lang, want string }{
		{"zh", "zh-CN"},
		{"en", "en"},
		{"ja", "ja"},
		{"ko", "ko"},
		{"fr-CA", "fr-CA"},
		{"<x>", ""},
		{"", ""},
	}
	for _, tt := range tests {
		xmp := string(xmpMetadata("t", "a", tt.lang))
		var got string
		if _, rest, ok := strings.Cut(xmp, "<dc:language><rdf:Bag><rdf:li>"); ok {
			got, _, _ = strings.Cut(rest, "<")
		}
		if got != tt.want {
			t.Errorf("xmpMetadata(%q) records language %q, want %q", tt.lang, got, tt.want)
		}
	}
}
