package parkdesk

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"strings"
	"testing"

	"fugong/assessment"
	"fugong/documents"
)

// handPicture is the picture of handCase on 2026-02-18, with one
// enterprise's name written as a spreadsheet formula.
func handPicture(t testing.TB) Picture {
	entries, daily := handCase(t)
	for i := range entries {
		if entries[i].Summary.Name == "F" {
			entries[i].Summary.Name = "=HYPERLINK(\"x\")"
		}
	}
	return Rates(Firms(entries, daily), "2026-02-18", handDates)
}

func TestParkReport(t *testing.T) {
	p := handPicture(t)
	doc := ParkReport(p, "临沂经济技术开发区", "zh")
	if doc.Title != "园区复工复产情况日报" || doc.Date != "2026-02-18" {
		t.Errorf("title %q, date %q", doc.Title, doc.Date)
	}
	sections := map[string]documents.Section{}
	for _, s := range doc.Sections {
		sections[s.ID] = s
	}
	summary := sections["report"].Blocks[1].Text
	for _, want := range []string{"登记企业 6 家，已复工 3 家，复工率 50.0%", "职工 400 人，到岗 140 人，到岗率 35.0%", "应复工未复工 2 家", "体温异常或病例 1 家"} {
		if !strings.Contains(summary, want) {
			t.Errorf("summary lacks %q: %s", want, summary)
		}
	}
	if intro := sections["report"].Blocks[0].Text; intro != "园区：临沂经济技术开发区　日期：2026-02-18" {
		t.Errorf("intro = %q", intro)
	}
	tests := []struct {
		section string
		want    [][]string
	}{
		{"report.batch", [][]string{
			{"合计", "6", "3", "50.0%", "400", "140", "35.0%"},
			{"第1批", "2", "1", "50.0%", "140", "80", "57.1%"},
			{"第2批", "3", "2", "66.7%", "250", "60", "24.0%"},
			{"第3批", "1", "0", "0.0%", "10", "0", "0.0%"},
		}},
		{"report.due", [][]string{
			{"B", "1", "2026-02-10", "在岗 0 人", assessment.ItemTitle("isolation_room").Zh},
			{"=HYPERLINK(\"x\")", "2", "2026-02-17", "未报送每日报告", assessment.ItemTitle("supplies_14d").Zh},
		}},
		{"report.alerts", [][]string{{"A", "1", "0"}}},
	}
	for _, tt := range tests {
		t.Run(tt.section, func(t *testing.T) {
			b := sections[tt.section].Blocks[0]
			if b.Table == nil {
				t.Fatalf("no table: %+v", b)
			}
			if got := b.Table.Rows; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("rows =\n%q\nwant\n%q", b.Table.Rows, tt.want)
			}
		})
	}
	if n := len(sections["report.trend"].Blocks[0].Table.Rows); n != 7 {
		t.Errorf("trend has %d rows, want the last 7 days", n)
	}
	for _, lang := range assessment.Languages {
		d := ParkReport(p, "", lang)
		for _, s := range d.Sections {
			if s.Title == "" {
				t.Errorf("%s: section %s has no title", lang, s.ID)
			}
		}
	}
}

func TestParkReportCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteParkReportCSV(&buf, handPicture(t), "zh"); err != nil {
		t.Fatal(err)
	}
	data := buf.String()
	if !strings.HasPrefix(data, "\uFEFF") || !strings.Contains(data, "\r\n") {
		t.Errorf("CSV has no BOM or no CRLF: %q", data[:min(40, len(data))])
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(data, "\uFEFF")))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	find := func(first string) []string {
		for _, row := range rows {
			if row[0] == first {
				return row
			}
		}
		return nil
	}
	if got := find("合计"); !reflect.DeepEqual(got, []string{"合计", "6", "3", "50.0%", "400", "140", "35.0%"}) {
		t.Errorf("total row = %q", got)
	}
	if got := find("第2批"); got == nil || got[2] != "2" {
		t.Errorf("batch 2 row = %q", got)
	}
	if got := find("'=HYPERLINK(\"x\")"); got == nil {
		t.Errorf("the formula name is not made inert:\n%s", data)
	}
	if find("=HYPERLINK(\"x\")") != nil {
		t.Errorf("a cell starts with =:\n%s", data)
	}
}
