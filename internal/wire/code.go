package wire

import (
	"encoding/base64"
	"encoding/binary"
	"strconv"
	"strings"
)

// The summary code and the daily report code are written
//
//	LETTER VERSION "." base64url(frame)
//
// with an empty head and base64url without padding (RFC 4648 §5).
// DecodeCode tells a code cut short, an altered one, one from a newer kit
// and one that is no code at all apart.

// MaxBody is the longest body a code carries, in bytes.
const MaxBody = 4096

// b64 is base64url without padding, refusing non-zero trailing bits so
// that each code has one spelling.
var b64 = base64.RawURLEncoding.Strict()

// EncodeCode returns body as a code under letter and version.
func EncodeCode(letter byte, version int, body []byte) string {
	return string(letter) + strconv.Itoa(version) + "." + b64.EncodeToString(seal(nil, body))
}

// DecodeCode returns the body of code and its version, whose letter must
// be letter and version at most newest, or why it cannot.
func DecodeCode(code string, letter byte, newest int) (body []byte, version int, why Why) {
	if len(code) > MaxBody*2 {
		return nil, 0, Malformed
	}
	prefix, payload, ok := strings.Cut(code, ".")
	if !ok {
		if code != "" && code[0] == letter && strings.Trim(code[1:], "0123456789") == "" {
			return nil, 0, Truncated // cut before the payload
		}
		return nil, 0, Malformed
	}
	if len(prefix) < 2 || prefix[0] != letter {
		return nil, 0, Malformed
	}
	version, err := strconv.Atoi(prefix[1:])
	if err != nil || version < 1 || prefix[1] == '0' || prefix[1] == '+' {
		return nil, 0, Malformed
	}
	if version > newest {
		return nil, 0, TooNew
	}
	if strings.ContainsAny(payload, "\r\n") {
		return nil, 0, Malformed // base64 would skip them: one code, one spelling
	}
	data, err := b64.DecodeString(payload)
	if err != nil {
		return nil, 0, cutPayload(payload)
	}
	body, why = open(data, 0, MaxBody)
	if why == overlong {
		return nil, 0, Malformed
	}
	return body, version, why
}

// cutPayload tells a payload cut inside a 4-character group (Truncated)
// from one that is not base64url: it reads what there is, leniently, and
// compares its length with the frame's.
func cutPayload(payload string) Why {
	for _, c := range payload {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return Malformed
		}
	}
	if len(payload)%4 == 1 {
		payload = payload[:len(payload)-1]
	}
	d, err := base64.RawURLEncoding.DecodeString(payload)
	if err != nil {
		return Malformed
	}
	if n, k := binary.Uvarint(d); k == 0 || k > 0 && uint64(len(d)-k) < n+4 {
		return Truncated
	}
	return Malformed
}
