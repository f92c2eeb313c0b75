//go:build !wasm

package main

import (
	"bytes"
	"path/filepath"
	"strings"

	"fugong/assessment"
	"fugong/assessment/pdf"
	"fugong/roster/sheet"
	"fugong/web/fonts"
)

// reportFile is the park's daily report of picture in the format name's
// extension asks for: .xlsx a spreadsheet, .csv CSV, anything else a PDF.
func reportFile(name string, picture assessment.Picture, park, lang string) ([]byte, error) {
	var b bytes.Buffer
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xlsx":
		err := sheet.WriteXLSX(&b, assessment.ParkReportSheet, assessment.ParkReportRows(picture, lang))
		return b.Bytes(), err
	case ".csv":
		err := assessment.WriteParkReportCSV(&b, picture, lang)
		return b.Bytes(), err
	}
	font, err := pdf.LoadFont(fonts.MicroHei)
	if err != nil {
		return nil, err
	}
	_, err = pdf.Write(&b, assessment.ParkReport(picture, park, lang), font)
	return b.Bytes(), err
}
