package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"sort"
	"strconv"
	"strings"

	"fugong/roster"
)

// ReadXLSX reads the first worksheet of an .xlsx file (Office Open XML,
// as Excel and WPS write it): every cell's text (shared strings, inline
// strings, numbers as written), with the value of a merged range repeated
// in each of its cells — a title merged across the table, a department
// merged down its people. A number shown as a date (its cell's number
// format is a date's) is read as the date, "2006-01-02", as the sheet
// shows it, not as its serial number.
func ReadXLSX(data []byte) ([]roster.Row, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, ErrBadContent
	}
	files := map[string]*zip.File{}
	for _, f := range z.File {
		files[strings.TrimPrefix(f.Name, "/")] = f
	}
	b, err := readBook(files)
	if err != nil {
		return nil, err
	}
	var shared []string
	if f, ok := files["xl/sharedStrings.xml"]; ok {
		if shared, err = readShared(f); err != nil {
			return nil, err
		}
	}
	st := styles{date1904: b.date1904}
	if f, ok := files[b.styles]; ok {
		st.dates = dateStyles(f)
	}
	f, ok := files[b.sheet]
	if !ok {
		return nil, ErrBadContent
	}
	return readSheet(f, shared, st)
}

// open opens a part of the file, refusing to read more than MaxBytes.
func open(f *zip.File) (io.ReadCloser, error) {
	if f.UncompressedSize64 > MaxBytes {
		return nil, ErrTooLarge
	}
	rc, err := f.Open()
	if err != nil {
		return nil, ErrBadContent
	}
	return struct {
		io.Reader
		io.Closer
	}{io.LimitReader(rc, MaxBytes), rc}, nil
}

// book is what the reader takes from the workbook: the parts of its
// first worksheet and of its styles, and its date system.
type book struct {
	sheet, styles string
	date1904      bool // serial numbers count days from 1904 (old Excel for Mac)
}

