package parkdesk

import (
	"slices"
	"testing"
	"time"
)

// storedRecords are the records a registry's store holds for entries and
// daily, with bundles of version form: of this kit (3: checked codes) or
// as kits stored them before (2: checked codes; 1: codes not marked
// checked).
func storedRecords(entries []Entry, daily []DailyEntry, form int) []StoredRecord {
	recs := make([]StoredRecord, 0, 2*len(entries))
	for _, e := range entries {
		r := StoredRecord{Key: e.Code, Added: e.Added, Value: e.Derived.String(), Checked: SummaryChecked}
		if form == 1 {
			r.Checked = 0
		}
		recs = append(recs, r)
	}
	for key, g := range GroupDaily(entries, daily) {
		text := DailyBundle(g)
		switch form {
		case 2:
			text = writeBundleV2(g)
		case 1:
			text = dailyBundleV1(g)
		}
		recs = append(recs, StoredRecord{Key: DailyBundleKey(key), Added: time.Now(), Value: text})
	}
	return recs
}

// storedSize is the length of the texts of recs: what the store keeps
// and the browser reads when the registry opens.
func storedSize(recs []StoredRecord) int {
	n := 0
	for _, r := range recs {
		n += len(r.Key) + len(r.Value)
	}
	return n
}

func TestOpenRecords(t *testing.T) {
	entries := synthEntries(t, 40)
	daily := synthDaily(t, entries)
	for _, form := range []int{3, 2, 1} {
		s := testStore{}
		s.put(storedRecords(entries, daily, form))
		o := s.open()
		back := o.DailyEntries()
		if len(o.Entries) != len(entries) || len(back) != len(daily) || o.Bad != 0 || len(o.Respelled) != 0 {
			t.Fatalf("form %d: %d entries, %d reports, %d bad, %d respelled; want %d, %d, 0, 0",
				form, len(o.Entries), len(back), o.Bad, len(o.Respelled), len(entries), len(daily))
		}
		byCode := make(map[string]Entry, len(entries))
		for _, e := range entries {
			byCode[e.Code] = e
		}
		for _, e := range o.Entries {
			if w := byCode[e.Code]; e.Code != w.Code || !e.Added.Equal(w.Added) || e.Derived != w.Derived || len(e.Flags) != len(w.Flags) {
				t.Errorf("form %d: entry %v, want %v", form, e, w)
			}
		}
		held, _ := MergeDaily(daily, nil)
		if _, n := MergeDaily(held, back); n != 0 {
			t.Errorf("form %d: %d reports read back are not those stored", form, n)
		}
		want := historyFigures(DailyHistories(entries, daily))
		if len(o.Histories) != len(want) {
			t.Errorf("form %d: %d histories, want %d", form, len(o.Histories), len(want))
		}
		for key, h := range want {
			if got := o.Histories[key]; !slices.Equal(got, h) {
				t.Errorf("form %d: history of %s = %v, want %v", form, key, got, h)
			}
		}
		restore, bundles := 0, 0
		if form < 3 {
			bundles = len(entries)
		}
		if form == 1 {
			restore = len(entries)
		}
		if len(o.Restore) != restore || len(o.OldBundles) != bundles {
			t.Errorf("form %d: %d entries to store again, %d bundles to write again; want %d, %d", form, len(o.Restore), len(o.OldBundles), restore, bundles)
		}
		// Written again once: the store now holds this kit's form, which
		// reads back the same.
		for k, r := range s {
			if IsDailyBundleKey(k) && bundleVersion(r.Value) != 3 {
				t.Fatalf("form %d: after the open, %s is of version %d", form, k, bundleVersion(r.Value))
			}
		}
		again := s.open()
		if len(again.OldBundles) != 0 || len(again.Restore) != 0 || again.Bad != 0 {
			t.Errorf("form %d, opened again: %d bundles, %d entries to write again, %d bad", form, len(again.OldBundles), len(again.Restore), again.Bad)
		}
		if _, n := MergeDaily(held, again.DailyEntries()); n != 0 || len(again.DailyEntries()) != len(daily) {
			t.Errorf("form %d, opened again: %d reports, %d not those stored", form, len(again.DailyEntries()), n)
		}
		for key, h := range want {
			if got := again.Histories[key]; !slices.Equal(got, h) {
				t.Errorf("form %d, opened again: history of %s = %v, want %v", form, key, got, h)
			}
		}
	}
}

// The bundle of an enterprise deleted from the registry, of an older
// form, is written again in the current one with its reports: it is read
// as older once, not at every open.
func TestOpenRecordsDeletedFirm(t *testing.T) {
	entries := synthEntries(t, 4)
	daily := synthDaily(t, entries)
	for _, form := range []int{2, 1} {
		s := testStore{}
		s.put(storedRecords(entries, daily, form))
		delete(s, entries[1].Code)
		if o := s.open(); len(o.OldBundles) != len(entries) || len(o.DailyEntries()) != len(daily) {
			t.Fatalf("form %d: %d bundles to write again, %d reports; want %d, %d", form, len(o.OldBundles), len(o.DailyEntries()), len(entries), len(daily))
		}
		o := s.open()
		if len(o.OldBundles) != 0 || len(o.DailyEntries()) != len(daily) || len(o.Histories) != len(entries)-1 {
			t.Errorf("form %d, opened again: %d bundles to write again, %d reports, %d histories; want 0, %d, %d",
				form, len(o.OldBundles), len(o.DailyEntries()), len(o.Histories), len(daily), len(entries)-1)
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
// BenchmarkOpenRecords5000x30V2 and BenchmarkOpenRecords5000x30Old read
// one kept in the forms kits stored before (bundles of version 2, and of
// version 1 with codes not marked checked), as the first opening does.
// Each reports the length of the store's texts (stored-chars).
func BenchmarkOpenRecords5000x30(b *testing.B) { benchOpenRecords(b, 3) }

func BenchmarkOpenRecords5000x30V2(b *testing.B) { benchOpenRecords(b, 2) }

func BenchmarkOpenRecords5000x30Old(b *testing.B) { benchOpenRecords(b, 1) }

func benchOpenRecords(b *testing.B, form int) {
	entries := synthEntries(b, 5000)
	recs := storedRecords(entries, synthDaily(b, entries), form)
	for b.Loop() {
		o := OpenRecords(recs, nil)
		all := make([]int, len(o.Entries))
		for i := range all {
			all[i] = i
		}
		Rates(FirmsOf(o.Entries, all, o.Histories), "2026-02-25", handDates)
	}
	b.ReportMetric(float64(storedSize(recs)), "stored-chars")
}
