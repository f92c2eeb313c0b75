package assessment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// squareMetresInWords writes every "m²" in t as "平方米", dropping the space
// that sets it off before Chinese text: "2.5 m² 办公" becomes "2.5 平方米办公".
// It is plain string code rather than a regular expression, so that the
// WebAssembly carries no regexp engine and starts without building its
// Unicode tables.
func squareMetresInWords(t string) string {
	const unit = "m²"
	if !strings.Contains(t, unit) {
		return t
	}
	var b strings.Builder
	for {
		i := strings.Index(t, unit)
		if i < 0 {
			b.WriteString(t)
			return b.String()
		}
		b.WriteString(t[:i])
		b.WriteString("平方米")
		t = t[i+len(unit):]
		if rest, ok := strings.CutPrefix(t, " "); ok {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.Is(unicode.Han, r) {
				t = rest
			}
		}
	}
}
