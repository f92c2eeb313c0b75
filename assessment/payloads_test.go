package assessment

import (
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// hostilePayload is one piece of hostile text the kit must meet at every
// door, and what the text policy makes of it in a one-line field of 100
// characters.
type hostilePayload struct {
	name string
	text string
	want TextIssue
}

// hostilePayloads are the held payloads: markup, spreadsheet formulas,
// control characters, bidirectional controls, invalid UTF-8 and
// 10,000-character text. Markup and formulas are text like any other: the
// screens escape them and the CSV writer makes them inert.
var hostilePayloads = []hostilePayload{
	{"plain Chinese", "临沂精工机械有限公司", TextOK},
	{"script tag", "<script>alert(1)</script>", TextOK},
	{"img onerror", `<img src=x onerror="alert(1)">`, TextOK},
	{"formula =", "=cmd|' /C calc'!A0", TextOK},
	{"formula @", "@SUM(A1:A2)", TextOK},
	{"formula +", "+1+1", TextOK},
	{"formula -", "-2+3", TextOK},
	{"literal U+FFFD", "公司\uFFFD", TextOK},
	{"NUL", "公司\x00", TextControl},
	{"bell", "a\x07b", TextControl},
	{"escape sequence", "\x1b[31m红\x1b[0m", TextControl},
	{"DEL", "a\x7fb", TextControl},
	{"C1 NEL", "a\u0085b", TextControl},
	{"line feed", "\n=1+1", TextControl},
	{"carriage return", "公司\r", TextControl},
	{"tab", "\t=1+1", TextControl},
	{"RLO", "\u202Egnp.exe", TextBidi},
	{"RLI isolate", "\u2067公司\u2069", TextBidi},
	{"RLM", "a\u200Fb", TextBidi},
	{"Arabic letter mark", "a\u061Cb", TextBidi},
	{"zero-width space", "公\u200B司", TextBidi},
	{"byte-order mark", "\uFEFF公司", TextBidi},
	{"invalid byte", "公司\xff", TextNotUTF8},
	{"cut sequence", "公司\xe5\x85", TextNotUTF8},
	{"surrogate", "\xed\xa0\x80", TextNotUTF8},
	{"overlong slash", "\xc0\xaf", TextNotUTF8},
	{"10,000 characters", strings.Repeat("企", 10000), TextTooLong},
	{"101 characters", strings.Repeat("a", 101), TextTooLong},
	{"100 characters", strings.Repeat("a", 100), TextOK},
}

// jsonRawString writes s as a JSON string but keeps bytes that are not
// UTF-8 as they are, as a hostile file would hold them (json.Marshal
// would turn them into U+FFFD first).
func jsonRawString(s string) string {
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
