package parkdesk

import (
	"testing"
	"time"
)

// synthDaily is 30 days of reports, 2026-02-01 to 03-02, for every entry:
// each enterprise starts reporting on a day of its own and brings back a
// share of its staff that grows day by day.
func synthDaily(t testing.TB, entries []Entry) []DailyEntry {
	t.Helper()
	start := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	out := make([]DailyEntry, 0, len(entries)*30)
	for i, e := range entries {
		s := e.Summary
		for day := i % 10; day < 30; day++ {
			d := DailyReport{Name: s.Name, CreditCode: s.CreditCode, PlanID: s.PlanID,
				Date: start.AddDate(0, 0, day).Format(time.DateOnly), OnSite: s.Staff.Total * min(day, 20) / 20,
				Quarantine: i % 3, AbnormalTemp: boolInt(i%97 == day), NewCases: boolInt(i%499 == day)}
			out = append(out, dailyAt(t, d, start.AddDate(0, 0, day).Add(time.Duration(i)*time.Second)))
		}
	}
	return out
}

// BenchmarkRates5000x30Open groups a registry of 5,000 enterprises with 30
// days of reports and draws its picture, as the dashboard does when it
// opens: from the entries and histories the store's records read as
// (OpenRecords, not timed: BenchmarkOpenRecords5000x30 times it);
// BenchmarkRates5000x30Refilter draws it again from the grouped firms, as
// it does on each filter.
func BenchmarkRates5000x30Open(b *testing.B) {
	entries := synthEntries(b, 5000)
	o := OpenRecords(storedRecords(entries, synthDaily(b, entries), 3), nil)
	all := make([]int, len(o.Entries))
	for i := range all {
		all[i] = i
	}
	for b.Loop() {
		Rates(FirmsOf(o.Entries, all, o.Histories), "2026-02-25", handDates)
	}
}

func BenchmarkRates5000x30Refilter(b *testing.B) {
	entries := synthEntries(b, 5000)
	firms := Firms(entries, synthDaily(b, entries))
	for b.Loop() {
		Rates(firms, "2026-02-25", handDates)
	}
}

// BenchmarkDecodeDaily reads one daily code, as loading a registry does
// for each of its reports.
func BenchmarkDecodeDaily(b *testing.B) {
	code, err := EncodeDaily(sampleDaily)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := DecodeDaily(code); err != nil {
			b.Fatal(err)
		}
	}
}
