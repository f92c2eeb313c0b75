package parkdesk

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestDailyBundle(t *testing.T) {
	entries := synthEntries(t, 2)
	s0, s1 := entries[0].Summary, entries[1].Summary
	renamed := reportFor(s0, "2026-02-19", 14)
	renamed.Name = "新临沂机械;100%,一厂" // renamed since: a line says whom the reports are from; its marks are escaped
	daily := []DailyEntry{
		dailyAt(t, reportFor(s0, "2026-02-17", 10), timeAt(1)),
		dailyAt(t, DailyReport{Name: s0.Name, CreditCode: s0.CreditCode, PlanID: s0.PlanID, Date: "2026-02-18", BatchDate: "2026-02-17",
			OnSite: 12, Quarantine: 3, AbnormalTemp: 1, NewCases: 2}, timeAt(2)),
		dailyAt(t, renamed, timeAt(3)),
		dailyAt(t, reportFor(s1, "2026-02-18", 3), timeAt(3)),
		dailyAt(t, DailyReport{PlanID: "0BADC0DE", Date: "2026-02-18"}, timeAt(4)), // no such enterprise
	}
	groups := GroupDaily(entries, daily)
	if len(groups) != 2 || len(groups[FirmKey(s0)]) != 3 || len(groups[FirmKey(s1)]) != 1 {
		t.Fatalf("groups = %v", groups)
	}
	text := DailyBundle(groups[FirmKey(s0)])
	if strings.Contains(text, "d1.") {
		t.Errorf("a bundle keeps the codes:\n%s", text)
	}
	if strings.ContainsAny(text, "\n\t\"\\") {
		t.Errorf("a bundle holds what JSON escapes:\n%s", text)
	}
	// Lines that do not read, each counted, after which the last reads.
	back, bad, old := ParseDailyBundle(text + ";broken line;1,,1,0,0,0;1,,1,0,0,0,5,6;1,,-1,0,0,0,5;1,,1,0,0,lflt,5;" +
		"1,,1,0,0,0,Never;1,,1,0,0,0,;1,-zzzzzz,1,0,0,0,5;zzzzz,,1,0,0,0,5;-zzzz,,1,0,0,0,5;1,,1,0,0,0,1y2p0ij32e8e80;" +
		"2026-02-20,,1,0,0,0,5;=only a name;1,,1,0,0,0,5;=" + s1.Name + "," + s1.CreditCode + "," + s1.PlanID + ";1,,7,0,0,0,5")
	if bad != 14 || old || len(back) != 4 {
		t.Fatalf("ParseDailyBundle: %d reports, %d bad, old %v; want 4, 14, false", len(back), bad, old)
	}
	for i, d := range back[:3] {
		want := groups[FirmKey(s0)][i]
		if d.Report != want.Report || !d.Added.Equal(want.Added) || d.DailyCode() != want.Code {
			t.Errorf("report %d = %+v, want %+v", i, d, want)
		}
	}
	if last := back[3]; last.Report.PlanID != s1.PlanID || last.Report.Date != "2026-02-20" || last.Report.OnSite != 7 ||
		!last.Added.Equal(groups[FirmKey(s0)][2].Added.Add(5*time.Millisecond)) {
		t.Errorf("the report after the lines that do not read = %+v at %v, want one of 2026-02-20 from %s", last.Report, last.Added, s1.PlanID)
	}
	if _, bad, _ := ParseDailyBundle(dailyBundleV3 + ";1,,1,0,0,0,5"); bad != 1 {
		t.Errorf("a report before any line naming its enterprise: %d bad, want 1", bad)
	}
	if back, bad, old := ParseDailyBundle(dailyBundleV3); len(back) != 0 || bad != 0 || old {
		t.Errorf("a bundle of no report: %d reports, %d bad, old %v", len(back), bad, old)
	}
	if !IsDailyBundleKey(DailyBundleKey(FirmKey(s0))) || IsDailyBundleKey("d1.abc") {
		t.Error("IsDailyBundleKey")
	}
}

