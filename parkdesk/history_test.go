package parkdesk

import (
	"slices"
	"testing"
)

func TestHistoryFigures(t *testing.T) {
	hist := map[string][]DailyReport{
		"c:A": {
			{Date: "2026-02-17", OnSite: 12, Quarantine: 3},
			{Date: "2026-03-01", BatchDate: "2026-02-20", OnSite: 20, AbnormalTemp: 1, NewCases: 2},
		},
		"p:B": {{Date: "2026-02-18"}},
	}
	got := HistoryFigures(hist)
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
