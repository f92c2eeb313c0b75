package pdf

import (
	"fmt"

	"fugong/documents"
)

// Table geometry in millimetres.
const (
	cellPad      = 1.6
	tableLeading = 1.5 // line height as a multiple of tableSize
)

// tableType is how a table's cells are set: the type size in points, the
// line height as a multiple of it, and the padding inside each cell in
// millimetres.
type tableType struct{ size, leading, pad float64 }

// tableType returns how tables are set at the current body type: the
// usual size, leading and padding, or, in a document being fitted onto one
// page (a letter whose body is set smaller or closer), all three shrunk in
// proportion, so that its table shrinks with its text.
func (l *layout) tableType() tableType {
	scale := l.body / bodySize
	return tableType{size: tableSize * scale, leading: min(tableLeading, l.spacing), pad: cellPad * scale}
}

// lineH is the height of one line of a cell in millimetres.
func (tt tableType) lineH() float64 { return tt.size * tt.leading * ptToMM }

// tableLayout is a table whose cells are wrapped into lines.
type tableLayout struct {
	tt     tableType
	x      []float64  // left edge of each column
	w      []float64  // width of each column
	header [][]string // lines of each header cell; nil when there is no header
	rows   [][][]string
}

// table places a table. Its header row is repeated at the top of every page
// the table runs onto; a row is not split across pages unless it is taller
// than a page.
func (l *layout) table(t *documents.Table, n int) {
	tl := l.wrapTable(t, n)
	if tl == nil {
		return
	}
	lh := tl.tt.lineH()
	headerH := tl.height(tl.header)
	l.gap(1)
	first := lh + 2*tl.tt.pad
	if len(tl.rows) > 0 {
		first = tl.height(tl.rows[0])
	}
	l.room(headerH + min(first, bottom-top-headerH))
	l.tableRow(tl, tl.header, true)
	for _, row := range tl.rows {
		lines, h := maxLines(row), tl.height(row)
		if l.y+h > bottom && h <= bottom-top-headerH {
			l.continueTable(tl)
		}
		for from := 0; from < lines; {
			fit := int((bottom - l.y - 2*tl.tt.pad) / lh)
			if fit < 1 {
				l.continueTable(tl)
				continue
			}
			to := min(from+fit, lines)
			l.tableRowPart(tl, row, from, to, false)
			if from = to; from < lines {
				l.continueTable(tl)
			}
		}
	}
	l.y += 3
}

// wrapTable cleans and wraps every cell. It returns nil for a table with
// no columns.
func (l *layout) wrapTable(t *documents.Table, n int) *tableLayout {
	cols := len(t.Header)
	for _, row := range t.Rows {
		cols = max(cols, len(row))
	}
	if cols == 0 {
		return nil
	}
	tl := &tableLayout{tt: l.tableType(), x: make([]float64, cols), w: columnWidths(t.Widths, cols, pageW-2*marginX)}
	x := marginX
	for i, w := range tl.w {
		tl.x[i] = x
		x += w
	}
	wrapRow := func(cells []string, where string) [][]string {
		out := make([][]string, cols)
		for i, cell := range cells {
			text := l.subs.clean(cell, l.section, where)
			out[i] = l.wrap(text, tl.tt.size, tl.w[i]-2*tl.tt.pad)
		}
		return out
	}
	if hasText(t.Header) {
		tl.header = wrapRow(t.Header, fmt.Sprintf("table %d header", n))
	}
	for i, row := range t.Rows {
		tl.rows = append(tl.rows, wrapRow(row, fmt.Sprintf("table %d row %d", n, i+1)))
	}
	if tl.height(tl.header) > (bottom-top)/3 {
		// Too tall to repeat on every page: it becomes an ordinary first row.
		tl.rows = append([][][]string{tl.header}, tl.rows...)
		tl.header = nil
	}
	return tl
}

// columnWidths turns relative widths into millimetres summing to total;
// missing, negative or mismatched widths give equal columns.
func columnWidths(rel []float64, cols int, total float64) []float64 {
	sum := 0.0
	for _, w := range rel {
		if !(w > 0) || w > 1e9 {
			sum = 0
			break
		}
		sum += w
	}
	out := make([]float64, cols)
	for i := range out {
		if len(rel) == cols && sum > 0 {
			out[i] = total * rel[i] / sum
		} else {
			out[i] = total / float64(cols)
		}
	}
	return out
}

func hasText(cells []string) bool {
	for _, c := range cells {
		if c != "" {
			return true
		}
	}
	return false
}

// maxLines returns the line count of the tallest cell of a row (at least 1).
func maxLines(row [][]string) int {
	n := 1
	for _, cell := range row {
		n = max(n, len(cell))
	}
	return n
}

// height returns the height of a whole row; 0 for a missing header.
func (tl *tableLayout) height(row [][]string) float64 {
	if row == nil {
		return 0
	}
	return float64(maxLines(row))*tl.tt.lineH() + 2*tl.tt.pad
}

// tableRow places a whole row; nothing for a missing header.
func (l *layout) tableRow(tl *tableLayout, row [][]string, header bool) {
	if row != nil {
		l.tableRowPart(tl, row, 0, maxLines(row), header)
	}
}

// continueTable starts a new page and repeats the header on it.
func (l *layout) continueTable(tl *tableLayout) {
	l.newPage()
	l.tableRow(tl, tl.header, true)
}

// tableRowPart places lines from..to of every cell of a row: the cells'
// borders (shaded for the header) and their text.
func (l *layout) tableRowPart(tl *tableLayout, row [][]string, from, to int, header bool) {
	tt := tl.tt
	lh := tt.lineH()
	h := float64(to-from)*lh + 2*tt.pad
	for i, cell := range row {
		if header {
			l.add(op{kind: opFill, x: tl.x[i], y: l.y, w: tl.w[i], h: h, color: shade})
		}
		l.add(op{kind: opRect, x: tl.x[i], y: l.y, w: tl.w[i], h: h, size: 0.2, color: grey})
		for j := from; j < to && j < len(cell); j++ {
			if cell[j] == "" {
				continue
			}
			y := l.y + tt.pad + float64(j-from)*lh + (lh-tt.size*ptToMM)/2 + 0.86*tt.size*ptToMM
			l.add(op{kind: opText, x: tl.x[i] + tt.pad, y: y, text: cell[j], size: tt.size, color: ink})
		}
	}
	l.y += h
	l.counted(to - from)
}
