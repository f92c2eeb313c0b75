package browser

import (
	"errors"
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The kit's IndexedDB database. go-app has no IndexedDB, so this file is
// a small bridge: each request's onsuccess and onerror call back into Go,
// and the caller, running in ctx.Async, waits on a channel while the
// browser runs the request. Never call these functions on the UI
// goroutine.
//
// Database "fugong", version 2, with two object stores: the park's
// registry, keyed by "code" (its records: idb_registry.go), and, since
// version 2, the enterprise's drafts, keyed by "key" (idb_drafts.go).
const (
	idbName    = "fugong"
	idbVersion = 2
	// RegistryStore is the object store of the park's registry.
	RegistryStore = "registry"
	// DraftStore is the object store of the drafts and of the place.
	DraftStore = "drafts"
)

// IDBError is a failed IndexedDB request, sorted into what the user can
// act on.
type IDBError struct {
	Kind string // "unavailable", "quota" or "failed"
	Msg  string // the browser's message, for the console
}

func (e *IDBError) Error() string { return "indexeddb " + e.Kind + ": " + e.Msg }

// idbFail turns a DOMException (a request's or a transaction's error)
// into an IDBError.
func idbFail(ex app.Value, fallback string) *IDBError {
	name, msg := "", fallback
	CatchJS(func() {
		if ex != nil && ex.Truthy() {
			name = ex.Get("name").String()
			msg = name + ": " + ex.Get("message").String()
		}
	})
	switch name {
	case "QuotaExceededError":
		return &IDBError{Kind: "quota", Msg: msg}
	case "InvalidStateError", "SecurityError", "UnknownError", "NotFoundError", "VersionError":
		return &IDBError{Kind: "unavailable", Msg: msg}
	}
	return &IDBError{Kind: "failed", Msg: msg}
}

// IDBThrown sorts an exception thrown by an IndexedDB call.
func IDBThrown(err error) *IDBError {
	if strings.Contains(strings.ToLower(err.Error()), "quota") {
		return &IDBError{Kind: "quota", Msg: err.Error()}
	}
	return &IDBError{Kind: "failed", Msg: err.Error()}
}

var idb struct {
	sync.Mutex
	db app.Value
}

// IDBWait waits for an IDBRequest: its result, or its error. handlers are
// set before the caller returns to the event loop, so none is missed.
func IDBWait(req app.Value, extra map[string]func(app.Value)) (app.Value, error) {
	type outcome struct {
		v   app.Value
		err error
	}
	done := make(chan outcome, 1)
	var funcs []app.Func
	on := func(event string, f func(this app.Value)) {
		fn := app.FuncOf(func(this app.Value, args []app.Value) any {
			f(this)
			return nil
		})
		funcs = append(funcs, fn)
		req.Set(event, fn)
	}
	send := func(o outcome) {
		select {
		case done <- o:
		default: // a second event: the first one counts
		}
	}
	on("onsuccess", func(this app.Value) { send(outcome{v: req.Get("result")}) })
	on("onerror", func(this app.Value) { send(outcome{err: idbFail(req.Get("error"), "request failed")}) })
	events := []string{"onsuccess", "onerror"}
	for event, f := range extra {
		on(event, f)
		events = append(events, event)
	}
	o := <-done
	CatchJS(func() {
		for _, e := range events {
			req.Set(e, nil)
		}
	})
	for _, fn := range funcs {
		fn.Release()
	}
	return o.v, o.err
}

// IDBWaitAll waits for IDBRequests made together (in one transaction):
// their results in order, or the first error. Every request's handlers
// are set before the caller returns to the event loop, so that none
// completes unheard.
func IDBWaitAll(reqs []app.Value) ([]app.Value, error) {
	out := make([]app.Value, len(reqs))
	type outcome struct {
		i   int
		v   app.Value
		err error
	}
	done := make(chan outcome, 2*len(reqs))
	var funcs []app.Func
	for i, req := range reqs {
		on := func(event string, f func() outcome) {
			fn := app.FuncOf(func(app.Value, []app.Value) any {
				done <- f()
				return nil
			})
			funcs = append(funcs, fn)
			req.Set(event, fn)
		}
		on("onsuccess", func() outcome { return outcome{i: i, v: req.Get("result")} })
		on("onerror", func() outcome { return outcome{i: i, err: idbFail(req.Get("error"), "request failed")} })
	}
	var err error
	for range reqs {
		o := <-done
		if o.err != nil && err == nil {
			err = o.err
		}
		out[o.i] = o.v
	}
	CatchJS(func() {
		for _, req := range reqs {
			req.Set("onsuccess", nil)
			req.Set("onerror", nil)
		}
	})
	for _, fn := range funcs {
		fn.Release()
	}
	return out, err
}

// IDBOpen opens (and at first creates) the database, once.
func IDBOpen() (app.Value, error) {
	idb.Lock()
	defer idb.Unlock()
	if idb.db != nil {
		return idb.db, nil
	}
	var req app.Value
	err := CatchJS(func() {
		factory := idbFactory()
		if !factory.Truthy() {
			return
		}
		req = factory.Call("open", idbName, idbVersion)
	})
	if err != nil || req == nil {
		msg := "no indexedDB"
		if err != nil {
			msg = err.Error()
		}
		return nil, &IDBError{Kind: "unavailable", Msg: msg}
	}
	db, err := IDBWait(req, map[string]func(app.Value){
		"onupgradeneeded": func(app.Value) {
			CatchJS(func() {
				db := req.Get("result")
				names := db.Get("objectStoreNames")
				if !names.Call("contains", RegistryStore).Bool() {
					db.Call("createObjectStore", RegistryStore, map[string]any{"keyPath": "code"})
				}
				if !names.Call("contains", DraftStore).Bool() {
					db.Call("createObjectStore", DraftStore, map[string]any{"keyPath": "key"})
				}
			})
		},
	})
	if err != nil {
		var e *IDBError
		if errors.As(err, &e) && e.Kind == "failed" {
			e.Kind = "unavailable" // opening fails in private modes and with storage off
		}
		return nil, err
	}
	// Another tab with an older version would block an upgrade; close
	// this connection when a newer version asks, so that it never blocks.
	// The browser closes it itself when the user or the browser clears
	// the site's data: the next request then opens the database afresh.
	CatchJS(func() {
		forget := func(this app.Value) {
			idb.Lock()
			if idb.db != nil && idb.db.Equal(this) {
				idb.db = nil
			}
			idb.Unlock()
		}
		db.Set("onversionchange", app.FuncOf(func(this app.Value, args []app.Value) any {
			CatchJS(func() { this.Call("close") })
			forget(this)
			return nil
		}))
		db.Set("onclose", app.FuncOf(func(this app.Value, args []app.Value) any {
			forget(this)
			if IDBOnClose != nil {
				IDBOnClose()
			}
			return nil
		}))
	})
	idb.db = db
	return db, nil
}

// IDBOnClose, when set, is called when the browser closes the database
// under the page (site data cleared).
var IDBOnClose func()

// idbFactory returns window.indexedDB, or undefined. Reading it can throw
// (a privacy mode, an embedded browser, storage turned off), and an
// exception thrown by a property read ends Go's whole program: Go's
// wasm_exec.js guards calls but not reads, so the read is a call of
// Reflect.get, whose exception is a panic the callers recover.
func idbFactory() app.Value {
	w := app.Window()
	return w.Get("Reflect").Call("get", w, "indexedDB")
}

// IDBTxOn runs f on the object store name in one transaction with the
// given durability ("default", "relaxed" or "strict": strict completes
// only once the data is on disk) and waits for it to complete. A
// connection the browser has closed is opened again, once.
func IDBTxOn(name, mode, durability string, f func(store app.Value)) error {
	db, err := IDBOpen()
	if err != nil {
		return err
	}
	var tx app.Value
	begin := func() error {
		return CatchJS(func() {
			tx = db.Call("transaction", name, mode, map[string]any{"durability": durability})
		})
	}
	if begin() != nil { // closed under the page: open it again
		idb.Lock()
		idb.db = nil
		idb.Unlock()
		if db, err = IDBOpen(); err != nil {
			return err
		}
		if err := begin(); err != nil {
			return &IDBError{Kind: "unavailable", Msg: err.Error()}
		}
	}
	if err := CatchJS(func() { f(tx.Call("objectStore", name)) }); err != nil {
		CatchJS(func() { tx.Call("abort") })
		return IDBThrown(err)
	}
	done := make(chan error, 1)
	var fns []app.Func
	set := func(event string, f func(target app.Value) error) {
		fn := app.FuncOf(func(this app.Value, args []app.Value) any {
			target := tx
			if len(args) > 0 && args[0].Get("target").Truthy() {
				target = args[0].Get("target")
			}
			select {
			case done <- f(target):
			default: // onerror is followed by onabort: the first one counts
			}
			return nil
		})
		fns = append(fns, fn)
		tx.Set(event, fn)
	}
	set("oncomplete", func(app.Value) error { return nil })
	set("onerror", func(target app.Value) error { return idbFail(target.Get("error"), "transaction failed") })
	set("onabort", func(app.Value) error { return idbFail(tx.Get("error"), "transaction aborted") })
	err = <-done
	CatchJS(func() {
		for _, e := range []string{"oncomplete", "onerror", "onabort"} {
			tx.Set(e, nil)
		}
	})
	for _, fn := range fns {
		fn.Release()
	}
	return err
}
