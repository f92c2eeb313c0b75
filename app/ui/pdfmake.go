package ui

import (
	"errors"
	"slices"
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
// checks it). The page keeps one worker (browser.Worker), started on first
// use; this file says which jobs to post and gets each answer back on the
// UI goroutine with ctx.Dispatch.

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

// pageWorker is the page's one worker, for PDFs and spreadsheets alike.
var pageWorker = sync.OnceValue(func() *browser.Worker {
	return browser.NewWorker(Prefix()+"/web/pdf-worker.js", app.Getenv("FUGONG_PDF_WASM_URL"))
})

// postJob posts job to the worker, with data (a Blob, or nil) beside it,
// and hands its reply to answer; stage, when not nil, is called on the UI
// goroutine as the job advances. Call it on the UI goroutine.
func postJob(ctx app.Context, job workerjob.Job, data app.Value, stage func(app.Context, pdfStage), answer workerAnswer) {
	var onStage func()
	if stage != nil {
		onStage = func() { ctx.Dispatch(func(ctx app.Context) { stage(ctx, stageWrite) }) }
	}
	pageWorker().Post(job, data, onStage, func(r workerjob.Reply, file app.Value) { ctx.Dispatch(answer(r, file)) })
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
	postJob(ctx, job, nil, stage, func(r workerjob.Reply, file app.Value) func(app.Context) {
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
	pageWorker().Post(workerjob.Job{Kind: workerjob.Warm, FontURL: app.Getenv("FUGONG_FONT_URL")}, nil, nil, nil)
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

// substitutedNote says, in lang, which characters a PDF without a plan
// (poster, paper version, park report, logs) printed as □: "" when none.
func substitutedNote(lang string, subs []pdfSub) string {
	var chars []string
	for _, s := range subs {
		if !slices.Contains(chars, s.Char) {
			chars = append(chars, s.Char)
		}
	}
	if len(chars) == 0 {
		return ""
	}
	return "⚠ " + t(lang, "pdf.substituted") + strings.Join(chars, "、")
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
