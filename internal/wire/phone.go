package wire

import "strings"

// A phone number of PhoneSymbols only is packed 4 bits a character, two a
// byte, the high half first; an odd count is padded with 0xF. Its count
// is written by the caller, as its format says.

// PhoneSymbols are the characters a packed phone number may hold, by their
// 4-bit code.
const PhoneSymbols = "0123456789-+ ()"

// IsPhone reports whether s holds PhoneSymbols only, and so packs.
func IsPhone(s string) bool { return strings.Trim(s, PhoneSymbols) == "" }

// Phone appends s packed; s must be IsPhone.
func (w *Writer) Phone(s string) {
	for i := 0; i < len(s); i += 2 {
		hi := byte(strings.IndexByte(PhoneSymbols, s[i]))
		lo := byte(0xF)
		if i+1 < len(s) {
			lo = byte(strings.IndexByte(PhoneSymbols, s[i+1]))
		}
		w.B = append(w.B, hi<<4|lo)
	}
}

// Phone reads a packed phone number of n characters.
func (r *Reader) Phone(n int) string {
	packed := r.Take((n + 1) / 2)
	if packed == nil {
		return ""
	}
	var out strings.Builder // one allocation
	out.Grow(n)
	for i := range n {
		c := packed[i/2] >> 4
		if i%2 == 1 {
			c = packed[i/2] & 0xF
		}
		if int(c) >= len(PhoneSymbols) {
			r.Fail()
			return ""
		}
		out.WriteByte(PhoneSymbols[c])
	}
	if n%2 == 1 && packed[len(packed)-1]&0xF != 0xF {
		r.Fail()
	}
	return out.String()
}
