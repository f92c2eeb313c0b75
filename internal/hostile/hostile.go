// Package hostile holds the hostile text the kit must meet at every door,
// shared by the tests of several packages. Only tests import it.
package hostile

import (
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// Payload is one piece of hostile text and what the text policy makes of
// it in a one-line field of 100 characters: Issue is "ok", "not_utf8",
// "control", "bidi" or "too_long".
type Payload struct {
	Name  string
	Text  string
	Issue string
}

// Payloads are the held payloads: markup, spreadsheet formulas, control
// characters, bidirectional controls, invalid UTF-8 and 10,000-character
// text. Markup and formulas are text like any other: the screens escape
// them and the CSV writer makes them inert.
var Payloads = []Payload{
	{"plain Chinese", "临沂精工机械有限公司", "ok"},
	{"script tag", "<script>alert(1)</script>", "ok"},
	{"img onerror", `<img src=x onerror="alert(1)">`, "ok"},
	{"formula =", "=cmd|' /C calc'!A0", "ok"},
	{"formula @", "@SUM(A1:A2)", "ok"},
	{"formula +", "+1+1", "ok"},
	{"formula -", "-2+3", "ok"},
	{"literal U+FFFD", "公司\uFFFD", "ok"},
	{"NUL", "公司\x00", "control"},
	{"bell", "a\x07b", "control"},
	{"escape sequence", "\x1b[31m红\x1b[0m", "control"},
	{"DEL", "a\x7fb", "control"},
	{"C1 NEL", "a\u0085b", "control"},
	{"line feed", "\n=1+1", "control"},
	{"carriage return", "公司\r", "control"},
	{"tab", "\t=1+1", "control"},
	{"RLO", "\u202Egnp.exe", "bidi"},
	{"RLI isolate", "\u2067公司\u2069", "bidi"},
	{"RLM", "a\u200Fb", "bidi"},
	{"Arabic letter mark", "a\u061Cb", "bidi"},
	{"zero-width space", "公\u200B司", "bidi"},
	{"byte-order mark", "\uFEFF公司", "bidi"},
	{"invalid byte", "公司\xff", "not_utf8"},
	{"cut sequence", "公司\xe5\x85", "not_utf8"},
	{"surrogate", "\xed\xa0\x80", "not_utf8"},
	{"overlong slash", "\xc0\xaf", "not_utf8"},
	{"10,000 characters", strings.Repeat("企", 10000), "too_long"},
	{"101 characters", strings.Repeat("a", 101), "too_long"},
	{"100 characters", strings.Repeat("a", 100), "ok"},
}

// JSONRawString writes s as a JSON string but keeps bytes that are not
// UTF-8 as they are, as a hostile file would hold them (json.Marshal
// would turn them into U+FFFD first).
func JSONRawString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteByte(s[i])
		} else {
			q, _ := json.Marshal(s[i : i+n])
			b.Write(q[1 : len(q)-1])
		}
		i += n
	}
	b.WriteByte('"')
	return b.String()
}

// Chunks cuts s into pieces of n bytes, the last one shorter, as a chat
// app breaks a long code across lines.
func Chunks(s string, n int) []string {
	var out []string
	for len(s) > n {
		out = append(out, s[:n])
		s = s[n:]
	}
	return append(out, s)
}
