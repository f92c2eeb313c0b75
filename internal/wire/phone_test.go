package wire

import (
	"bytes"
	"testing"
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
