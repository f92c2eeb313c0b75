package browser

import (
	"errors"
	"sort"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The park's registry lives in IndexedDB: localStorage holds about 5
// million characters per origin and blocks the page on every write, which
// 5,000 entries would strain. Never call these functions on the UI
// goroutine.
//
// Object store RegistryStore keyed by "code": records {code: "s1.…",
// added: milliseconds since 1970, derived: "2026.1|3|2|0", checked: 1} —
// derived is what the kit's rules derived from the code
// (parkdesk.Derivation), kept so that opening the registry does not run
// the rules 5,000 times; a record without it, or from other rules, is
// derived again; checked (parkdesk.SummaryChecked) says the code was
// checked strictly before it was stored, so that opening reads it without
// checking it again. An enterprise's daily reports are one record {code:
// "d:" and its FirmKey, derived: the reports' text} (parkdesk.DailyBundle).
// Where the browser refuses IndexedDB, the registry lives in the page's
// memory (RegistryRefused).

// RegistryRecord is one registry record as stored.
type RegistryRecord struct {
	Code    string
	Added   time.Time
	Derived string
	Checked int // parkdesk.SummaryChecked: the code was checked before it was stored
}

// RegistryPut stores records, in one transaction: in the page's memory
// where the browser refuses IndexedDB.
func RegistryPut(recs []RegistryRecord) error {
	if RegistryRefused() {
		pagePut(recs)
		return nil
	}
	return registryTx(func(store app.Value) {
		for _, r := range recs {
			v := map[string]any{"code": r.Code, "added": r.Added.UnixMilli(), "derived": r.Derived}
			if r.Checked != 0 {
				v["checked"] = r.Checked
			}
			store.Call("put", v)
		}
	})
}

// RegistryDelete removes the record with code.
func RegistryDelete(code string) error {
	if RegistryRefused() {
		pageDelete(code)
		return nil
	}
	return registryTx(func(store app.Value) { store.Call("delete", code) })
}

// registryTx runs f on the registry store in one read-write transaction
// and waits for it to complete: a put that exceeds the quota aborts it,
// and the error says so.
func registryTx(f func(store app.Value)) error {
	return IDBTxOn(RegistryStore, "readwrite", "default", f)
}

// RegistryAll reads every record: from the page's memory once the
// browser has refused IndexedDB, which the first read finds out. mark,
// when not nil, is told when IndexedDB gave the records ("registryGot")
// and when their text reached Go ("registryText"), so that a benchmark
// can say where opening the registry spends its time.
func RegistryAll(mark func(name string)) ([]RegistryRecord, error) {
	if RegistryRefused() {
		return RegistryInPage(), nil
	}
	db, err := IDBOpen()
	if refuseIfUnavailable(err) {
		return RegistryInPage(), nil
	}
	if err != nil {
		return nil, err
	}
	res, err := idbGetAll(db, RegistryStore)
	if err != nil {
		return nil, err
	}
	if mark != nil {
		mark("registryGot")
	}
	var text string // every record, written by the browser in one call (idb_read.go)
	if err := CatchJS(func() { text = goText(app.Window().Get("JSON").Call("stringify", res)) }); err != nil {
		return nil, &IDBError{Kind: "failed", Msg: err.Error()}
	}
	if mark != nil {
		mark("registryText")
	}
	recs, err := parseStoreJSON(text)
	if err != nil {
		return nil, &IDBError{Kind: "failed", Msg: err.Error()}
	}
	return recs, nil
}

// pageRegistry holds the registry in this page's memory while the browser
// refuses IndexedDB (a privacy mode, an embedded browser, site storage
// turned off): collecting and the registry keep working for the page,
// while the screens say that nothing is kept on the phone and offer the
// backup, which a browser that stores can import.
var pageRegistry struct {
	sync.Mutex
	refused bool
	recs    map[string]RegistryRecord // by code
}

// RegistryRefused reports whether the registry lives in the page only.
func RegistryRefused() bool {
	pageRegistry.Lock()
	defer pageRegistry.Unlock()
	return pageRegistry.refused
}

// refuseIfUnavailable switches the registry to the page's memory when err
// says IndexedDB is refused, and reports whether it did.
func refuseIfUnavailable(err error) bool {
	var e *IDBError
	if !errors.As(err, &e) || e.Kind != "unavailable" {
		return false
	}
	pageRegistry.Lock()
	defer pageRegistry.Unlock()
	if !pageRegistry.refused {
		app.Log("registry: IndexedDB refused, the registry is kept in this page only:", err)
		pageRegistry.refused = true
		pageRegistry.recs = map[string]RegistryRecord{}
	}
	return true
}

// pagePut keeps records in the page's registry.
func pagePut(recs []RegistryRecord) {
	pageRegistry.Lock()
	defer pageRegistry.Unlock()
	for _, r := range recs {
		pageRegistry.recs[r.Code] = r
	}
}

// pageDelete removes a record from the page's registry.
func pageDelete(code string) {
	pageRegistry.Lock()
	defer pageRegistry.Unlock()
	delete(pageRegistry.recs, code)
}

// RegistryInPage returns the registry the page holds while IndexedDB is
// refused, oldest first.
func RegistryInPage() []RegistryRecord {
	pageRegistry.Lock()
	defer pageRegistry.Unlock()
	out := make([]RegistryRecord, 0, len(pageRegistry.recs))
	for _, r := range pageRegistry.recs {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Added.Before(out[j].Added) })
	return out
}
