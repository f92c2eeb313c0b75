package parkdesk

import (
	"reflect"
	"strings"
	"testing"

	"fugong/documents"
)

// TestParkReportGroups checks the report's tables by zone, by industry
// and for 规上/四上 against the hand count of TestRatesByGroupHandCount.
func TestParkReportGroups(t *testing.T) {
	p := Rates(Firms(groupCase(t)), "2026-02-18", handDates)
	doc := ParkReport(p, "东丽经济技术开发区", "zh")
	sections := map[string]documents.Section{}
	for _, s := range doc.Sections {
		sections[s.ID] = s
	}
	summary := sections["report"].Blocks[1].Text
	for _, want := range []string{"其中规上企业 3 家，已复工 2 家，复工率 66.7%，到岗率 57.1%。", "其中“四上”企业 2 家，已复工 2 家，复工率 100.0%"} {
		if !strings.Contains(summary, want) {
			t.Errorf("summary lacks %q: %s", want, summary)
		}
	}
	want := map[string][][]string{
		"report.scale": {
			{"规上企业", "3", "2", "66.7%", "140", "80", "57.1%"},
			{"“四上”企业", "2", "2", "100.0%", "300", "140", "46.7%"},
		},
		"report.zone": {
			{"东区", "3", "1", "33.3%", "190", "80", "42.1%"},
			{"西区", "2", "2", "100.0%", "200", "60", "30.0%"},
			{"未填写", "1", "0", "0.0%", "10", "0", "0.0%"},
		},
		"report.industry": {
			{"机械装备", "3", "2", "66.7%", "350", "140", "40.0%"},
			{"医药健康", "1", "0", "0.0%", "40", "0", "0.0%"},
			{"光伏", "1", "1", "100.0%", "0", "0", "0.0%"},
			{"未填写", "1", "0", "0.0%", "10", "0", "0.0%"},
		},
	}
	for id, rows := range want {
		b := sections[id].Blocks[0]
		if b.Table == nil || !reflect.DeepEqual(b.Table.Rows, rows) {
			t.Errorf("%s: %+v, want rows\n%q", id, b, rows)
		}
	}
	all := ParkReportRows(p, "en")
	var zoneAt int
	for i, r := range all {
		if len(r) == 1 && r[0] == "By zone" {
			zoneAt = i
		}
	}
	if zoneAt == 0 || !reflect.DeepEqual(all[zoneAt+1], []string{"东区", "3", "1", "33.3%", "190", "80", "42.1%"}) || len(all[zoneAt-1]) != 0 {
		t.Errorf("ParkReportRows: no zone table after an empty row:\n%q", all)
	}

	// A park without zones and enterprises that answered neither: no tables.
	bare := ParkReport(handPicture(t), "", "zh")
	for _, s := range bare.Sections {
		if (s.ID == "report.zone" || s.ID == "report.industry" || s.ID == "report.scale") && s.Blocks[0].Text != "无。" {
			t.Errorf("%s of a park without the fields: %+v, want 无。", s.ID, s.Blocks)
		}
	}
}
