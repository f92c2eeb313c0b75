package assessment

import "testing"

func TestHalfWidth(t *testing.T) {
	for in, want := range map[string]string{
		"１３９０５３９１２３４": "13905391234",
		"２０２６－０２－０１":  "2026-02-01",
		"１２　人":        "12 人",
		"ＡＢｃ！～":       "ABc!~",
		"临沂精工":        "临沂精工",
		"plain 123":   "plain 123",
		"":            "",
	} {
		if got := HalfWidth(in); got != want {
			t.Errorf("HalfWidth(%q) = %q, want %q", in, got, want)
		}
	}
}
