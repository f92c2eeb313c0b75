package wire

import "encoding/binary"

// Writer appends a body.
type Writer struct {
	B []byte // the body so far
}

// Byte appends c.
func (w *Writer) Byte(c byte) { w.B = append(w.B, c) }

// Uvarint appends n as a uvarint.
func (w *Writer) Uvarint(n uint64) { w.B = binary.AppendUvarint(w.B, n) }

// Text appends s in c, after its length in bytes (uvarint).
func (w *Writer) Text(c Compact, s string) {
	t := c.Append(nil, s)
	w.Uvarint(uint64(len(t)))
	w.B = append(w.B, t...)
}
