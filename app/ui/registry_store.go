package ui

import (
	"errors"
	"runtime/debug"
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

// loadRegistryDaily is loadRegistry with the registry as read
// (parkdesk.OpenedRegistry) and its daily reports, which the store keeps
// beside the entries, a record an enterprise (parkdesk.DailyBundle).
func loadRegistryDaily() (o *parkdesk.OpenedRegistry, daily []parkdesk.DailyEntry, err error) {
	o, err = openRegistry(nil)
	if err != nil {
		return nil, nil, err
	}
	return o, o.DailyEntries(), nil
}

// openRegistry reads the registry from IndexedDB: its entries and the
// enterprises' histories (parkdesk.OpenRecords). Records of the form
// kits stored before are written again in the current one, and records
// stored on their own moved into the store's buckets
// (browser.RegistryPut), in the background, once. progress, when not
// nil, is told how many records were read of how many, now and then,
// while the browser gets a moment to paint. The garbage collector waits
// meanwhile (openGCPercent).
func openRegistry(progress func(done, total int)) (*parkdesk.OpenedRegistry, error) {
	defer debug.SetGCPercent(debug.SetGCPercent(openGCPercent))
	recs, loose, err := browser.RegistryAll(markTime)
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
	if len(o.Restore) > 0 || len(o.Respelled) > 0 || len(o.OldBundles) > 0 || len(loose) > 0 {
		go restoreRegistry(&o, loose)
	}
	markTime("registryDecoded")
	return &o, nil
}

// openGCPercent is the garbage collector's setting while the registry
// opens: reading 5,000 enterprises allocates about 15 MB, nearly all of
// it kept, and at the usual 100 the collector would run several times
// over a heap that is mostly what it is being built, at a tenth of the
// open's time in WebAssembly. At 400 it runs about once; the usual
// setting comes back when the registry has opened, whatever the screen
// does next.
const openGCPercent = 400

// restoreRegistry moves the loose records into the store's buckets as
// they are, writes again what o read in an older form, and removes the
// records of codes stored before they were normalised: each bucket read
// and written once, a few buckets at a time, so that the page stays
// responsive.
func restoreRegistry(o *parkdesk.OpenedRegistry, loose []browser.RegistryRecord) {
	defer markTime("registryRestored")
	put := append([]browser.RegistryRecord(nil), loose...)
	for _, r := range o.Rewrites(time.Now()) { // after the loose records: these count
		put = append(put, browser.RegistryRecord{Code: r.Key, Added: r.Added, Derived: r.Value, Checked: r.Checked})
	}
	if err := browser.RegistryUpdate(put, o.Respelled, yieldToBrowser); err != nil {
		app.Log("registry: writing records again:", err)
	}
}

// putStored writes records to IndexedDB in one transaction: summary codes
// (parkdesk.EntryRecords) and the daily reports of an enterprise, a
// record each, keyed parkdesk.DailyBundleKey, holding all its reports
// (parkdesk.DailyBundle) where an entry keeps its derivation, so that
// opening the registry reads one record an enterprise, not one a report.
func putStored(recs []parkdesk.StoredRecord) error {
	if len(recs) == 0 {
		return nil
	}
	out := make([]browser.RegistryRecord, len(recs))
	for i, r := range recs {
		out[i] = browser.RegistryRecord{Code: r.Key, Added: r.Added, Derived: r.Value, Checked: r.Checked}
	}
	return browser.RegistryPut(out)
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
func storeEntries(entries []parkdesk.Entry) error { return putStored(parkdesk.EntryRecords(entries)) }
