package wire

import (
	"encoding/binary"
	"strings"
)

// The park link's payload is a frame whose head is its version byte,
// written in base 36 (0–9, A–Z): every 5 bytes become 8 characters, the
// last 1–4 bytes 2, 4, 5 or 7. Those characters are all in a QR code's
// alphanumeric mode, and survive any chat app's link detection.

// maxLinkBody is the longest body a link's length may announce.
const maxLinkBody = 1 << 20

// EncodeLink returns body as a link payload of version.
func EncodeLink(version byte, body []byte) string {
	return base36Encode(seal([]byte{version}, body))
}

// DecodeLink returns the body and the version of payload (in capitals).
// It reads the frame's length first, so that a payload cut short is
// Truncated and one with characters added or changed Altered; a version
// is returned as it is, for the caller to judge.
func DecodeLink(payload string) (body []byte, version int, why Why) {
	if !isBase36(payload) {
		return nil, 0, Malformed
	}
	hb, why := base36Decode(payload[:min(8, len(payload))])
	if why != OK {
		return nil, 0, why
	}
	if len(hb) < 2 {
		return nil, 0, Truncated
	}
	n, w := binary.Uvarint(hb[1:])
	switch {
	case w == 0:
		return nil, 0, Truncated
	case w < 0 || n > maxLinkBody:
		return nil, 0, Altered
	}
	switch want := base36Chars(1 + w + int(n) + 4); {
	case len(payload) < want:
		return nil, 0, Truncated
	case len(payload) > want:
		return nil, 0, Altered
	}
	data, why := base36Decode(payload)
	if why != OK {
		return nil, 0, why
	}
	body, why = open(data, 1, maxLinkBody)
	if why == overlong {
		why = Altered
	}
	if why != OK {
		return nil, 0, why
	}
	return body, int(data[0]), OK
}

// base36 digits, and how many characters a final block of 0–4 bytes takes.
const base36Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

var (
	base36Tail  = [5]int{0, 2, 4, 5, 7}
	base36Bytes = [8]int{0, -1, 1, -1, 2, 3, -1, 4} // characters → bytes; -1 cannot happen
)

// base36Encode writes data 5 bytes to 8 characters.
func base36Encode(data []byte) string {
	var sb strings.Builder
	for len(data) > 0 {
		n := min(5, len(data))
		var v uint64
		for _, c := range data[:n] {
			v = v<<8 | uint64(c)
		}
		chars := 8
		if n < 5 {
			chars = base36Tail[n]
		}
		var buf [8]byte
		for i := chars - 1; i >= 0; i-- {
			buf[i] = base36Digits[v%36]
			v /= 36
		}
		sb.Write(buf[:chars])
		data = data[n:]
	}
	return sb.String()
}

// base36Chars is how many characters base36Encode writes for n bytes.
func base36Chars(n int) int { return n/5*8 + base36Tail[n%5] }

func isBase36(s string) bool {
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(base36Digits, s[i]) < 0 {
			return false
		}
	}
	return true
}

// base36Decode reads capital base-36 text written by base36Encode.
func base36Decode(s string) ([]byte, Why) {
	if !isBase36(s) {
		return nil, Malformed
	}
	if base36Bytes[len(s)%8] < 0 {
		return nil, Truncated
	}
	out := make([]byte, 0, len(s)*5/8+4)
	for len(s) > 0 {
		chars := min(8, len(s))
		n := 5
		if chars < 8 {
			n = base36Bytes[chars]
		}
		var v uint64
		for i := 0; i < chars; i++ {
			v = v*36 + uint64(strings.IndexByte(base36Digits, s[i]))
		}
		if v>>(8*n) != 0 {
			return nil, Altered
		}
		for i := n - 1; i >= 0; i-- {
			out = append(out, byte(v>>(8*i)))
		}
		s = s[chars:]
	}
	return out, OK
}
