package parkdesk

import (
	"slices"
	"testing"
	"time"
)

// storedRecords are the records a registry's store holds for entries and
// daily: of this kit (checked codes, bundles of version 2) or, when old,
// as kits stored them before (codes not marked checked, bundles of
// version 1).
func storedRecords(entries []Entry, daily []DailyEntry, old bool) []StoredRecord {
	recs := make([]StoredRecord, 0, 2*len(entries))
	for _, e := range entries {
		r := StoredRecord{Key: e.Code, Added: e.Added, Value: e.Derived.String(), Checked: SummaryChecked}
		if old {
			r.Checked = 0
		}
		recs = append(recs, r)
	}
	for key, g := range GroupDaily(entries, daily) {
		text := DailyBundle(g)
		if old {
			text = dailyBundleV1(g)
		}
		recs = append(recs, StoredRecord{Key: DailyBundleKey(key), Added: time.Now(), Value: text})
	}
	return recs
}

func TestOpenRecords(t *testing.T) {
	entries := synthEntries(t, 40)
	daily := synthDaily(t, entries)
	for _, old := range []bool{false, true} {
		o := OpenRecords(storedRecords(entries, daily, old), nil)
		back := o.DailyEntries()
		if len(o.Entries) != len(entries) || len(back) != len(daily) || o.Bad != 0 || len(o.Respelled) != 0 {
			t.Fatalf("old %v: %d entries, %d reports, %d bad, %d respelled; want %d, %d, 0, 0",
				old, len(o.Entries), len(back), o.Bad, len(o.Respelled), len(entries), len(daily))
		}
		for i, e := range o.Entries {
			if e.Code != entries[i].Code || !e.Added.Equal(entries[i].Added) || e.Derived != entries[i].Derived || len(e.Flags) != len(entries[i].Flags) {
				t.Errorf("old %v: entry %d = %v, want %v", old, i, e, entries[i])
			}
		}
		held, _ := MergeDaily(daily, nil)
		if _, n := MergeDaily(held, back); n != 0 {
			t.Errorf("old %v: %d reports read back are not those stored", old, n)
		}
		want := historyFigures(DailyHistories(entries, daily))
		if len(o.Histories) != len(want) {
			t.Errorf("old %v: %d histories, want %d", old, len(o.Histories), len(want))
		}
		for key, h := range want {
			if got := o.Histories[key]; !slices.Equal(got, h) {
				t.Errorf("old %v: history of %s = %v, want %v", old, key, got, h)
			}
		}
		restore, bundles := 0, 0
		if old {
			restore, bundles = len(entries), len(entries)
		}
		if len(o.Restore) != restore || len(o.OldBundles) != bundles {
			t.Errorf("old %v: %d entries to store again, %d bundles to write again; want %d, %d", old, len(o.Restore), len(o.OldBundles), restore, bundles)
		}
	}
}

// An enterprise's reports kept in several bundles, the later days in the
// first, and a day reported again later in another bundle, open as the
// same history as from the reports themselves.
func TestOpenRecordsSeveralBundles(t *testing.T) {
	entries := synthEntries(t, 6)
	daily := synthDaily(t, entries)
	recs := EntryRecords(entries)
	for key, g := range GroupDaily(entries, daily) {
		again := g[0]
		again.Report.OnSite++
		again.Added = again.Added.Add(time.Hour)
		daily = append(daily, again)
		half := len(g) / 2
		for i, part := range [][]DailyEntry{g[half:], g[:half], {again}} {
			recs = append(recs, StoredRecord{Key: DailyBundleKey(key) + string(rune('a'+i)), Value: DailyBundle(part)})
		}
	}
	o := OpenRecords(recs, nil)
	want := historyFigures(DailyHistories(entries, daily))
	if o.Bad != 0 || len(o.Histories) != len(want) {
		t.Fatalf("%d bad, %d histories; want 0, %d", o.Bad, len(o.Histories), len(want))
	}
	for key, h := range want {
		if got := o.Histories[key]; !slices.Equal(got, h) {
			t.Errorf("history of %s = %v, want %v", key, got, h)
		}
	}
}

// A record marked checked is read without the checks, but one that no
// longer reads so (another ruleset, a broken code) is checked as before.
func TestStoredEntry(t *testing.T) {
	e := synthEntries(t, 1)[0]
	other := e.Derived
	other.Ruleset = "2019.1"
	for _, tt := range []struct {
		name    string
		code    string
		d       Derivation
		checked int
		ok      bool
	}{
		{"checked", e.Code, e.Derived, SummaryChecked, true},
		{"not checked", e.Code, e.Derived, 0, true},
		{"derived under other rules", e.Code, other, SummaryChecked, true},
		{"broken", e.Code[:40], e.Derived, SummaryChecked, false},
	} {
		got, err := StoredEntry(tt.code, e.Added, tt.d, tt.checked)
		if (err == nil) != tt.ok {
			t.Errorf("%s: error %v", tt.name, err)
			continue
		}
		if tt.ok && (got.Code != e.Code || got.Derived != e.Derived || got.Summary.Name != e.Summary.Name) {
			t.Errorf("%s: got %v, want %v", tt.name, got, e)
		}
	}
}

// BenchmarkOpenRecords5000x30 reads a registry of 5,000 enterprises with
// 30 days of reports from its store, as the registry screen does when it
// opens, and works out the histories and the picture;
// BenchmarkOpenRecords5000x30Old reads one kept in the form kits stored
// before, as the first opening does.
func BenchmarkOpenRecords5000x30(b *testing.B) { benchOpenRecords(b, false) }

func BenchmarkOpenRecords5000x30Old(b *testing.B) { benchOpenRecords(b, true) }

func benchOpenRecords(b *testing.B, old bool) {
	entries := synthEntries(b, 5000)
	recs := storedRecords(entries, synthDaily(b, entries), old)
	for b.Loop() {
		o := OpenRecords(recs, nil)
		all := make([]int, len(o.Entries))
		for i := range all {
			all[i] = i
		}
		Rates(FirmsOf(o.Entries, all, o.Histories), "2026-02-25", handDates)
	}
}
