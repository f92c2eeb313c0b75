package ui

import (
	"encoding/json"
	"errors"

	"fugong/roster"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Spreadsheets are read and written by the PDF worker (command
// fugong/pdfworker, its sheet-read and sheet-write jobs), loaded when
// first needed: app.wasm carries no .xlsx reader and no GB18030 tables,
// and the page never freezes on a 2,000-row file.

// errSheetWorker says the worker could not be started or loaded.
var errSheetWorker = errors.New("sheet worker unavailable")

// sheetFileError is a file the worker could not read, with its code for
// roster.FileMessage.
type sheetFileError struct{ code string }

func (e sheetFileError) Error() string { return "sheet: " + e.code }

// postSheetJob posts job to the worker and calls answer with its message
// off the UI goroutine (nil when the worker failed); what answer returns
// runs on the UI goroutine. Call it on the UI goroutine.
func postSheetJob(ctx app.Context, job map[string]any, answer func(msg app.Value, errText string) func(app.Context)) {
	pdfWorker.Lock()
	defer pdfWorker.Unlock()
	w, err := startPDFWorker()
	if err != nil {
		ctx.Dispatch(answer(nil, "wasm_unavailable"))
		return
	}
	pdfWorker.next++
	id := pdfWorker.next
	job["id"] = id
	job["wasm"] = app.Getenv("FUGONG_PDF_WASM_URL") // see web/pdf-worker.js
	pdfWorker.jobs[id] = pdfJob{ctx: ctx, answer: answer}
	if err := catchJS(func() { w.Call("postMessage", job) }); err != nil {
		delete(pdfWorker.jobs, id)
		ctx.Dispatch(answer(nil, "wasm_unavailable"))
	}
}

// sheetError is the error an answer's errText stands for.
func sheetError(errText string) error {
	switch errText {
	case "":
		return nil
	case "wasm_unavailable", "worker_stopped":
		return errSheetWorker
	case roster.FileOldExcel, roster.FileNotSheet, roster.FileTooLarge, roster.FileNoRows, roster.FileDamaged:
		return sheetFileError{errText}
	}
	return errors.New(errText)
}

// readSheet has the worker read a spreadsheet file (or pasted text) and
// calls done on the UI goroutine with its rows.
func readSheet(ctx app.Context, data []byte, done func(ctx app.Context, rows []roster.Row, err error)) {
	var arr app.Value
	if err := catchJS(func() { arr = bytesToJS(data) }); err != nil {
		ctx.Dispatch(func(ctx app.Context) { done(ctx, nil, err) })
		return
	}
	postSheetJob(ctx, map[string]any{"kind": "sheet-read", "data": arr}, func(msg app.Value, errText string) func(app.Context) {
		var rows []roster.Row
		err := sheetError(errText)
		if err == nil {
			var text string
			if err = catchJS(func() { text = jsString(msg.Get("rows")) }); err == nil {
				err = json.Unmarshal([]byte(text), &rows)
			}
		}
		return func(ctx app.Context) { done(ctx, rows, err) }
	})
}

// writeSheet has the worker write the roster's people as a file of format
// "xlsx" or "csv", its header and values in lang (roster.Table), and
// calls done on the UI goroutine with it as a Blob.
func writeSheet(ctx app.Context, format, sheet string, people []roster.Person, lang string, done func(ctx app.Context, blob app.Value, err error)) {
	data, err := json.Marshal(people)
	if err != nil {
		ctx.Dispatch(func(ctx app.Context) { done(ctx, nil, err) })
		return
	}
	mime := "text/csv;charset=utf-8"
	if format == "xlsx" {
		mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	}
	job := map[string]any{"kind": "roster-write", "rows": string(data), "format": format, "sheet": sheet, "lang": lang}
	postSheetJob(ctx, job, func(msg app.Value, errText string) func(app.Context) {
		var blob app.Value
		err := sheetError(errText)
		if err == nil {
			err = catchJS(func() { blob = jsBlob(msg.Get("file"), mime) })
		}
		return func(ctx app.Context) { done(ctx, blob, err) }
	})
}
