package pdf

import (
	"fmt"
	"strconv"

	"fugong/assessment"
)

// Heading sizes in points by section level: 1 chapter, 2 section, 3 or more.
var headingSize = map[int]float64{1: 16, 2: 13, 3: 11.5}

// placeSection lays out one section: its heading, then its blocks.
func (l *layout) placeSection(s *assessment.Section) error {
	l.section = s.ID
	if s.NewPage && !l.pageStart {
		l.newPage()
	}
	l.heading(s)
	for i := range s.Blocks {
		if err := l.block(&s.Blocks[i], i+1); err != nil {
			return err
		}
	}
	return nil
}

// heading places a section title. A title is kept with at least two lines
// of what follows it.
func (l *layout) heading(s *assessment.Section) {
	title := l.subs.clean(s.Title, s.ID, "title")
	if title == "" {
		return
	}
	level := min(max(s.Level, 1), 3)
	size := headingSize[level]
	lines := l.wrap(title, size, pageW-2*marginX)
	h := float64(len(lines))*lineHeight(size) + 2*lineHeight(bodySize)
	l.gap([]float64{0, 6, 4, 3}[level])
	l.room(h)
	l.marks = append(l.marks, bookmark{title: title, level: level - 1, page: len(l.pages) - 1, y: l.y})
	color := blue
	if level == 3 {
		color = ink
	}
	l.textLines(lines, marginX, size, color)
	if level == 1 {
		l.add(op{kind: opLine, x: marginX, y: l.y, w: pageW - 2*marginX, size: 0.4, color: blue})
		l.y += 3
	} else {
		l.y += 1
	}
}

// block lays out block number n of the current section.
func (l *layout) block(b *assessment.Block, n int) error {
	switch b.Kind {
	case assessment.Paragraph:
		l.paragraph(l.subs.clean(b.Text, l.section, "paragraph "+strconv.Itoa(n)))
	case assessment.List:
		l.list(b.Items, n)
	case assessment.TableBlock:
		if b.Table != nil {
			l.table(b.Table, n)
		}
	case assessment.SignatureBlock:
		if b.Signature != nil {
			l.signature(b.Signature, n)
		}
	case assessment.QRBlock:
		return l.qr(b.Text, n)
	default:
		return fmt.Errorf("%w: block %d of section %q has kind %d", ErrBlockKind, n, l.section, b.Kind)
	}
	return nil
}

// paragraph places body text over the full width.
func (l *layout) paragraph(text string) {
	lines := l.wrap(text, bodySize, pageW-2*marginX)
	if len(lines) == 0 {
		return
	}
	l.textLines(lines, marginX, bodySize, ink)
	l.y += 2
}

// list places items numbered 1., 2., … with a hanging indent.
func (l *layout) list(items []string, n int) {
	indent := l.width([]rune(strconv.Itoa(len(items))+". "), bodySize) + 2
	lh := lineHeight(bodySize)
	for i, item := range items {
		text := l.subs.clean(item, l.section, fmt.Sprintf("list %d item %d", n, i+1))
		lines := l.wrap(text, bodySize, pageW-2*marginX-indent)
		if len(lines) == 0 {
			lines = []string{""}
		}
		l.room(lh)
		num := strconv.Itoa(i+1) + "."
		l.add(op{kind: opText, x: marginX, y: baseline(l.y, bodySize), text: num, size: bodySize, color: ink})
		l.textLines(lines, marginX+indent, bodySize, ink)
		l.y += 0.8
	}
	l.y += 1.5
}