// writeBundleV2 writes daily as kits wrote a bundle's text of version 2.
func writeBundleV2(daily []DailyEntry) string {
	b := []byte(dailyBundleV2)
	for i := range daily {
		r := &daily[i].Report
		if p := &daily[max(i-1, 0)].Report; i == 0 || r.Name != p.Name || r.CreditCode != p.CreditCode || r.PlanID != p.PlanID {
			b = appendBundleFrom(b, r)
		}
		b = append(b, bundleLineEnd)
		b = append(b, r.Date+","+r.BatchDate...)
		for _, n := range [...]int{r.OnSite, r.Quarantine, r.AbnormalTemp, r.NewCases} {
			b = strconv.AppendInt(append(b, bundleSep), int64(n), 10)
		}
		b = strconv.AppendInt(append(b, bundleSep), daily[i].Added.UnixMilli(), 10)
	}
	return string(b)
}

func TestDailyBundleV2(t *testing.T) {
	s := synthEntries(t, 1)[0].Summary
	daily := []DailyEntry{
		dailyAt(t, reportFor(s, "2026-02-17", 10), timeAt(1)),
		dailyAt(t, DailyReport{Name: s.Name, CreditCode: s.CreditCode, PlanID: s.PlanID, Date: "2026-02-18", BatchDate: "2026-02-17",
			OnSite: 12, Quarantine: 3, AbnormalTemp: 1, NewCases: 2}, timeAt(2)),
	}
	back, bad, old := ParseDailyBundle(writeBundleV2(daily) + ";broken line;2026-02-30,,1,0,0,0,5;2026-02-20,,-1,0,0,0,5;" +
		"2026-02-20,,1,0,0,0,never;2026-02-20,,1,0,0,0;2026-02-20,,1,0,0,0,5,6;2026-02-20,,1,0,0,1000001,5;2026-02-20,2026-13-01,1,0,0,0,5;=only a name")
	if bad != 9 || !old || len(back) != 2 {
		t.Fatalf("ParseDailyBundle: %d reports, %d bad, old %v; want 2, 9, true", len(back), bad, old)
	}
	for i, d := range back {
		if d.Report != daily[i].Report || !d.Added.Equal(daily[i].Added) || d.DailyCode() != daily[i].Code {
			t.Errorf("report %d = %+v, want %+v", i, d, daily[i])
		}
	}
	if _, bad, _ := ParseDailyBundle(dailyBundleV2 + ";2026-02-18,,1,0,0,0,5"); bad != 1 {
		t.Errorf("a report before any line naming its enterprise: %d bad, want 1", bad)
	}
	if back, bad, old := ParseDailyBundle(dailyBundleV2); len(back) != 0 || bad != 0 || !old {
		t.Errorf("a bundle of no report: %d reports, %d bad, old %v; want 0, 0, true", len(back), bad, old)
	}
}

// dailyBundleV1 writes daily as kits wrote a bundle before version 2: a
// line a report, its code, when it arrived and a record string.
func dailyBundleV1(daily []DailyEntry) string {
	lines := make([]string, len(daily))
	for i, d := range daily {
		r := d.Report
		lines[i] = strings.Join([]string{d.Code, strconv.FormatInt(d.Added.UnixMilli(), 10),
			"d1|" + r.PlanID + "|" + r.CreditCode + "|" + r.Date + "|" + r.BatchDate + "|" + strconv.Itoa(r.OnSite) + "|0|0|0"}, "\t")
	}
	return strings.Join(lines, "\n")
}

func TestDailyBundleV1(t *testing.T) {
	s := synthEntries(t, 1)[0].Summary
	daily := []DailyEntry{dailyAt(t, reportFor(s, "2026-02-17", 10), timeAt(1)), dailyAt(t, reportFor(s, "2026-02-18", 12), timeAt(2))}
	back, bad, old := ParseDailyBundle(dailyBundleV1(daily) + "\nbroken line\nd1.x\tnot a time\t\nd1.broken\t5\t")
	if bad != 3 || !old || len(back) != 2 {
		t.Fatalf("ParseDailyBundle: %d reports, %d bad, old %v; want 2, 3, true", len(back), bad, old)
	}
	for i, d := range back {
		if d.Report != daily[i].Report || d.Code != daily[i].Code || !d.Added.Equal(daily[i].Added) {
			t.Errorf("report %d = %+v, want %+v", i, d, daily[i])
		}
	}
}
