package ui

import (
	"errors"
	"net/url"
	"strings"
	"sync"
	"time"

	"fugong/app/browser"
	"fugong/documents"
	"fugong/internal/workerjob"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// PDFs are written in a Web Worker running web/pdf.wasm (command
// fugong/cmd/pdfworker, started by web/pdf-worker.js), never on the page: Go's
// WebAssembly is single-threaded, and writing a PDF on the page would
// freeze it; and app.wasm then carries no PDF code at all (make purity
// checks it). The page keeps one worker, started on first use, posts it
// jobs and gets each answer back on the UI goroutine with ctx.Dispatch.

// pdfStage is how far the making of a PDF has got.
type pdfStage int

// The stages of making a PDF, in order.
const (
	stageIdle  pdfStage = iota
	stageFont           // starting the PDF worker, fetching the font (from the service worker's cache once cached)
	stageWrite          // laying the plan out and writing the PDF
	stageDone
)

// errNoFont says the font or the PDF worker's program could not be
// fetched: the page was offline before the service worker had cached
// them. Connecting once and trying again helps.
var errNoFont = errors.New("font unavailable")

// pdfSub is a character the font lacks, replaced in the PDF, as the
// worker reports it (see pdf.Substitution).
type pdfSub = workerjob.Substitution

// pdfDone receives a finished job on the UI goroutine: the PDF as a
// JavaScript Blob, made from the worker's bytes without copying them
// through Go.
type pdfDone func(ctx app.Context, pdf app.Value, subs []pdfSub, err error)

// workerAnswer takes a finished job's reply off the UI goroutine, with its
// file as a JavaScript Uint8Array (nil when none), and returns what to do
// on the UI goroutine. A job the worker could not take is answered
// workerjob.ErrWASMUnavailable.
type workerAnswer func(r workerjob.Reply, file app.Value) func(app.Context)

// pdfJob is a job the worker has not answered yet.
type pdfJob struct {
	ctx    app.Context
	stage  func(app.Context, pdfStage) // nil for a job with no stages
	answer workerAnswer
}

// pdfWorker is the page's PDF worker and the jobs it has in hand. The
// worker's messages arrive on their own goroutine, hence the lock.
var pdfWorker struct {
	sync.Mutex
	w       app.Value // nil until started, and again after it failed
	onMsg   app.Func
	onError app.Func
	next    int
	jobs    map[int]pdfJob
}

// startPDFWorker returns the page's worker, starting it the first time.
// Call it with pdfWorker locked.
func startPDFWorker() (app.Value, error) {
	if pdfWorker.w != nil {
		return pdfWorker.w, nil
	}
	wasm := app.Getenv("FUGONG_PDF_WASM_URL")
	if wasm == "" || app.IsServer {
		return nil, errNoFont
	}
	if pdfWorker.onMsg == nil {
		pdfWorker.onMsg = app.FuncOf(onPDFMessage)
		pdfWorker.onError = app.FuncOf(func(this app.Value, args []app.Value) any {
			pdfWorker.Lock()
			defer pdfWorker.Unlock()
			dropPDFWorker()
			return nil
		})
		pdfWorker.jobs = map[int]pdfJob{}
	}
	var w app.Value
	err := browser.CatchJS(func() {
		w = app.Window().Get("Worker").New(Prefix() + "/web/pdf-worker.js?wasm=" + url.QueryEscape(wasm))
		w.Set("onmessage", pdfWorker.onMsg)
		w.Set("onerror", pdfWorker.onError)
	})
	if err != nil {
		return nil, errNoFont
	}
	pdfWorker.w = w
	return w, nil
}

// unavailable is the reply to a job the worker could not take.
var unavailable = workerjob.Reply{Error: workerjob.ErrWASMUnavailable}

// dropPDFWorker ends the worker after a failure and fails the jobs it had
// in hand; the next job starts a new one. Call it with pdfWorker locked.
func dropPDFWorker() {
	if pdfWorker.w != nil {
		w := pdfWorker.w
		browser.CatchJS(func() { w.Call("terminate") })
		pdfWorker.w = nil
	}
	for id, j := range pdfWorker.jobs {
		delete(pdfWorker.jobs, id)
		j.ctx.Dispatch(j.answer(unavailable, nil))
	}
}

// onPDFMessage receives the worker's replies: a job's stage or its end.
// It hands them to the UI goroutine.
func onPDFMessage(this app.Value, args []app.Value) any {
	if len(args) == 0 {
		return nil
	}
	var text string
	var file app.Value
	if browser.CatchJS(func() {
		msg := args[0].Get("data")
		text = jsString(msg.Get(workerjob.FieldReply))
		if f := msg.Get(workerjob.FieldFile); f.Truthy() {
			file = f
		}
	}) != nil {
		return nil
	}
	r, err := workerjob.DecodeReply(text)
	if err != nil {
		r.Error = err.Error()
	}
	pdfWorker.Lock()
	defer pdfWorker.Unlock()
	if r.Error == workerjob.ErrWorkerStopped || r.Error == workerjob.ErrWASMUnavailable {
		// The worker cannot write PDFs; fail every job it holds and start
		// afresh next time (perhaps online by then).
		dropPDFWorker()
		return nil
	}
	j, ok := pdfWorker.jobs[r.ID]
	if !ok {
		return nil
	}
	if r.Stage == workerjob.StageWrite {
		if j.stage != nil {
			j.ctx.Dispatch(func(ctx app.Context) { j.stage(ctx, stageWrite) })
		}
		return nil
	}
	delete(pdfWorker.jobs, r.ID)
	j.ctx.Dispatch(j.answer(r, file))
	return nil
}

// jsString is v as a Go string, "" when it is not a string.
func jsString(v app.Value) string {
	if v == nil || v.Type() != app.TypeString {
		return ""
	}
	return v.String()
}

// postJob posts job to the worker, started if need be, and calls answer
// with its reply; stage, when not nil, is called on the UI goroutine as
// the job advances. Call it on the UI goroutine.
func postJob(ctx app.Context, job workerjob.Job, stage func(app.Context, pdfStage), answer workerAnswer) {
	pdfWorker.Lock()
	defer pdfWorker.Unlock()
	w, err := startPDFWorker()
	if err != nil {
		ctx.Dispatch(answer(unavailable, nil))
		return
	}
	pdfWorker.next++
	job.ID = pdfWorker.next
	job.WASM = app.Getenv("FUGONG_PDF_WASM_URL") // see web/pdf-worker.js
	msg, err := jobMessage(job)
	if err == nil {
		pdfWorker.jobs[job.ID] = pdfJob{ctx: ctx, stage: stage, answer: answer}
		if err = browser.CatchJS(func() { w.Call("postMessage", msg) }); err != nil {
			delete(pdfWorker.jobs, job.ID)
		}
	}
	if err != nil {
		ctx.Dispatch(answer(workerjob.Reply{ID: job.ID, Error: err.Error()}, nil))
	}
}

// jobMessage is job as the worker receives it (see package workerjob).
func jobMessage(job workerjob.Job) (map[string]any, error) {
	text, err := job.Encode()
	if err != nil {
		return nil, err
	}
	msg := map[string]any{workerjob.FieldJob: text}
	if job.Data != nil {
		err = browser.CatchJS(func() { msg[workerjob.FieldData] = browser.BytesToJS(job.Data) })
	}
	return msg, err
}

// pdfError is the error a PDF job's reply stands for: errNoFont when the
// font or the worker's program could not be fetched.
func pdfError(code string) error {
	switch code {
	case "":
		return nil
	case workerjob.ErrFontUnavailable, workerjob.ErrWASMUnavailable, workerjob.ErrWorkerStopped:
		return errNoFont
	}
	return errors.New(code)
}

// makePDF has the PDF worker write a PDF without freezing the page. job
// says what to write (see package workerjob); the font's address is
// added. stage is called on the UI goroutine as the job advances, done
// once with the PDF or the error (errNoFont when the font or the worker's
// program cannot be fetched). Call it on the UI goroutine.
func makePDF(ctx app.Context, job workerjob.Job, stage func(app.Context, pdfStage), done pdfDone) {
	stage(ctx, stageFont)
	job.FontURL = app.Getenv("FUGONG_FONT_URL")
	postJob(ctx, job, stage, func(r workerjob.Reply, file app.Value) func(app.Context) {
		var pdf app.Value
		err := pdfError(r.Error)
		if err == nil {
			err = browser.CatchJS(func() { pdf = browser.JSBlob(file, "application/pdf") })
		}
		return func(ctx app.Context) { done(ctx, pdf, r.Substitutions, err) }
	})
}

// warmPDFWorker starts the worker and has it fetch and parse the font now,
// so that the first PDF of the page is quick. Call it on the UI goroutine.
func warmPDFWorker() {
	if app.IsServer {
		return
	}
	pdfWorker.Lock()
	defer pdfWorker.Unlock()
	w, err := startPDFWorker()
	if err != nil {
		return
	}
	if msg, err := jobMessage(workerjob.Job{Kind: workerjob.Warm, FontURL: app.Getenv("FUGONG_FONT_URL"),
		WASM: app.Getenv("FUGONG_PDF_WASM_URL")}); err == nil {
		browser.CatchJS(func() { w.Call("postMessage", msg) })
	}
}

// warmFont fetches the font and the PDF worker's program once in the
// background, without reading them, so that the service worker has
// cached them before the user goes offline: a PDF can then be made with
// no network. It waits 3 s after the app starts (the first screen comes
// first), then, on a first visit, until the service worker controls the
// page: only its fetches are cached.
func warmFont() {
	if app.IsServer {
		return
	}
	browser.After(3*time.Second, func() {
		browser.WhenControlled(func() {
			ignore := app.FuncOf(func(this app.Value, args []app.Value) any { return nil })
			for _, key := range []string{"FUGONG_FONT_URL", "FUGONG_PDF_WASM_URL"} {
				if u := app.Getenv(key); u != "" {
					app.Window().Call("fetch", u).Call("then", ignore, ignore)
				}
			}
		})
	})
}

// pdfFileName is the PDF's file name: 复工复产方案-<enterprise>-<date>.pdf.
func pdfFileName(enterprise string, day time.Time) string {
	return browser.FileName("复工复产方案", enterprise, day, "pdf")
}

// substitutionList says which characters the font lacks and where they
// are: "𠮷（企业名称）、😀（（三）食堂）".
func substitutionList(lang string, plan *documents.Plan, subs []pdfSub) string {
	titles := map[string]string{}
	for _, s := range plan.Sections {
		titles[s.ID] = s.Title
	}
	seen := map[string]bool{}
	var parts []string
	for _, s := range subs {
		where := titles[s.Section]
		switch {
		case s.Section != "" && where == "":
			where = s.Section
		case s.Section == "" && strings.Contains(plan.Enterprise, s.Char):
			where = t(lang, "pdf.where_name")
		case s.Section == "":
			where = t(lang, "pdf.where_page")
		}
		part := s.Char + "（" + where + "）"
		if !seen[part] {
			seen[part] = true
			parts = append(parts, part)
		}
	}
	return strings.Join(parts, "、")
}
