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
// strings, numbers as written, so dates come as serial numbers), with
// the value of a merged range repeated in each of its cells — a title
// merged across the table, a department merged down its people.
func ReadXLSX(data []byte) ([]roster.Row, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, ErrBadContent
	}
	files := map[string]*zip.File{}
	for _, f := range z.File {
		files[strings.TrimPrefix(f.Name, "/")] = f
	}
	sheetPath, err := firstSheet(files)
	if err != nil {
		return nil, err
	}
	var shared []string
	if f, ok := files["xl/sharedStrings.xml"]; ok {
		if shared, err = readShared(f); err != nil {
			return nil, err
		}
	}
	f, ok := files[sheetPath]
	if !ok {
		return nil, ErrBadContent
	}
	return readSheet(f, shared)
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

// firstSheet finds the first worksheet's part through the workbook and
// its relationships, falling back to the usual name.
func firstSheet(files map[string]*zip.File) (string, error) {
	const fallback = "xl/worksheets/sheet1.xml"
	wb, ok := files["xl/workbook.xml"]
	if !ok {
		return "", ErrNotSheet
	}
	var book struct {
		Sheets []struct {
			ID string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if decodePart(wb, &book) != nil || len(book.Sheets) == 0 {
		return fallback, nil
	}
	rf, ok := files["xl/_rels/workbook.xml.rels"]
	if !ok || decodePart(rf, &rels) != nil {
		return fallback, nil
	}
	for _, r := range rels.Rel {
		if r.ID == book.Sheets[0].ID {
			if strings.HasPrefix(r.Target, "/") {
				return strings.TrimPrefix(r.Target, "/"), nil
			}
			return path.Join("xl", r.Target), nil
		}
	}
	return fallback, nil
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

// readShared reads the shared strings: each <si>'s text, its rich-text
// runs joined, its phonetic guides (<rPh>) left out.
func readShared(f *zip.File) ([]string, error) {
	rc, err := open(f)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	var out []string
	var cur strings.Builder
	inSI, inT, inPh := false, false, false
	depth := 0 // RawToken does not match end tags to start tags: count them
	for {
		tok, err := d.RawToken()
		if err == io.EOF && depth == 0 {
			return out, nil
		}
		if err != nil || depth < 0 {
			return nil, ErrBadContent
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch t.Name.Local {
			case "si":
				inSI = true
				cur.Reset()
			case "t":
				inT = true
			case "rPh":
				inPh = true
			}
		case xml.EndElement:
			depth--
			switch t.Name.Local {
			case "si":
				inSI = false
				if len(out) >= MaxRows*MaxColumns {
					return nil, ErrTooLarge
				}
				out = append(out, cur.String())
			case "t":
				inT = false
			case "rPh":
				inPh = false
			}
		case xml.CharData:
			if inSI && inT && !inPh {
				cur.Write(t)
			}
		}
	}
}

// readSheet reads a worksheet's cells and merged ranges.
func readSheet(f *zip.File, shared []string) ([]roster.Row, error) {
	rc, err := open(f)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	cells := map[int]map[int]string{} // row → column → text
	var merges []string
	row, col := 0, -1
	var typ string
	var val strings.Builder
	inV, inIS, inT, inPh := false, false, false, false
	depth := 0 // RawToken (quicker than Token) does not match end tags: count them
	for {
		tok, err := d.RawToken()
		if err == io.EOF && depth == 0 {
			break
		}
		if err != nil || depth < 0 {
			return nil, ErrBadContent
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch t.Name.Local {
			case "row":
				if r, err := strconv.Atoi(attr(t, "r")); err == nil && r > 0 {
					row = r
				} else {
					row++
				}
				col = -1
				if row > MaxRows {
					return nil, ErrTooLarge
				}
			case "c":
				if c, _, ok := cellRef(attr(t, "r")); ok {
					col = c
				} else {
					col++
				}
				if col >= MaxColumns {
					return nil, ErrTooLarge
				}
				typ = attr(t, "t")
				val.Reset()
			case "v":
				inV = true
			case "is":
				inIS = true
			case "t":
				inT = true
			case "rPh":
				inPh = true
			case "mergeCell":
				merges = append(merges, attr(t, "ref"))
			}
		case xml.EndElement:
			depth--
			switch t.Name.Local {
			case "v":
				inV = false
			case "is":
				inIS = false
			case "t":
				inT = false
			case "rPh":
				inPh = false
			case "c":
				text := cellText(typ, val.String(), shared)
				if text != "" && row > 0 {
					if cells[row] == nil {
						cells[row] = map[int]string{}
					}
					cells[row][col] = text
				}
			}
		case xml.CharData:
			if inV || (inIS && inT && !inPh) {
				val.Write(t)
			}
		}
	}
	fillMerged(cells, merges)
	if len(cells) == 0 {
		return nil, ErrNoRows
	}
	return rowsOf(cells), nil
}

// cellText is a cell's text from its type and its <v> or inline text.
func cellText(typ, v string, shared []string) string {
	switch typ {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || i < 0 || i >= len(shared) {
			return ""
		}
		return shared[i]
	case "b":
		if strings.TrimSpace(v) == "1" {
			return "TRUE"
		}
		return "FALSE"
	}
	return v
}

// fillMerged repeats each merged range's top-left value in its other
// cells, within the rows the sheet has.
func fillMerged(cells map[int]map[int]string, merges []string) {
	maxRow := 0
	for r := range cells {
		maxRow = max(maxRow, r)
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
		v := cells[r1][c1]
		if v == "" {
			continue
		}
		for r := r1; r <= min(r2, maxRow); r++ {
			for c := c1; c <= min(c2, MaxColumns-1); c++ {
				if filled++; filled > maxMerged {
					return
				}
				if cells[r] == nil {
					cells[r] = map[int]string{}
				}
				if cells[r][c] == "" {
					cells[r][c] = v
				}
			}
		}
	}
}

// rowsOf lists the rows in order, each with its cells up to its last
// filled one. Rows the sheet does not have are empty and left out.
func rowsOf(cells map[int]map[int]string) []roster.Row {
	nums := make([]int, 0, len(cells))
	for r := range cells {
		nums = append(nums, r)
	}
	sort.Ints(nums)
	rows := make([]roster.Row, 0, len(nums))
	for _, r := range nums {
		last := -1
		for c := range cells[r] {
			last = max(last, c)
		}
		row := make([]string, last+1)
		for c, v := range cells[r] {
			row[c] = v
		}
		rows = append(rows, roster.Row{Line: r, Cells: row})
	}
	return rows
}

// attr is the value of the attribute named local, "" when missing.
func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// cellRef reads "B3" as column 1 (from 0) and row 3 (from 1). $ signs are
// allowed.
func cellRef(ref string) (col, row int, ok bool) {
	ref = strings.ReplaceAll(ref, "$", "")
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
	row, err := strconv.Atoi(ref[i:])
	if err != nil || row < 1 {
		return 0, 0, false
	}
	return col - 1, row, true
}
