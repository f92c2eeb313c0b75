package assessment

import "testing"

func TestInertCell(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "临沂精工", "临沂精工"},
		{"equals", "=1+1", "'=1+1"},
		{"plus", "+86 539", "'+86 539"},
		{"minus", "-1", "'-1"},
		{"at", "@SUM(A1)", "'@SUM(A1)"},
		{"tab", "\t=1", "'\t=1"},
		{"line feed", "\n=1+1", "'\n=1+1"},
		{"lone CR", "\r=1+1", "'\n=1+1"},
		{"CRLF", "\r\n=1+1", "'\n=1+1"},
		{"break inside", "第一行\r\n第二行", "第一行\n第二行"},
		{"apostrophe", "'=1", "'=1"},
		{"empty", "", ""},
	}
	for _, c := range tests {
		t.Run(c.name, func(t *testing.T) {
			if got := InertCell(c.in); got != c.want {
				t.Errorf("InertCell(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}
