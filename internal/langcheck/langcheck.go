// Package langcheck holds the kit's tests to its four languages: every
// piece of text it prints is there in Chinese, English, Japanese and
// Korean, and each is written in its own script. The rules' tests and the
// documents' tests check their texts through it. It imports the standard
// library alone, so that the rules' own tests may use it.
package langcheck

import (
	"strings"
	"testing"
	"unicode"
)

// Scripts counts the runes of a text by script.
type Scripts struct{ Han, Kana, Hangul, Letters int }

// Of counts the runes of s by script.
func Of(s string) Scripts {
	var c Scripts
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			c.Han++
		case unicode.In(r, unicode.Hiragana, unicode.Katakana) && r != '・':
			c.Kana++
		case unicode.Is(unicode.Hangul, r):
			c.Hangul++
		}
		if unicode.IsLetter(r) {
			c.Letters++
		}
	}
	return c
}

// Problem says what is wrong with text s as language lang, or "".
// A long Japanese text must hold kana (a kanji-only sentence is likely
// Chinese left untranslated); a Korean text with any Han or any words must
// hold Hangul.
func Problem(lang, s string) string {
	c := Of(s)
	switch lang {
	case "zh":
		if c.Kana > 0 || c.Hangul > 0 {
			return "Chinese text holds kana or Hangul"
		}
	case "en":
		if c.Han > 0 || c.Kana > 0 || c.Hangul > 0 {
			return "English text holds Han, kana or Hangul"
		}
	case "ja":
		if c.Hangul > 0 {
			return "Japanese text holds Hangul"
		}
		if c.Kana == 0 && c.Han > 12 {
			return "Japanese text has no kana"
		}
	case "ko":
		if c.Kana > 0 {
			return "Korean text holds kana"
		}
		if c.Hangul == 0 && (c.Han > 0 || c.Letters > 2) {
			return "Korean text has no Hangul"
		}
	}
	return ""
}

// Strip takes what the user typed out of s, so that names, addresses and
// notes, kept as typed in whatever script, are not checked.
func Strip(s string, typed []string) string {
	for _, u := range typed {
		if u != "" {
			s = strings.ReplaceAll(s, u, " ")
		}
	}
	return s
}

// Check checks one text, given as its form in each of langs (exact, ""
// when missing; the first language is the language of record): all filled,
// each in its script. A text empty in every language is no text on
// purpose (a question without help).
func Check(t testing.TB, key string, exact func(lang string) string, langs []string, typed []string) {
	t.Helper()
	empty := true
	for _, lang := range langs {
		empty = empty && exact(lang) == ""
	}
	if empty {
		return
	}
	zh := exact(langs[0])
	for _, lang := range langs {
		s := exact(lang)
		if s == "" {
			t.Errorf("%s [%s]: empty (zh %q)", key, lang, zh)
			continue
		}
		if p := Problem(lang, Strip(s, typed)); p != "" {
			t.Errorf("%s [%s]: %s: %q", key, lang, p, s)
		}
		if lang == "ja" && s == zh && Of(s).Han > 5 {
			t.Errorf("%s [ja]: the same as the Chinese: %q", key, s)
		}
	}
}
