package browser

import (
	"net/url"
	"sync"

	"fugong/internal/workerjob"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Worker is the page's Web Worker running the kit's second program (the
// PDF and spreadsheet writer, command fugong/cmd/pdfworker, run by
// web/pdf-worker.js). It is started on the first job, and again on the
// job after it failed. It posts typed jobs (package workerjob) and hands
// each reply to its job's callbacks. Its methods may be called from any
// goroutine; the callbacks run off the UI goroutine, on the worker's
// message, never with the Worker locked.
type Worker struct {
	script string // web/pdf-worker.js's address
	wasm   string // pdf.wasm's address with its content hash; "" when there is none

	mu      sync.Mutex
	w       app.Value // nil until started, and again after it failed
	onMsg   app.Func
	onError app.Func
	next    int
	jobs    map[int]workerCall
}

// Answer receives a job's final reply, with its file as a JavaScript
// Uint8Array whose buffer the worker handed over (nil when none). A job
// the worker could not take is answered with the error
// workerjob.ErrWASMUnavailable.
type Answer func(r workerjob.Reply, file app.Value)

// workerCall is a job the worker has not answered yet.
type workerCall struct {
	stage  func() // nil for a job with no stages
	answer Answer
}

// NewWorker returns the worker that runs script with the program wasm.
// Nothing starts before the first job; natively, or with no wasm, every
// job is answered workerjob.ErrWASMUnavailable.
func NewWorker(script, wasm string) *Worker {
	return &Worker{script: script, wasm: wasm, jobs: map[int]workerCall{}}
}

// Post numbers job and posts it to the worker, starting it if need be.
// data, when not nil, is a Blob (a File from an input included) carried
// beside the job: the worker reads it, the page never copies it, as
// posting a Blob passes it by reference. stage, when not nil, is called
// when the job reaches workerjob.StageWrite; answer, once with the final
// reply. A job with a nil answer (workerjob.Warm) expects none.
func (w *Worker) Post(job workerjob.Job, data app.Value, stage func(), answer Answer) {
	fail := w.post(job, data, stage, answer)
	if fail != nil && answer != nil {
		answer(*fail, nil)
	}
}

// post does Post's work with w locked, and returns the reply to give when
// the job could not be posted.
func (w *Worker) post(job workerjob.Job, data app.Value, stage func(), answer Answer) *workerjob.Reply {
	w.mu.Lock()
	defer w.mu.Unlock()
	worker, ok := w.start()
	if !ok {
		return &workerjob.Reply{Error: workerjob.ErrWASMUnavailable}
	}
	w.next++
	job.ID = w.next
	job.WASM = w.wasm // see web/pdf-worker.js
	text, err := job.Encode()
	if err == nil {
		msg := map[string]any{workerjob.FieldJob: text}
		if data != nil {
			msg[workerjob.FieldData] = data
		}
		if answer != nil {
			w.jobs[job.ID] = workerCall{stage: stage, answer: answer}
		}
		if err = CatchJS(func() { worker.Call("postMessage", msg) }); err != nil {
			delete(w.jobs, job.ID)
		}
	}
	if err != nil {
		return &workerjob.Reply{ID: job.ID, Error: err.Error()}
	}
	return nil
}

// start returns the running worker, starting it if need be. Call it with
// w locked.
func (w *Worker) start() (app.Value, bool) {
	if w.w != nil {
		return w.w, true
	}
	if w.wasm == "" || app.IsServer {
		return nil, false
	}
	if w.onMsg == nil {
		w.onMsg = app.FuncOf(w.onMessage)
		w.onError = app.FuncOf(func(this app.Value, args []app.Value) any {
			w.fail()
			return nil
		})
	}
	var worker app.Value
	err := CatchJS(func() {
		worker = app.Window().Get("Worker").New(w.script + "?wasm=" + url.QueryEscape(w.wasm))
		worker.Set("onmessage", w.onMsg)
		worker.Set("onerror", w.onError)
	})
	if err != nil {
		return nil, false
	}
	w.w = worker
	return worker, true
}

// fail ends the worker after a failure and answers the jobs it had in
// hand workerjob.ErrWASMUnavailable; the next job starts a new worker
// (perhaps online by then).
func (w *Worker) fail() {
	w.mu.Lock()
	if w.w != nil {
		worker := w.w
		CatchJS(func() { worker.Call("terminate") })
		w.w = nil
	}
	calls := w.jobs
	w.jobs = map[int]workerCall{}
	w.mu.Unlock()
	for id, c := range calls {
		c.answer(workerjob.Reply{ID: id, Error: workerjob.ErrWASMUnavailable}, nil)
	}
}

// onMessage receives the worker's replies: a job's stage or its end.
func (w *Worker) onMessage(this app.Value, args []app.Value) any {
	if len(args) == 0 {
		return nil
	}
	var text string
	var file app.Value
	if CatchJS(func() {
		msg := args[0].Get("data")
		if v := msg.Get(workerjob.FieldReply); v.Type() == app.TypeString {
			text = v.String()
		}
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
	if r.Error == workerjob.ErrWorkerStopped || r.Error == workerjob.ErrWASMUnavailable {
		// The worker cannot run: fail every job it holds.
		w.fail()
		return nil
	}
	w.mu.Lock()
	c, ok := w.jobs[r.ID]
	if ok && r.Stage == "" {
		delete(w.jobs, r.ID)
	}
	w.mu.Unlock()
	switch {
	case !ok:
	case r.Stage == workerjob.StageWrite:
		if c.stage != nil {
			c.stage()
		}
	case r.Stage == "":
		c.answer(r, file)
	}
	return nil
}
