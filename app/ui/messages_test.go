package ui

import (
	"regexp"
	"slices"
	"strconv"
	"testing"
	"unicode"
)

// TestCatalogComplete checks that every language's catalog has exactly
// the keys of the first language's, that no text is empty or sits in
// another language's script, and that each text takes the same printf
// arguments with the same verbs as the first language's (tf fills them).
func TestCatalogComplete(t *testing.T) {
	first := languages[0]
	for _, l := range languages {
		for key := range first.text {
			if _, ok := l.text[key]; !ok {
				t.Errorf("message %q is missing in %s (catalog_%s.go)", key, l.Code, l.Code)
			}
		}
		for key, text := range l.text {
			want, ok := first.text[key]
			switch {
			case !ok:
				t.Errorf("message %q is in %s but not in %s", key, l.Code, first.Code)
			case text == "":
				t.Errorf("message %q is empty in %s", key, l.Code)
			case !slices.Equal(verbs(text), verbs(want)):
				t.Errorf("message %q has verbs %q in %s but %q in %s", key, verbs(text), l.Code, verbs(want), first.Code)
			}
			if bad := wrongScript(l.Code, text); bad != 0 {
				t.Errorf("message %q in %s has %q, a character of another language's script: %q", key, l.Code, bad, text)
			}
		}
	}
}

// verb is one printf verb: an optional argument index, then flags,
// width, precision and the verb letter.
var verb = regexp.MustCompile(`%(?:\[([0-9]+)\])?([-+# 0]*[0-9]*(?:\.[0-9]+)?[a-zA-Z%])`)

// verbs lists, argument by argument, the printf verb that text uses for
// it, so that a translation may take the arguments in another order
// (%[2]d) but never another number or kind of them.
func verbs(text string) []string {
	var out []string
	next := 1
	for _, m := range verb.FindAllStringSubmatch(text, -1) {
		if m[2] == "%" {
			continue
		}
		arg := next
		if m[1] != "" {
			arg, _ = strconv.Atoi(m[1])
		}
		next = arg + 1
		for len(out) < arg {
			out = append(out, "")
		}
		out[arg-1] = "%" + m[2]
	}
	return out
}

func TestVerbs(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"%d of %s, 100%% and %.1f", []string{"%d", "%s", "%.1f"}},
		{"%[3]s on %[2]d/%[1]d", []string{"%d", "%d", "%s"}},
		{"no verb", nil},
	}
	for _, tt := range tests {
		if got := verbs(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("verbs(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// wrongScript returns a character of text that the language does not
// write, or 0. English has no Han, Kana or Hangul; Chinese no Kana or
// Hangul; Japanese no Hangul; Korean no Kana.
func wrongScript(lang, text string) rune {
	for _, r := range text {
		han := unicode.Is(unicode.Han, r)
		kana := unicode.In(r, unicode.Hiragana, unicode.Katakana) && r != 'ー' && r != '・'
		hangul := unicode.Is(unicode.Hangul, r)
		switch {
		case lang == "en" && (han || kana || hangul),
			lang == "zh" && (kana || hangul),
			lang == "ja" && hangul,
			lang == "ko" && kana:
			return r
		}
	}
	return 0
}

func TestWrongScript(t *testing.T) {
	tests := []struct {
		lang, text string
		want       rune
	}{
		{"en", "Start", 0},
		{"en", "Start 开始", '开'},
		{"zh", "开始自评", 0},
		{"zh", "开始です", 'で'},
		{"ja", "セルフチェック", 0},
		{"ja", "시작", '시'},
		{"ko", "자가진단 시작", 0},
		{"ko", "シ작", 'シ'},
	}
	for _, tt := range tests {
		if got := wrongScript(tt.lang, tt.text); got != tt.want {
			t.Errorf("wrongScript(%q, %q) = %q, want %q", tt.lang, tt.text, got, tt.want)
		}
	}
}
