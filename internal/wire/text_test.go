package wire

import (
	"bytes"
	"testing"
)

// TestCompactTables pins where each table puts a character of each
// script: codes in circulation were written with these bytes.
func TestCompactTables(t *testing.T) {
	tests := []struct {
		c    Compact
		s    string
		want []byte
	}{
		{Text, "A", []byte{'A'}},
		{Text, "一", []byte{0x80, 0x00}},              // U+4E00, first of the ideographs
		{Text, "가", []byte{0xD2, 0x00}},              // U+AC00, after 0x5200 ideographs
		{Text, "　", []byte{0xFD, 0xA4}},              // U+3000, after the Hangul syllables
		{Text, "！", []byte{0xFE, 0xA5}},              // U+FF01
		{Text, "é", []byte{0, 0xE9, 0x01}},           // outside the table: 0 and a uvarint
		{LinkText, "　", []byte{0x80, 0x00}},          // U+3000
		{LinkText, "一", []byte{0x9E, 0x00}},          // U+4E00
		{LinkText, "！", []byte{0xFF, 0x01}},          // U+FF01, in U+F000–U+FFFF
		{LinkText, "가", []byte{0, 0x80, 0xD8, 0x02}}, // Hangul: 0 and a uvarint
	}
	for _, tt := range tests {
		if got := tt.c.Append(nil, tt.s); !bytes.Equal(got, tt.want) {
			t.Errorf("Append(%q) = % x, want % x", tt.s, got, tt.want)
		}
		if got, ok := tt.c.Read(tt.want); !ok || got != tt.s {
			t.Errorf("Read(% x) = %q, %v, want %q", tt.want, got, ok, tt.s)
		}
	}
}

// TestCompactRoundTrip reads back what each table writes, on the edges of
// every range, and checks Chinese costs two bytes a character.
func TestCompactRoundTrip(t *testing.T) {
	for _, c := range []Compact{Text, LinkText} {
		for _, s := range []string{"", "abc", "临沂", "한국", "カナ、。", "（全角）", "é€𠮷\u0000", "一鿿가힣\u3000ヿ\uff00\uffef\uffff"} {
			b := c.Append(nil, s)
			if got, ok := c.Read(b); !ok || got != s {
				t.Errorf("Read(Append(%q)) = %q, %v", s, got, ok)
			}
			if n := readLen(b); n < len(s) {
				t.Errorf("readLen(Append(%q)) = %d, want at least %d", s, n, len(s))
			}
		}
		if n := len(c.Append(nil, "临沂精工机械有限公司")); n != 20 {
			t.Errorf("10 Chinese characters take %d bytes, want 20", n)
		}
	}
}

func TestCompactRefuses(t *testing.T) {
	for _, b := range [][]byte{
		{0x80},                // a two-byte value cut short
		{0xFF, 0xF0},          // beyond Text's table
		{0},                   // 0 without its uvarint
		{0, 0x80, 0x80, 0x44}, // above U+10FFFF
		{0, 0x80, 0xB0, 0x03}, // a surrogate, U+D800
	} {
		if s, ok := Text.Read(b); ok {
			t.Errorf("Text.Read(% x) = %q, want refused", b, s)
		}
	}
}

// FuzzCompactText: Read takes any bytes without panicking, and what it
// reads is written back by Append to bytes Read reads to the same text.
func FuzzCompactText(f *testing.F) {
	f.Add([]byte("临沂 Acme 주식회사（株）"), true)
	f.Add([]byte{0, 0x80, 0xD8, 0x02, 0xFF, 0xEF}, false)
	f.Fuzz(func(t *testing.T, b []byte, link bool) {
		c := Text
		if link {
			c = LinkText
		}
		s, ok := c.Read(b)
		if !ok {
			return
		}
		if n := readLen(b); len(s) > n {
			t.Fatalf("readLen(% x) = %d, but the text is %d bytes", b, n, len(s))
		}
		again, ok := c.Read(c.Append(nil, s))
		if !ok || again != s {
			t.Fatalf("Read(Append(%q)) = %q, %v", s, again, ok)
		}
	})
}
