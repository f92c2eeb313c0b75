package pdf

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"fugong/assessment"
	"fugong/assessment/qrcode"
)

// LinkQR is the QR code of a park link (see package qrcode).
type LinkQR = qrcode.LinkQR

// QR error-correction levels a link's code may use. M restores 15 % of a
// damaged code, Q 25 %.
const (
	LevelM = qrcode.LevelM
	LevelQ = qrcode.LevelQ
)

// EncodeLinkQR returns the smallest QR code of link at level; an error
// wraps ErrQR.
func EncodeLinkQR(link string, level qrcode.Level) (*LinkQR, error) {
	code, err := qrcode.EncodeLink(link, level)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrQR, err)
	}
	return code, nil
}

// posterPage lays out the poster: it returns its drawing operations, the
// park's name as printed and the side of the QR code in millimetres.
func posterPage(park assessment.Park, code *LinkQR, font *Font, s *substituter) (ops []op, name string, side float64) {
	l := newLayout(font, s)
	width := pageW - 2*posterMargin
	centred := func(line string, y, size float64, c rgb) {
		x := (pageW - l.width([]rune(line), size)) / 2
		ops = append(ops, op{kind: opText, x: x, y: y, text: line, size: size, color: c})
	}

	// The park's name, large, centred, on one or two lines.
	y := posterTop
	nameSize := 24.0
	name = s.line(park.Name, "", "name")
	lines := l.wrap(name, nameSize, width)
	for len(lines) > 2 && nameSize > 14 {
		nameSize -= 2
		lines = l.wrap(name, nameSize, width)
	}
	for _, line := range lines {
		centred(line, baseline(y, nameSize), nameSize, ink)
		y += lineHeight(nameSize) * 0.85
	}
	y += 1
	centred(s.line(posterLines[0].title+" · "+posterLines[1].title, "", "title"), baseline(y, 12), 12, blue)
	y += lineHeight(12)

	// The details: batch dates, contact and hotline, small, centred.
	var details []string
	var dates []string
	for n, label := range []string{"第一批", "第二批", "第三批"} {
		if d := park.BatchDate(n + 1); d != "" {
			dates = append(dates, label+" "+d)
		}
	}
	if len(dates) > 0 {
		details = append(details, "开放："+strings.Join(dates, "　"))
	}
	var contact []string
	if park.Contact != "" || park.Phone != "" {
		contact = append(contact, strings.TrimSpace("联系人："+park.Contact+" "+park.Phone))
	}
	if park.Hotline != "" {
		contact = append(contact, "热线："+park.Hotline)
	}
	if len(contact) > 0 {
		details = append(details, strings.Join(contact, "　"))
	}

	// The instructions, measured first so the code takes the rest.
	const stepSize, headSize = 9.5, 10.0
	type para struct {
		lines []string
		head  bool
	}
	var paras []para
	textH := 0.0
	for _, pl := range posterLines {
		paras = append(paras, para{lines: []string{pl.title}, head: true})
		textH += lineHeight(headSize)
		for i, step := range pl.steps {
			ls := l.wrap(s.clean(strconv.Itoa(i+1)+". "+step, "", "instructions"), stepSize, width-6)
			paras = append(paras, para{lines: ls})
			textH += float64(len(ls)) * lineHeight(stepSize) * 0.92
		}
		textH += 1.5
	}
	var detailLines []string
	for _, d := range details {
		detailLines = append(detailLines, l.wrap(s.line(d, "", "details"), posterDetailSize, width)...)
	}
	detailH := float64(len(detailLines))*lineHeight(posterDetailSize) + 2
	bottomY := pageH - 12.0
	side = min(width, bottomY-textH-detailH-y-6)
	qrX := (pageW - side) / 2
	ops = append(ops, qrOps(code, qrX, y, side)...)
	y += side + 2
	for _, d := range detailLines {
		centred(d, baseline(y, posterDetailSize), posterDetailSize, black)
		y += lineHeight(posterDetailSize)
	}
	y += 3
	ops = append(ops, op{kind: opLine, x: posterMargin, y: y - 1.5, w: width, size: 0.2, color: rule})
	for _, p := range paras {
		if p.head {
			y += 1.5
			ops = append(ops, op{kind: opText, x: posterMargin, y: baseline(y, headSize), text: p.lines[0], size: headSize, color: blue})
			y += lineHeight(headSize)
			continue
		}
		for _, line := range p.lines {
			ops = append(ops, op{kind: opText, x: posterMargin + 4, y: baseline(y, stepSize), text: line, size: stepSize, color: ink})
			y += lineHeight(stepSize) * 0.92
		}
	}

	return ops, name, side
}

