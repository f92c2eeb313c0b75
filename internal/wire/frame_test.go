package wire

import (
	"bytes"
	"strings"
	"testing"
)

func TestCodeRoundTrip(t *testing.T) {
	for _, body := range [][]byte{nil, {0}, []byte("a body of some length"), bytes.Repeat([]byte{0xAB}, MaxBody)} {
		code := EncodeCode('s', 2, body)
		got, version, why := DecodeCode(code, 's', 2)
		if why != OK || version != 2 || !bytes.Equal(got, body) {
			t.Errorf("DecodeCode(EncodeCode(% x)) = % x, %d, %d", body, got, version, why)
		}
	}
}

func TestDecodeCodeRefuses(t *testing.T) {
	good := EncodeCode('d', 1, []byte("twelve bytes"))
	tests := []struct {
		code string
		want Why
	}{
		{"", Malformed},
		{"d1", Truncated},
		{"d1.", Truncated},
		{good[:len(good)-4], Truncated},
		{good[:len(good)-1], Truncated}, // cut inside a group of four
		{good[:10] + "A" + good[11:], Altered},
		{good + "AAAA", Malformed},
		{"d2" + good[2:], TooNew},
		{"d0" + good[2:], Malformed},
		{"d+1" + good[2:], Malformed},
		{"s1" + good[2:], Malformed},
		{good[:5] + "*" + good[6:], Malformed},
		{"d1." + strings.Repeat("A", 2*MaxBody), Malformed},
	}
	for _, tt := range tests {
		if _, _, why := DecodeCode(tt.code, 'd', 1); why != tt.want {
			t.Errorf("DecodeCode(%q) = %d, want %d", tt.code, why, tt.want)
		}
	}
}

func TestLinkRoundTrip(t *testing.T) {
	for n := 0; n < 12; n++ {
		body := bytes.Repeat([]byte{0xFF}, n)
		payload := EncodeLink(1, body)
		if len(payload) != base36Chars(n+6) {
			t.Errorf("%d bytes: payload of %d characters, want %d", n, len(payload), base36Chars(n+6))
		}
		got, version, why := DecodeLink(payload)
		if why != OK || version != 1 || !bytes.Equal(got, body) {
			t.Errorf("DecodeLink(EncodeLink(% x)) = % x, %d, %d", body, got, version, why)
		}
	}
}

func TestDecodeLinkRefuses(t *testing.T) {
	good := EncodeLink(1, []byte("a park"))
	change := func(i int) string {
		c := byte('A')
		if good[i] == 'A' {
			c = 'B'
		}
		return good[:i] + string(c) + good[i+1:]
	}
	tests := []struct {
		payload string
		want    Why
	}{
		{"A", Truncated},
		{good[:len(good)-1], Truncated},
		{good[:8], Truncated},
		{good + "0", Altered},
		{change(len(good) - 1), Altered},
		{change(10), Altered},
		{"ZZZZZZZZ", Altered}, // above 5 bytes' worth
		{good[:3] + "a" + good[4:], Malformed},
		{good[:3] + "-" + good[4:], Malformed},
	}
	for _, tt := range tests {
		if _, _, why := DecodeLink(tt.payload); why != tt.want {
			t.Errorf("DecodeLink(%q) = %d, want %d", tt.payload, why, tt.want)
		}
	}
}

// FuzzDecodeCode: no input panics, and a code that reads is the one
// EncodeCode writes of its body.
func FuzzDecodeCode(f *testing.F) {
	f.Add(EncodeCode('s', 1, []byte("body")))
	f.Add("s1.")
	f.Add("s2.AAAA")
	f.Fuzz(func(t *testing.T, code string) {
		body, version, why := DecodeCode(code, 's', 2)
		if why == OK && EncodeCode('s', version, body) != code {
			t.Fatalf("DecodeCode(%q) reads a body EncodeCode writes as %q", code, EncodeCode('s', version, body))
		}
	})
}

// FuzzDecodeLink: no payload panics, and one that reads is the one
// EncodeLink writes of its body.
func FuzzDecodeLink(f *testing.F) {
	f.Add(EncodeLink(1, []byte("a park")))
	f.Add("0")
	f.Add("ZZZZZZZZ")
	f.Fuzz(func(t *testing.T, payload string) {
		body, version, why := DecodeLink(payload)
		if why == OK && EncodeLink(byte(version), body) != payload {
			t.Fatalf("DecodeLink(%q) reads a body EncodeLink writes as %q", payload, EncodeLink(byte(version), body))
		}
	})
}
