package assessment

import (
	"testing"
)

func TestDailyRecord(t *testing.T) {
	d := sampleDaily
	d.Name = "" // not kept
	back, ok := ParseDailyRecord(d.Record())
	if !ok || back != d {
		t.Fatalf("ParseDailyRecord(%q) = %+v, %v", d.Record(), back, ok)
	}
	code, err := EncodeDaily(sampleDaily)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		record   string
		wantName string // the name is there only when the code was decoded
	}{
		{"record reads", d.Record(), ""},
		{"no record: the code is decoded", "", sampleDaily.Name},
		{"an older or broken record: the code is decoded", "d1|1A2B3C4D||2026-02-30||1|0|0|0", sampleDaily.Name},
		{"negative count", "d1|1A2B3C4D||2026-02-18||-1|0|0|0", sampleDaily.Name},
		{"another version", "d2|1A2B3C4D||2026-02-18||1|0|0|0", sampleDaily.Name},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := DailyEntryFromRecord(code, timeAt(0), tt.record)
			if err != nil {
				t.Fatal(err)
			}
			if e.Report.Name != tt.wantName || e.Report.OnSite != sampleDaily.OnSite {
				t.Errorf("got %+v", e.Report)
			}
		})
	}
	if _, err := DailyEntryFromRecord("d1.broken", timeAt(0), ""); err == nil {
		t.Error("a broken code with no record was accepted")
	}
}

func TestDailyBundle(t *testing.T) {
	entries := synthEntries(t, 2)
	s0, s1 := entries[0].Summary, entries[1].Summary
	daily := []DailyEntry{
		dailyAt(t, reportFor(s0, "2026-02-17", 10), timeAt(1)),
		dailyAt(t, reportFor(s0, "2026-02-18", 12), timeAt(2)),
		dailyAt(t, reportFor(s1, "2026-02-18", 3), timeAt(3)),
		dailyAt(t, DailyReport{PlanID: "0BADC0DE", Date: "2026-02-18"}, timeAt(4)), // no such enterprise
	}
	groups := GroupDaily(entries, daily)
	if len(groups) != 2 || len(groups[FirmKey(s0)]) != 2 || len(groups[FirmKey(s1)]) != 1 {
		t.Fatalf("groups = %v", groups)
	}
	text := DailyBundle(groups[FirmKey(s0)])
	back, bad := ParseDailyBundle(text + "\nbroken line\nd1.x\tnot a time\t\nd1.broken\t5\t")
	if bad != 3 || len(back) != 2 {
		t.Fatalf("ParseDailyBundle: %d reports, %d bad; want 2, 3", len(back), bad)
	}
	for i, d := range back {
		want := groups[FirmKey(s0)][i]
		if d.Code != want.Code || !d.Added.Equal(want.Added) || d.Report.Counts() != want.Report.Counts() || d.Report.Date != want.Report.Date {
			t.Errorf("report %d = %+v, want %+v", i, d, want)
		}
	}
	if !IsDailyBundleKey(DailyBundleKey(FirmKey(s0))) || IsDailyBundleKey("d1.abc") {
		t.Error("IsDailyBundleKey")
	}
}
