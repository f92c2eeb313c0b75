package assessment

import (
	"encoding/base64"
	"encoding/binary"
	"hash/crc32"
	"strconv"
	"strings"
)

// The frame of the kit's short codes, shared by the daily report code
// (daily.go) and written exactly as the summary code's (summary.go):
//
//	LETTER VERSION "." base64url(body length (uvarint) · body · CRC-32 (IEEE, big-endian))
//
// decodeFrame tells a code cut short, an altered one, one from a newer
// kit and one that is no code at all apart, as DecodeSummary does.

// Why decodeFrame refused a code.
const (
	frameMalformed = "malformed"
	frameTruncated = "truncated"
	frameAltered   = "altered"
	frameTooNew    = "too_new"
)

// encodeFrame wraps body in the frame under letter and version.
func encodeFrame(letter byte, version int, body []byte) string {
	data := binary.AppendUvarint(nil, uint64(len(body)))
	data = append(data, body...)
	data = binary.BigEndian.AppendUint32(data, crc32.ChecksumIEEE(data))
	return string(letter) + strconv.Itoa(version) + "." + summaryB64.EncodeToString(data)
}

// decodeFrame returns the body of code and its version, whose letter must
// be letter and version at most newest, or why it cannot (one of the frame
// constants).
func decodeFrame(code string, letter byte, newest int) (body []byte, version int, why string) {
	if len(code) > maxSummaryBytes*2 {
		return nil, 0, frameMalformed
	}
	prefix, payload, ok := strings.Cut(code, ".")
	if !ok {
		if code != "" && code[0] == letter && strings.Trim(code[1:], "0123456789") == "" {
			return nil, 0, frameTruncated // cut before the payload
		}
		return nil, 0, frameMalformed
	}
	if len(prefix) < 2 || prefix[0] != letter {
		return nil, 0, frameMalformed
	}
	version, err := strconv.Atoi(prefix[1:])
	if err != nil || version < 1 || prefix[1] == '0' || prefix[1] == '+' {
		return nil, 0, frameMalformed
	}
	if version > newest {
		return nil, 0, frameTooNew
	}
	data, err := summaryB64.DecodeString(payload)
	if err != nil {
		// Cut inside a 4-character group: read what there is, leniently,
		// to tell a cut code by its length.
		if !validB64(payload) {
			return nil, 0, frameMalformed
		}
		p := payload[:len(payload)-boolInt(len(payload)%4 == 1)]
		d, err := base64.RawURLEncoding.DecodeString(p)
		if err != nil {
			return nil, 0, frameMalformed
		}
		if n, k := binary.Uvarint(d); k == 0 || k > 0 && uint64(len(d)-k) < n+4 {
			return nil, 0, frameTruncated
		}
		return nil, 0, frameMalformed
	}
	n, k := binary.Uvarint(data)
	switch {
	case k == 0:
		return nil, 0, frameTruncated
	case k < 0 || n > maxSummaryBytes:
		return nil, 0, frameMalformed
	case uint64(len(data)-k) < n+4:
		return nil, 0, frameTruncated
	case uint64(len(data)-k) > n+4:
		return nil, 0, frameMalformed
	}
	end := k + int(n)
	if crc32.ChecksumIEEE(data[:end]) != binary.BigEndian.Uint32(data[end:]) {
		return nil, 0, frameAltered
	}
	return data[k:end], version, ""
}
