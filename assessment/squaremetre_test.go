package assessment

import (
	"regexp"
	"testing"
)

// squareMetreRule is the rule squareMetresInWords follows, as a regular
// expression: "m²", and the space after it when Chinese text follows.
var squareMetreRule = regexp.MustCompile(`m²(?: (\p{Han}))?`)

func TestSquareMetresInWords(t *testing.T) {
	for _, in := range []string{
		"",
		"no unit here",
		"2.5 m²",
		"2.5 m² 办公",
		"2.5 m² office",
		"2.5 m²  办公",
		"m² 宿舍 m² 食堂，4 m²/人",
		"m²m² 人",
		"m ² 人",
		"m² ",
		"m² \xff",
		"面积 10 m² 以上",
	} {
		want := squareMetreRule.ReplaceAllString(in, "平方米$1")
		if got := squareMetresInWords(in); got != want {
			t.Errorf("squareMetresInWords(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzSquareMetresInWords(f *testing.F) {
	f.Add("2.5 m² 办公，m² x")
	f.Fuzz(func(t *testing.T, in string) {
		want := squareMetreRule.ReplaceAllString(in, "平方米$1")
		if got := squareMetresInWords(in); got != want {
			t.Errorf("squareMetresInWords(%q) = %q, want %q", in, got, want)
		}
	})
}
