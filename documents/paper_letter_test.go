package documents

import (
	"strings"
	"testing"
	"time"

	"fugong/assessment"
)

// TestPaperLetter checks the blank letter of the paper version in every
// language: titled as the letter's copies (never as a pledge to correct),
// it offers the three forms a letter may take, each behind an empty box
// and none ticked, a table of empty rows for the unmet items, the common
// pledges, the consequences and the signature area, and it lists no item
// as unmet.
func TestPaperLetter(t *testing.T) {
	park := assessment.Park{Name: "临沂经济技术开发区", Batch2: "2026-02-17"}
	forms := []struct{ name, zh string }{
		{"ready", "具备复工复产条件："},
		{"phased", "部分具备复工复产条件："},
		{"not ready", "暂不具备复工复产条件（整改承诺）："},
	}
	for _, lang := range assessment.Languages {
		t.Run(lang, func(t *testing.T) {
			p := PaperForm(park, lang, time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC))
			copies := 0
			for _, s := range p.Sections {
				if !strings.HasPrefix(s.ID, "letter.") {
					continue
				}
				copies++
				if !strings.HasPrefix(s.Title, "复工复产承诺书（") {
					t.Errorf("%s: title %q, want the letter's own title", s.ID, s.Title)
				}
				var paras []string
				var tables []*Table
				text, signed := "", false
				for _, b := range s.Blocks {
					text += b.Text + strings.Join(b.Items, "\n") + "\n"
					switch b.Kind {
					case Paragraph:
						paras = append(paras, b.Text)
					case TableBlock:
						tables = append(tables, b.Table)
					case SignatureBlock:
						signed = true
					case QRBlock:
						t.Errorf("%s: the blank letter carries a QR code", s.ID)
					}
				}
				for _, f := range forms {
					n := 0
					for _, para := range paras {
						if strings.HasPrefix(para, paperBox+f.zh) {
							n++
						}
						if strings.Contains(para, f.zh) && !strings.HasPrefix(para, paperBox) {
							t.Errorf("%s: the %s form is not behind an empty box: %q", s.ID, f.name, para)
						}
					}
					if n != 1 {
						t.Errorf("%s: the %s form is offered %d times in Chinese, want once", s.ID, f.name, n)
					}
				}
				for _, tick := range []string{"☑", "☒", "■", "√ " + "具备", "✓ 具备"} {
					if strings.Contains(text, tick) {
						t.Errorf("%s: a form is ticked already (%q)", s.ID, tick)
					}
				}
				wantTables := 1
				if lang != "zh" {
					wantTables = 2
				}
				if len(tables) != wantTables {
					t.Fatalf("%s: %d tables, want %d (one per language)", s.ID, len(tables), wantTables)
				}
				for _, tb := range tables {
					if len(tb.Rows) != paperLetterRows {
						t.Errorf("%s: %d rows to write on, want %d", s.ID, len(tb.Rows), paperLetterRows)
					}
					for _, row := range tb.Rows {
						if row[1] != "" || row[2] != "" {
							t.Errorf("%s: a row of the blank table is filled in: %q", s.ID, row)
						}
					}
				}
				for _, it := range assessment.Evaluate(assessment.NewAnswers(lang)).Items {
					if strings.Contains(text, it.Action.Zh) {
						t.Errorf("%s: the blank letter lists item %s as unmet", s.ID, it.ID)
					}
				}
				for _, want := range []string{letterConsequences.Zh, "不瞒报、不漏报、不迟报", "致：" + park.Name} {
					if !strings.Contains(text, want) {
						t.Errorf("%s: lacks %q", s.ID, want)
					}
				}
				if lang != "zh" && !strings.Contains(text, letterConsequences.In(lang)) {
					t.Errorf("%s: lacks the translation of the consequences", s.ID)
				}
				if !signed {
					t.Errorf("%s: no signature area", s.ID)
				}
			}
			if copies != 2 {
				t.Errorf("%d copies of the letter, want 2", copies)
			}
		})
	}
}
