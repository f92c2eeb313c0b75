package browser

import (
	"testing"

	"fugong/internal/workerjob"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestWorkerNative: natively there is no worker, and each job is
// answered once, at once, that the worker is unavailable; a job that
// expects no answer is dropped.
func TestWorkerNative(t *testing.T) {
	w := NewWorker("/web/pdf-worker.js", "/web/pdf.wasm?h=1")
	var got []workerjob.Reply
	w.Post(workerjob.Job{Kind: workerjob.Plan}, nil, func() { t.Error("a stage was reported") },
		func(r workerjob.Reply, file app.Value) {
			if file != nil {
				t.Errorf("a file came with %+v", r)
			}
			got = append(got, r)
		})
	w.Post(workerjob.Job{Kind: workerjob.Warm}, nil, nil, nil)
	if len(got) != 1 || got[0].Error != workerjob.ErrWASMUnavailable {
		t.Errorf("answers %+v, want one %q", got, workerjob.ErrWASMUnavailable)
	}
}
