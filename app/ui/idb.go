package ui

import (
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The registry lives in IndexedDB: localStorage holds about 5 million
// characters per origin and blocks the page on every write, which 5,000
// entries would strain. go-app has no IndexedDB, so this file is a small
// bridge: each request's onsuccess and onerror call back into Go, and the
// caller, running in ctx.Async, waits on a channel while the browser runs
// the request. Never call these functions on the UI goroutine.
//
// Database "fugong", version 2. Object store "registry" keyed by "code":
// records {code: "s1.…", added: milliseconds since 1970, derived:
// "2026.1|3|2|0", checked: 1} — derived is what the kit's rules derived
// from the code (assessment.Derivation), kept so that opening the
// registry does not run the rules 5,000 times; a record without it, or
// from other rules, is derived again; checked (assessment.SummaryChecked)
// says the code was checked strictly before it was stored, so that
// opening reads it without checking it again. An enterprise's daily
// reports are one record {code: "d:" and its FirmKey, derived: the
// reports' text} (assessment.DailyBundle). Object store "drafts" (since version 2) keyed by "key":
// the enterprise's drafts, see idb_drafts.go.
const (
	idbName    = "fugong"
	idbVersion = 2
	idbStore   = "registry"
)

// idbRecord is one registry record as stored.
type idbRecord struct {
	Code    string
	Added   time.Time
	Derived string
	Checked int // assessment.SummaryChecked: the code was checked before it was stored
}

// idbError is a failed IndexedDB request, sorted into what the user can
// act on.
type idbError struct {
	Kind string // "unavailable", "quota" or "failed"
	Msg  string // the browser's message, for the console
}

func (e *idbError) Error() string { return "indexeddb " + e.Kind + ": " + e.Msg }

// messageKey is the catalogue key of the message shown to the user.
func (e *idbError) messageKey() string { return "registry.err." + e.Kind }

// idbErrorKey returns the message key for any error of this file.
func idbErrorKey(err error) string {
	var e *idbError
	if errors.As(err, &e) {
		return e.messageKey()
	}
	return "registry.err.failed"
}

// idbFail turns a DOMException (a request's or a transaction's error)
// into an idbError.
func idbFail(ex app.Value, fallback string) *idbError {
	name, msg := "", fallback
	catchJS(func() {
		if ex != nil && ex.Truthy() {
			name = ex.Get("name").String()
			msg = name + ": " + ex.Get("message").String()
		}
	})
	switch name {
	case "QuotaExceededError":
		return &idbError{Kind: "quota", Msg: msg}
	case "InvalidStateError", "SecurityError", "UnknownError", "NotFoundError", "VersionError":
		return &idbError{Kind: "unavailable", Msg: msg}
	}
	return &idbError{Kind: "failed", Msg: msg}
}

// idbThrown sorts an exception thrown by an IndexedDB call.
func idbThrown(err error) *idbError {
	if strings.Contains(strings.ToLower(err.Error()), "quota") {
		return &idbError{Kind: "quota", Msg: err.Error()}
	}
	return &idbError{Kind: "failed", Msg: err.Error()}
}

var idb struct {
	sync.Mutex
	db app.Value
}

// idbWait waits for an IDBRequest: its result, or its error. handlers are
// set before the caller returns to the event loop, so none is missed.
func idbWait(req app.Value, extra map[string]func(app.Value)) (app.Value, error) {
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
	catchJS(func() {
		for _, e := range events {
			req.Set(e, nil)
		}
	})
	for _, fn := range funcs {
		fn.Release()
	}
	return o.v, o.err
}

// idbOpen opens (and at first creates) the database, once.
func idbOpen() (app.Value, error) {
	idb.Lock()
	defer idb.Unlock()
	if idb.db != nil {
		return idb.db, nil
	}
	var req app.Value
	err := catchJS(func() {
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
		return nil, &idbError{Kind: "unavailable", Msg: msg}
	}
	db, err := idbWait(req, map[string]func(app.Value){
		"onupgradeneeded": func(app.Value) {
			catchJS(func() {
				db := req.Get("result")
				names := db.Get("objectStoreNames")
				if !names.Call("contains", idbStore).Bool() {
					db.Call("createObjectStore", idbStore, map[string]any{"keyPath": "code"})
				}
				if !names.Call("contains", idbDraftStore).Bool() {
					db.Call("createObjectStore", idbDraftStore, map[string]any{"keyPath": "key"})
				}
			})
		},
	})
	if err != nil {
		var e *idbError
		if errors.As(err, &e) && e.Kind == "failed" {
			e.Kind = "unavailable" // opening fails in private modes and with storage off
		}
		return nil, err
	}
	// Another tab with an older version would block an upgrade; close
	// this connection when a newer version asks, so that it never blocks.
	// The browser closes it itself when the user or the browser clears
	// the site's data: the next request then opens the database afresh.
	catchJS(func() {
		forget := func(this app.Value) {
			idb.Lock()
			if idb.db != nil && idb.db.Equal(this) {
				idb.db = nil
			}
			idb.Unlock()
		}
		db.Set("onversionchange", app.FuncOf(func(this app.Value, args []app.Value) any {
			catchJS(func() { this.Call("close") })
			forget(this)
			return nil
		}))
		db.Set("onclose", app.FuncOf(func(this app.Value, args []app.Value) any {
			forget(this)
			if idbOnClose != nil {
				idbOnClose()
			}
			return nil
		}))
	})
	idb.db = db
	return db, nil
}

// idbOnClose, when set, is called when the browser closes the database
// under the page (site data cleared).
var idbOnClose func()

// idbFactory returns window.indexedDB, or undefined. Reading it can throw
// (a privacy mode, an embedded browser, storage turned off), and an
// exception thrown by a property read ends Go's whole program: Go's
// wasm_exec.js guards calls but not reads, so the read is a call of
// Reflect.get, whose exception is a panic the callers recover.
func idbFactory() app.Value {
	w := app.Window()
	return w.Get("Reflect").Call("get", w, "indexedDB")
}

// idbTx runs f on the registry store in one transaction and waits for it
// to complete: a put that exceeds the quota aborts it, and the error says
// so.
func idbTx(mode string, f func(store app.Value)) error {
	return idbTxOn(idbStore, mode, "default", f)
}

// idbTxOn runs f on the object store name in one transaction with the
// given durability ("default", "relaxed" or "strict": strict completes
// only once the data is on disk) and waits for it to complete. A
// connection the browser has closed is opened again, once.
func idbTxOn(name, mode, durability string, f func(store app.Value)) error {
	db, err := idbOpen()
	if err != nil {
		return err
	}
	var tx app.Value
	begin := func() error {
		return catchJS(func() {
			tx = db.Call("transaction", name, mode, map[string]any{"durability": durability})
		})
	}
	if begin() != nil { // closed under the page: open it again
		idb.Lock()
		idb.db = nil
		idb.Unlock()
		if db, err = idbOpen(); err != nil {
			return err
		}
		if err := begin(); err != nil {
			return &idbError{Kind: "unavailable", Msg: err.Error()}
		}
	}
	if err := catchJS(func() { f(tx.Call("objectStore", name)) }); err != nil {
		catchJS(func() { tx.Call("abort") })
		return idbThrown(err)
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
	catchJS(func() {
		for _, e := range []string{"oncomplete", "onerror", "onabort"} {
			tx.Set(e, nil)
		}
	})
	for _, fn := range fns {
		fn.Release()
	}
	return err
}

// idbPut stores records, in one transaction; in the page's memory where
// the browser refuses IndexedDB (registry_refused.go).
func idbPut(recs []idbRecord) error {
	if registryRefused() {
		pagePut(recs)
		return nil
	}
	return idbTx("readwrite", func(store app.Value) {
		for _, r := range recs {
			v := map[string]any{"code": r.Code, "added": r.Added.UnixMilli(), "derived": r.Derived}
			if r.Checked != 0 {
				v["checked"] = r.Checked
			}
			store.Call("put", v)
		}
	})
}

// idbDelete removes the record with code.
func idbDelete(code string) error {
	if registryRefused() {
		pageDelete(code)
		return nil
	}
	return idbTx("readwrite", func(store app.Value) { store.Call("delete", code) })
}

// idbAll reads every record: from the page's memory once the browser has
// refused IndexedDB.
func idbAll() ([]idbRecord, error) {
	if registryRefused() {
		return pageAll(), nil
	}
	db, err := idbOpen()
	if refuseIfUnavailable(err) {
		return pageAll(), nil
	}
	if err != nil {
		return nil, err
	}
	var req app.Value
	if err := catchJS(func() {
		req = db.Call("transaction", idbStore, "readonly").Call("objectStore", idbStore).Call("getAll")
	}); err != nil {
		return nil, &idbError{Kind: "failed", Msg: err.Error()}
	}
	res, err := idbWait(req, nil)
	if err != nil {
		return nil, err
	}
	var text string // every record, written by the browser in one call (idb_read.go)
	if err := catchJS(func() { text = app.Window().Get("JSON").Call("stringify", res).String() }); err != nil {
		return nil, &idbError{Kind: "failed", Msg: err.Error()}
	}
	recs, err := parseStoreJSON(text)
	if err != nil {
		return nil, &idbError{Kind: "failed", Msg: err.Error()}
	}
	return recs, nil
}
