package sheet

import (
	"bytes"

	"fugong/roster"
)

// Read reads a spreadsheet file, .xlsx or text (CSV, tab-separated),
// told apart by its content rather than its name.
func Read(data []byte) ([]roster.Row, error) {
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return ReadXLSX(data)
	case bytes.HasPrefix(data, []byte("\xD0\xCF\x11\xE0")):
		return nil, ErrOldExcel
	}
	return ReadText(data)
}
