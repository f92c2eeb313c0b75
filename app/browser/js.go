package browser

import (
	"errors"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ErrRejected is a JavaScript promise's rejection, with its message.
type ErrRejected struct{ msg string }

func (e ErrRejected) Error() string { return e.msg }

// Await blocks until the promise p settles and returns its value, or its
// rejection as an error. go-app's Then never calls back on a rejection,
// so both ends are handled here. Call it only off the UI goroutine (in
// ctx.Async): blocking there lets the browser run the promise.
func Await(p app.Value) (app.Value, error) {
	type settled struct {
		v   app.Value
		err error
	}
	done := make(chan settled, 1)
	var onResolve, onReject app.Func
	onResolve = app.FuncOf(func(this app.Value, args []app.Value) any {
		var v app.Value = app.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		done <- settled{v: v}
		return nil
	})
	onReject = app.FuncOf(func(this app.Value, args []app.Value) any {
		msg := "rejected"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		done <- settled{err: ErrRejected{msg}}
		return nil
	})
	defer onResolve.Release()
	defer onReject.Release()
	if err := CatchJS(func() { p.Call("then", onResolve, onReject) }); err != nil {
		return nil, err
	}
	s := <-done
	return s.v, s.err
}

// CatchJS runs f and turns a panic (a JavaScript exception or a Go bug)
// into an error, so that none reaches the user.
func CatchJS(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = errors.New("unexpected failure")
			}
		}
	}()
	f()
	return nil
}

// After calls f once, on the browser's event loop, after d. Natively it
// calls f at once. A panic in f is recovered.
func After(d time.Duration, f func()) {
	if app.IsServer {
		f()
		return
	}
	var fn app.Func
	fn = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer fn.Release()
		CatchJS(f)
		return nil
	})
	app.Window().Call("setTimeout", fn, d.Milliseconds())
}

// OnLeave calls f whenever the page is hidden or closed (another tab, the
// home screen, the tab closed), when a pending save must be written.
func OnLeave(f func()) {
	if app.IsServer {
		return
	}
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		CatchJS(f)
		return nil
	})
	app.Window().Call("addEventListener", "pagehide", fn)
	app.Window().Get("document").Call("addEventListener", "visibilitychange", fn)
}

// BytesFromJS copies a JavaScript ArrayBuffer into Go.
func BytesFromJS(buf app.Value) []byte {
	arr := app.Window().Get("Uint8Array").New(buf)
	b := make([]byte, arr.Get("length").Int())
	app.CopyBytesToGo(b, arr)
	return b
}

// BytesToJS copies b into a new JavaScript Uint8Array.
func BytesToJS(b []byte) app.Value {
	arr := app.Window().Get("Uint8Array").New(len(b))
	app.CopyBytesToJS(arr, b)
	return arr
}

// FocusTop scrolls to the top of the page and focuses the element id
// (a heading with tabindex -1), as a new screen would.
func FocusTop(id string) {
	if app.IsServer {
		return
	}
	CatchJS(func() {
		app.Window().Call("scrollTo", 0, 0)
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Call("focus", map[string]any{"preventScroll": true})
		}
	})
}

// FocusQuestion scrolls the block scrollID into view and focuses the
// input focusID, when a link leads to one question.
func FocusQuestion(scrollID, focusID string) {
	if app.IsServer {
		return
	}
	CatchJS(func() {
		if el := app.Window().GetElementByID(scrollID); el.Truthy() {
			el.Call("scrollIntoView", map[string]any{"block": "center"})
		}
		if el := app.Window().GetElementByID(focusID); el.Truthy() {
			el.Call("focus", map[string]any{"preventScroll": true})
		}
	})
}
