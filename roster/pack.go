package roster

import (
	"errors"
	"strconv"
	"strings"
)

// A table read in the worker reaches the page as one text, which the page
// splits: decoding 2,000 rows of JSON, a string at a time through
// reflection, is the slowest step of an import in WebAssembly.
//
// Each row is its line number, then each cell after a unit separator
// (U+001F); rows are separated by a record separator (U+001E).
const (
	unitSep   = "\x1f"
	recordSep = "\x1e"
)

// noSeparators is a cell's text with its separator characters made
// spaces: they are control characters no spreadsheet means to show.
func noSeparators(c string) string {
	return strings.Map(func(r rune) rune {
		if r == rune(unitSep[0]) || r == rune(recordSep[0]) {
			return ' '
		}
		return r
	}, c)
}

// PackRows is rows as one text, for UnpackRows.
func PackRows(rows []Row) []byte {
	var b strings.Builder
	for i, r := range rows {
		if i > 0 {
			b.WriteString(recordSep)
		}
		b.WriteString(strconv.Itoa(r.Line))
		for _, c := range r.Cells {
			b.WriteString(unitSep)
			b.WriteString(noSeparators(c))
		}
	}
	return []byte(b.String())
}

// errPacked says a text is not one PackRows wrote.
var errPacked = errors.New("roster: not a packed table")

// UnpackRows reads the rows PackRows wrote.
func UnpackRows(text string) ([]Row, error) {
	if text == "" {
		return nil, nil
	}
	records := strings.Split(text, recordSep)
	rows := make([]Row, len(records))
	for i, rec := range records {
		cells := strings.Split(rec, unitSep)
		line, err := strconv.Atoi(cells[0])
		if err != nil {
			return nil, errPacked
		}
		rows[i] = Row{Line: line, Cells: cells[1:]}
	}
	return rows, nil
}

// Sheet is a table read with its header found (FindHeader) and its
// columns guessed (GuessColumns): the worker that reads the file finds
// them, so that the page carries no header words.
type Sheet struct {
	Rows   []Row    // every row of the table
	Data   int      // index in Rows of the first data row
	Labels []string // each column's header label
	Cols   Columns  // the guessed mapping
}

// PackSheet finds rows' header and guesses its columns, and returns them
// with the rows as one text, for UnpackSheet; false when no row looks like
// a header.
func PackSheet(rows []Row) ([]byte, bool) {
	data, labels, ok := FindHeader(rows)
	if !ok {
		return nil, false
	}
	cols := GuessColumns(labels)
	fields := make([]string, len(cols))
	for i, f := range cols {
		fields[i] = string(f)
	}
	return PackRows(append([]Row{{Line: data, Cells: fields}, {Cells: labels}}, rows...)), true
}

// UnpackSheet reads the sheet PackSheet wrote.
func UnpackSheet(text string) (Sheet, error) {
	rows, err := UnpackRows(text)
	if err != nil || len(rows) < 2 || len(rows[0].Cells) != len(rows[1].Cells) {
		return Sheet{}, errPacked
	}
	cols := make(Columns, len(rows[0].Cells))
	for i, f := range rows[0].Cells {
		cols[i] = Field(f)
	}
	s := Sheet{Rows: rows[2:], Data: rows[0].Line, Labels: rows[1].Cells, Cols: cols}
	if s.Data < 0 || s.Data > len(s.Rows) {
		return Sheet{}, errPacked
	}
	return s, nil
}
