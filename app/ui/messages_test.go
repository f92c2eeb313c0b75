package ui

import (
	"testing"
	"unicode"
)

// TestCatalogComplete checks that every message exists in all four
// languages and that no text sits in another language's script.
func TestCatalogComplete(t *testing.T) {
	for key, m := range catalog {
		for _, l := range languages {
			text := m.in(l.Code)
			if text == "" {
				t.Errorf("message %q is empty in %s", key, l.Code)
				continue
			}
			if bad := wrongScript(l.Code, text); bad != 0 {
				t.Errorf("message %q in %s has %q, a character of another language's script: %q", key, l.Code, bad, text)
			}
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
