package parkdesk

import (
	"reflect"
	"testing"
)

// TestRatesByGroupHandCount adds zones, industries, 规上 and 四上 to the
// hand case of TestRatesHandCount and checks the groups against a count
// made by hand (on 2026-02-18: A, C and E resumed; workers as there):
//
//	firm  zone  industry   规上 四上  resumed  workers  on site
//	A     东区  machinery  yes  yes   yes      100      80
//	B     东区  pharma     yes  no    no       40       0
//	C     西区  machinery  no   yes   yes      200      60
//	D     —     —          —    —     no       10       0
//	E     西区  光伏        yes  —     yes      ?        —
//	F     东区  machinery  no   —     no       50       0
//
//	东区 3 firms, 1 resumed, 190 workers, 80 on site;  西区 2, 2, 200, 60;  none 1, 0, 10, 0
//	machinery 3, 2, 350, 140;  pharma 1, 0, 40, 0;  光伏 1, 1, 0, 0;  none 1, 0, 10, 0
//	规上 A, B, E: 3, 2, 140, 80;  四上 A, C: 2, 2, 300, 140
func TestRatesByGroupHandCount(t *testing.T) {
	p := Rates(Firms(groupCase(t)), "2026-02-18", handDates)

	wantZones := []Group{
		{"东区", Tally{Firms: 3, Resumed: 1, Workers: 190, OnSite: 80}},
		{"西区", Tally{Firms: 2, Resumed: 2, Workers: 200, OnSite: 60}},
		{"", Tally{Firms: 1, Resumed: 0, Workers: 10, OnSite: 0}},
	}
	if !reflect.DeepEqual(p.ByZone, wantZones) {
		t.Errorf("ByZone = %+v, want %+v", p.ByZone, wantZones)
	}
	wantIndustries := []Group{
		{"machinery", Tally{Firms: 3, Resumed: 2, Workers: 350, OnSite: 140}},
		{"pharma", Tally{Firms: 1, Workers: 40}},
		{"光伏", Tally{Firms: 1, Resumed: 1}},
		{"", Tally{Firms: 1, Workers: 10}},
	}
	if !reflect.DeepEqual(p.ByIndustry, wantIndustries) {
		t.Errorf("ByIndustry = %+v, want %+v", p.ByIndustry, wantIndustries)
	}
	if want := (Tally{Firms: 3, Resumed: 2, Workers: 140, OnSite: 80}); p.AboveScale != want {
		t.Errorf("AboveScale = %+v, want %+v", p.AboveScale, want)
	}
	if want := (Tally{Firms: 2, Resumed: 2, Workers: 300, OnSite: 140}); p.FourAbove != want {
		t.Errorf("FourAbove = %+v, want %+v", p.FourAbove, want)
	}
	if got, want := p.AboveScale.FirmRate(), 2.0/3; got != want {
		t.Errorf("AboveScale.FirmRate() = %v, want %v", got, want)
	}
}

// groupCase is handCase with the zones, industries, 规上 and 四上 of
// TestRatesByGroupHandCount.
func groupCase(t testing.TB) ([]Entry, []DailyEntry) {
	entries, daily := handCase(t)
	set := func(name, zone, industry string, above, four YesNo) {
		for i := range entries {
			if s := &entries[i].Summary; s.Name == name {
				s.Zone, s.Industry, s.AboveScale, s.FourAbove = zone, industry, above, four
			}
		}
	}
	set("A 旧", "西区", "food", AnsweredNo, AnsweredNo) // superseded by A's newer entry
	set("A", "东区", "machinery", AnsweredYes, AnsweredYes)
	set("B", "东区", "pharma", AnsweredYes, AnsweredNo)
	set("C", "西区", "machinery", AnsweredNo, AnsweredYes)
	set("E", "西区", "光伏", AnsweredYes, Unanswered)
	set("F", "东区", "machinery", AnsweredNo, Unanswered)
	return entries, daily
}

// The keys FirmsOf works with are FirmKey's, with and without a credit
// code, in the order of idx.
func TestFirmKeys(t *testing.T) {
	entries := synthEntries(t, 4)
	entries[2].Summary.CreditCode = ""
	idx := []int{3, 0, 2, 1, 2}
	keys := firmKeys(entries, idx)
	for n, i := range idx {
		if got, want := keys.at(n), FirmKey(entries[i].Summary); got != want {
			t.Errorf("key %d = %q, want %q", n, got, want)
		}
	}
}
