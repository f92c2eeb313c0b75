package ui

import (
	"errors"
	"time"

	"fugong/app/browser"
	"fugong/parkdesk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// idbErrorKey returns the message key for an error of the registry's
// storage (browser.IDBError).
func idbErrorKey(err error) string {
	var e *browser.IDBError
	if errors.As(err, &e) {
		return "registry.err." + e.Kind
	}
	return "registry.err.failed"
}

// loadRegistry reads the registry from IndexedDB and decodes every entry.
// Records whose code no longer decodes are counted, not shown. Call it in
// ctx.Async: it waits for the browser and, every few hundred entries,
// gives the page a moment to paint, so that 5,000 entries never freeze it.
func loadRegistry() (entries []parkdesk.Entry, bad int, err error) {
	o, err := openRegistry(nil)
	if err != nil {
		return nil, 0, err
	}
	return o.Entries, o.Bad, nil
}

// loadRegistryDaily is loadRegistry with the daily reports, which the
// store keeps beside the entries, a record an enterprise (storeDaily).
func loadRegistryDaily() (entries []parkdesk.Entry, daily []parkdesk.DailyEntry, bad int, err error) {
	o, err := openRegistry(nil)
	if err != nil {
		return nil, nil, 0, err
	}
	return o.Entries, o.DailyEntries(), o.Bad, nil
}

// openRegistry reads the registry from IndexedDB: its entries and the
// enterprises' histories (parkdesk.OpenRecords). Records of the form
// kits stored before are written again in the current one, in the
// background, once. progress, when not nil, is told how many records
// were read of how many, now and then, while the browser gets a moment
// to paint.
func openRegistry(progress func(done, total int)) (*parkdesk.OpenedRegistry, error) {
	recs, err := browser.RegistryAll()
	if err != nil {
		return nil, err
	}
	markTime("registryRead")
	stored := make([]parkdesk.StoredRecord, len(recs))
	for i, r := range recs {
		stored[i] = parkdesk.StoredRecord{Key: r.Code, Added: r.Added, Value: r.Derived, Checked: r.Checked}
	}
	o := parkdesk.OpenRecords(stored, func(done, total int) {
		if progress != nil {
			progress(done, total)
		}
		yieldToBrowser()
	})
	if len(o.Restore) > 0 || len(o.Respelled) > 0 || len(o.OldBundles) > 0 {
		go restoreRegistry(&o)
	}
	markTime("registryDecoded")
	return &o, nil
}

// restoreChunk is how many records restoreRegistry writes in a
// transaction before it lets the page run.
const restoreChunk = 500

// restoreRegistry writes again what o read in an older form, and removes
// the records of codes stored before they were normalised, a few hundred
// records at a time, so that the page stays responsive.
func restoreRegistry(o *parkdesk.OpenedRegistry) {
	defer markTime("registryRestored")
	recs := entryRecords(o.Restore)
	if len(o.OldBundles) > 0 {
		recs = append(recs, dailyRecords(o.Entries, o.DailyEntries(), o.OldBundles)...)
	}
	for i := 0; i < len(recs); i += restoreChunk {
		yieldToBrowser()
		if err := browser.RegistryPut(recs[i:min(i+restoreChunk, len(recs))]); err != nil {
			app.Log("registry: writing records again:", err)
			return
		}
	}
	for _, code := range o.Respelled {
		if err := browser.RegistryDelete(code); err != nil {
			app.Log("registry: removing a respelled code:", err)
		}
	}
}

// storeDaily writes the daily reports of the enterprises keys (FirmKeys;
// every enterprise with reports when keys is nil) to IndexedDB in one
// transaction: a record an enterprise, keyed
// parkdesk.DailyBundleKey, holding all its reports
// (parkdesk.DailyBundle) where an entry keeps its derivation, so that
// opening the registry reads one record an enterprise, not one a report.
func storeDaily(entries []parkdesk.Entry, daily []parkdesk.DailyEntry, keys []string) error {
	return browser.RegistryPut(dailyRecords(entries, daily, keys))
}

// dailyRecords are the records storeDaily writes.
func dailyRecords(entries []parkdesk.Entry, daily []parkdesk.DailyEntry, keys []string) []browser.RegistryRecord {
	groups := parkdesk.GroupDaily(entries, daily)
	if keys == nil {
		for k := range groups {
			keys = append(keys, k)
		}
	}
	recs := make([]browser.RegistryRecord, 0, len(keys))
	for _, k := range keys {
		if g, ok := groups[k]; ok {
			recs = append(recs, browser.RegistryRecord{Code: parkdesk.DailyBundleKey(k), Added: time.Now(), Derived: parkdesk.DailyBundle(g)})
		}
	}
	return recs
}

// markTime records when something happened on the page, in milliseconds
// since navigation, as data-NAME on the document element: the e2e
// benchmarks read it.
func markTime(name string) {
	if app.IsServer {
		return
	}
	browser.CatchJS(func() {
		now := app.Window().Get("performance").Call("now").Float()
		app.Window().Get("document").Get("documentElement").Get("dataset").Set(name, now)
	})
}

// yieldToBrowser lets the browser run (paint, handle a tap) before the
// calling goroutine goes on. In WebAssembly, a sleep returns control to
// the event loop; natively it costs a millisecond.
func yieldToBrowser() { time.Sleep(time.Millisecond) }

// storeEntries writes entries to IndexedDB in one transaction.
func storeEntries(entries []parkdesk.Entry) error { return browser.RegistryPut(entryRecords(entries)) }

// entryRecords are the records of entries, marked checked: an Entry is
// made by a strict decoding (parkdesk.NewEntry) or read from a record
// so marked.
func entryRecords(entries []parkdesk.Entry) []browser.RegistryRecord {
	recs := make([]browser.RegistryRecord, len(entries))
	for i, e := range entries {
		recs[i] = browser.RegistryRecord{Code: e.Code, Added: e.Added, Derived: e.Derived.String(), Checked: parkdesk.SummaryChecked}
	}
	return recs
}
