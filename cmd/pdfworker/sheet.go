package main

import (
	"bytes"
	"fmt"

	"fugong/internal/workerjob"
	"fugong/roster"
	"fugong/roster/sheet"
)

// Spreadsheet jobs run in this worker too, so that reading an HR's
// spreadsheet never freezes the page and app.wasm carries no .xlsx reader
// nor GB18030 tables; one worker program is cached instead of two. They
// need no font.

// isSheetJob reports whether kind is a spreadsheet job.
func isSheetJob(kind workerjob.Kind) bool {
	return kind == workerjob.SheetRead || kind == workerjob.SheetWrite || kind == workerjob.RosterWrite
}

// sheetJob does a spreadsheet job. It returns the table read with its
// header found and its columns guessed (as roster.PackSheet writes it), or the file written; an error's text is the
// code of roster.FileMessage when the file could not be read.
func sheetJob(job workerjob.Job) (file []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			file, err = nil, fmt.Errorf("sheet: panic: %v", r)
		}
	}()
	switch job.Kind {
	case workerjob.SheetRead:
		table, err := sheet.Read(job.Data)
		if err != nil {
			return nil, fmt.Errorf("%s", sheet.Code(err))
		}
		packed, ok := roster.PackSheet(table)
		if !ok {
			return nil, fmt.Errorf("%s", roster.FileNoHeader)
		}
		return packed, nil
	case workerjob.SheetWrite, workerjob.RosterWrite:
		table := job.Table
		if job.Kind == workerjob.RosterWrite {
			table = roster.Table(job.People, job.Lang)
		}
		var buf bytes.Buffer
		switch job.Format {
		case "xlsx":
			err = sheet.WriteXLSX(&buf, job.Sheet, table)
		case "csv":
			err = sheet.WriteCSV(&buf, table)
		default:
			err = fmt.Errorf("sheet: unknown format %q", job.Format)
		}
		return buf.Bytes(), err
	}
	return nil, fmt.Errorf("sheet: unknown kind %q", job.Kind)
}
