//go:build js && wasm

// Command pdfworker writes the kit's PDFs in the browser, in a Web Worker,
// so that the page never freezes while one is made and the app's own
// app.wasm carries no PDF code. It is built to web/pdf.wasm (./build.sh
// wasm); web/pdf-worker.js starts it in a worker and hands it the page's
// messages.
//
// The page posts jobs and the worker answers each with replies, both of
// the types of package fugong/internal/workerjob, encoded by it: a stage
// (workerjob.StageWrite, the font is ready), then the PDF or the file
// (its buffer handed over), the rows read, or the error (a panic
// included).
//
// The font is fetched from fontURL once per worker (the service worker
// caches it) and parsed once. The plan is built as the page builds it:
// documents.BuildPlan of the answers and their result on the date, with
// the summary link (parkdesk.SummaryURL on base) as its QR code.
package main

import (
	"errors"
	"fmt"
	"syscall/js"

	"fugong/internal/workerjob"
)

func main() {
	jobs := make(chan workerjob.Job)
	onJob := js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) == 0 {
			return nil
		}
		job, data, err := decode(args[0])
		if err != nil {
			post(workerjob.Reply{ID: job.ID, Error: err.Error()})
			return nil
		}
		go func() { // never block the worker's event loop
			if data.Truthy() {
				if job.Data, err = blobBytes(data); err != nil {
					post(workerjob.Reply{ID: job.ID, Error: err.Error()})
					return
				}
			}
			jobs <- job
		}()
		return nil
	})
	js.Global().Call("fugongPDFReady", onJob)
	var fonts fontCache
	for job := range jobs {
		serve(job, &fonts)
	}
}

// decode reads a job from the page's message, and the Blob beside it
// (undefined when none).
func decode(v js.Value) (workerjob.Job, js.Value, error) {
	if v.Type() != js.TypeObject || v.Get(workerjob.FieldJob).Type() != js.TypeString {
		return workerjob.Job{ID: -1}, js.Undefined(), errors.New("pdf worker: a message that is no job")
	}
	job, err := workerjob.DecodeJob(v.Get(workerjob.FieldJob).String())
	return job, v.Get(workerjob.FieldData), err
}

// blobBytes reads a Blob (a File included) whole. Call it only off the
// event loop.
func blobBytes(blob js.Value) ([]byte, error) {
	if blob.Type() != js.TypeObject || blob.Get("arrayBuffer").Type() != js.TypeFunction {
		return nil, errors.New("pdf worker: the job's data is no Blob")
	}
	buf, err := await(blob.Call("arrayBuffer"))
	if err != nil {
		return nil, fmt.Errorf("pdf worker: reading the job's file: %w", err)
	}
	return bufferBytes(buf), nil
}

// bufferBytes copies an ArrayBuffer into Go.
func bufferBytes(buf js.Value) []byte {
	arr := js.Global().Get("Uint8Array").New(buf)
	data := make([]byte, arr.Get("length").Int())
	js.CopyBytesToGo(data, arr)
	return data
}

// serve does one job and posts its answer. Nothing it meets, a panic
// included, stops the worker.
func serve(job workerjob.Job, fonts *fontCache) {
	defer func() {
		if r := recover(); r != nil {
			post(workerjob.Reply{ID: job.ID, Error: fmt.Sprintf("pdf worker: panic: %v", r)})
		}
	}()
	if isSheetJob(job.Kind) {
		file, err := sheetJob(job)
		post(workerjob.Reply{ID: job.ID, File: file, Error: errorText(err)})
		return
	}
	font, err := fonts.get(job.FontURL, fetchBytes)
	if job.Kind == workerjob.Warm {
		return
	}
	reply := workerjob.Reply{ID: job.ID}
	if err == nil {
		post(workerjob.Reply{ID: job.ID, Stage: workerjob.StageWrite})
		reply.File, reply.Substitutions, err = build(job, font)
	}
	reply.Error = errorText(err)
	post(reply)
}

// post posts a reply, handing its file's buffer over to the page.
func post(r workerjob.Reply) {
	msg := js.ValueOf(map[string]any{workerjob.FieldReply: r.Encode()})
	if r.Error != "" || r.File == nil {
		js.Global().Call("postMessage", msg)
		return
	}
	arr := js.Global().Get("Uint8Array").New(len(r.File))
	js.CopyBytesToJS(arr, r.File)
	msg.Set(workerjob.FieldFile, arr)
	js.Global().Call("postMessage", msg, []any{arr.Get("buffer")})
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
	return bufferBytes(buf), nil
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
