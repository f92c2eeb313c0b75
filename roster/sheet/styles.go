package sheet

import (
	"archive/zip"
	"strconv"
	"strings"

	"fugong/roster"
)

// A date in a spreadsheet is a number, the days since the start of its
// date system, which its cell's number format shows as a date. The
// reader gives it as the date the sheet shows, so that a row set aside
// or a preview never shows the user a serial number; a number whose
// format is not a date's (a phone, a count) stays the number.

// styles is what the reader knows of a workbook's cell styles.
type styles struct {
	dates    []bool // by style index (a cell's s attribute): shows a number as a date
	date1904 bool
}

// isDate reports whether the style a cell's s attribute names shows a
// number as a date.
func (st styles) isDate(s []byte) bool {
	if len(s) == 0 {
		return false // style 0, General
	}
	i, err := strconv.Atoi(string(s))
	return err == nil && i >= 0 && i < len(st.dates) && st.dates[i]
}

// dateText is the date the number v shows, "2006-01-02"; v itself when
// it is not a number or no date.
func (st styles) dateText(v string) string {
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil {
		return v
	}
	if d, ok := roster.SerialDate(f, st.date1904); ok {
		return d
	}
	return v
}

// dateStyles reads the styles part: which cell styles show a number as
// a date. Styles it cannot read show none, so numbers stay as written.
func dateStyles(f *zip.File) []bool {
	var st struct {
		NumFmts []struct {
			ID   int    `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		Xfs []struct {
			NumFmt int `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if decodePart(f, &st) != nil {
		return nil
	}
	custom := map[int]bool{}
	for _, n := range st.NumFmts {
		custom[n.ID] = isDateFormat(n.Code)
	}
	dates := make([]bool, len(st.Xfs))
	for i, x := range st.Xfs {
		d, ok := custom[x.NumFmt]
		if !ok {
			d = builtinDate(x.NumFmt)
		}
		dates[i] = d
	}
	return dates
}

// builtinDate reports whether the built-in number format id is a date's:
// 14–17 and 22 (m/d/yy, d-mmm-yy, …, m/d/yy h:mm), and those Chinese,
// Japanese and Korean Excel and WPS number as 27–31, 36, 50–54, 57 and
// 58 (yyyy"年"m"月"d"日", m"月"d"日", …); the others between are times.
func builtinDate(id int) bool {
	switch {
	case id >= 14 && id <= 17, id == 22, id >= 27 && id <= 31, id == 36,
		id >= 50 && id <= 54, id == 57, id == 58:
		return true
	}
	return false
}

// isDateFormat reports whether a number format's code shows a date: its
// first section (positive numbers) has a year or a day, outside quoted
// text, escaped characters and [brackets] (colours, locales, elapsed
// [h] and [mm]). A time alone (h:mm) is no date: a month "m" is told
// from a minute only by its neighbours, and a format with a month has a
// year or a day too.
func isDateFormat(code string) bool {
	for i := 0; i < len(code); i++ {
		switch code[i] {
		case '"':
			j := strings.IndexByte(code[i+1:], '"')
			if j < 0 {
				return false
			}
			i += j + 1
		case '\\', '_', '*':
			i++ // the next character is shown, or pads
		case '[':
			j := strings.IndexByte(code[i:], ']')
			if j < 0 {
				return false
			}
			i += j
		case ';':
			return false
		case 'y', 'Y', 'd', 'D':
			return true
		}
	}
	return false
}
