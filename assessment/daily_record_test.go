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
