package parkdesk

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"fugong/assessment"
)

// handCase is a park of six enterprises whose picture on 2026-02-18 was
// counted by hand (see TestRatesHandCount).
func handCase(t testing.TB) ([]Entry, []DailyEntry) {
	t.Helper()
	firm := func(name, cc, plan string, cat, batch, total int, unmet []string, added int) Entry {
		s := Summary{Name: name, CreditCode: cc, PlanID: plan, Category: cat, Batch: batch,
			Staff: UnknownStaff, Unmet: unmet, Readiness: assessment.Ready}
		s.Staff.Total = total
		return Entry{Code: "s1." + plan, Added: timeAt(added), Summary: s}
	}
	entries := []Entry{
		firm("A 旧", "91000000000000000A", "AAAA0000", 4, 3, 100, nil, 0), // A before it changed its answers
		firm("A", "91000000000000000A", "AAAA0001", 1, 1, 100, nil, 10),
		firm("B", "91000000000000000B", "BBBB0000", 2, 1, 40, []string{"isolation_room"}, 1),
		firm("C", "", "CCCC0000", 3, 2, 200, nil, 2),
		firm("D", "", "DDDD0000", 4, 3, 10, nil, 3),
		firm("E", "", "EEEE0000", 3, 2, Unknown, nil, 4),
		firm("F", "", "FFFF0000", 3, 2, 50, []string{"supplies_14d"}, 5),
	}
	rep := func(plan, date string, onSite, temp int) DailyEntry {
		return dailyAt(t, DailyReport{PlanID: plan, Date: date, OnSite: onSite, AbnormalTemp: temp}, timeAt(100))
	}
	daily := []DailyEntry{
		rep("AAAA0000", "2026-02-10", 50, 0), // under its old plan ID: still A's
		rep("AAAA0001", "2026-02-18", 80, 1),
		rep("BBBB0000", "2026-02-12", 0, 0),
		rep("BBBB0000", "2026-02-16", 0, 0),
		rep("CCCC0000", "2026-02-16", 30, 0), // before its batch opened: does not count as resumed
		rep("CCCC0000", "2026-02-17", 60, 0),
		rep("CCCC0000", "2026-02-19", 70, 0), // after the day of the picture
		rep("EEEE0000", "2026-02-18", 5, 0),
	}
	return entries, daily
}

var handDates = BatchDates{1: "2026-02-10", 2: "2026-02-17", 3: "2026-02-24"}

