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
	opText   opKind = iota // text at (x, y), y being the baseline
	opLine                 // a line from (x, y) to (x+w, y+h)
	opRect                 // a rectangle outline
	opFill                 // a filled rectangle
	opCircle               // a dashed circle of radius w around (x, y)
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

	body    float64 // size of body text in points: bodySize unless a page is fitted
	spacing float64 // line height as a multiple of the type size

	rows  []int        // lines of text placed on each page, headings apart
	keep  *keep        // a heading still waiting for the lines it is kept with
	moved map[int]bool // sections whose heading must start a new page, by index
	again bool         // a heading was left at a page's foot: lay out anew

	signed map[int]bool // pages of documents signed on their own (letters), by index
}

func newLayout(f *Font, subs *substituter) *layout {
	l := &layout{font: f, subs: subs, body: bodySize, spacing: lineSpacing, moved: map[int]bool{}, signed: map[int]bool{}}
	l.newPage()
	return l
}

// newPage starts a page.
func (l *layout) newPage() {
	l.pages = append(l.pages, nil)
	l.rows = append(l.rows, 0)
	l.y = top
	l.pageStart = true
}

// page is the index of the current page.
func (l *layout) page() int { return len(l.pages) - 1 }

// counted records that n lines of text were placed on the current page.
func (l *layout) counted(n int) { l.rows[l.page()] += n }

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

// lineHeight is the distance between baselines at size points, in mm, at
// the usual spacing.
func lineHeight(size float64) float64 { return size * lineSpacing * ptToMM }

// lineHeight is the distance between baselines at size points in this
// layout, in mm.
func (l *layout) lineHeight(size float64) float64 { return size * l.spacing * ptToMM }

// baseline returns the baseline of a line whose box starts at top.
func baseline(top, size float64) float64 {
	return baselineIn(top, size, lineHeight(size))
}

// baseline returns the baseline of a line whose box starts at top in this
// layout.
func (l *layout) baseline(top, size float64) float64 {
	return baselineIn(top, size, l.lineHeight(size))
}

func baselineIn(top, size, lh float64) float64 {
	return top + (lh-size*ptToMM)/2 + 0.86*size*ptToMM
}

// minLines is the fewest lines of a paragraph left alone at the foot or the
// head of a page.
const minLines = 2

// textLines places the lines of one paragraph at x, one line height each.
// It breaks the page between lines, never leaving fewer than minLines of
// the paragraph at the foot of a page or at the head of the next; first,
// when not nil, is called at the first line's top (a list item's number).
func (l *layout) textLines(lines []string, x, size float64, color rgb, first func()) {
	lh := l.lineHeight(size)
	for len(lines) > 0 {
		n := l.linesHere(len(lines), lh)
		if n == 0 {
			l.newPage()
			n = l.linesHere(len(lines), lh)
		}
		for i, line := range lines[:n] {
			if i == 0 && first != nil {
				first()
				first = nil
			}
			if line != "" {
				l.add(op{kind: opText, x: x, y: l.baseline(l.y, size), text: line, size: size, color: color})
			}
			l.y += lh
		}
		l.counted(n)
		if lines = lines[n:]; len(lines) > 0 {
			l.newPage()
		}
	}
}

// linesHere returns how many of a paragraph's n remaining lines go on the
// current page: all that fit, less those that would leave fewer than
// minLines alone on either side of the break. 0 means none: the paragraph
// begins on the next page. On an empty page at least one line is placed.
func (l *layout) linesHere(n int, lh float64) int {
	fit := int((bottom - l.y + 0.01) / lh)
	if fit >= n {
		return n
	}
	if n-fit < minLines {
		fit = n - minLines
	}
	if fit < minLines && !l.pageStart {
		return 0
	}
	return max(fit, 1)
}

// splitLines splits text at its line ends ("\n").
func splitLines(text string) []string { return strings.Split(text, "\n") }

// trimSpaceRight removes the spaces a line break left at the end of a line.
func trimSpaceRight(s string) string {
	return strings.TrimRightFunc(s, isSpace)
}
