package parkdesk

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// storedV3 is a bundle's text of version 3 as this release writes it,
// worked out by hand: phones keep it, and every later release must read
// it as storedV3Reports.
const storedV3 = "b3;=甲厂%25%3B%2C,,1A2B3C4D;7d5,-1,c,0,1,0,mlrptnnk;-1,,lfls,z,0,0,1aao;=乙,,BBBB0000;-1q7,mjn,0,0,0,0,-rs"

// storedV3Reports are the reports of storedV3.
var storedV3Reports = []DailyEntry{
	{Added: time.UnixMilli(1771400000000), Report: DailyReport{Name: "甲厂%;,", PlanID: "1A2B3C4D", Date: "2026-02-18", BatchDate: "2026-02-17",
		OnSite: 12, AbnormalTemp: 1}},
	{Added: time.UnixMilli(1771400060000), Report: DailyReport{Name: "甲厂%;,", PlanID: "1A2B3C4D", Date: "2026-02-17",
		OnSite: MaxDailyCount, Quarantine: 35}},
	{Added: time.UnixMilli(1771400059000), Report: DailyReport{Name: "乙", PlanID: "BBBB0000", Date: "2020-01-01", BatchDate: "2099-12-31"}},
}

func TestDailyBundleV3Stored(t *testing.T) {
	if got := DailyBundle(storedV3Reports); got != storedV3 {
		t.Errorf("DailyBundle = %q, want %q", got, storedV3)
	}
	back, bad, old := ParseDailyBundle(storedV3)
	if bad != 0 || old || len(back) != len(storedV3Reports) {
		t.Fatalf("ParseDailyBundle: %d reports, %d bad, old %v; want %d, 0, false", len(back), bad, old, len(storedV3Reports))
	}
	for i, d := range back {
		if want := storedV3Reports[i]; d.Report != want.Report || !d.Added.Equal(want.Added) {
			t.Errorf("report %d = %+v at %v, want %+v at %v", i, d.Report, d.Added, want.Report, want.Added)
		}
	}
}

// A bundle written by DailyBundle reads back exactly: days corrected
// (reported again, arrived later), out of order, of several enterprises
// in turn; figures of zero and the largest; the first and last dates a
// code carries; arrivals out of order and at the ends of time.
func TestDailyBundleV3RoundTrip(t *testing.T) {
	entries := synthEntries(t, 2)
	s0, s1 := entries[0].Summary, entries[1].Summary
	full := func(s Summary, date, batch string, n, q, a, c int) DailyReport {
		return DailyReport{Name: s.Name, CreditCode: s.CreditCode, PlanID: s.PlanID, Date: date, BatchDate: batch,
			OnSite: n, Quarantine: q, AbnormalTemp: a, NewCases: c}
	}
	big := MaxDailyCount
	daily := []DailyEntry{
		dailyAt(t, full(s0, "2026-02-18", "2026-02-17", 12, 3, 1, 2), timeAt(10)),
		dailyAt(t, full(s0, "2026-02-18", "2026-02-17", 14, 3, 0, 0), timeAt(30)), // the day corrected
		dailyAt(t, full(s0, "2026-02-16", "2026-02-20", 0, 0, 0, 0), timeAt(20)),  // an earlier day, arrived before the correction
		dailyAt(t, full(s1, "2026-02-16", "", big, big, big, big), timeAt(5)),     // another enterprise
		dailyAt(t, full(s0, "2026-03-01", "2026-02-17", 1, 0, 0, 0), timeAt(40)),  // back to the first
		dailyAt(t, full(s1, "2020-01-01", "2099-12-31", 7, 0, 0, 0), time.Time{}),
		dailyAt(t, full(s1, "2099-12-31", "2020-01-01", 8, 0, 0, 0), time.UnixMilli(math.MaxInt64)),
		dailyAt(t, full(s1, "2099-12-31", "", 9, 0, 0, 0), time.UnixMilli(math.MinInt64)),
		dailyAt(t, full(s1, "2026-02-18", "", 10, 0, 0, 0), time.Date(2026, 2, 18, 9, 0, 0, 999_999_999, time.FixedZone("CST", 8*3600))),
	}
	text := DailyBundle(daily)
	if strings.ContainsAny(text, "\n\t\"\\") {
		t.Errorf("a bundle holds what JSON escapes:\n%s", text)
	}
	back, bad, old := ParseDailyBundle(text)
	if bad != 0 || old || len(back) != len(daily) {
		t.Fatalf("ParseDailyBundle: %d reports, %d bad, old %v; want %d, 0, false", len(back), bad, old, len(daily))
	}
	for i, d := range back {
		want := daily[i]
		if d.Report != want.Report || d.Added.UnixMilli() != want.Added.UnixMilli() || d.DailyCode() != want.Code {
			t.Errorf("report %d = %+v at %v, want %+v at %v", i, d.Report, d.Added, want.Report, want.Added)
		}
	}
	if again := DailyBundle(back); again != text {
		t.Errorf("written again:\n%s\nwant\n%s", again, text)
	}

	// The histories read straight from the text are those of the reports.
	hist, bad := bundleHistories(entries, []string{text})
	want := DailyFigures(entries, daily)
	if bad != 0 || len(hist) != len(want) {
		t.Fatalf("bundleHistories: %d histories, %d bad; want %d, 0", len(hist), bad, len(want))
	}
	for key, h := range want {
		if got := hist[key]; !slices.Equal(got, h) {
			t.Errorf("history of %s = %v, want %v", key, got, h)
		}
	}
}

