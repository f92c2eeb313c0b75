package main

import (
	"bytes"
	"encoding/json"
	"fmt"

	"fugong/roster"
	"fugong/roster/sheet"
)

// Spreadsheet jobs run in this worker too, so that reading an HR's
// spreadsheet never freezes the page and app.wasm carries no .xlsx reader
// nor GB18030 tables; one worker program is cached instead of two. They
// need no font.
const (
	kindSheetRead  = "sheet-read"  // Data: the file's bytes → Rows: the table as JSON
	kindSheetWrite = "sheet-write" // Rows: [][]string as JSON, Format "xlsx" or "csv", Sheet: its name → the file's bytes
	// kindRosterWrite is sheet-write of a roster's people (Rows: JSON of
	// []roster.Person) as roster.Table writes them in Lang.
	kindRosterWrite = "roster-write"
)

// isSheetJob reports whether kind is a spreadsheet job.
func isSheetJob(kind string) bool {
	return kind == kindSheetRead || kind == kindSheetWrite || kind == kindRosterWrite
}

// sheetJob does a spreadsheet job. It returns the table read (JSON of
// []roster.Row), or the file written; an error's text is the code of
// roster.FileMessage when the file could not be read.
func sheetJob(req request) (rows string, file []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			rows, file, err = "", nil, fmt.Errorf("sheet: panic: %v", r)
		}
	}()
	switch req.Kind {
	case kindSheetRead:
		table, err := sheet.Read(req.Data)
		if err != nil {
			return "", nil, fmt.Errorf("%s", sheet.Code(err))
		}
		out, err := json.Marshal(table)
		return string(out), nil, err
	case kindSheetWrite, kindRosterWrite:
		var table [][]string
		if req.Kind == kindRosterWrite {
			var people []roster.Person
			if err := json.Unmarshal([]byte(req.Rows), &people); err != nil {
				return "", nil, fmt.Errorf("sheet: reading the roster: %w", err)
			}
			table = roster.Table(people, req.Lang)
		} else if err := json.Unmarshal([]byte(req.Rows), &table); err != nil {
			return "", nil, fmt.Errorf("sheet: reading the rows: %w", err)
		}
		var buf bytes.Buffer
		switch req.Format {
		case "xlsx":
			err = sheet.WriteXLSX(&buf, req.Sheet, table)
		case "csv":
			err = sheet.WriteCSV(&buf, table)
		default:
			err = fmt.Errorf("sheet: unknown format %q", req.Format)
		}
		return "", buf.Bytes(), err
	}
	return "", nil, fmt.Errorf("sheet: unknown kind %q", req.Kind)
}
