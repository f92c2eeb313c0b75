package assessment

import "strings"

// HalfWidth maps the full-width forms of ASCII (！ to ～: １３９, －, ／),
// which a Chinese input method in full-width mode types, and the
// ideographic space to ASCII, so that a number, a date or a phone typed
// that way reads as typed the other way. Text all ASCII is returned as it
// is, without a copy.
func HalfWidth(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			return r - 0xFF01 + '!'
		case r == 0x3000:
			return ' '
		}
		return r
	}, s)
}
