package logbook

import (
	"strings"
	"testing"

	"fugong/assessment"
	"fugong/roster"
)

func TestLogs(t *testing.T) {
	people := []roster.Person{{Name: "张三", Department: "生产部", Risk: roster.RiskMid, Region: "武汉", QuarantineStart: "2026-02-01", QuarantineEnd: "2026-02-15"}, {Name: "李四"}}
	for _, lang := range assessment.Languages {
		t.Run(lang, func(t *testing.T) {
			doc := Logs(people, "临沂精工", "2026-02-10", lang)
			if got := len(doc.Sections); got != 1+LogDays+3 {
				t.Fatalf("Logs has %d sections, want the roster, %d days, zero report, disinfection, supplies", got, LogDays)
			}
			last := doc.Sections[LogDays]
			if !strings.Contains(last.Title, "2026-02-23") || len(last.Blocks[1].Table.Rows) != 2 || last.Blocks[1].Table.Rows[1][1] != "李四" {
				t.Errorf("day 14 = %q with rows %q", last.Title, last.Blocks[1].Table.Rows)
			}
			if row := doc.Sections[0].Blocks[1].Table.Rows[0]; !strings.Contains(row[4], "武汉") || row[7] != "2026-02-01–2026-02-15" {
				t.Errorf("roster row = %q", row)
			}
			for _, s := range doc.Sections {
				if s.Title == "" || !s.NewPage {
					t.Errorf("section %s: title %q, new page %v", s.ID, s.Title, s.NewPage)
				}
			}
			if lang != "zh" && doc.Title == Logs(nil, "", "", "zh").Title {
				t.Errorf("the title is not in %s", lang)
			}
		})
	}
}
