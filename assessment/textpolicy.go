package assessment

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The kit's one text policy, applied to every piece of text that comes
// from outside — answers typed in the form or read from a file, a park's
// link, a summary code, a registry backup — so that what one door refuses
// no other lets in:
//
//   - valid UTF-8: bytes that are not are reported, never silently
//     replaced by U+FFFD;
//   - no control characters (C0, DEL, C1); line breaks and tabs only in
//     text that may run over several lines (a plan section);
//   - no bidirectional controls (U+061C, U+200E–U+200F, U+202A–U+202E,
//     U+2066–U+2069), which reorder what a reader sees, and no other
//     invisible format characters (zero-width spaces, the byte-order mark,
//     soft hyphens…);
//   - at most the field's number of characters, the same limits the form
//     applies.
//
// A number beyond what a float64 holds (1e309) is out of range, not "not
// a number" (numberOutOfRange).

// TextIssue is what the text policy finds wrong with a piece of text.
type TextIssue int

// The issues CheckText reports, in the order it looks for them.
const (
	TextOK      TextIssue = iota // nothing wrong
	TextNotUTF8                  // bytes that are not UTF-8
	TextControl                  // a control character
	TextBidi                     // a bidirectional control or another invisible format character
	TextTooLong                  // more characters than the field allows
)

// Problem codes of the text policy (beside CodeTooLong).
const (
	CodeEncoding = "encoding" // text that is not valid UTF-8
	CodeControl  = "control"  // a control character in text
	CodeHidden   = "hidden"   // a bidirectional control or invisible format character
)

// CheckText applies the text policy to s: valid UTF-8, no control
// characters (but line breaks and tabs when multiline), no bidirectional
// controls or invisible format characters, at most max characters (no
// limit when max ≤ 0). It returns the first issue found.
func CheckText(s string, max int, multiline bool) TextIssue {
	if !utf8.ValidString(s) {
		return TextNotUTF8
	}
	n := 0
	for _, r := range s {
		n++
		switch {
		case multiline && (r == '\n' || r == '\r' || r == '\t'):
		case unicode.Is(unicode.Cc, r):
			return TextControl
		case unicode.Is(unicode.Cf, r):
			return TextBidi
		}
	}
	if max > 0 && n > max {
		return TextTooLong
	}
	return TextOK
}

// Code is the Problem code of the issue ("" for TextOK).
func (i TextIssue) Code() string {
	switch i {
	case TextNotUTF8:
		return CodeEncoding
	case TextControl:
		return CodeControl
	case TextBidi:
		return CodeHidden
	case TextTooLong:
		return CodeTooLong
	}
	return ""
}

// Message says, in the four languages, what the issue is in the field
// labelled label, whose limit is max characters.
func (i TextIssue) Message(label Text, max int) Text {
	q := quoted(label)
	switch i {
	case TextNotUTF8:
		return msgf("validation.text_policy.message.holds_bytes_that_are", "q", q)
	case TextControl:
		return msgf("validation.text_policy.message.holds_control_character_invisible", "q", q)
	case TextBidi:
		return msgf("validation.text_policy.message.holds_character_that_reverses", "q", q)
	case TextTooLong:
		return MsgTooLong(label, max)
	}
	return Text{}
}

// textProblem checks s, the answer or field id labelled label, against
// the text policy, and returns the Problem it finds, or nil.
func textProblem(id string, label Text, s string, max int, multiline bool) *Problem {
	i := CheckText(s, max, multiline)
	if i == TextOK {
		return nil
	}
	return &Problem{Code: i.Code(), Question: id, Severity: Error, Message: i.Message(label, max)}
}

// CleanText makes s pass the text policy without a length limit: bytes
// that are not UTF-8, control characters and invisible format characters
// are dropped (line breaks and tabs kept when multiline), and surrounding
// space trimmed. It serves where text must go on whatever it holds — a
// summary code made from answers the validator has already reported —
// never to hide a problem from the person who typed it.
func CleanText(s string, multiline bool) string {
	var b []byte
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		keep := !(r == utf8.RuneError && n == 1) && CheckText(s[i:i+n], 0, multiline) == TextOK
		if keep {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(bytes.TrimSpace(b))
}

// numberOutOfRange reports whether raw is a JSON number that a float64
// cannot hold, such as 1e309 or -1e400: out of range, not "not a number".
func numberOutOfRange(raw []byte) bool {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || !(raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9') || !json.Valid(raw) {
		return false
	}
	_, err := strconv.ParseFloat(string(raw), 64)
	return errors.Is(err, strconv.ErrRange)
}

// maxShown is the most characters of outside text a message repeats.
const maxShown = 40

// shown writes text from outside (an unknown ID, a choice that is not
// one) for a message that repeats it: as it is when the policy accepts it
// and it is short, else quoted with its control, invisible and broken
// characters escaped and cut to maxShown, so that a message never carries
// what the policy keeps out.
func shown(s string) string {
	if CheckText(s, maxShown, false) == TextOK {
		return s
	}
	r := []rune(strings.ToValidUTF8(s, "\uFFFD"))
	if len(r) > maxShown {
		r = append(r[:maxShown], '…')
	}
	return strconv.QuoteToGraphic(string(r))
}
