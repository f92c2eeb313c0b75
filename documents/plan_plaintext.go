package documents

import (
	"strconv"
	"strings"
)

// Text renders the plan as plain text, for tests, golden files and a quick
// look on the command line: the plan's fields, then each section's title
// (marked with its ID, "(new page)" and "(edited)" where so) and blocks —
// paragraphs as they are, list items numbered, tables as rows of cells
// between "|", the signature area and the QR code in brackets.
func (p *Plan) Text() string {
	var b strings.Builder
	line := func(s string) { b.WriteString(s); b.WriteByte('\n') }
	line("# " + p.Title)
	line("id: " + p.ID + " · lang: " + p.Lang + " · ruleset: " + p.Ruleset + " · date: " + p.Date)
	line("enterprise: " + p.Enterprise)
	if p.Park != "" {
		line("park: " + p.Park)
	}
	line("footer: " + p.Footer + " · pages: " + p.PageFormat)
	line("qr: " + p.QR)
	for _, s := range p.Sections {
		b.WriteByte('\n')
		mark := strings.Repeat("=", 3-min(max(s.Level, 1), 2)) // "==" for chapters, "=" inside
		head := mark + " " + s.Title + "  [" + s.ID
		if s.NewPage {
			head += ", new page"
		}
		if s.Edited {
			head += ", edited"
		}
		line(head + "]")
		for _, bl := range s.Blocks {
			switch bl.Kind {
			case Paragraph:
				line(bl.Text)
			case List:
				for i, it := range bl.Items {
					line(strconv.Itoa(max(bl.Start, 1)+i) + ". " + it)
				}
			case TableBlock:
				if bl.Table == nil {
					continue
				}
				line("| " + strings.Join(bl.Table.Header, " | ") + " |")
				for _, row := range bl.Table.Rows {
					line("| " + strings.Join(row, " | ") + " |")
				}
			case SignatureBlock:
				if bl.Signature == nil {
					continue
				}
				for _, s := range bl.Signature.Signers {
					line("[" + s + "________]")
				}
				line("[" + bl.Signature.Seal + "]")
				line("[" + bl.Signature.DateLabel + "]")
			case QRBlock:
				line("[QR " + p.QR + "] " + bl.Text)
			}
		}
	}
	return b.String()
}
