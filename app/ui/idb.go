package ui

import (
	"errors"
	"time"

	"fugong/app/browser"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The registry lives in IndexedDB: localStorage holds about 5 million
// characters per origin and blocks the page on every write, which 5,000
// entries would strain. These functions reach it through package browser
// (indexeddb.go); never call them on the UI goroutine.
//
// Database "fugong", version 2. Object store "registry" keyed by "code":
// records {code: "s1.…", added: milliseconds since 1970, derived:
// "2026.1|3|2|0", checked: 1} — derived is what the kit's rules derived
// from the code (parkdesk.Derivation), kept so that opening the
// registry does not run the rules 5,000 times; a record without it, or
// from other rules, is derived again; checked (parkdesk.SummaryChecked)
// says the code was checked strictly before it was stored, so that
// opening reads it without checking it again. An enterprise's daily
// reports are one record {code: "d:" and its FirmKey, derived: the
// reports' text} (parkdesk.DailyBundle). Object store "drafts" (since version 2) keyed by "key":
// the enterprise's drafts, see idb_drafts.go.
const idbStore = browser.RegistryStore

// idbRecord is one registry record as stored.
type idbRecord struct {
	Code    string
	Added   time.Time
	Derived string
	Checked int // parkdesk.SummaryChecked: the code was checked before it was stored
}

// idbErrorKey returns the message key for any error of this file.
func idbErrorKey(err error) string {
	var e *browser.IDBError
	if errors.As(err, &e) {
		return "registry.err." + e.Kind
	}
	return "registry.err.failed"
}

// idbTx runs f on the registry store in one transaction and waits for it
// to complete: a put that exceeds the quota aborts it, and the error says
// so.
func idbTx(mode string, f func(store app.Value)) error {
	return browser.IDBTxOn(idbStore, mode, "default", f)
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
	db, err := browser.IDBOpen()
	if refuseIfUnavailable(err) {
		return pageAll(), nil
	}
	if err != nil {
		return nil, err
	}
	var req app.Value
	if err := browser.CatchJS(func() {
		req = db.Call("transaction", idbStore, "readonly").Call("objectStore", idbStore).Call("getAll")
	}); err != nil {
		return nil, &browser.IDBError{Kind: "failed", Msg: err.Error()}
	}
	res, err := browser.IDBWait(req, nil)
	if err != nil {
		return nil, err
	}
	var text string // every record, written by the browser in one call (idb_read.go)
	if err := browser.CatchJS(func() { text = app.Window().Get("JSON").Call("stringify", res).String() }); err != nil {
		return nil, &browser.IDBError{Kind: "failed", Msg: err.Error()}
	}
	recs, err := parseStoreJSON(text)
	if err != nil {
		return nil, &browser.IDBError{Kind: "failed", Msg: err.Error()}
	}
	return recs, nil
}