// A report no daily code carries is left out of a bundle, and those
// after it read back as they were.
func TestDailyBundleV3LeavesOut(t *testing.T) {
	s := synthEntries(t, 1)[0].Summary
	good := []DailyEntry{dailyAt(t, reportFor(s, "2026-02-17", 10), timeAt(1)), dailyAt(t, reportFor(s, "2026-02-19", 11), timeAt(3))}
	for _, r := range []DailyReport{
		reportFor(s, "2019-12-31", 1), reportFor(s, "2026-02-30", 1), reportFor(s, "", 1),
		{Name: s.Name, PlanID: s.PlanID, Date: "2026-02-18", BatchDate: "someday"},
		reportFor(s, "2026-02-18", -1), reportFor(s, "2026-02-18", MaxDailyCount+1),
		{Name: s.Name, Date: "2026-02-18"},
	} {
		daily := []DailyEntry{good[0], {Added: timeAt(2), Report: r}, good[1]}
		back, bad, _ := ParseDailyBundle(DailyBundle(daily))
		if bad != 0 || len(back) != 2 || back[0].Report != good[0].Report || back[1].Report != good[1].Report || !back[1].Added.Equal(good[1].Added) {
			t.Errorf("with %+v between: read back %+v, %d bad; want the two others", r, back, bad)
		}
	}
}

// Every int64 reads back as strconv.FormatInt writes it in base 36, in
// any field of a line of figures; what it does not write is refused.
func TestScanBundleInts(t *testing.T) {
	for _, n := range []int64{0, 1, -1, 35, 36, -36, 1771400000000, math.MaxInt64, math.MinInt64, math.MaxInt64 / 36, math.MinInt64 + 1} {
		s := strconv.FormatInt(n, 36)
		line := strings.Join([]string{s, s, s, s, s, s, s}, ",") + ";next"
		got, batch, end, ok := scanBundleInts(line)
		if !ok || !batch || got != [7]int64{n, n, n, n, n, n, n} || line[end:] != ";next" {
			t.Errorf("scanBundleInts(%q) = %v, %v, %d, %v; want %d in each field", line, got, batch, end, ok, n)
		}
	}
	if got, batch, _, ok := scanBundleInts("1,,2,3,4,5,6"); !ok || batch || got != [7]int64{1, 0, 2, 3, 4, 5, 6} {
		t.Errorf("with no batch day: %v, %v, %v", got, batch, ok)
	}
	for _, s := range []string{"", "-", "+1", "A", "1 ", "1.5", "--1", "1y2p0ij32e8e8", "-1y2p0ij32e8e9", "zzzzzzzzzzzzz", "1000000000000000"} {
		line := "0,,0,0,0,0," + s
		if got, _, _, ok := scanBundleInts(line); ok {
			t.Errorf("scanBundleInts(%q) = %v, want it refused", line, got)
		}
	}
	for _, line := range []string{"0,,0,0,0,0", "0,,0,0,0,0,0,0", "0,0,0,0,0,0,0X", ",,0,0,0,0,0", "0;,,0,0,0,0,0"} {
		if got, _, _, ok := scanBundleInts(line); ok {
			t.Errorf("scanBundleInts(%q) = %v, want it refused", line, got)
		}
	}
}

// FuzzDailyBundle checks that no text makes the readers of a bundle panic
// (ParseDailyBundle, and bundleHistories for versions 3 and 2); that what
// they read is written (DailyBundle) and read back the same, nothing bad,
// and written again the same; and that the histories read straight from
// a text are those of its reports.
func FuzzDailyBundle(f *testing.F) {
	entries := synthEntries(f, 3)
	daily := synthDaily(f, entries)[:40]
	f.Add(storedV3)
	f.Add(DailyBundle(daily))
	f.Add(writeBundleV2(daily))
	f.Add(dailyBundleV1(daily[:3]))
	for _, s := range []string{"b3", "b3;", "b3;;", "b2", "b9;7d5,,1,0,0,0,5", "b3;=;", "b3;=,,P;0,,0,0,0,0,0", "b3;=,,P;7d5,,-1,0,0,0,5",
		"b3;=,,P;7d5,1y2p0ij32e8e7,0,0,0,0,1y2p0ij32e8e7;1y2p0ij32e8e7,,0,0,0,0,-1y2p0ij32e8e8", "b3;=a%2,,P;7d5,,1,2,3,4,5,6"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		read, bad, _ := ParseDailyBundle(s)
		text := DailyBundle(read)
		back, badBack, old := ParseDailyBundle(text)
		if badBack != 0 || old || len(back) != len(read) {
			t.Fatalf("written again %q: %d reports, %d bad, old %v; want %d, 0, false", text, len(back), badBack, old, len(read))
		}
		for i, d := range back {
			if d.Report != read[i].Report || d.Added.UnixMilli() != read[i].Added.UnixMilli() {
				t.Fatalf("report %d reads back as %+v at %v, want %+v at %v", i, d.Report, d.Added, read[i].Report, read[i].Added)
			}
		}
		if again := DailyBundle(back); again != text {
			t.Fatalf("written twice: %q, then %q", text, again)
		}
		if v := bundleVersion(s); v != 3 && v != 2 {
			return
		}
		hist, histBad := bundleHistories(entries, []string{s})
		want := DailyFigures(entries, read)
		if histBad != bad || len(hist) != len(want) {
			t.Fatalf("bundleHistories: %d histories, %d bad; want %d, %d", len(hist), histBad, len(want), bad)
		}
		for key, h := range want {
			if got := hist[key]; !slices.Equal(got, h) {
				t.Fatalf("history of %s = %v, want %v", key, got, h)
			}
		}
	})
}
