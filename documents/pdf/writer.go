package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"time"

	"github.com/jung-kurt/gofpdf"

	"fugong/documents"
)

// Errors returned by Write. Text the font cannot draw is never an error: it
// is replaced and reported as a Substitution.
var (
	ErrNoFont    = errors.New("pdf: no font")
	ErrNoPlan    = errors.New("pdf: no plan")
	ErrBlockKind = errors.New("pdf: unknown block kind")
	ErrQR        = errors.New("pdf: QR text cannot be encoded")
	ErrInternal  = errors.New("pdf: the PDF library failed")
)

// fontFamily is the name under which the font is registered with gofpdf;
// the PDF names the font "utf8" followed by it.
const fontFamily = "WenQuanYiMicroHei"

// Write draws plan as an A4 PDF in font and writes it to w. It returns the
// characters it had to replace with StandIn because the font cannot draw
// them; the PDF is written all the same. Nothing is written to w when an
// error is returned: an unknown block kind (ErrBlockKind), a QR text too
// long for a QR code (ErrQR), a failure of the PDF library, a panic included
// (ErrInternal), or an error from w itself.
//
// The output depends only on plan and font: the creation date is taken from
// plan.Date when it starts with a year, month and day (2026年3月5日,
// 2026-03-05), else it is 2020-01-01; so the same plan gives the same bytes.
// gofpdf cannot set the document language in the catalogue; the XMP
// metadata carries it (dc:language) with the title and author.
func Write(w io.Writer, plan *documents.Plan, font *Font) (subs []Substitution, err error) {
	if font == nil {
		return nil, ErrNoFont
	}
	if plan == nil {
		return nil, ErrNoPlan
	}
	defer func() {
		if r := recover(); r != nil {
			subs, err = nil, fmt.Errorf("%w: panic: %v", ErrInternal, r)
		}
	}()
	s, l, err := layOut(plan, font)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := render(&buf, plan, l, s); err != nil {
		return nil, err
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return nil, err
	}
	return s.list, nil
}

// layOut flows plan onto pages. A heading left at the foot of a page
// without the lines that follow it makes its section start a new page, and
// the plan is laid out again from the start with that page break; each
// pass moves one more heading, so this ends.
func layOut(plan *documents.Plan, font *Font) (*substituter, *layout, error) {
	moved := map[int]bool{}
	for {
		s := newSubstituter(font)
		l := newLayout(font, s)
		l.qrText = plan.QR
		l.moved = moved
		for i := range plan.Sections {
			if err := l.placeSection(&plan.Sections[i], i); err != nil {
				return nil, nil, err
			}
			if l.again {
				break
			}
		}
		if !l.again {
			return s, l, nil
		}
	}
}

// render draws the laid-out pages with gofpdf, adding the running header and
// footer and the document's metadata and outline.
func render(w io.Writer, plan *documents.Plan, l *layout, s *substituter) error {
	title := s.line(plan.Title, "", "title")
	enterprise := s.line(plan.Enterprise, "", "enterprise")
	footer := s.line(plan.Footer, "", "footer")
	mark := s.line(plan.Watermark, "", "watermark")
	pageFormat := s.line(plan.PageFormat, "", "page number")
	if pageFormat == "" {
		pageFormat = "%d / %d"
	}

	pdf := gofpdf.NewCustom(&gofpdf.InitType{OrientationStr: "P", UnitStr: "mm", SizeStr: "A4"})
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(marginX, top, marginX)
	pdf.SetCatalogSort(true)
	date := creationDate(plan.Date)
	pdf.SetCreationDate(date)
	pdf.SetModificationDate(date)
	pdf.SetTitle(title, true)
	pdf.SetAuthor(enterprise, true)
	pdf.SetSubject(footer, true)
	pdf.SetKeywords(plan.ID+" "+plan.Ruleset, true)
	pdf.SetCreator("fugong", true)
	pdf.SetProducer("fugong", true)
	pdf.SetXmpMetadata(xmpMetadata(title, enterprise, plan.Lang))

	// Every page's drawing operations, running header and footer first, so
	// that the font can be cut down to the characters they draw before it
	// is handed to gofpdf (subset.go).
	total := len(l.pages)
	pages := make([][]op, total)
	for i, ops := range l.pages {
		p := watermark(nil, l, mark) // first: the page is drawn over it
		if i > 0 {
			p = runningHeader(p, l, enterprise, title)
		}
		p = runningFooter(p, l, footer, fmt.Sprintf(pageFormat, i+1, total))
		if !l.signed[i] {
			p = acrossPagesSeal(p)
		}
		pages[i] = append(p, ops...)
	}
	pdf.AddUTF8FontFromBytes(fontFamily, "", l.font.embedded(pages))
	pdf.SetFont(fontFamily, "", bodySize)

	marks, level := l.marks, -1
	for i, ops := range pages {
		pdf.AddPage()
		for _, o := range ops {
			draw(pdf, o)
		}
		for ; len(marks) > 0 && marks[0].page == i; marks = marks[1:] {
			level = min(marks[0].level, level+1) // the outline may not skip a level
			pdf.Bookmark(marks[0].title, level, marks[0].y)
		}
		if pdf.Err() {
			break
		}
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("%w: %v", ErrInternal, err)
	}
	return nil
}

