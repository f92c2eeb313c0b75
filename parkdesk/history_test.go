package parkdesk

import (
	"slices"
	"testing"
)

// TestHistoryFiguresPlainWay checks the plain way the tests hold the
// registry's figures to, on a hand-made case.
func TestHistoryFiguresPlainWay(t *testing.T) {
	hist := map[string][]DailyReport{
		"c:A": {
			{Date: "2026-02-17", OnSite: 12, Quarantine: 3},
			{Date: "2026-03-01", BatchDate: "2026-02-20", OnSite: 20, AbnormalTemp: 1, NewCases: 2},
		},
		"p:B": {{Date: "2026-02-18"}},
	}
	got := historyFigures(hist)
	feb17 := int32(dayNumber("2026-02-17"))
	want := []DayFigures{
		{Day: feb17, BatchDay: -1, OnSite: 12, Quarantine: 3},
		{Day: feb17 + 12, BatchDay: feb17 + 3, OnSite: 20, AbnormalTemp: 1, NewCases: 2},
	}
	if !slices.Equal(got["c:A"], want) {
		t.Errorf("figures of A = %+v, want %+v", got["c:A"], want)
	}
	if len(got) != 2 || len(got["p:B"]) != 1 || dayDate(int(got["p:B"][0].Day)) != "2026-02-18" {
		t.Errorf("figures = %+v, want B's one day, 2026-02-18", got)
	}
}

// historyFigures is the figures of histories (DailyHistories) worked out
// the plain way, report by report: what DailyFigures and OpenRecords must
// give.
func historyFigures(hist map[string][]DailyReport) map[string][]DayFigures {
	n := 0
	for _, h := range hist {
		n += len(h)
	}
	all := make([]DayFigures, 0, n)
	out := make(map[string][]DayFigures, len(hist))
	for key, h := range hist {
		from := len(all)
		for i := range h {
			all = append(all, dayFiguresOf(&h[i]))
		}
		out[key] = all[from:len(all):len(all)]
	}
	return out
}
