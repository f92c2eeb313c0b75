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
func loadRegistryDaily() (entries []assessment.Entry, daily []assessment.DailyEntry, bad int, err error) {
	recs, err := idbAll()
	if err != nil {
		return nil, nil, 0, err
	}
	markTime("registryRead")
	entries = make([]assessment.Entry, 0, len(recs))
	stale := map[string]bool{} // codes derived again, or respelled: stored for next time
	var respelled []string     // codes stored as received, before they were normalised
	for i, r := range recs {
		if i > 0 && i%500 == 0 {
			yieldToBrowser()
		}
		if assessment.IsDailyBundleKey(r.Code) {
			d, n := assessment.ParseDailyBundle(r.Derived)
			daily, bad = append(daily, d...), bad+n
			continue
		}
		d, _ := assessment.ParseDerivation(r.Derived)
		e, err := assessment.NewEntryDerived(r.Code, r.Added, d)
		if err != nil {
			bad++
			continue
		}
		entries = append(entries, e)
		if e.Code != r.Code {
			respelled = append(respelled, r.Code)
		}
		if e.Derived.String() != r.Derived || e.Code != r.Code {
			stale[e.Code] = true
		}
	}
	if len(respelled) > 0 {
		// One summary kept under two spellings is one entry, at its
		// earliest arrival (Merge); its record moves to the one spelling.
		entries, _ = assessment.Merge(nil, entries)
	}
	if len(stale) > 0 {
		var keep []assessment.Entry
		for _, e := range entries {
			if stale[e.Code] {
				keep = append(keep, e)
			}
		}
		go func() {
			if err := storeEntries(keep); err != nil {
				app.Log("registry: keeping derivations:", err)
				return
			}
			for _, code := range respelled {
				if err := idbDelete(code); err != nil {
					app.Log("registry: removing a respelled code:", err)
				}
			}
		}()
	}
	assessment.Annotate(entries)
	markTime("registryDecoded")
	return entries, daily, bad, nil
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

// storeEntries writes entries to IndexedDB in one transaction.
func storeEntries(entries []assessment.Entry) error {
	recs := make([]idbRecord, len(entries))
	for i, e := range entries {
		recs[i] = idbRecord{Code: e.Code, Added: e.Added, Derived: e.Derived.String()}
	}
	return idbPut(recs)
}
