package pdf

import "strings"

// Page geometry in millimetres (A4 portrait) and type sizes in points.
const (
	pageW, pageH = 210.0, 297.0
	marginX      = 20.0
	top          = 22.0 // first line of the body
	bottom       = 277.0
	headerBase   = 13.0 // baseline of the running header
	footerBase   = 287.0

	bodySize    = 10.5
	smallSize   = 8.5
	tableSize   = 9.5
	lineSpacing = 1.75 // line height as a multiple of the type size

	ptToMM = 25.4 / 72
)

// opKind says what a drawing operation draws.
type opKind int

const (
	opText opKind = iota // text at (x, y), y being the baseline
	opLine               // a line from (x, y) to (x+w, y+h)
	opRect               // a rectangle outline
	opFill               // a filled rectangle
)

// op is one drawing operation on a page.
type op struct {
	kind       opKind
	x, y, w, h float64
	text       string
	size       float64 // type size in points, or line width in mm
	color      rgb
}

type rgb struct{ r, g, b int }

var (
	black = rgb{0, 0, 0}
	ink   = rgb{0x22, 0x22, 0x22}
	grey  = rgb{0x66, 0x66, 0x66}
	rule  = rgb{0xAA, 0xAA, 0xAA}
	shade = rgb{0xEE, 0xEE, 0xEE}
	blue  = rgb{0x1F, 0x3A, 0x68}
)

// bookmark is an entry of the PDF outline.
type bookmark struct {
	title string
	level int
	page  int // index into layout.pages
	y     float64
}

// layout flows a plan onto pages as drawing operations. It knows the page
// count before anything is drawn, so each footer can say "page n of total".
type layout struct {
	font      *Font
	subs      *substituter
	pages     [][]op
	marks     []bookmark
	y         float64 // top of the next thing to place on the current page
	section   string  // ID of the section being laid out, for substitutions
	qrText    string  // what every QR block encodes: the plan's QR
	pageStart bool    // nothing has been placed on the current page yet
}

func newLayout(f *Font, subs *substituter) *layout {
	l := &layout{font: f, subs: subs}
	l.newPage()
	return l
}

// newPage starts a page.
func (l *layout) newPage() {
	l.pages = append(l.pages, nil)
	l.y = top
	l.pageStart = true
}

// room makes sure h millimetres fit below the cursor, starting a new page if
// they do not (unless the page is still empty: then the content is taller
// than a page and is placed anyway).
func (l *layout) room(h float64) {
	if l.y+h > bottom && !l.pageStart {
		l.newPage()
	}
}

// gap adds vertical space, except at the top of a page.
func (l *layout) gap(h float64) {
	if !l.pageStart {
		l.y += h
	}
}

func (l *layout) add(o op) {
	n := len(l.pages) - 1
	l.pages[n] = append(l.pages[n], o)
	l.pageStart = false
}

// width measures text in millimetres at size points.
func (l *layout) width(text []rune, size float64) float64 {
	w := 0.0
	for _, r := range text {
		w += l.font.advance(r)
	}
	return w * size / 1000 * ptToMM
}

// measure returns a function giving the width of one character in
// millimetres at size points.
func (l *layout) measure(size float64) func(rune) float64 {
	return func(r rune) float64 { return l.font.advance(r) * size / 1000 * ptToMM }
}

// wrap breaks text (already cleaned) into lines no wider than limit at size
// points, honouring its line ends; trailing spaces are removed. Empty text
// gives no line.
func (l *layout) wrap(text string, size, limit float64) []string {
	var out []string
	if text == "" {
		return nil
	}
	for _, para := range splitLines(text) {
		lines := breakLines([]rune(para), l.measure(size), limit)
		if len(lines) == 0 {
			out = append(out, "")
		}
		for _, line := range lines {
			out = append(out, trimSpaceRight(string(line)))
		}
	}
	return out
}

// lineHeight is the distance between baselines at size points, in mm.
func lineHeight(size float64) float64 { return size * lineSpacing * ptToMM }

// baseline returns the baseline of a line whose box starts at top.
func baseline(top, size float64) float64 {
	lh := lineHeight(size)
	return top + (lh-size*ptToMM)/2 + 0.86*size*ptToMM
}

// textLines places lines of text at x, one line height each, breaking pages
// between lines.
func (l *layout) textLines(lines []string, x, size float64, color rgb) {
	lh := lineHeight(size)
	for _, line := range lines {
		l.room(lh)
		if line != "" {
			l.add(op{kind: opText, x: x, y: baseline(l.y, size), text: line, size: size, color: color})
		}
		l.y += lh
	}
}

// splitLines splits text at its line ends ("\n").
func splitLines(text string) []string { return strings.Split(text, "\n") }

// trimSpaceRight removes the spaces a line break left at the end of a line.
func trimSpaceRight(s string) string {
	return strings.TrimRightFunc(s, isSpace)
}
