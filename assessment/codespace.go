package assessment

import "strings"

// StripSpace removes every whitespace character from s: a code's alphabet
// has none, and chat apps and scanners put line breaks and spaces into
// long codes. Go's base64 would skip \r and \n only; this drops them all,
// on purpose, before anything is decoded.
func StripSpace(s string) string {
	return strings.Join(strings.Fields(s), "")
}
