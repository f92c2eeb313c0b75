package wire

import (
	"encoding/binary"
	"hash/crc32"
)

// A frame is
//
//	head · body length (uvarint) · body · CRC-32 (IEEE, 4 bytes, big-endian)
//
// where the CRC covers everything before it. It tells a frame cut short
// (fewer bytes than the length says) from an altered one (the CRC fails).

// overlong is open's reason for a length above the limit or bytes after
// the CRC; each text form says what that means for it.
const overlong Why = 255

// seal returns body framed after head.
func seal(head, body []byte) []byte {
	data := binary.AppendUvarint(head, uint64(len(body)))
	data = append(data, body...)
	return binary.BigEndian.AppendUint32(data, crc32.ChecksumIEEE(data))
}

// open returns the body of the frame data whose head is the first skip
// bytes, whose body is at most max bytes long.
func open(data []byte, skip int, max uint64) ([]byte, Why) {
	if len(data) < skip {
		return nil, Truncated
	}
	n, k := binary.Uvarint(data[skip:])
	switch {
	case k == 0:
		return nil, Truncated
	case k < 0 || n > max:
		return nil, overlong
	}
	end := skip + k + int(n)
	switch {
	case len(data) < end+4:
		return nil, Truncated
	case len(data) > end+4:
		return nil, overlong
	}
	if crc32.ChecksumIEEE(data[:end]) != binary.BigEndian.Uint32(data[end:]) {
		return nil, Altered
	}
	return data[skip+k : end], OK
}
