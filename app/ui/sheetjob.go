package ui

import (
	"errors"

	"fugong/app/browser"
	"fugong/internal/workerjob"
	"fugong/roster"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Spreadsheets are read and written by the PDF worker (command
// fugong/cmd/pdfworker, its sheet-read and sheet-write jobs), loaded when
// first needed: app.wasm carries no .xlsx reader and no GB18030 tables,
// and the page never freezes on a 2,000-row file.

// errSheetWorker says the worker could not be started or loaded.
var errSheetWorker = errors.New("sheet worker unavailable")

// sheetFileError is a file the worker could not read, with its code for
// roster.FileMessage.
type sheetFileError struct{ code string }

func (e sheetFileError) Error() string { return "sheet: " + e.code }

// sheetError is the error a reply's error text stands for.
func sheetError(errText string) error {
	switch errText {
	case "":
		return nil
	case workerjob.ErrWASMUnavailable, workerjob.ErrWorkerStopped:
		return errSheetWorker
	case roster.FileOldExcel, roster.FileNotSheet, roster.FileTooLarge, roster.FileNoRows, roster.FileNoHeader, roster.FileDamaged:
		return sheetFileError{errText}
	}
	return errors.New(errText)
}

// readSheet has the worker read a spreadsheet file or pasted text, given
// as a Blob that never passes through Go, and calls done on the UI
// goroutine with its rows, header and guessed columns, which reach the
// page as one text (roster.PackSheet). The job's post and its reply are marked for the
// benchmark (rosterPosted, rosterReplied).
func readSheet(ctx app.Context, blob app.Value, done func(ctx app.Context, sh roster.Sheet, err error)) {
	markTime("rosterPosted")
	postJob(ctx, workerjob.Job{Kind: workerjob.SheetRead}, blob, nil, func(r workerjob.Reply, file app.Value) func(app.Context) {
		markTime("rosterReplied")
		var sh roster.Sheet
		err := sheetError(r.Error)
		if err == nil {
			var packed []byte
			if err = browser.CatchJS(func() { packed = browser.BytesFromJS(file) }); err == nil {
				sh, err = roster.UnpackSheet(string(packed))
			}
		}
		return func(ctx app.Context) { done(ctx, sh, err) }
	})
}

// writeSheet has the worker write the roster's people as a file of format
// "xlsx" or "csv", its header and values in lang (roster.Table), and
// calls done on the UI goroutine with it as a Blob.
func writeSheet(ctx app.Context, format, sheet string, people []roster.Person, lang string, done func(ctx app.Context, blob app.Value, err error)) {
	postSheetWrite(ctx, workerjob.Job{Kind: workerjob.RosterWrite, People: people, Format: format, Sheet: sheet, Lang: lang}, done)
}

// postSheetWrite posts a job that writes a spreadsheet (its Format "xlsx"
// or "csv") and calls done on the UI goroutine with the file as a Blob.
func postSheetWrite(ctx app.Context, job workerjob.Job, done func(ctx app.Context, blob app.Value, err error)) {
	mime := "text/csv;charset=utf-8"
	if job.Format == "xlsx" {
		mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	}
	postJob(ctx, job, nil, nil, func(r workerjob.Reply, file app.Value) func(app.Context) {
		var blob app.Value
		err := sheetError(r.Error)
		if err == nil {
			err = browser.CatchJS(func() { blob = browser.JSBlob(file, mime) })
		}
		return func(ctx app.Context) { done(ctx, blob, err) }
	})
}
