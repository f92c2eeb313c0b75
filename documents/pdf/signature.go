package pdf

import (
	"fmt"

	"fugong/documents"
)

// Signature area geometry in millimetres.
const (
	sealSide   = 42.0 // diameter of the seal's place: company seals are 40–42 mm
	signerStep = 12.0 // from one signing line to the next: room to write
	sigGap     = 6.0  // between the left column and the seal's place
)

// signature places the signing area: one underlined line per signer, then
// the line the company seal is stamped on ("承诺企业（盖章）：name") with the
// seal's place, a dashed 42 mm circle, centred on it to the right, then the
// date line. A short label is followed by its line; a long one (bilingual
// labels) gets the column's width for the line beneath it. The area is kept
// on one page.
func (l *layout) signature(s *documents.Signature, n int) {
	where := fmt.Sprintf("signature %d", n)
	column := pageW - 2*marginX - sealSide - sigGap
	lh := l.lineHeight(l.body)
	var signers [][]string
	signersH := 0.0
	for _, label := range s.Signers {
		lines := l.wrap(l.subs.clean(label, l.section, where), l.body, column)
		if len(lines) == 0 {
			lines = []string{""}
		}
		if !signsOnSameLine(l, lines, column) {
			lines = append(lines, "") // the signing line gets a line of its own
		}
		signers = append(signers, lines)
		signersH += float64(len(lines)-1)*lh + signerStep
	}
	seal := l.wrap(l.subs.clean(s.Seal, l.section, where), l.body, column)
	date := l.wrap(l.subs.clean(s.DateLabel, l.section, where), l.body, column)

	// The seal's circle may not rise above the area: the seal line comes
	// low enough for the circle's top half.
	sealTop := max(signersH, sealSide/2-lh/2)
	dateTop := sealTop + float64(max(len(seal), 1))*lh + signerStep - lh
	h := max(sealTop+lh/2+sealSide/2, dateTop+float64(len(date))*lh) + 2

	l.gap(5)
	l.room(h)
	top := l.y

	// Signers, each line ending in an underline to the column's edge.
	l.y = top + signerStep - lh
	for _, lines := range signers {
		l.place(lines, marginX, l.body, ink)
		last := []rune(lines[len(lines)-1])
		x := marginX + l.width(last, l.body) + 2
		y := l.y - lh + l.baseline(0, l.body) + 1
		l.add(op{kind: opLine, x: x, y: y, w: marginX + column - x, size: 0.3, color: black})
		l.y += signerStep - lh
	}

	// The seal line and the seal's place on it.
	l.y = top + sealTop
	cy := l.y + lh/2
	l.place(seal, marginX, l.body, ink)
	l.add(op{kind: opCircle, x: pageW - marginX - sealSide/2, y: cy, w: sealSide / 2, size: 0.3, color: grey})

	// The date line, with room to write the year, month and day.
	l.y = top + dateTop
	l.place(date, marginX, l.body, ink)
	l.y = top + h
	l.counted(len(s.Signers) + len(seal) + len(date))
}

// place draws lines of text at x from the cursor down, one line height
// each, without breaking the page: for areas already made to fit.
func (l *layout) place(lines []string, x, size float64, color rgb) {
	for _, line := range lines {
		if line != "" {
			l.add(op{kind: opText, x: x, y: l.baseline(l.y, size), text: line, size: size, color: color})
		}
		l.y += l.lineHeight(size)
	}
}

// signsOnSameLine reports whether a signer's label is short enough to be
// followed by its signing line: one line of at most 60 % of the column.
func signsOnSameLine(l *layout, lines []string, column float64) bool {
	return len(lines) == 1 && l.width([]rune(lines[0]), l.body) <= 0.6*column
}
