package pdf

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"fugong/documents"
)

// Heading sizes in points by section level: 1 chapter, 2 section, 3 or more.
var headingSize = map[int]float64{1: 16, 2: 13, 3: 11.5}

// placeSection lays out section number i: its heading, then its blocks. A
// section that holds a signature area is fitted onto one page (see fit).
func (l *layout) placeSection(s *documents.Section, i int) error {
	l.section = s.ID
	if s.NewPage && !l.pageStart {
		l.newPage()
		l.keep = nil
	}
	if l.moved[i] && !l.pageStart {
		l.newPage()
	}
	if !toSign(s) {
		l.heading(s, i)
		return l.blocks(s.Blocks, 0)
	}
	step, parts, err := l.fit(s, i)
	if err != nil {
		return err
	}
	l.body, l.spacing = step.size, step.spacing
	from := l.page()
	defer func() {
		l.body, l.spacing = bodySize, lineSpacing
		for p := from; p <= l.page(); p++ {
			l.signed[p] = true
		}
	}()
	l.heading(s, i)
	for n, p := range parts {
		if n > 0 {
			l.newPage()
			l.keep = nil
		}
		for _, r := range p {
			if err := l.blocks(s.Blocks[r[0]:r[1]], r[0]); err != nil {
				return err
			}
		}
	}
	return nil
}

// blocks lays out blocks of the current section in turn; the first is
// block number from+1 of its section.
func (l *layout) blocks(blocks []documents.Block, from int) error {
	for n := range blocks {
		if err := l.block(&blocks[n], from+n+1); err != nil {
			return err
		}
		l.checkKeep()
		if l.again {
			return nil
		}
	}
	return nil
}

// toSign reports whether a section is a document to sign: one that holds a
// signature area.
func toSign(s *documents.Section) bool {
	return signatureAt(s) >= 0
}

// signatureAt returns the index of the section's first signature area, or
// -1.
func signatureAt(s *documents.Section) int {
	for n, b := range s.Blocks {
		if b.Kind == documents.SignatureBlock {
			return n
		}
	}
	return -1
}

// fitStep is a body type size and line spacing a document to sign may be
// set in.
type fitStep struct{ size, spacing float64 }

// fitSteps are tried in turn until a document to sign fits on one page:
// the body type a little smaller each time down to 9 pt, still easily read
// on paper, then the lines a little closer.
var fitSteps = []fitStep{
	{bodySize, lineSpacing}, {10, lineSpacing}, {9.5, lineSpacing}, {9, lineSpacing},
	{9, 1.6}, {9, 1.5}, {9, 1.4}, {9, 1.3}, {8.5, 1.3}, {8, 1.3},
}

// blockRange is blocks [from, to) of a section.
type blockRange [2]int

// fit decides how section number i, a document to sign, is set: the first
// step at which it fits whole on the page it starts on, as one part. When
// no step is enough and a block is marked BreakIfLong (a letter's
// translation), it makes two pages: the first holds the blocks before the
// mark and the signature area with what follows it, so that the text of
// record is signed on one page; the second holds the rest (the
// translation), and when even that is too long, what follows the signature
// area (the QR code) goes to the second page after the translation. The
// step is then the first at which each of the two fits on its page. Otherwise the section runs on at the last step. Each try is
// made on a scratch layout.
func (l *layout) fit(s *documents.Section, i int) (fitStep, [][]blockRange, error) {
	n := len(s.Blocks)
	fits := func(step fitStep, parts [][]blockRange) (bool, error) {
		trial := newLayout(l.font, newSubstituter(l.font))
		trial.qrText = l.qrText
		trial.y, trial.pageStart = l.y, l.pageStart
		trial.body, trial.spacing = step.size, step.spacing
		trial.heading(s, i)
		for k, part := range parts {
			if k > 0 {
				trial.newPage()
			}
			for _, r := range part {
				if err := trial.blocks(s.Blocks[r[0]:r[1]], r[0]); err != nil {
					return false, err
				}
			}
			if len(trial.pages) != k+1 {
				return false, nil
			}
		}
		return true, nil
	}
	whole := [][]blockRange{{{0, n}}}
	for _, step := range fitSteps {
		if ok, err := fits(step, whole); ok || err != nil {
			return step, whole, err
		}
	}
	last := fitSteps[len(fitSteps)-1]
	split, sig := -1, signatureAt(s)
	for k, b := range s.Blocks {
		if b.BreakIfLong {
			split = k
			break
		}
	}
	if split < 0 || split > sig {
		return last, whole, nil
	}
	// The signature area keeps what follows it (the QR code) on the first
	// page if it can; if not, that goes to the second, after the
	// translation.
	splits := [][][]blockRange{
		{{{0, split}, {sig, n}}, {{split, sig}}},
		{{{0, split}, {sig, sig + 1}}, {{split, sig}, {sig + 1, n}}},
	}
	for _, parts := range splits {
		for _, step := range fitSteps {
			if ok, err := fits(step, parts); ok || err != nil {
				return step, parts, err
			}
		}
	}
	return last, splits[0], nil
}

// keep is a heading that must be followed on its page by at least minLines
// lines of what comes after it, or by all of it.
type keep struct {
	section int  // index of the section whose heading begins the run of headings
	page    int  // the page the heading is on
	rows    int  // lines on that page before the heading
	atTop   bool // the heading begins its page: moving it would not help
}

