package pdf

import (
	"fmt"

	"rsc.io/qr"

	"fugong/assessment/qrcode"
)

// Geometry of the QR block in millimetres.
const (
	qrSide  = 36.0         // the code including its quiet zone
	qrQuiet = qrcode.Quiet // modules of quiet zone on each side
)

// qr places the plan's QR code, drawn as filled rectangles (one per run of
// dark modules in a row), with its caption to the right. An empty QR text
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
	code, err := qr.Encode(l.qrText, qr.M)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrQR, err)
	}
	l.gap(3)
	l.room(qrSide)
	top := l.y
	m := qrSide / float64(code.Size+2*qrQuiet)
	for y := 0; y < code.Size; y++ {
		for x := 0; x < code.Size; {
			if !code.Black(x, y) {
				x++
				continue
			}
			run := x
			for run < code.Size && code.Black(run, y) {
				run++
			}
			l.add(op{kind: opFill, x: marginX + float64(qrQuiet+x)*m, y: top + float64(qrQuiet+y)*m,
				w: float64(run-x) * m, h: m + 0.02, color: black}) // overlap rows: no hairline gaps
			x = run
		}
	}
	l.y = top + qrQuiet*m
	l.textLines(lines, textX, smallSize, grey, nil)
	l.y = max(l.y, top+qrSide) + 3
	l.counted(minLines)
	return nil
}