// readBook finds the first worksheet's part and the styles' part through
// the workbook and its relationships, falling back to the usual names.
func readBook(files map[string]*zip.File) (book, error) {
	b := book{sheet: "xl/worksheets/sheet1.xml", styles: "xl/styles.xml"}
	wb, ok := files["xl/workbook.xml"]
	if !ok {
		return b, ErrNotSheet
	}
	var w struct {
		Pr struct {
			Date1904 string `xml:"date1904,attr"`
		} `xml:"workbookPr"`
		Sheets []struct {
			ID string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if decodePart(wb, &w) != nil {
		return b, nil
	}
	b.date1904 = w.Pr.Date1904 == "1" || w.Pr.Date1904 == "true"
	rf, ok := files["xl/_rels/workbook.xml.rels"]
	if !ok || decodePart(rf, &rels) != nil {
		return b, nil
	}
	for _, r := range rels.Rel {
		target := path.Join("xl", r.Target)
		if strings.HasPrefix(r.Target, "/") {
			target = strings.TrimPrefix(r.Target, "/")
		}
		switch {
		case len(w.Sheets) > 0 && r.ID == w.Sheets[0].ID:
			b.sheet = target
		case strings.HasSuffix(r.Type, "/styles"):
			b.styles = target
		}
	}
	return b, nil
}

// decodePart decodes a small XML part into v.
func decodePart(f *zip.File, v any) error {
	rc, err := open(f)
	if err != nil {
		return err
	}
	defer rc.Close()
	return xml.NewDecoder(rc).Decode(v)
}

// readPart reads a part whole, refusing more than MaxBytes.
func readPart(f *zip.File) ([]byte, error) {
	rc, err := open(f)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	b := bytes.NewBuffer(make([]byte, 0, f.UncompressedSize64+bytes.MinRead))
	if _, err := b.ReadFrom(rc); err != nil {
		return nil, ErrBadContent
	}
	return b.Bytes(), nil
}

// readShared reads the shared strings: each <si>'s text, its rich-text
// runs joined, its phonetic guides (<rPh>) left out.
func readShared(f *zip.File) ([]string, error) {
	b, err := readPart(f)
	if err != nil {
		return nil, err
	}
	return sharedOf(newScanner(b))
}

// sharedOf reads the shared strings from the tokens of their part.
func sharedOf(d tokens) ([]string, error) {
	var out []string
	var cur []byte
	inSI, inT, inPh := false, false, false
	depth := 0 // end tags are not matched to start tags: count them
	for {
		tok, err := d.next()
		if err != nil || depth < 0 || tok == tokEOF && depth != 0 {
			return nil, ErrBadContent
		}
		switch tok {
		case tokEOF:
			return out, nil
		case tokStart:
			depth++
			switch string(d.local()) {
			case "si":
				inSI = true
				cur = cur[:0]
			case "t":
				inT = true
			case "rPh":
				inPh = true
			}
		case tokEnd:
			depth--
			switch string(d.local()) {
			case "si":
				inSI = false
				if len(out) >= MaxRows*MaxColumns {
					return nil, ErrTooLarge
				}
				out = append(out, string(cur))
			case "t":
				inT = false
			case "rPh":
				inPh = false
			}
		case tokText:
			if inSI && inT && !inPh {
				cur = append(cur, d.text()...)
			}
		}
	}
}

// readSheet reads a worksheet's cells and merged ranges.
func readSheet(f *zip.File, shared []string, st styles) ([]roster.Row, error) {
	b, err := readPart(f)
	if err != nil {
		return nil, err
	}
	return sheetOf(newScanner(b), shared, st)
}

// sheetOf reads a worksheet's cells and merged ranges from the tokens of
// its part, a number in a date's style as the date.
func sheetOf(d tokens, shared []string, st styles) ([]roster.Row, error) {
	var cells grid
	var merges []string
	row, col := 0, -1
	var typ string
	var date bool // the cell's style shows a number as a date
	var val []byte
	inV, inIS, inT, inPh := false, false, false, false
	depth := 0 // end tags are not matched to start tags: count them
	for {
		tok, err := d.next()
		if err != nil || depth < 0 || tok == tokEOF && depth != 0 {
			return nil, ErrBadContent
		}
		if tok == tokEOF {
			break
		}
		switch tok {
		case tokStart:
			depth++
			switch string(d.local()) {
			case "row":
				if r, err := strconv.Atoi(string(d.attr("r"))); err == nil && r > 0 {
					row = r
				} else {
					row++
				}
				col = -1
				if row > MaxRows {
					return nil, ErrTooLarge
				}
			case "c":
				if c, _, ok := cellRef(d.attr("r")); ok {
					col = c
				} else {
					col++
				}
				if col >= MaxColumns {
					return nil, ErrTooLarge
				}
				typ = cellType(d.attr("t"))
				date = st.isDate(d.attr("s"))
				val = val[:0]
			case "v":
				inV = true
			case "is":
				inIS = true
			case "t":
				inT = true
			case "rPh":
				inPh = true
			case "mergeCell":
				merges = append(merges, string(d.attr("ref")))
			}
		case tokEnd:
			depth--
			switch string(d.local()) {
			case "v":
				inV = false
			case "is":
				inIS = false
			case "t":
				inT = false
			case "rPh":
				inPh = false
			case "c":
				// col < 0: a </c> with no <c> in its row, in a damaged file
				text := cellText(typ, val, shared)
				if date && typ == "n" {
					text = st.dateText(text)
				}
				if text != "" && row > 0 && col >= 0 {
					cells.set(row, col, text)
				}
			}
		case tokText:
			if inV || (inIS && inT && !inPh) {
				val = append(val, d.text()...)
			}
		}
	}
	cells.fillMerged(merges)
	if len(cells.rows) == 0 {
		return nil, ErrNoRows
	}
	return cells.sorted(), nil
}

// cellType is a cell's t attribute as cellText tells types apart:
// "s" (shared string), "b" (boolean), "n" (number, the type of a cell
// with none) or "" (any other, its text as it is).
func cellType(t []byte) string {
	switch string(t) {
	case "s":
		return "s"
	case "b":
		return "b"
	case "n", "":
		return "n"
	}
	return ""
}

// cellText is a cell's text from its type and its <v> or inline text.
func cellText(typ string, v []byte, shared []string) string {
	switch typ {
	case "s":
		i, err := strconv.Atoi(string(bytes.TrimSpace(v)))
		if err != nil || i < 0 || i >= len(shared) {
			return ""
		}
		return shared[i]
	case "b":
		if string(bytes.TrimSpace(v)) == "1" {
			return "TRUE"
		}
		return "FALSE"
	}
	return string(v)
}

// grid holds a sheet's filled cells: its rows as met, each with its
// cells up to its last filled one.
type grid struct {
	rows  []roster.Row
	index map[int]int // row number → index in rows
	last  int         // index of the row set last, -1 before any
}

// row is the index in rows of row r, added when add is set, -1 when
// missing.
func (g *grid) row(r int, add bool) int {
	if len(g.rows) > 0 && g.rows[g.last].Line == r {
		return g.last
	}
	i, ok := g.index[r]
	if !ok {
		if !add {
			return -1
		}
		if g.index == nil {
			g.index = map[int]int{}
		}
		i = len(g.rows)
		g.index[r] = i
		width := 0 // rows are mostly as wide as the one before
		if len(g.rows) > 0 {
			width = len(g.rows[len(g.rows)-1].Cells)
		}
		g.rows = append(g.rows, roster.Row{Line: r, Cells: make([]string, 0, width)})
	}
	g.last = i
	return i
}

// set sets the text of the cell in row r (from 1) and column c (from 0).
func (g *grid) set(r, c int, text string) {
	row := &g.rows[g.row(r, true)]
	if len(row.Cells) <= c {
		row.Cells = append(row.Cells, make([]string, c+1-len(row.Cells))...)
	}
	row.Cells[c] = text
}

// get is the text of the cell in row r and column c.
func (g *grid) get(r, c int) string {
	if i := g.row(r, false); i >= 0 && c < len(g.rows[i].Cells) {
		return g.rows[i].Cells[c]
	}
	return ""
}

// fillMerged repeats each merged range's top-left value in its other
// cells, within the rows the sheet has.
func (g *grid) fillMerged(merges []string) {
	maxRow := 0
	for _, r := range g.rows {
		maxRow = max(maxRow, r.Line)
	}
	filled := 0
	for _, ref := range merges {
		from, to, ok := strings.Cut(ref, ":")
		if !ok {
			continue
		}
		c1, r1, ok1 := cellRef(from)
		c2, r2, ok2 := cellRef(to)
		if !ok1 || !ok2 || c2 < c1 || r2 < r1 {
			continue
		}
		v := g.get(r1, c1)
		if v == "" {
			continue
		}
		for r := r1; r <= min(r2, maxRow); r++ {
			for c := c1; c <= min(c2, MaxColumns-1); c++ {
				if filled++; filled > maxMerged {
					return
				}
				if g.get(r, c) == "" {
					g.set(r, c, v)
				}
			}
		}
	}
}

// sorted lists the rows in order. Rows the sheet does not have are empty
// and left out.
func (g *grid) sorted() []roster.Row {
	sort.SliceStable(g.rows, func(i, j int) bool { return g.rows[i].Line < g.rows[j].Line })
	return g.rows
}

// cellRef reads "B3" as column 1 (from 0) and row 3 (from 1). $ signs are
// allowed.
func cellRef[S string | []byte](r S) (col, row int, ok bool) {
	ref := []byte(r)
	if bytes.IndexByte(ref, '$') >= 0 {
		ref = bytes.ReplaceAll(ref, []byte("$"), nil)
	}
	i := 0
	for i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z' {
		col = col*26 + int(ref[i]-'A') + 1
		i++
		if col > 16384 {
			return 0, 0, false
		}
	}
	if i == 0 || i == len(ref) {
		return 0, 0, false
	}
	row, err := strconv.Atoi(string(ref[i:]))
	if err != nil || row < 1 {
		return 0, 0, false
	}
	return col - 1, row, true
}
