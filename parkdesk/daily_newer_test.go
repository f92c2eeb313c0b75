package parkdesk

import (
	"errors"
	"slices"
	"testing"
	"time"
)

func TestBundleVersion(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int
	}{
		{"", 1},
		{"d1.AAAA\t5\td1|p|c|2026-02-18||1|0|0|0", 1},
		{"b2", 2},
		{"b2;=Name,,P1;2026-02-18,,1,0,0,0,5", 2},
		{"b3;=Name,,P1;k1x,,1,0,0,0,5", 3},
		{"b9", 9},
		{"b10;", 10},
		{"b", 0},
		{"bx;", 0},
		{"b02;", 0},
		{"b+3;", 0},
		{"b2x;2026-02-18", 0},
		{"{\"v\":3}", 0},
	} {
		if got := bundleVersion(tt.text); got != tt.want {
			t.Errorf("bundleVersion(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// testStore is a registry's store as the browser keeps it: records by
// key, given back in the order of their keys.
type testStore map[string]StoredRecord

func (s testStore) put(recs []StoredRecord) {
	for _, r := range recs {
		s[r.Key] = r
	}
}

// open reads the store as the registry screen does, and writes again what
// it asks to.
func (s testStore) open() *OpenedRegistry {
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	recs := make([]StoredRecord, len(keys))
	for i, k := range keys {
		recs[i] = s[k]
	}
	o := OpenRecords(recs, nil)
	s.put(o.Rewrites(time.Now()))
	return &o
}

// importBackup merges a backup into the store as the registry screen
// does, and returns how many daily reports it set aside.
func (s testStore) importBackup(t *testing.T, o *OpenedRegistry, data []byte) int {
	t.Helper()
	res, err := ImportBackup(o.Entries, data)
	if err != nil {
		t.Fatal(err)
	}
	s.put(EntryRecords(res.Changed))
	more, skipped := DecodeBackupDaily(data)
	if skipped != 0 {
		t.Fatalf("%d daily reports of the backup skipped", skipped)
	}
	_, recs, setAside := o.ImportDaily(res.Entries, o.DailyEntries(), more, time.Now())
	s.put(recs)
	return setAside
}

// A bundle of a form newer than the kit knows (version 9, also with
// lines that version 3 would read, and one of no form it can tell), and a
// summary code of a newer version, are kept as stored through everything
// the registry does: opening it (also when older bundles are moved), adding a
// daily report, backing up and importing, merging another phone's
// backup. The registry opens with everything else.
func TestNewerBundleKept(t *testing.T) {
	entries := synthEntries(t, 12)
	daily := synthDaily(t, entries)
	firm := FirmKey(entries[3].Summary)
	others := 0 // the other enterprises with reports
	for k := range GroupDaily(entries, daily) {
		if k != firm {
			others++
		}
	}
	ofFirm := 0 // the reports of firm
	for _, d := range daily {
		if DailyFirmKey(entries, d.Report) == firm {
			ofFirm++
		}
	}
	for _, text := range []string{
		"b9;=" + entries[3].Summary.Name + ",," + entries[3].Summary.PlanID + ";7d5,,1,0,0,0,5;1,,a,0,0,0,2s", // lines as version 3 writes them
		"b9",
		"b9;anything at all;;%",
		"v4\x00\xff",
	} {
		for _, form := range []int{3, 2, 1} {
			s := testStore{}
			s.put(storedRecords(entries, daily, form))
			key := DailyBundleKey(firm)
			kept := StoredRecord{Key: key, Added: time.UnixMilli(1771400000000), Value: text}
			s[key] = kept
			newerCode := StoredRecord{Key: "s3." + entries[5].Code[3:], Added: time.UnixMilli(1771400000000), Value: "2099.1|1|1|0", Checked: SummaryChecked}
			s[newerCode.Key] = newerCode
			unchanged := func(step string) {
				t.Helper()
				if got := s[key]; got.Value != kept.Value || !got.Added.Equal(kept.Added) || got.Checked != kept.Checked {
					t.Fatalf("%q, form %d, %s: the bundle became %q", text, form, step, got.Value)
				}
				if got := s[newerCode.Key]; got != newerCode {
					t.Fatalf("%q, form %d, %s: the summary code of a newer version became %+v", text, form, step, got)
				}
			}

			o := s.open()
			unchanged("opened")
			if !slices.Equal(o.Newer, []string{firm}) || o.Bad != 0 || o.NewerCodes != 1 || len(o.Entries) != len(entries) || len(o.Histories) != others {
				t.Fatalf("%q, form %d: newer %v, %d bad, %d newer codes, %d entries, %d histories; want [%s], 0, 1, %d, %d",
					text, form, o.Newer, o.Bad, o.NewerCodes, len(o.Entries), len(o.Histories), firm, len(entries), others)
			}
			if _, ok := o.Histories[firm]; ok || !o.Kept(firm) {
				t.Fatalf("%q: the history of %s is read", text, firm)
			}
			if form < 3 { // moved once: now of the current form, the newer bundle as it was
				o = s.open()
				unchanged("opened again")
				if len(o.OldBundles) != 0 || len(o.Restore) != 0 {
					t.Fatalf("%q: %d bundles, %d entries still to move", text, len(o.OldBundles), len(o.Restore))
				}
			}

			// A daily report for that enterprise is refused; for another, stored.
			have := o.DailyEntries()
			e := dailyAt(t, DailyReport{Name: entries[3].Summary.Name, CreditCode: entries[3].Summary.CreditCode,
				PlanID: entries[3].Summary.PlanID, Date: "2026-03-03", OnSite: 1}, time.Now())
			got, _, recs, err := o.AddDaily(have, e, "2026-03-03", time.Now())
			if !errors.Is(err, ErrHistoryNewer) || len(recs) != 0 || len(got) != len(have) {
				t.Fatalf("%q: adding a report for %s: error %v, %d records, %d reports; want ErrHistoryNewer, 0, %d",
					text, firm, err, len(recs), len(got), len(have))
			}
			e.Report.Name, e.Report.CreditCode, e.Report.PlanID = entries[4].Summary.Name, entries[4].Summary.CreditCode, entries[4].Summary.PlanID
			e = dailyAt(t, e.Report, time.Now())
			got, res, recs, err := o.AddDaily(have, e, "2026-03-03", time.Now())
			if err != nil || res != DailyAdded || len(recs) != 1 || len(got) != len(have)+1 {
				t.Fatalf("%q: adding a report for another: %v, %v, %d records", text, err, res, len(recs))
			}
			s.put(recs)
			unchanged("a report added")

			// Backed up and imported again; another phone's backup, holding
			// reports of that enterprise, merged.
			o = s.open()
			backup, err := EncodeRegistryBackup(o.Entries, o.DailyEntries())
			if err != nil {
				t.Fatal(err)
			}
			if n := s.importBackup(t, o, backup); n != 0 {
				t.Errorf("%q: importing its own backup set %d reports aside", text, n)
			}
			unchanged("its backup imported")
			other, err := EncodeRegistryBackup(entries, daily)
			if err != nil {
				t.Fatal(err)
			}
			if n := s.importBackup(t, s.open(), other); n != ofFirm {
				t.Errorf("%q: merging another backup set %d reports aside, want %d", text, n, ofFirm)
			}
			unchanged("another backup merged")
			if o = s.open(); !slices.Equal(o.Newer, []string{firm}) || len(o.DailyEntries()) != len(daily)-ofFirm+1 {
				t.Errorf("%q: at last newer %v, %d reports; want [%s], %d", text, o.Newer, len(o.DailyEntries()), firm, len(daily)-ofFirm+1)
			}
			unchanged("opened at last")
		}
	}
}
