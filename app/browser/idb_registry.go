package browser

import (
	"errors"
	"slices"
	"sort"
	"sync"
	"time"
	"unsafe"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The park's registry lives in IndexedDB: localStorage holds about 5
// million characters per origin and blocks the page on every write, which
// 5,000 entries would strain. Never call these functions on the UI
// goroutine.
//
// Object store RegistryStore keyed by "code" holds the records in 64
// buckets {code: "s999.b0"…"s999.b63", utf8: the records, each field
// after its length (registry_buckets.go), in a Uint8Array}
// (registry_buckets.go), and, loose, the records kits stored before
// buckets, each on its own. A record is {code: "s1.…",
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
// where the browser refuses IndexedDB. Each goes into its bucket
// (registry_buckets.go), and a loose copy of its key is removed.
func RegistryPut(recs []RegistryRecord) error {
	if RegistryRefused() {
		pagePut(recs)
		return nil
	}
	if len(recs) == 0 {
		return nil
	}
	return registryUpdate(bucketChanges(recs, nil))
}

// RegistryDelete removes the record with code.
func RegistryDelete(code string) error {
	if RegistryRefused() {
		pageDelete(code)
		return nil
	}
	return registryUpdate(bucketChanges(nil, []string{code}))
}

// registryUpdateBuckets is how many buckets RegistryUpdate changes in
// one transaction.
const registryUpdateBuckets = 8

// RegistryUpdate stores put and removes the records keyed remove, as
// RegistryPut and RegistryDelete do, a few buckets a transaction, each
// bucket read and written once whatever the number of its records, with
// pause called before each transaction: for the thousands of records an
// older store is moved with, which one transaction a record, or a few
// hundred records, would write over and over.
func RegistryUpdate(put []RegistryRecord, remove []string, pause func()) error {
	if RegistryRefused() {
		pagePut(put)
		for _, code := range remove {
			pageDelete(code)
		}
		return nil
	}
	changes := bucketChanges(put, remove)
	for first := 0; first < registryBuckets; first += registryUpdateBuckets {
		part := map[int]*bucketChange{}
		for n := first; n < first+registryUpdateBuckets; n++ {
			if c := changes[n]; c != nil {
				part[n] = c
			}
		}
		if len(part) == 0 {
			continue
		}
		if pause != nil {
			pause()
		}
		if err := registryUpdate(part); err != nil {
			return err
		}
	}
	return nil
}

// registryUpdate applies changes to their buckets in one read-write
// transaction: each bucket is read, changed and written back within it,
// so that two tabs writing at once never lose each other's records. The
// loose records of every key changed are removed in the same
// transaction.
func registryUpdate(changes map[int]*bucketChange) error {
	var funcs []app.Func
	var failed error // a bucket that could not be changed: the transaction is aborted
	err := registryTx(func(store app.Value) {
		for n, c := range changes {
			for _, r := range c.put {
				store.Call("delete", r.Code)
			}
			for _, code := range c.remove {
				store.Call("delete", code)
			}
			key, c := bucketKey(n), c
			req := store.Call("get", key)
			fn := app.FuncOf(func(this app.Value, args []app.Value) any {
				if failed != nil {
					return nil
				}
				if err := CatchJS(func() {
					old, err := "", error(nil)
					if v := req.Get("result"); v.Truthy() {
						old, err = bucketText(v)
					}
					if err == nil {
						old, err = applyBucket(old, c)
					}
					if err != nil {
						failed = err
						store.Get("transaction").Call("abort")
						return
					}
					store.Call("put", map[string]any{"code": key, "utf8": jsBytes(old)})
				}); err != nil {
					failed = IDBThrown(err)
					CatchJS(func() { store.Get("transaction").Call("abort") })
				}
				return nil
			})
			funcs = append(funcs, fn)
			req.Set("onsuccess", fn)
		}
	})
	for _, fn := range funcs {
		fn.Release()
	}
	if failed != nil {
		var e *IDBError
		if errors.As(failed, &e) {
			return failed
		}
		return &IDBError{Kind: "failed", Msg: "a bucket of the registry does not read: " + failed.Error()}
	}
	return err
}

// registryTx runs f on the registry store in one read-write transaction
// and waits for it to complete: a put that exceeds the quota aborts it,
// and the error says so.
func registryTx(f func(store app.Value)) error {
	return IDBTxOn(RegistryStore, "readwrite", "default", f)
}

// RegistryAll reads every record: from the page's memory once the
// browser has refused IndexedDB, which the first read finds out. Loose
// are the records stored on their own, as kits before buckets stored
// them, among all: RegistryPut moves them into their buckets. mark,
// when not nil, is told whether the page had read them while the app
// loaded ("registryPrefetched"), when IndexedDB gave the records ("registryGot")
// and when their text reached Go ("registryText"), so that a benchmark
// can say where opening the registry spends its time.
func RegistryAll(mark func(name string)) (all, loose []RegistryRecord, err error) {
	if RegistryRefused() {
		return RegistryInPage(), nil, nil
	}
	res := prefetchedRanges()
	if res != nil && mark != nil {
		mark("registryPrefetched")
	}
	if res == nil {
		db, err := IDBOpen()
		if refuseIfUnavailable(err) {
			return RegistryInPage(), nil, nil
		}
		if err != nil {
			return nil, nil, err
		}
		if res, err = registryRanges(db); err != nil {
			return nil, nil, err
		}
	}
	if mark != nil {
		mark("registryGot")
	}
	var buckets []string
	var looseText string // the loose records, written by the browser in one call (idb_read.go)
	var bad error
	if err := CatchJS(func() {
		for i, n := 0, res[0].Length(); i < n && bad == nil; i++ {
			var text string
			text, bad = bucketText(res[0].Index(i))
			buckets = append(buckets, text)
		}
		if res[1].Length() > 0 || res[2].Length() > 0 {
			looseText = goText(app.Window().Get("JSON").Call("stringify", res[1].Call("concat", res[2])))
		}
	}); err != nil || bad != nil {
		return nil, nil, &IDBError{Kind: "failed", Msg: errors.Join(err, bad).Error()}
	}
	if mark != nil {
		mark("registryText")
	}
	return readRegistryTexts(buckets, looseText)
}

// bucketText returns the text of the bucket record v: its records
// (readBucket), kept as UTF-8 bytes (a Uint8Array) so that reading them needs no
// conversion from the browser's strings, which for Chinese text costs
// more than all the rest of the read.
func bucketText(v app.Value) (string, error) {
	u := v.Get("utf8")
	if !u.Truthy() || !u.InstanceOf(app.Window().Get("Uint8Array")) {
		return "", errBucketForm
	}
	b := make([]byte, u.Get("length").Int())
	app.CopyBytesToGo(b, u)
	return unsafe.String(unsafe.SliceData(b), len(b)), nil
}

// jsBytes returns s as a new Uint8Array.
func jsBytes(s string) app.Value {
	u := app.Window().Get("Uint8Array").New(len(s))
	app.CopyBytesToJS(u, []byte(s))
	return u
}

// readRegistryTexts reads the registry's records from the texts of its
// buckets and of its loose records: a loose record counts over a
// bucket's record of the same key, since a kit that writes buckets
// removes the loose copy, so a loose one is the later.
func readRegistryTexts(buckets []string, loose string) (recs, looseRecs []RegistryRecord, err error) {
	if loose != "" {
		if looseRecs, err = parseStoreJSON(loose); err != nil {
			return nil, nil, &IDBError{Kind: "failed", Msg: err.Error()}
		}
	}
	size := 0
	for _, text := range buckets {
		size += len(text)
	}
	recs = make([]RegistryRecord, 0, size/400+len(looseRecs)) // a record takes about 400 bytes
	for _, text := range buckets {
		if recs, err = readBucket(text, recs); err != nil {
			return nil, nil, &IDBError{Kind: "failed", Msg: err.Error()}
		}
	}
	if len(looseRecs) > 0 {
		over := make(map[string]bool, len(looseRecs))
		for _, r := range looseRecs {
			over[r.Code] = true
		}
		recs = slices.DeleteFunc(recs, func(r RegistryRecord) bool { return over[r.Code] })
	}
	return append(recs, looseRecs...), looseRecs, nil
}

// prefetchedRanges returns what the page read of the store while the app
// loaded (site/prefetch.js), as registryRanges returns it, once: nil when
// it read nothing, failed, or was taken already.
func prefetchedRanges() []app.Value {
	var p app.Value
	CatchJS(func() {
		w := app.Window()
		if p = w.Get("fugongRegistryRead"); p.Truthy() {
			w.Set("fugongRegistryRead", app.Undefined())
		}
	})
	if p == nil || !p.Truthy() {
		return nil
	}
	read, err := Await(p)
	if err != nil {
		app.Log("registry: read while loading:", err)
		return nil
	}
	var res []app.Value
	if CatchJS(func() {
		for _, name := range []string{"buckets", "below", "above"} {
			if v := read.Get(name); v.Truthy() && v.Get("length").Type() == app.TypeNumber {
				res = append(res, v)
			}
		}
	}) != nil || len(res) != 3 {
		return nil
	}
	return res
}

// registryRanges reads, in one read-only transaction, the buckets and
// the loose records below and above them.
func registryRanges(db app.Value) ([]app.Value, error) {
	reqs := make([]app.Value, 3)
	if err := CatchJS(func() {
		store := db.Call("transaction", RegistryStore, "readonly").Call("objectStore", RegistryStore)
		keys := app.Window().Get("IDBKeyRange")
		reqs[0] = store.Call("getAll", keys.Call("bound", bucketPrefix, bucketKeyEnd))
		reqs[1] = store.Call("getAll", keys.Call("upperBound", bucketPrefix, true))
		reqs[2] = store.Call("getAll", keys.Call("lowerBound", bucketKeyEnd, true))
	}); err != nil {
		return nil, &IDBError{Kind: "failed", Msg: err.Error()}
	}
	return IDBWaitAll(reqs)
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