// checkKeep sees whether the heading waiting in l.keep has its lines. When
// what follows it went on to the next page and left it with fewer, the
// section is marked to start a new page and the layout must start again
// (l.again).
func (l *layout) checkKeep() {
	k := l.keep
	if k == nil {
		return
	}
	switch after := l.rows[k.page] - k.rows; {
	case after >= minLines:
		l.keep = nil
	case l.page() == k.page:
		// The heading and what follows so far fit: wait for more.
	default:
		if !k.atTop {
			l.moved[k.section] = true
			l.again = true
		}
		l.keep = nil
	}
}

// heading places the title of section number i. The title is kept with at
// least minLines lines of what follows it (see checkKeep); a run of
// headings with nothing between them is kept together.
func (l *layout) heading(s *documents.Section, i int) {
	title := l.subs.clean(s.Title, s.ID, "title")
	if title == "" {
		return
	}
	level := min(max(s.Level, 1), 3)
	size := headingSize[level]
	lines := l.wrap(title, size, pageW-2*marginX)
	lh := l.lineHeight(size)
	l.gap([]float64{0, 6, 4, 3}[level])
	l.room(float64(len(lines))*lh + minLines*l.lineHeight(l.body))
	if k := l.keep; k != nil && (k.page != l.page() || l.rows[k.page] > k.rows) {
		l.keep = nil // the heading before has what follows it
	}
	if l.keep == nil {
		l.keep = &keep{section: i, page: l.page(), rows: l.rows[l.page()], atTop: l.pageStart}
	}
	l.checkKeep()
	l.marks = append(l.marks, bookmark{title: title, level: level - 1, page: l.page(), y: l.y})
	color := blue
	if level == 3 {
		color = ink
	}
	for _, line := range lines {
		l.add(op{kind: opText, x: marginX, y: l.baseline(l.y, size), text: line, size: size, color: color})
		l.y += lh
	}
	if level == 1 {
		l.add(op{kind: opLine, x: marginX, y: l.y, w: pageW - 2*marginX, size: 0.4, color: blue})
		l.y += 3
	} else {
		l.y += 1
	}
}

// block lays out block number n of the current section.
func (l *layout) block(b *documents.Block, n int) error {
	switch b.Kind {
	case documents.Paragraph:
		l.paragraph(l.subs.clean(b.Text, l.section, "paragraph "+strconv.Itoa(n)))
	case documents.List:
		l.list(b.Items, max(b.Start, 1), n)
	case documents.TableBlock:
		if b.Table != nil {
			l.table(b.Table, n)
		}
	case documents.SignatureBlock:
		if b.Signature != nil {
			l.signature(b.Signature, n)
		}
	case documents.QRBlock:
		return l.qr(b.Text, n)
	default:
		return fmt.Errorf("%w: block %d of section %q has kind %d", ErrBlockKind, n, l.section, b.Kind)
	}
	return nil
}

// paragraph places body text over the full width. Each of its lines that
// begins with a list item's number or bullet, or with spaces, keeps that
// indent when it wraps: the continuation lines align after the marker.
func (l *layout) paragraph(text string) {
	if text == "" {
		return
	}
	for _, line := range splitLines(text) {
		marker, rest := itemMarker(line)
		indent := l.width([]rune(marker), l.body)
		lines := l.wrap(rest, l.body, pageW-2*marginX-indent)
		if len(lines) == 0 {
			lines = []string{""}
		}
		var first func()
		if strings.TrimSpace(marker) != "" {
			first = func() {
				l.add(op{kind: opText, x: marginX, y: l.baseline(l.y, l.body), text: marker, size: l.body, color: ink})
			}
		}
		l.textLines(lines, marginX+indent, l.body, ink, first)
	}
	l.y += 2
}

// listMarker matches what begins a list item in text as the enterprise
// wrote it: spaces, then a number ("1.", "2、", "3)", "(4)", "（五）", "六、")
// or a bullet followed by a space, then spaces.
var listMarker = regexp.MustCompile(`^([ \t\x{3000}]*(?:(?:\d{1,3}[.．、)）]|[(（][0-9一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)[ \t\x{3000}]*|[-•·*●○■□▪◦][ \t\x{3000}]+)?|[ \t\x{3000}]+)(\D|$)`)

// itemMarker splits a line into its list marker (with the spaces around it,
// or the spaces that indent it) and the rest.
func itemMarker(line string) (marker, rest string) {
	m := listMarker.FindStringSubmatchIndex(line)
	if m == nil || m[3] == 0 {
		return "", line
	}
	return line[:m[3]], line[m[3]:]
}

// list places items numbered from start (1., 2., …) with a hanging indent.
func (l *layout) list(items []string, start, n int) {
	indent := l.width([]rune(strconv.Itoa(start+len(items)-1)+". "), l.body) + 2
	for i, item := range items {
		text := l.subs.clean(item, l.section, fmt.Sprintf("list %d item %d", n, i+1))
		lines := l.wrap(text, l.body, pageW-2*marginX-indent)
		if len(lines) == 0 {
			lines = []string{""}
		}
		num := strconv.Itoa(start+i) + "."
		l.textLines(lines, marginX+indent, l.body, ink, func() {
			l.add(op{kind: opText, x: marginX, y: l.baseline(l.y, l.body), text: num, size: l.body, color: ink})
		})
		l.y += 0.8
	}
	l.y += 1.5
}
