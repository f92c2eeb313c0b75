package wire

import (
	"encoding/binary"
	"strings"
	"unicode/utf8"
)

// Compact text spends one byte on ASCII and two on the scripts of its
// table: a byte 0x01–0x7F is that ASCII character; a byte b ≥ 0x80 and
// the next byte n give v = (b−0x80)<<8 | n, which counts through the
// table's ranges in order; byte 0 and a uvarint encode any other
// character. A Chinese name costs 2 bytes a character instead of UTF-8's 3.
//
// There are two tables, both in circulation: Text, which the summary and
// daily codes use and which knows Hangul, and LinkText, the park link's,
// which came first and does not.

// Compact is a compact text encoding: its table of two-byte ranges.
type Compact struct{ ranges []span }

// span is a range of n characters from lo.
type span struct{ lo, n rune }

// Text maps the two-byte values onto U+4E00–U+9FFF (CJK ideographs),
// U+AC00–U+D7A3 (Hangul syllables), U+3000–U+30FF (CJK punctuation, kana)
// and U+FF00–U+FFEF (full-width forms), in that order.
var Text = Compact{[]span{
	{0x4E00, 0x5200},
	{0xAC00, 0x2BA4},
	{0x3000, 0x0100},
	{0xFF00, 0x00F0},
}}

// LinkText maps them onto U+3000–U+9FFF (CJK punctuation, kana,
// ideographs) and U+F000–U+FFFF (full-width forms among them).
var LinkText = Compact{[]span{
	{0x3000, 0x7000},
	{0xF000, 0x1000},
}}

// Append appends s in c. s should be valid UTF-8 without NUL: a character
// that is not is written as U+FFFD.
func (c Compact) Append(b []byte, s string) []byte {
	for _, r := range s {
		if r > 0 && r < 0x80 {
			b = append(b, byte(r))
			continue
		}
		if v, ok := c.value(r); ok {
			b = append(b, 0x80|byte(v>>8), byte(v))
			continue
		}
		b = append(b, 0)
		b = binary.AppendUvarint(b, uint64(r))
	}
	return b
}

// value is the two-byte value of r, if it has one.
func (c Compact) value(r rune) (rune, bool) {
	v := rune(0)
	for _, sp := range c.ranges {
		if r >= sp.lo && r < sp.lo+sp.n {
			return v + r - sp.lo, true
		}
		v += sp.n
	}
	return 0, false
}

// Read decodes b, all of it, from c; ok is false on a malformed sequence.
func (c Compact) Read(b []byte) (s string, ok bool) {
	var sb strings.Builder
	sb.Grow(readLen(b)) // one allocation: a registry reads 10,000 texts when it opens
	for i := 0; i < len(b); {
		switch x := b[i]; {
		case x > 0 && x < 0x80:
			sb.WriteByte(x)
			i++
		case x >= 0x80:
			if i+1 >= len(b) {
				return "", false
			}
			r, ok := c.char(rune(x&0x7F)<<8 | rune(b[i+1]))
			if !ok {
				return "", false
			}
			sb.WriteRune(r)
			i += 2
		default:
			r, k := binary.Uvarint(b[i+1:])
			if k <= 0 || r > utf8.MaxRune || !utf8.ValidRune(rune(r)) {
				return "", false
			}
			sb.WriteRune(rune(r))
			i += 1 + k
		}
	}
	return sb.String(), true
}

// readLen is at least the length in UTF-8 of the text b holds, and its
// exact length when b is well formed and holds ASCII and two-byte values
// alone: a two-byte value is a character of the Basic Multilingual Plane,
// three bytes in UTF-8; a byte 0 and its uvarint count four.
func readLen(b []byte) int {
	n := 0
	for i := 0; i < len(b); i++ {
		switch x := b[i]; {
		case x > 0 && x < 0x80:
			n++
		case x >= 0x80:
			n += 3
			i++
		default:
			n += utf8.UTFMax
		}
	}
	return n
}

// char is the character of two-byte value v, if any.
func (c Compact) char(v rune) (rune, bool) {
	for _, sp := range c.ranges {
		if v < sp.n {
			return sp.lo + v, true
		}
		v -= sp.n
	}
	return 0, false
}