// runningHeader appends to ops the enterprise's name left and the title
// right above a thin rule. The name takes at most half the width; the title
// has the rest, and is shortened with "…" only when that is too little.
func runningHeader(ops []op, l *layout, enterprise, title string) []op {
	full := pageW - 2*marginX
	left := fitLine(l, enterprise, smallSize, full/2-4)
	right := fitLine(l, title, smallSize, full-l.width([]rune(left), smallSize)-8)
	w := l.width([]rune(right), smallSize)
	return append(ops,
		op{kind: opText, x: marginX, y: headerBase, text: left, size: smallSize, color: grey},
		op{kind: opText, x: pageW - marginX - w, y: headerBase, text: right, size: smallSize, color: grey},
		op{kind: opLine, x: marginX, y: headerBase + 2.5, w: pageW - 2*marginX, size: 0.2, color: rule})
}

// runningFooter appends to ops a rule, the plan's footer left and the page
// number right.
func runningFooter(ops []op, l *layout, footer, number string) []op {
	number = fitLine(l, number, smallSize, (pageW-2*marginX)/2)
	nw := l.width([]rune(number), smallSize)
	left := fitLine(l, footer, smallSize, pageW-2*marginX-nw-6)
	return append(ops,
		op{kind: opLine, x: marginX, y: footerBase - 5, w: pageW - 2*marginX, size: 0.2, color: rule},
		op{kind: opText, x: marginX, y: footerBase, text: left, size: smallSize, color: grey},
		op{kind: opText, x: pageW - marginX - nw, y: footerBase, text: number, size: smallSize, color: grey})
}

// Where the seal across the pages (骑缝章) is stamped, in millimetres: a
// 42 mm seal whose centre lies just beyond the right edge, half on each
// page of the stack.
const (
	acrossSealY      = pageH / 2
	acrossSealRadius = 21.0
)

// acrossPagesSeal appends to ops the place of the seal stamped across the
// right edge of the plan's pages when it is handed in as one document
// (骑缝章): the left half of a dashed circle, inside the margin. It carries
// no words, which would break into the text of the page as it is read
// back. The letters are signed and stamped each on its own and do not
// carry it.
func acrossPagesSeal(ops []op) []op {
	return append(ops, op{kind: opCircle, x: pageW + 2, y: acrossSealY, w: acrossSealRadius, size: 0.25, color: rule})
}

// fitLine shortens text to fit limit, ending it with "…" when cut.
func fitLine(l *layout, text string, size, limit float64) string {
	r := []rune(text)
	if l.width(r, size) <= limit {
		return text
	}
	w, room := l.measure(size), limit-l.width([]rune("…"), size)
	n := 0
	for total := 0.0; n < len(r) && total+w(r[n]) <= room; n++ {
		total += w(r[n])
	}
	return string(r[:n]) + "…"
}

// draw performs one drawing operation.
func draw(pdf *gofpdf.Fpdf, o op) {
	switch o.kind {
	case opText:
		pdf.SetFontSize(o.size)
		pdf.SetTextColor(o.color.r, o.color.g, o.color.b)
		pdf.Text(o.x, o.y, o.text)
	case opLine:
		pdf.SetLineWidth(o.size)
		pdf.SetDrawColor(o.color.r, o.color.g, o.color.b)
		pdf.Line(o.x, o.y, o.x+o.w, o.y+o.h)
	case opRect:
		pdf.SetLineWidth(o.size)
		pdf.SetDrawColor(o.color.r, o.color.g, o.color.b)
		pdf.Rect(o.x, o.y, o.w, o.h, "D")
	case opCircle:
		pdf.SetLineWidth(o.size)
		pdf.SetDrawColor(o.color.r, o.color.g, o.color.b)
		pdf.SetDashPattern([]float64{2, 1.5}, 0)
		pdf.Circle(o.x, o.y, o.w, "D")
		pdf.SetDashPattern(nil, 0)
	case opFill:
		pdf.SetFillColor(o.color.r, o.color.g, o.color.b)
		pdf.Rect(o.x, o.y, o.w, o.h, "F")
	}
}

// datePrefix matches a date that starts with year, month and day.
var datePrefix = regexp.MustCompile(`^\s*(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})`)

// creationDate returns the date plan.Date starts with, or 2020-01-01.
func creationDate(s string) time.Time {
	if m := datePrefix.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if y >= 1970 && t.Month() == time.Month(mo) && t.Day() == d {
			return t
		}
	}
	return time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
}
