package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"fugong/roster"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// ReadText reads a CSV file or text pasted from a spreadsheet. The
// encoding is UTF-8 (a byte-order mark is dropped), UTF-16 with its mark,
// or else GB18030. The separator is the one the first line uses most:
// tab, comma or semicolon. Rows are numbered as a spreadsheet shows them,
// one per record, and a blank line is an empty row (encoding/csv skips
// blank lines; they are put back so that the numbers stay right).
func ReadText(data []byte) ([]roster.Row, error) {
	text, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, ErrNoRows
	}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = separator(text)
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	var rows []roster.Row
	inner := 0 // line breaks inside the fields read so far
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, errors.Join(ErrBadContent, err)
		}
		line, _ := r.FieldPos(0)
		for row := line - inner; len(rows)+1 < row; { // blank lines before
			rows = append(rows, roster.Row{Line: len(rows) + 1})
		}
		if len(rows) >= MaxRows || len(rec) > MaxColumns {
			return nil, ErrTooLarge
		}
		rows = append(rows, roster.Row{Line: len(rows) + 1, Cells: rec})
		for _, f := range rec {
			inner += strings.Count(f, "\n")
		}
	}
	return rows, nil
}

// decodeText turns the file's bytes into text.
func decodeText(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xFF\xFE")), bytes.HasPrefix(data, []byte("\xFE\xFF")):
		return decodeUTF16(data[2:], data[0] == 0xFF), nil
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil || bytes.IndexByte(out, 0) >= 0 {
		return "", ErrNotSheet
	}
	return string(out), nil
}

// decodeUTF16 decodes UTF-16 text, little-endian when le.
func decodeUTF16(b []byte, le bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if le {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		} else {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		}
	}
	return string(utf16.Decode(u))
}

// separator is the one the first non-empty line uses most.
func separator(text string) rune {
	line := ""
	for l := range strings.Lines(text) {
		if strings.TrimSpace(l) != "" {
			line = l
			break
		}
	}
	best, n := ',', strings.Count(line, ",")
	for _, c := range []rune{'\t', ';'} {
		if k := strings.Count(line, string(c)); k > n {
			best, n = c, k
		}
	}
	return best
}
