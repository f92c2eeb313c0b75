package parkdesk

import (
	"errors"
	"strings"
	"time"

	"fugong/internal/wire"

	"fugong/assessment"
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
	Entries []Entry // annotated (Annotate)
	// Histories are the enterprises' histories as figures
	// (DailyFigures), worked out from the bundles' texts.
	Histories map[string][]DayFigures
	Bad       int // records, and reports of bundles, that do not read: counted, not shown
	// NewerCodes counts the summary codes of a version newer than this
	// kit reads (ErrSummaryTooNew): kept as stored, not shown.
	NewerCodes int
	// Restore are the entries to store again: derived afresh, respelled,
	// or checked now for the first time.
	Restore []Entry
	// Respelled are the keys of records to delete: a summary code stored
	// before codes were normalised, now kept under its one spelling.
	Respelled []string
	// OldBundles are the FirmKeys whose bundles are of an older form: to
	// write again (DailyBundle).
	OldBundles []string
	// Newer are the FirmKeys whose bundles are of a form newer than this
	// kit knows (daily_newer.go): kept as stored, not read.
	Newer    []string
	kept     map[string]bool // the keys of Newer
	bundles  []string        // the texts of the bundles of versions 3 and 2
	old      []DailyEntry    // the reports of the bundles of version 1
	oldTexts []string        // the texts of the bundles of OldBundles
}

// DailyEntries returns every report of every bundle, read from the
// bundles' texts again: a backup or an import asks for them, opening the
// registry does not.
func (o *OpenedRegistry) DailyEntries() []DailyEntry {
	n := len(o.old)
	for _, b := range o.bundles {
		n += strings.Count(b, string(bundleLineEnd))
	}
	daily := append(make([]DailyEntry, 0, n), o.old...)
	for _, b := range o.bundles {
		daily, _, _ = appendDailyBundle(daily, b)
	}
	return daily
}

// Rewrites returns the records to store again, at now, after the
// registry opened: the entries to Restore, marked checked, and the
// bundles of an older form in the current one (OldBundles). A bundle of
// an enterprise no longer in the registry (deleted) is written again
// with its own reports: else it would be read as older at every open.
func (o *OpenedRegistry) Rewrites(now time.Time) []StoredRecord {
	recs := EntryRecords(o.Restore)
	if len(o.OldBundles) == 0 {
		return recs
	}
	daily := o.DailyRecords(o.Entries, o.DailyEntries(), o.OldBundles, now)
	written := make(map[string]bool, len(daily))
	for _, r := range daily {
		written[r.Key] = true
	}
	for i, firm := range o.OldBundles {
		if key := DailyBundleKey(firm); !written[key] {
			own, _, _ := ParseDailyBundle(o.oldTexts[i])
			daily = append(daily, StoredRecord{Key: key, Added: now, Value: DailyBundle(own)})
		}
	}
	return append(recs, daily...)
}

// EntryRecords returns the records of entries, marked checked: an Entry
// is made by a strict decoding (NewEntry) or read from a record so marked.
func EntryRecords(entries []Entry) []StoredRecord {
	recs := make([]StoredRecord, len(entries))
	for i, e := range entries {
		recs[i] = StoredRecord{Key: e.Code, Added: e.Added, Value: e.Derived.String(), Checked: SummaryChecked}
	}
	return recs
}

// StoredEntry is NewEntryDerived for a stored code marked SummaryChecked
// with a derivation under this kit's ruleset: its frame and body are read,
// the checks it passed when it arrived are not made again. Any other code
// is read by NewEntryDerived.
func StoredEntry(code string, added time.Time, d Derivation, checked int) (Entry, error) {
	return storedEntry(code, added, d, checked, nil)
}

// storedEntry is StoredEntry cutting the summary's slices from slabs.
func storedEntry(code string, added time.Time, d Derivation, checked int, slabs *summarySlabs) (Entry, error) {
	if checked == SummaryChecked && d.Ruleset == assessment.RulesetVersion {
		if body, version, why := wire.DecodeCode(code, 's', SummaryVersion); why == wire.OK {
			if s, ok := decodeSummaryBody(body, version, slabs); ok {
				return Entry{Code: code, Added: added, Summary: s, Derived: d, Flags: checkDerived(s, d)}, nil
			}
		}
	}
	return NewEntryDerived(code, added, d)
}

// OpenRecords reads the records of a registry's store. progress, when not
// nil, is called after every 50 ms or so of work with how many records
// were read of how many, so that the page can paint and say how far it
// is while a registry of an older form is read.
func OpenRecords(recs []StoredRecord, progress func(done, total int)) OpenedRegistry {
	var o OpenedRegistry
	codes := 0 // records of summary codes: an Entry is large, so the array is made to fit
	for _, r := range recs {
		if !IsDailyBundleKey(r.Key) {
			codes++
		}
	}
	o.Entries = make([]Entry, 0, codes)
	restore := map[string]bool{} // codes to store again
	slabs := &summarySlabs{}
	last := time.Now()
	for i, r := range recs {
		if progress != nil && i%100 == 99 && time.Since(last) > 50*time.Millisecond {
			progress(i, len(recs))
			last = time.Now()
		}
		o.read(r, slabs, restore)
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
	if len(o.old) > 0 {
		o.Histories = DailyFigures(o.Entries, o.DailyEntries())
	} else {
		var bad int
		o.Histories, bad = bundleHistories(o.Entries, o.bundles)
		o.Bad += bad
	}
	return o
}

// read reads one record into o, with the summaries' slices cut from slabs
// and the codes to store again marked in restore. It is a function called
// once a record, not the body of OpenRecords' loop: the browser compiles a
// function of WebAssembly fully once it has run a while, for its next
// calls, so that a loop of a function called once runs all along as first
// compiled, several times slower.
func (o *OpenedRegistry) read(r StoredRecord, slabs *summarySlabs, restore map[string]bool) {
	if IsDailyBundleKey(r.Key) {
		switch firm := strings.TrimPrefix(r.Key, "d:"); bundleVersion(r.Value) {
		case 3:
			o.bundles = append(o.bundles, r.Value)
		case 2: // read as those of version 3 are, and written again
			o.bundles = append(o.bundles, r.Value)
			o.OldBundles, o.oldTexts = append(o.OldBundles, firm), append(o.oldTexts, r.Value)
		case 1:
			var bad int
			o.old, bad, _ = appendDailyBundle(o.old, r.Value)
			o.Bad += bad
			o.OldBundles, o.oldTexts = append(o.OldBundles, firm), append(o.oldTexts, r.Value)
		default:
			o.Newer = append(o.Newer, firm)
			if o.kept == nil {
				o.kept = map[string]bool{}
			}
			o.kept[firm] = true
		}
		return
	}
	d, derived := ParseDerivation(r.Value)
	e, err := storedEntry(r.Key, r.Added, d, r.Checked, slabs)
	switch {
	case errors.Is(err, ErrSummaryTooNew):
		o.NewerCodes++
		return
	case err != nil:
		o.Bad++
		return
	}
	o.Entries = append(o.Entries, e)
	if e.Code != r.Key {
		o.Respelled = append(o.Respelled, r.Key)
	}
	if !derived || e.Derived != d || e.Code != r.Key || r.Checked != SummaryChecked {
		restore[e.Code] = true
	}
}
