package assessment

import (
	"encoding/csv"
	"io"
	"strings"
)

// CSVWriter writes CSV that a spreadsheet opens safely: UTF-8 with a
// byte-order mark (so that Excel and WPS read Chinese right), CRLF line
// ends, and every cell made inert (InertCell), whatever its column. Every
// export of the kit — the registry's, and any other table it writes —
// goes through it.
type CSVWriter struct {
	w *csv.Writer
}

// NewCSVWriter writes the byte-order mark to w and returns a writer of
// rows to it.
func NewCSVWriter(w io.Writer) (*CSVWriter, error) {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return nil, err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return &CSVWriter{w: cw}, nil
}

// Write writes one row, each cell made inert.
func (c *CSVWriter) Write(row []string) error {
	out := make([]string, len(row))
	for i, cell := range row {
		out[i] = InertCell(cell)
	}
	return c.w.Write(out)
}

// Flush writes what is buffered and returns the first error of any
// Write or of the flush.
func (c *CSVWriter) Flush() error {
	c.w.Flush()
	return c.w.Error()
}

// csvLineBreaks turns every line break into "\n", which encoding/csv
// writes as CRLF; a lone "\r" it would otherwise drop.
var csvLineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// InertCell returns s as a spreadsheet cell that is never read as a
// formula: line breaks are made "\n" first (as the file will hold them),
// then text that starts with =, +, -, @, a tab or a line break gets a
// leading apostrophe, which Excel, WPS and LibreOffice show as text and
// hide.
func InertCell(s string) string {
	s = csvLineBreaks.Replace(s)
	if s != "" && strings.ContainsRune("=+-@\t\n", rune(s[0])) {
		return "'" + s
	}
	return s
}
