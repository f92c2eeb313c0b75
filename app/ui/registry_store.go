package ui

import (
	"time"

	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// loadRegistry reads the registry from IndexedDB and decodes every entry.
// Records whose code no longer decodes are counted, not shown. Call it in
// ctx.Async: it waits for the browser and, every few hundred entries,
// gives the page a moment to paint, so that 5,000 entries never freeze it.
func loadRegistry() (entries []assessment.Entry, bad int, err error) {
	entries, _, bad, err = loadRegistryDaily()
	return entries, bad, err
}

// loadRegistryDaily is loadRegistry with the daily reports, which the
// store keeps beside the entries, a record an enterprise (storeDaily).
// Records of the form kits stored before are written again in the
// current one, in the background, once (assessment.OpenRecords).
func loadRegistryDaily() (entries []assessment.Entry, daily []assessment.DailyEntry, bad int, err error) {
	recs, err := idbAll()
	if err != nil {
		return nil, nil, 0, err
	}
	markTime("registryRead")
	stored := make([]assessment.StoredRecord, len(recs))
	for i, r := range recs {
		stored[i] = assessment.StoredRecord{Key: r.Code, Added: r.Added, Value: r.Derived, Checked: r.Checked}
	}
	o := assessment.OpenRecords(stored, yieldToBrowser)
	if len(o.Restore) > 0 || len(o.Respelled) > 0 || len(o.OldBundles) > 0 {
		go restoreRegistry(o)
	}
	markTime("registryDecoded")
	return o.Entries, o.Daily, o.Bad, nil
}

// restoreRegistry writes again what o read in an older form, and removes
// the records of codes stored before they were normalised.
func restoreRegistry(o assessment.OpenedRegistry) {
	defer markTime("registryRestored")
	if err := storeEntries(o.Restore); err != nil {
		app.Log("registry: keeping derivations:", err)
		return
	}
	for _, code := range o.Respelled {
		if err := idbDelete(code); err != nil {
			app.Log("registry: removing a respelled code:", err)
		}
	}
	if len(o.OldBundles) > 0 {
		if err := storeDaily(o.Entries, o.Daily, o.OldBundles); err != nil {
			app.Log("registry: writing daily reports again:", err)
		}
	}
}

// storeDaily writes the daily reports of the enterprises keys (FirmKeys;
// every enterprise with reports when keys is nil) to IndexedDB in one
// transaction: a record an enterprise, keyed
// assessment.DailyBundleKey, holding all its reports
// (assessment.DailyBundle) where an entry keeps its derivation, so that
// opening the registry reads one record an enterprise, not one a report.
func storeDaily(entries []assessment.Entry, daily []assessment.DailyEntry, keys []string) error {
	groups := assessment.GroupDaily(entries, daily)
	if keys == nil {
		for k := range groups {
			keys = append(keys, k)
		}
	}
	recs := make([]idbRecord, 0, len(keys))
	for _, k := range keys {
		if g, ok := groups[k]; ok {
			recs = append(recs, idbRecord{Code: assessment.DailyBundleKey(k), Added: time.Now(), Derived: assessment.DailyBundle(g)})
		}
	}
	return idbPut(recs)
}

// markTime records when something happened on the page, in milliseconds
// since navigation, as data-NAME on the document element: the e2e
// benchmarks read it.
func markTime(name string) {
	if app.IsServer {
		return
	}
	catchJS(func() {
		now := app.Window().Get("performance").Call("now").Float()
		app.Window().Get("document").Get("documentElement").Get("dataset").Set(name, now)
	})
}

// yieldToBrowser lets the browser run (paint, handle a tap) before the
// calling goroutine goes on. In WebAssembly, a sleep returns control to
// the event loop; natively it costs a millisecond.
func yieldToBrowser() { time.Sleep(time.Millisecond) }

// storeEntries writes entries to IndexedDB in one transaction, marked
// checked: an Entry is made by a strict decoding (assessment.NewEntry).
func storeEntries(entries []assessment.Entry) error {
	recs := make([]idbRecord, len(entries))
	for i, e := range entries {
		recs[i] = idbRecord{Code: e.Code, Added: e.Added, Derived: e.Derived.String(), Checked: assessment.SummaryChecked}
	}
	return idbPut(recs)
}