// TestRatesHandCount checks the picture against a count made by hand:
//
//	firm  cat batch staff  reports (on site)            on 02-18
//	A     1   1     100    02-10 50, 02-18 80 (+1 temp)  resumed 02-10, 80 on site, alert
//	B     2   1     40     02-12 0, 02-16 0              due, not resumed (reported)
//	C     3   2     200    02-16 30, 02-17 60, 02-19 70  resumed 02-17 (02-16 is before its batch), 60
//	D     4   3     10     —                             batch not open
//	E     3   2     ?      02-18 5                       resumed, workers unknown
//	F     3   2     50     —                             due, not resumed (no report)
func TestRatesHandCount(t *testing.T) {
	entries, daily := handCase(t)
	firms := Firms(entries, daily)
	if len(firms) != 6 {
		t.Fatalf("%d firms, want 6", len(firms))
	}
	p := Rates(firms, "2026-02-18", handDates)

	if want := (Tally{Firms: 6, Resumed: 3, Workers: 400, OnSite: 140}); p.All != want {
		t.Errorf("All = %+v, want %+v", p.All, want)
	}
	if got, want := p.All.FirmRate(), 0.5; got != want {
		t.Errorf("FirmRate = %v, want %v", got, want)
	}
	if got, want := p.All.WorkerRate(), 0.35; got != want {
		t.Errorf("WorkerRate = %v, want %v", got, want)
	}
	wantCat := [5]Tally{
		1: {Firms: 1, Resumed: 1, Workers: 100, OnSite: 80},
		2: {Firms: 1, Resumed: 0, Workers: 40},
		3: {Firms: 3, Resumed: 2, Workers: 250, OnSite: 60},
		4: {Firms: 1, Workers: 10},
	}
	if p.ByCategory != wantCat {
		t.Errorf("ByCategory = %+v, want %+v", p.ByCategory, wantCat)
	}
	wantBatch := [4]Tally{
		1: {Firms: 2, Resumed: 1, Workers: 140, OnSite: 80},
		2: {Firms: 3, Resumed: 2, Workers: 250, OnSite: 60},
		3: {Firms: 1, Workers: 10},
	}
	if p.ByBatch != wantBatch {
		t.Errorf("ByBatch = %+v, want %+v", p.ByBatch, wantBatch)
	}

	var due []string
	for _, d := range p.Due {
		due = append(due, fmt.Sprintf("%s %s %v %v", d.Firm.Entry.Summary.Name, d.BatchDate, d.Reported, d.Unmet))
	}
	if want := []string{"B 2026-02-10 true [isolation_room]", "F 2026-02-17 false [supplies_14d]"}; !reflect.DeepEqual(due, want) {
		t.Errorf("Due = %q, want %q", due, want)
	}
	if len(p.Alerts) != 1 || p.Alerts[0].Firm.Entry.Summary.Name != "A" || p.Alerts[0].Report.AbnormalTemp != 1 {
		t.Errorf("Alerts = %+v, want A with one abnormal temperature", p.Alerts)
	}

	var trend []string
	for _, pt := range p.Trend {
		trend = append(trend, fmt.Sprintf("%s %d %d", pt.Day[5:], pt.Resumed, pt.OnSite))
	}
	want := []string{"02-10 1 50", "02-11 1 50", "02-12 1 50", "02-13 1 50", "02-14 1 50", "02-15 1 50",
		"02-16 1 80", "02-17 2 110", "02-18 3 140"}
	if !reflect.DeepEqual(trend, want) {
		t.Errorf("Trend =\n%q\nwant\n%q", trend, want)
	}
}

func TestRatesEdges(t *testing.T) {
	entries, daily := handCase(t)
	tests := []struct {
		name        string
		day         string
		dates       BatchDates
		wantResumed int
		wantDue     int
		wantTrend   int
	}{
		{"before any report", "2026-02-09", handDates, 0, 0, 1},
		{"C's report before its batch opened does not count", "2026-02-16", handDates, 1, 1, 7},
		{"no batch dates from the park: any report counts, none due", "2026-02-16", BatchDates{}, 2, 0, 7},
		{"later day: D's batch opened", "2026-02-25", handDates, 3, 3, 16},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Rates(Firms(entries, daily), tt.day, tt.dates)
			if p.All.Resumed != tt.wantResumed || len(p.Due) != tt.wantDue || len(p.Trend) != tt.wantTrend {
				t.Errorf("resumed %d, due %d, trend %d days; want %d, %d, %d",
					p.All.Resumed, len(p.Due), len(p.Trend), tt.wantResumed, tt.wantDue, tt.wantTrend)
			}
		})
	}
	if p := Rates(nil, "2026-02-18", handDates); p.All != (Tally{}) || p.All.FirmRate() != 0 || p.All.WorkerRate() != 0 {
		t.Errorf("empty registry: %+v", p.All)
	}
}

// TestRatesTrendWindow checks that a long history keeps the last
// MaxTrendDays days, with the figures carried from before the window.
func TestRatesTrendWindow(t *testing.T) {
	entries, _ := handCase(t)
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var daily []DailyEntry
	for i := range 90 {
		daily = append(daily, dailyAt(t, DailyReport{PlanID: "CCCC0000", Date: start.AddDate(0, 0, i).Format(time.DateOnly), OnSite: 7}, timeAt(i)))
	}
	p := Rates(Firms(entries, daily), "2026-03-31", BatchDates{})
	if len(p.Trend) != MaxTrendDays || p.Trend[0].Day != "2026-01-31" || p.Trend[0].Resumed != 1 || p.Trend[0].OnSite != 7 {
		t.Errorf("trend: %d days from %+v", len(p.Trend), p.Trend[0])
	}
}
