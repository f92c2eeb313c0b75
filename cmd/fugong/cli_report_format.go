//go:build !wasm

package main

import (
	"bytes"
	"path/filepath"
	"strings"

	"fugong/parkdesk"
	"fugong/roster/sheet"
)

// reportSheet is the park's daily report of picture as the spreadsheet
// the extension of name asks for: .xlsx or .csv. ok is false for any
// other name, which the report command writes as a PDF.
func reportSheet(name string, picture parkdesk.Picture, lang string) (b []byte, ok bool, err error) {
	var buf bytes.Buffer
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xlsx":
		err = sheet.WriteXLSX(&buf, parkdesk.ParkReportSheet, parkdesk.ParkReportRows(picture, lang))
	case ".csv":
		err = parkdesk.WriteParkReportCSV(&buf, picture, lang)
	default:
		return nil, false, nil
	}
	return buf.Bytes(), true, err
}
