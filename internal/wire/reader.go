package wire

import "encoding/binary"

// Reader reads a body. After its first failure every read returns zero
// and Bad reports true: a caller reads a whole body and asks once. It
// steps through the body by position, not by slicing it again: a read
// writes no pointer, which the garbage collector of a phone's
// WebAssembly, while it runs, pays for at each write.
type Reader struct {
	b   []byte
	at  int // where the next read starts
	bad bool
}

// NewReader reads body.
func NewReader(body []byte) *Reader { return &Reader{b: body} }

// Fail marks the body as malformed.
func (r *Reader) Fail() { r.bad = true }

// Bad reports whether a read failed.
func (r *Reader) Bad() bool { return r.bad }

// Done reports whether the body was read whole and well: no read failed
// and no byte is left.
func (r *Reader) Done() bool { return !r.bad && r.at == len(r.b) }

// Rest is how many bytes are left to read.
func (r *Reader) Rest() int { return len(r.b) - r.at }

// Peek returns the next byte without reading it; ok is false at the end.
func (r *Reader) Peek() (c byte, ok bool) {
	if r.bad || r.at == len(r.b) {
		return 0, false
	}
	return r.b[r.at], true
}

// Take reads n bytes; nil when there are fewer.
func (r *Reader) Take(n int) []byte {
	if r.bad || n < 0 || n > len(r.b)-r.at {
		r.bad = true
		return nil
	}
	p := r.b[r.at : r.at+n : r.at+n]
	r.at += n
	return p
}

// Byte reads one byte.
func (r *Reader) Byte() byte {
	if p := r.Take(1); p != nil {
		return p[0]
	}
	return 0
}

// Uvarint reads a uvarint.
func (r *Reader) Uvarint() uint64 {
	if r.bad {
		return 0
	}
	v, k := binary.Uvarint(r.b[r.at:])
	if k <= 0 {
		r.bad = true
		return 0
	}
	r.at += k
	return v
}

// Small reads a uvarint of at most max.
func (r *Reader) Small(max uint64) int {
	v := r.Uvarint()
	if v > max {
		r.bad = true
		return 0
	}
	return int(v)
}

// Text reads text in c written by Writer.Text.
func (r *Reader) Text(c Compact) string { return r.TextOf(c, "") }

// TextOf is Text returning known itself, not a copy, when the text is
// known: a registry reads the same text (its ruleset) in thousands of
// bodies. Only a known of ASCII without NUL, which c writes as itself, is
// so returned.
func (r *Reader) TextOf(c Compact, known string) string {
	p := r.Take(r.Small(uint64(r.Rest())))
	if r.bad {
		return ""
	}
	if string(p) == known && plainASCII(known) {
		return known
	}
	s, ok := c.Read(p)
	if !ok {
		r.bad = true
	}
	return s
}

// plainASCII reports whether s is ASCII without NUL.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 || s[i] >= 0x80 {
			return false
		}
	}
	return true
}
