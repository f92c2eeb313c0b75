package ui

import (
	"errors"
	"net/url"
	"strings"
	"sync"
	"time"

	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// PDFs are written in a Web Worker running web/pdf.wasm (command
// fugong/pdfworker, started by web/pdf-worker.js), never on the page: Go's
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
type pdfSub struct {
	Char    rune
	Section string // ID of the section holding it; "" for the plan's own fields
	Where   string
	Count   int
}

// pdfDone receives a finished job on the UI goroutine: the PDF as a
// JavaScript Blob, made from the worker's bytes without copying them
// through Go.
type pdfDone func(ctx app.Context, pdf app.Value, subs []pdfSub, err error)

// pdfJob is a job the worker has not answered yet.
type pdfJob struct {
	ctx   app.Context
	stage func(app.Context, pdfStage)
	done  pdfDone
	// answer, for a job that is not a PDF (see sheetjob.go), takes the
	// worker's message (nil when the worker failed) off the UI goroutine
	// and returns what to do on it.
	answer func(msg app.Value, errText string) func(app.Context)
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
			dropPDFWorker(errNoFont)
			return nil
		})
		pdfWorker.jobs = map[int]pdfJob{}
	}
	var w app.Value
	err := catchJS(func() {
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

// dropPDFWorker ends the worker after a failure and fails the jobs it had
// in hand; the next job starts a new one. Call it with pdfWorker locked.
func dropPDFWorker(err error) {
	if pdfWorker.w != nil {
		w := pdfWorker.w
		catchJS(func() { w.Call("terminate") })
		pdfWorker.w = nil
	}
	for id, j := range pdfWorker.jobs {
		delete(pdfWorker.jobs, id)
		if j.answer != nil {
			j.ctx.Dispatch(j.answer(nil, "wasm_unavailable"))
			continue
		}
		j.ctx.Dispatch(func(ctx app.Context) { j.done(ctx, nil, nil, err) })
	}
}

// onPDFMessage receives the worker's messages: a job's stage or its
// answer. It copies what it needs and hands it to the UI goroutine.
func onPDFMessage(this app.Value, args []app.Value) any {
	if len(args) == 0 {
		return nil
	}
	id := -1
	var stage, errText string
	var msg app.Value
	if catchJS(func() {
		msg = args[0].Get("data")
		if v := msg.Get("id"); v.Type() == app.TypeNumber {
			id = v.Int()
		}
		stage = jsString(msg.Get("stage"))
		errText = jsString(msg.Get("error"))
	}) != nil {
		return nil
	}
	pdfWorker.Lock()
	defer pdfWorker.Unlock()
	if errText == "worker_stopped" || errText == "wasm_unavailable" {
		// The worker cannot write PDFs; fail every job it holds and start
		// afresh next time (perhaps online by then).
		dropPDFWorker(errNoFont)
		return nil
	}
	j, ok := pdfWorker.jobs[id]
	if !ok {
		return nil
	}
	if stage == "write" {
		j.ctx.Dispatch(func(ctx app.Context) { j.stage(ctx, stageWrite) })
		return nil
	}
	delete(pdfWorker.jobs, id)
	if j.answer != nil {
		j.ctx.Dispatch(j.answer(msg, errText))
		return nil
	}
	var pdf app.Value
	var subs []pdfSub
	var err error
	switch errText {
	case "":
		err = catchJS(func() {
			pdf = jsBlob(msg.Get("pdf"), "application/pdf")
			list := msg.Get("substitutions")
			for i := range list.Length() {
				s := list.Index(i)
				c := []rune(jsString(s.Get("char")))
				if len(c) == 0 {
					continue
				}
				subs = append(subs, pdfSub{Char: c[0], Section: jsString(s.Get("section")),
					Where: jsString(s.Get("where")), Count: s.Get("count").Int()})
			}
		})
	case "font_unavailable":
		err = errNoFont
	default:
		err = errors.New(errText)
	}
	j.ctx.Dispatch(func(ctx app.Context) { j.done(ctx, pdf, subs, err) })
	return nil
}

// jsString is v as a Go string, "" when it is not a string.
func jsString(v app.Value) string {
	if v == nil || v.Type() != app.TypeString {
		return ""
	}
	return v.String()
}

// makePDF has the PDF worker write a PDF without freezing the page. job
// is the worker's message (kind and its inputs; see command
// fugong/pdfworker), to which the font's address is added. stage is
// called on the UI goroutine as the job advances, done once with the PDF
// or the error (errNoFont when the font or the worker's program cannot be
// fetched). Call it on the UI goroutine.
func makePDF(ctx app.Context, job map[string]any, stage func(app.Context, pdfStage), done pdfDone) {
	stage(ctx, stageFont)
	pdfWorker.Lock()
	defer pdfWorker.Unlock()
	w, err := startPDFWorker()
	if err != nil {
		ctx.Dispatch(func(ctx app.Context) { done(ctx, nil, nil, err) })
		return
	}
	pdfWorker.next++
	id := pdfWorker.next
	job["id"] = id
	job["fontURL"] = app.Getenv("FUGONG_FONT_URL")
	job["wasm"] = app.Getenv("FUGONG_PDF_WASM_URL") // see web/pdf-worker.js
	pdfWorker.jobs[id] = pdfJob{ctx: ctx, stage: stage, done: done}
	if err := catchJS(func() { w.Call("postMessage", job) }); err != nil {
		delete(pdfWorker.jobs, id)
		ctx.Dispatch(func(ctx app.Context) { done(ctx, nil, nil, err) })
	}
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
	catchJS(func() {
		w.Call("postMessage", map[string]any{"id": 0, "kind": "warm",
			"fontURL": app.Getenv("FUGONG_FONT_URL"), "wasm": app.Getenv("FUGONG_PDF_WASM_URL")})
	})
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
	after(3*time.Second, func() {
		warm := func() {
			ignore := app.FuncOf(func(this app.Value, args []app.Value) any { return nil })
			for _, key := range []string{"FUGONG_FONT_URL", "FUGONG_PDF_WASM_URL"} {
				if u := app.Getenv(key); u != "" {
					app.Window().Call("fetch", u).Call("then", ignore, ignore)
				}
			}
		}
		sw := app.Window().Get("navigator").Get("serviceWorker")
		if !sw.Truthy() || sw.Get("controller").Truthy() {
			warm()
			return
		}
		var onChange app.Func
		onChange = app.FuncOf(func(this app.Value, args []app.Value) any {
			sw.Call("removeEventListener", "controllerchange", onChange)
			catchJS(warm)
			return nil
		})
		sw.Call("addEventListener", "controllerchange", onChange)
	})
}

// pdfFileName is the PDF's file name: 复工复产方案-<enterprise>-<date>.pdf.
func pdfFileName(enterprise string, day time.Time) string {
	return fileName("复工复产方案", enterprise, day, "pdf")
}

// substitutionList says which characters the font lacks and where they
// are: "𠮷（企业名称）、😀（（三）食堂）".
func substitutionList(lang string, plan *assessment.Plan, subs []pdfSub) string {
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
		case s.Section == "" && strings.ContainsRune(plan.Enterprise, s.Char):
			where = t(lang, "pdf.where_name")
		case s.Section == "":
			where = t(lang, "pdf.where_page")
		}
		part := string(s.Char) + "（" + where + "）"
		if !seen[part] {
			seen[part] = true
			parts = append(parts, part)
		}
	}
	return strings.Join(parts, "、")
}
