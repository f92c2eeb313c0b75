//go:build js && wasm

// Command pdfworker writes the kit's PDFs in the browser, in a Web Worker,
// so that the page never freezes while one is made and the app's own
// app.wasm carries no PDF code. It is built to web/pdf.wasm (./build.sh
// wasm); web/pdf-worker.js starts it in a worker and hands it the page's
// messages.
//
// A job, posted by the page (app/ui/pdfmake.go):
//
//	{id, kind: "plan", answers: "<answers file JSON>", date: "2026-02-10", base, fontURL}
//	{id, kind: "poster", park: "<park JSON>", link, base, fontURL}
//	{id, kind: "paper", park: "<park JSON>", lang: "zh", date: "2026-02-10", fontURL}
//	{id, kind: "document", doc: "<assessment.Plan JSON>", fontURL}  (a document the page built, such as the park's daily report)
//	{id, kind: "logs", answers, rows: "<JSON of the roster's people>", date, fontURL}  (logbook.Logs)
//	{id, kind: "warm", fontURL}  (fetch and parse the font now, answer nothing)
//	{id, kind: "sheet-read", data: Uint8Array}  (a spreadsheet: answers {id, rows: "<JSON>"})
//	{id, kind: "sheet-write", rows: "<JSON [][]string>", format: "xlsx"|"csv", sheet}  (answers {id, file: Uint8Array})
//	{id, kind: "roster-write", rows: "<JSON of the roster's people>", format, sheet, lang}  (likewise, roster.Table)
//
// The answers, each with the job's id:
//
//	{id, stage: "write"}  the font is ready, the PDF is being written
//	{id, pdf: Uint8Array (transferred), substitutions: [{char, section, where, count}], error: ""}
//	{id, error: "font_unavailable"}  the font could not be fetched (offline before it was cached)
//	{id, error: "<message>"}  anything else, a panic included
//
// The font is fetched from fontURL once per worker (the service worker
// caches it) and parsed once. The plan is built as the page builds it:
// assessment.BuildPlan of the answers and their result on the date, with
// the summary link (assessment.SummaryURL on base) as its QR code.
package main

import (
	"errors"
	"fmt"
	"syscall/js"
)

func main() {
	jobs := make(chan request)
	onJob := js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) > 0 {
			req := decode(args[0])
			go func() { jobs <- req }() // never block the worker's event loop
		}
		return nil
	})
	js.Global().Call("fugongPDFReady", onJob)
	var fonts fontCache
	for req := range jobs {
		serve(req, &fonts)
	}
}

// decode reads a job from the page's message.
func decode(v js.Value) (req request) {
	str := func(key string) string {
		if f := v.Get(key); f.Type() == js.TypeString {
			return f.String()
		}
		return ""
	}
	if v.Type() != js.TypeObject {
		return request{ID: -1}
	}
	if id := v.Get("id"); id.Type() == js.TypeNumber {
		req.ID = id.Int()
	}
	req.Kind, req.Answers, req.Park, req.Link = str("kind"), str("answers"), str("park"), str("link")
	req.Date, req.Base, req.FontURL = str("date"), str("base"), str("fontURL")
	req.Rows, req.Format, req.Sheet, req.Lang, req.Doc = str("rows"), str("format"), str("sheet"), str("lang"), str("doc")
	if d := v.Get("data"); d.Type() == js.TypeObject && d.Get("byteLength").Type() == js.TypeNumber {
		req.Data = make([]byte, d.Get("byteLength").Int())
		js.CopyBytesToGo(req.Data, js.Global().Get("Uint8Array").New(d.Get("buffer"), d.Get("byteOffset"), d.Get("byteLength")))
	}
	return req
}

// serve does one job and posts its answer. Nothing it meets, a panic
// included, stops the worker.
func serve(req request, fonts *fontCache) {
	defer func() {
		if r := recover(); r != nil {
			reply(req.ID, nil, nil, fmt.Errorf("pdf worker: panic: %v", r))
		}
	}()
	if isSheetJob(req.Kind) {
		replySheet(req)
		return
	}
	font, err := fonts.get(req.FontURL, fetchBytes)
	if req.Kind == "warm" {
		return
	}
	var data []byte
	var subs []substitution
	if err == nil {
		post(js.ValueOf(map[string]any{"id": req.ID, "stage": "write"}), nil)
		data, subs, err = build(req, font)
	}
	reply(req.ID, data, subs, err)
}

// reply posts a job's answer, handing the PDF's buffer over to the page.
func reply(id int, data []byte, subs []substitution, err error) {
	list := make([]any, len(subs))
	for i, s := range subs {
		list[i] = map[string]any{"char": s.Char, "section": s.Section, "where": s.Where, "count": s.Count}
	}
	msg := js.ValueOf(map[string]any{"id": id, "substitutions": list, "error": errorText(err)})
	var transfer []any
	if err == nil {
		arr := js.Global().Get("Uint8Array").New(len(data))
		js.CopyBytesToJS(arr, data)
		msg.Set("pdf", arr)
		transfer = []any{arr.Get("buffer")}
	}
	post(msg, transfer)
}

// replySheet does a spreadsheet job and posts its answer: the rows read,
// or the file written (its buffer handed over), or the error.
func replySheet(req request) {
	rows, file, err := sheetJob(req)
	msg := js.ValueOf(map[string]any{"id": req.ID, "rows": rows, "error": errorText(err)})
	var transfer []any
	if err == nil && file != nil {
		arr := js.Global().Get("Uint8Array").New(len(file))
		js.CopyBytesToJS(arr, file)
		msg.Set("file", arr)
		transfer = []any{arr.Get("buffer")}
	}
	post(msg, transfer)
}

func post(msg js.Value, transfer []any) {
	if transfer == nil {
		js.Global().Call("postMessage", msg)
		return
	}
	js.Global().Call("postMessage", msg, transfer)
}

// fetchBytes fetches url (through the service worker) and returns its
// body.
func fetchBytes(url string) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("fetching %s: %v", url, r)
		}
	}()
	res, err := await(js.Global().Call("fetch", url))
	if err != nil {
		return nil, err
	}
	if !res.Get("ok").Bool() {
		return nil, fmt.Errorf("fetching %s: HTTP %d", url, res.Get("status").Int())
	}
	buf, err := await(res.Call("arrayBuffer"))
	if err != nil {
		return nil, err
	}
	arr := js.Global().Get("Uint8Array").New(buf)
	data = make([]byte, arr.Get("length").Int())
	js.CopyBytesToGo(data, arr)
	return data, nil
}

// await blocks until the promise p settles. Call it only off the event
// loop (not inside a js.FuncOf callback).
func await(p js.Value) (js.Value, error) {
	type settled struct {
		v   js.Value
		err error
	}
	done := make(chan settled, 1)
	onResolve := js.FuncOf(func(this js.Value, args []js.Value) any {
		v := js.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		done <- settled{v: v}
		return nil
	})
	onReject := js.FuncOf(func(this js.Value, args []js.Value) any {
		msg := "rejected"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		done <- settled{err: errors.New(msg)}
		return nil
	})
	defer onResolve.Release()
	defer onReject.Release()
	p.Call("then", onResolve, onReject)
	s := <-done
	return s.v, s.err
}
