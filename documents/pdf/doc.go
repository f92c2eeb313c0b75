// Package pdf writes a documents.Plan as an A4 PDF with gofpdf. It is the
// only package of the kit that imports gofpdf, so that the rules and the
// documents stay free of it, as image/png stands beside image.
//
// The writer does its own layout in two steps. First the plan is flowed
// onto pages as simple drawing operations (text at a baseline, lines,
// rectangles), measured with the font's advance widths; the page count is
// then known, so every footer can say "page n of total" without gofpdf's
// page-count alias. Then the pages are drawn with gofpdf. Line breaking is
// its own (linebreak.go): gofpdf's MultiCell loses a Chinese character at
// every automatic break.
//
// Pages break as a typesetter would break them (blocks.go, layout.go): a
// heading is kept with at least two lines of what follows it (the plan is
// laid out again with that section on a new page when it is not); a
// paragraph never leaves a single line alone at the foot or the head of a
// page; a numbered or indented line of the enterprise's own text keeps
// its indent when it wraps. A section that holds a signature area (a copy
// of the commitment letter) is a document to sign: it is fitted onto one
// page, in smaller type and then closer lines if it must, and when even
// that is too little, its text of record is signed on the first page and
// its translation goes on a second. The plan's other pages carry the
// place of the seal stamped across their right edges (骑缝章).
//
// Every character is checked against the font before it is measured or
// drawn (see Font.Has). gofpdf panics on characters outside the Basic
// Multilingual Plane, and Micro Hei draws some characters (℃) as blank
// glyphs: such characters are drawn as StandIn and reported to the caller as
// a Substitution, never as an error. A panic inside gofpdf is recovered and
// returned as ErrInternal.
//
// The font is passed in as a Font, parsed once by LoadFont: in the browser
// the font file is fetched when the first PDF is made; on the command line
// it comes from package fugong/web/fonts.
//
// In the browser this package runs only in the PDF worker (command
// fugong/cmd/pdfworker, web/pdf.wasm), never in the app's own app.wasm: the
// page stays responsive while a PDF is written, and the first visit loads
// no PDF code (make purity checks it). The QR codes the app itself shows
// come from package fugong/assessment/qrcode, which this package uses too.
package pdf
