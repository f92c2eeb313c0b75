package documents

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"fugong/assessment"
)

// TestPaperForm checks the paper version: one numbered item per question
// in the form's order, with where its answer goes, a condition that names
// the question it depends on, the park's settings, and both copies of the
// letter with no QR code.
func TestPaperForm(t *testing.T) {
	park := assessment.Park{Name: "临沂经济技术开发区", Batch1: "2026-02-10", Hotline: "0539-8123400"}
	for _, lang := range assessment.Languages {
		t.Run(lang, func(t *testing.T) {
			p := PaperForm(park, lang, time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC))
			var items []string
			number := map[string]int{}
			letters := 0
			intro := ""
			for _, s := range p.Sections {
				for _, b := range s.Blocks {
					if strings.HasPrefix(s.ID, "letter.") && b.Kind == QRBlock {
						t.Errorf("%s: the blank letter carries a QR code", s.ID)
					}
					if s.ID == "paper" && b.Table != nil {
						for _, row := range b.Table.Rows {
							intro += strings.Join(row, " ") + "\n"
						}
					}
					if b.Kind == List && strings.HasPrefix(s.ID, "paper.") {
						if b.Start != len(items)+1 {
							t.Errorf("%s starts at %d, want %d", s.ID, b.Start, len(items)+1)
						}
						items = append(items, b.Items...)
					}
				}
				if strings.HasPrefix(s.ID, "letter.") {
					letters++
				}
			}
			if letters != 2 {
				t.Errorf("%d copies of the letter, want 2", letters)
			}
			for _, want := range []string{park.Name, park.Batch1, park.Hotline} {
				if !strings.Contains(intro, want) {
					t.Errorf("the park's settings lack %q", want)
				}
			}
			i := 0
			for _, st := range assessment.Form() {
				for _, q := range st.Questions {
					if q.Kind == assessment.KindQuarantineEnds { // from the roster: not on paper
						continue
					}
					if i >= len(items) {
						t.Fatalf("only %d items for the form's questions", len(items))
					}
					number[q.ID] = i + 1
					item := items[i]
					if !strings.HasPrefix(item, q.Label.In(lang)) {
						t.Errorf("item %d = %q, want question %s %q", i+1, item, q.ID, q.Label.In(lang))
					}
					answer := item[strings.LastIndex(item, "\n")+1:]
					if !strings.ContainsAny(answer, "□＿") {
						t.Errorf("question %s has no box or line to answer on: %q", q.ID, answer)
					}
					if c := q.When; c.Question != "" {
						if ref := strconv.Itoa(number[c.Question]); !strings.Contains(item, ref) {
							t.Errorf("question %s applies when %s is answered but does not name question %s: %q", q.ID, c.Question, ref, item)
						}
					}
					i++
				}
			}
			if i != len(items) {
				t.Errorf("%d items for %d questions", len(items), i)
			}
		})
	}
}

func TestPaperFormAsksZones(t *testing.T) {
	paper := func(p assessment.Park) string {
		var items []string
		for _, s := range PaperForm(p, "zh", time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC)).Sections {
			for _, b := range s.Blocks {
				items = append(items, b.Items...)
			}
		}
		return strings.Join(items, "\n")
	}
	with := paper(assessment.Park{Name: "P", Zones: []string{"东区", "综保区"}, Industries: []string{"光伏"}})
	for _, want := range []string{"所属片区", "综保区", "光伏", "是否规上企业"} {
		if !strings.Contains(with, want) {
			t.Errorf("the paper form of a park with zones lacks %q", want)
		}
	}
	if without := paper(assessment.Park{Name: "P"}); strings.Contains(without, "所属片区") {
		t.Errorf("the paper form of a park without zones asks for one")
	}
}
