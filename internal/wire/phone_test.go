package wire

import (
	"bytes"
	"testing"
	"unsafe"
)

func TestPhone(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want []byte
	}{
		{"", nil},
		{"0", []byte{0x0F}},
		{"+86 (10)", []byte{0xB8, 0x6C, 0xD1, 0x0E}},
		{"0539-1", []byte{0x05, 0x39, 0xA1}},
	} {
		w := &Writer{}
		w.Phone(tt.s)
		if !bytes.Equal(w.B, tt.want) {
			t.Errorf("Phone(%q) = % x, want % x", tt.s, w.B, tt.want)
		}
		r := NewReader(w.B)
		if got := r.Phone(len(tt.s)); got != tt.s || !r.Done() {
			t.Errorf("reading Phone(%q) = %q, done %v", tt.s, got, r.Done())
		}
	}
	for _, b := range [][]byte{{0x0E}, {0xF0}, {0x00}, {}} { // padding not 0xF, no 15th symbol, cut
		r := NewReader(b)
		if r.Phone(1); !r.Bad() {
			t.Errorf("Phone(1) of % x read", b)
		}
	}
	if IsPhone("010 ext. 5") || !IsPhone("+86 (10) 1234-5678") {
		t.Error("IsPhone tells phones wrongly")
	}
}

// TextOf gives its known text itself when the body holds it, and reads
// any other text, or a known one c does not write as itself, as Text does.
func TestTextOf(t *testing.T) {
	for _, tt := range []struct{ text, known string }{
		{"2026.2", "2026.2"}, {"2026.1", "2026.2"}, {"", ""}, {"临沂", "临沂"}, {"a", ""},
	} {
		body := Text.Append([]byte{byte(len(Text.Append(nil, tt.text)))}, tt.text)
		r := NewReader(body)
		got := r.TextOf(Text, tt.known)
		if got != tt.text || !r.Done() {
			t.Errorf("TextOf(% x, %q) = %q, done %v; want %q", body, tt.known, got, r.Done(), tt.text)
		}
		if same := got != "" && unsafe.StringData(got) == unsafe.StringData(tt.known); same != (tt.text == tt.known && plainASCII(tt.known) && got != "") {
			t.Errorf("TextOf(% x, %q) returned known itself: %v", body, tt.known, same)
		}
	}
	// The bytes of a known text that is not plain ASCII read otherwise in c.
	known := "临"
	r := NewReader(append([]byte{byte(len(known))}, known...))
	if got := r.TextOf(Text, known); got == known {
		t.Errorf("TextOf read the UTF-8 bytes of %q as that text", known)
	}
}

func TestReaderSticks(t *testing.T) {
	r := NewReader([]byte{0x05, 'a'})
	if s := r.Text(Text); s != "" || !r.Bad() {
		t.Fatalf("Text past the end = %q, bad %v", s, r.Bad())
	}
	if r.Byte() != 0 || r.Uvarint() != 0 || r.Take(0) != nil || r.Done() {
		t.Error("a read after a failure returned something")
	}
	r = NewReader([]byte{0x80, 0x01})
	if r.Small(127) != 0 || !r.Bad() {
		t.Error("Small let 128 through a limit of 127")
	}
}