// posterLine is the poster's title and its three steps in one language.
type posterLine struct {
	title string
	steps [3]string
}

// posterLines are the poster's instructions in every language the kit
// writes, primary first, from the catalogs' poster texts.
var posterLines = func() []posterLine {
	title := assessment.Msg("poster.title")
	steps := [3]assessment.Text{assessment.Msg("poster.step.scan"), assessment.Msg("poster.step.browser"), assessment.Msg("poster.step.answer")}
	out := make([]posterLine, len(assessment.Languages))
	for i, lang := range assessment.Languages {
		out[i].title = title.In(lang)
		for j, s := range steps {
			out[i].steps[j] = s.In(lang)
		}
	}
	return out
}()

// PosterText returns every fixed text the poster prints, for glyph
// checks.
func PosterText() []string {
	var out []string
	for _, l := range posterLines {
		out = append(out, l.title)
		out = append(out, l.steps[:]...)
	}
	return append(out, "第一批", "第二批", "第三批", "开放", "联系人", "热线", "由园区设置")
}

// Poster geometry in millimetres, and the size of its details in points:
// the batch dates, the contact and the hotline are read from a wall, in
// black at 14 pt.
const (
	posterMargin     = 15.0
	posterTop        = 16.0
	posterDetailSize = 14.0
)

// WritePoster writes an A4 poster for a park's link: the park's name, the
// link's QR code as large as the page allows, the batch dates and the
// park's contact, and three lines of instructions in every language the
// kit writes. The code uses error correction M. Like Write it returns the
// characters the font cannot draw, replaced by StandIn, and writes nothing
// on an error (ErrNoFont, ErrQR, ErrInternal, or w's). The output depends
// only on its inputs.
func WritePoster(w io.Writer, park assessment.Park, link string, font *Font) (subs []Substitution, err error) {
	if font == nil {
		return nil, ErrNoFont
	}
	defer func() {
		if r := recover(); r != nil {
			subs, err = nil, fmt.Errorf("%w: panic: %v", ErrInternal, r)
		}
	}()
	code, err := EncodeLinkQR(link, LevelM)
	if err != nil {
		return nil, err
	}
	s := newSubstituter(font)
	ops, name, _ := posterPage(park, code, font, s)
	pdf := gofpdf.NewCustom(&gofpdf.InitType{OrientationStr: "P", UnitStr: "mm", SizeStr: "A4"})
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCatalogSort(true)
	date := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	pdf.SetCreationDate(date)
	pdf.SetModificationDate(date)
	title := name + " · 复工复产自评"
	pdf.SetTitle(title, true)
	pdf.SetAuthor(name, true)
	pdf.SetCreator("fugong", true)
	pdf.SetProducer("fugong", true)
	pdf.SetXmpMetadata(xmpMetadata(title, name, "zh"))
	pdf.AddUTF8FontFromBytes(fontFamily, "", font.data)
	pdf.SetFont(fontFamily, "", bodySize)
	pdf.AddPage()
	for _, o := range ops {
		draw(pdf, o)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInternal, err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return nil, err
	}
	return s.list, nil
}
