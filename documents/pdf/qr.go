package pdf

import (
	"fmt"

	"fugong/assessment/qrcode"
)

// Geometry of the QR block in millimetres.
const (
	qrSide  = 36.0         // the code including its quiet zone
	qrQuiet = qrcode.Quiet // modules of quiet zone on each side
)

// qr places the plan's QR code (error correction M) with its caption to
// the right. An empty QR text
// leaves only the caption.
func (l *layout) qr(caption string, n int) error {
	// The code carries plan.QR; the block's text is only its caption.
	where := fmt.Sprintf("qr %d", n)
	textX := marginX + qrSide + 6
	lines := l.wrap(l.subs.clean(caption, l.section, where), smallSize, pageW-marginX-textX)
	if l.qrText == "" {
		l.textLines(lines, marginX, smallSize, grey, nil)
		return nil
	}
	code, err := EncodeLinkQR(l.qrText, LevelM)
	if err != nil {
		return err
	}
	l.gap(3)
	l.room(qrSide)
	top := l.y
	for _, o := range qrOps(code, marginX, top, qrSide) {
		l.add(o)
	}
	l.y = top + qrQuiet*qrSide/float64(code.Size()+2*qrQuiet)
	l.textLines(lines, textX, smallSize, grey, nil)
	l.y = max(l.y, top+qrSide) + 3
	l.counted(minLines)
	return nil
}

// qrOps draws code with its quiet zone as a square of side millimetres
// whose top left corner is at (x, y): one filled rectangle per run of
// dark modules in a row.
func qrOps(code *LinkQR, x, y, side float64) []op {
	m := side / float64(code.Size()+2*qrQuiet)
	var ops []op
	code.Runs(func(mx, my, n int) {
		ops = append(ops, op{kind: opFill, x: x + float64(qrQuiet+mx)*m, y: y + float64(qrQuiet+my)*m,
			w: float64(n) * m, h: m + 0.02, color: black}) // overlap rows: no hairline gaps
	})
	return ops
}
