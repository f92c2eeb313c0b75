package pdf

import (
	"fmt"

	"fugong/assessment"
)

// Signature area geometry in millimetres.
const (
	sealSide   = 38.0 // the seal box is a square
	signerStep = 13.0 // distance between signer lines
	sigGap     = 10.0 // between the signer lines and the seal box
)

// signature places the signing area: one long underlined line per signer on
// the left, the seal box with its caption on the right, the date line below.
// A short label is followed by its line; a long one (bilingual labels) gets
// the whole column's width for the line beneath it. The area is kept on one
// page.
func (l *layout) signature(s *assessment.Signature, n int) {
	where := fmt.Sprintf("signature %d", n)
	left := pageW - 2*marginX - sealSide - sigGap
	var signers [][]string
	signersH := 0.0
	for _, label := range s.Signers {
		lines := l.wrap(l.subs.clean(label, l.section, where), bodySize, left)
		if len(lines) == 0 {
			lines = []string{""}
		}
		if !signsOnSameLine(l, lines, left) {
			lines = append(lines, "") // the signing line gets a line of its own
		}
		signers = append(signers, lines)
		signersH += float64(len(lines)-1)*lineHeight(bodySize) + signerStep
	}
	seal := l.wrap(l.subs.clean(s.Seal, l.section, where), smallSize, sealSide+sigGap)
	sealH := sealSide + 2 + float64(len(seal))*lineHeight(smallSize)
	date := l.wrap(l.subs.clean(s.DateLabel, l.section, where), bodySize, pageW-2*marginX)
	h := max(signersH, sealH) + float64(len(date))*lineHeight(bodySize) + 8

	l.gap(6)
	l.room(h)
	top := l.y

	// Signers, each line ending in an underline to the column's edge.
	l.y += signerStep - lineHeight(bodySize)
	for _, lines := range signers {
		l.textLines(lines, marginX, bodySize, ink, nil)
		last := []rune(lines[len(lines)-1])
		x := marginX + l.width(last, bodySize) + 2
		y := l.y - lineHeight(bodySize) + baseline(0, bodySize) + 1
		l.add(op{kind: opLine, x: x, y: y, w: marginX + left - x, size: 0.3, color: black})
		l.y += signerStep - lineHeight(bodySize)
	}

	// The seal box and its caption, centred below it.
	sx := pageW - marginX - sealSide
	l.add(op{kind: opRect, x: sx, y: top, w: sealSide, h: sealSide, size: 0.3, color: grey})
	for i, line := range seal {
		w := l.width([]rune(line), smallSize)
		y := top + sealSide + 2 + float64(i)*lineHeight(smallSize)
		l.add(op{kind: opText, x: sx + (sealSide-w)/2, y: baseline(y, smallSize), text: line, size: smallSize, color: grey})
	}

	// The date line, right-aligned under the seal when it fits.
	l.y = top + max(signersH, sealH) + 4
	for _, line := range date {
		x := max(marginX, pageW-marginX-l.width([]rune(line), bodySize))
		l.add(op{kind: opText, x: x, y: baseline(l.y, bodySize), text: line, size: bodySize, color: ink})
		l.y += lineHeight(bodySize)
	}
	l.y += 4
}

// signsOnSameLine reports whether a signer's label is short enough to be
// followed by its signing line: one line of at most 60 % of the column.
func signsOnSameLine(l *layout, lines []string, column float64) bool {
	return len(lines) == 1 && l.width([]rune(lines[0]), bodySize) <= 0.6*column
}
