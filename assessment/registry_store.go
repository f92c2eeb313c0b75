package assessment

import (
	"strings"
	"time"
)

// How a registry is kept in the browser's store, and read back when it
// opens: one record a summary code (with its derivation) and one record an
// enterprise holding its daily reports (DailyBundle). Opening 5,000
// enterprises × 30 days must take well under a second on a phone, so the
// records the kit wrote itself are read without checking again what was
// checked when they arrived; records from before are checked as they
// always were, and written again in the current form.

// SummaryChecked marks a stored summary code that this kit decoded
// strictly (DecodeSummary) and stored in its one spelling: opening the
// registry reads it without the text policy and the spelling checked
// again (StoredEntry).
const SummaryChecked = 1

// StoredRecord is one record of a registry's store.
type StoredRecord struct {
	Key     string    // a summary code, or a DailyBundleKey
	Added   time.Time // when the summary code arrived
	Value   string    // a summary's Derivation (its String), or a bundle's text (DailyBundle)
	Checked int       // SummaryChecked when the summary code was checked before it was stored
}

// OpenedRegistry is a registry read from its store.
type OpenedRegistry struct {
	Entries []Entry      // annotated (Annotate)
	Daily   []DailyEntry // every report of every bundle
	Bad     int          // records, and reports of bundles, that do not read: counted, not shown
	// Restore are the entries to store again: derived afresh, respelled,
	// or checked now for the first time.
	Restore []Entry
	// Respelled are the keys of records to delete: a summary code stored
	// before codes were normalised, now kept under its one spelling.
	Respelled []string
	// OldBundles are the FirmKeys whose bundles are of an older form: to
	// write again (DailyBundle).
	OldBundles []string
}

// StoredEntry is NewEntryDerived for a stored code marked SummaryChecked
// with a derivation under this kit's ruleset: its frame and body are read,
// the checks it passed when it arrived are not made again. Any other code
// is read by NewEntryDerived.
func StoredEntry(code string, added time.Time, d Derivation, checked int) (Entry, error) {
	if checked == SummaryChecked && d.Ruleset == RulesetVersion {
		if body, why := decodeFrame(code, 's', SummaryVersion); why == "" {
			if s, ok := decodeSummaryBody(body); ok {
				return Entry{Code: code, Added: added, Summary: s, Derived: d, Flags: checkDerived(s, d)}, nil
			}
		}
	}
	return NewEntryDerived(code, added, d)
}

// OpenRecords reads the records of a registry's store. pause, when not
// nil, is called after every 50 ms or so of work, so that the page can
// paint while a registry of an older form is read.
func OpenRecords(recs []StoredRecord, pause func()) OpenedRegistry {
	var o OpenedRegistry
	o.Entries = make([]Entry, 0, len(recs))
	restore := map[string]bool{} // codes to store again
	bundles := 0
	for _, r := range recs {
		if IsDailyBundleKey(r.Key) {
			bundles++
		}
	}
	last := time.Now()
	for i, r := range recs {
		if pause != nil && i%100 == 99 && time.Since(last) > 50*time.Millisecond {
			pause()
			last = time.Now()
		}
		if IsDailyBundleKey(r.Key) {
			d, bad, old := ParseDailyBundle(r.Value)
			if o.Daily == nil {
				o.Daily = make([]DailyEntry, 0, bundles*(len(d)+1)) // bundles of about the same length
			}
			o.Daily, o.Bad = append(o.Daily, d...), o.Bad+bad
			if old {
				o.OldBundles = append(o.OldBundles, strings.TrimPrefix(r.Key, "d:"))
			}
			continue
		}
		d, _ := ParseDerivation(r.Value)
		e, err := StoredEntry(r.Key, r.Added, d, r.Checked)
		if err != nil {
			o.Bad++
			continue
		}
		o.Entries = append(o.Entries, e)
		if e.Code != r.Key {
			o.Respelled = append(o.Respelled, r.Key)
		}
		if e.Derived.String() != r.Value || e.Code != r.Key || r.Checked != SummaryChecked {
			restore[e.Code] = true
		}
	}
	if len(o.Respelled) > 0 {
		// One summary kept under two spellings is one entry, at its
		// earliest arrival (Merge); its record moves to the one spelling.
		o.Entries, _ = Merge(nil, o.Entries) // and annotated
	} else {
		Annotate(o.Entries)
	}
	for _, e := range o.Entries {
		if restore[e.Code] {
			o.Restore = append(o.Restore, e)
		}
	}
	return o
}
