package logbook

import (
	"strings"
	"testing"

	"fugong/assessment"
	"fugong/roster"
	"fugong/roster/internal/catalogtest"
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

// TestLogsUseEveryText checks that the logs, in every language, carry
// every text of the catalogs, filled, so that no key is missing or unused.
func TestLogsUseEveryText(t *testing.T) {
	people := []roster.Person{{Name: "张三"}, {Name: "李四"}}
	for i, lang := range assessment.Languages {
		doc := Logs(people, "临沂精工", "2026-02-10", lang)
		seen := map[string]bool{doc.Title: true, doc.Footer: true, doc.PageFormat: true}
		for _, s := range doc.Sections {
			seen[s.Title] = true
			for _, b := range s.Blocks {
				seen[b.Text] = true
				if b.Table != nil {
					for _, h := range b.Table.Header {
						seen[h] = true
					}
					for _, r := range b.Table.Rows {
						seen[r[0]] = true
					}
				}
				if b.Signature != nil {
					seen[b.Signature.DateLabel] = true
					for _, s := range b.Signature.Signers {
						seen[s] = true
					}
				}
			}
		}
		for key := range catalogs[i] {
			want := catalogs.Msgf(key, "n", "2", "enterprise", "临沂精工", "date", "2026-02-10", "day", "1", "days", "14").In(lang)
			if !seen[want] {
				t.Errorf("%s: the logs do not carry %q (%s)", lang, want, key)
			}
		}
	}
}

// TestCatalogsComplete checks that every language has the same keys with
// the same slots and printf verbs, and none empty.
func TestCatalogsComplete(t *testing.T) { catalogtest.Complete(t, catalogs) }
