package pdf

import (
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"fugong/assessment"
	"fugong/documents"
)

// TestGlyphCoverage checks that every character the kit itself prints has
// a glyph in the font subset, in every language: the example's plan, the
// form's labels, help, units and choices, the support measures and the
// names of categories and readiness. What the user typed (names,
// addresses, notes, the enterprise's own sections) is left out: the kit
// cannot answer for it.
func TestGlyphCoverage(t *testing.T) {
	data, err := os.ReadFile("../../web/fonts/wqy-microhei-subset.ttf")
	if err != nil {
		t.Fatal(err)
	}
	font, err := LoadFont(data)
	if err != nil {
		t.Fatal(err)
	}
	example, err := os.ReadFile("../../testdata/example.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range assessment.Languages {
		a, err := assessment.ParseAnswers(example)
		if err != nil {
			t.Fatal(err)
		}
		a.Lang = lang
		typed := typedText(a)
		check := func(where, s string) {
			t.Helper()
			for _, u := range typed {
				s = strings.ReplaceAll(s, u, " ")
			}
			s = strings.ReplaceAll(s, "\n", " ") // a line break is no glyph
			if m := font.Missing(s); len(m) > 0 {
				t.Errorf("[%s] %s: no glyph for %q in %q", lang, where, string(m), s)
			}
		}
		p := documents.BuildPlan(a, assessment.Evaluate(a), time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC))
		check("title", p.Title)
		check("footer", p.Footer+" "+p.PageFormat+" "+p.Date)
		for _, s := range p.Sections {
			check(s.ID, s.Title)
			for _, bl := range s.Blocks {
				check(s.ID, bl.Text)
				for _, it := range bl.Items {
					check(s.ID, it)
				}
				if tb := bl.Table; tb != nil {
					check(s.ID, strings.Join(tb.Header, " "))
					for _, row := range tb.Rows {
						check(s.ID, strings.Join(row, " "))
					}
				}
				if sg := bl.Signature; sg != nil {
					check(s.ID, strings.Join(sg.Signers, " ")+" "+sg.Seal+" "+sg.DateLabel)
				}
			}
		}
		for _, st := range assessment.Form() {
			check("step "+st.ID, st.Title.In(lang))
			for _, q := range st.Questions {
				check("question "+q.ID, q.Label.In(lang)+" "+q.Help.In(lang)+" "+q.Unit.In(lang))
				for _, c := range q.Choices {
					check("question "+q.ID+" choice "+c.ID, c.Label.In(lang))
				}
			}
		}
		for _, m := range assessment.SupportMeasures() {
			check("support "+m.ID, m.Label.In(lang))
		}
		for n := 0; n <= 4; n++ {
			check("category", assessment.CategoryName(n).In(lang))
		}
		for _, r := range []assessment.Readiness{assessment.Ready, assessment.Phased, assessment.NotReady} {
			check("readiness", assessment.ReadinessName(r).In(lang))
		}
		for _, pr := range assessment.Validate(a) {
			check("problem "+pr.Code, pr.Message.In(lang))
		}
	}
}

// typedText is what the user typed in a, longest first.
func typedText(a *assessment.Answers) []string {
	var out []string
	for _, v := range a.Values {
		if v.Type == assessment.TypeString && v.Str != "" {
			out = append(out, v.Str)
		}
	}
	pk := a.Park
	out = append(out, pk.Name, pk.District, pk.Contact, pk.Phone, pk.Hotline)
	for _, o := range pk.Support {
		out = append(out, o.Note)
	}
	for _, e := range a.Edits {
		out = append(out, strings.Split(e, "\n")...)
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	var kept []string
	for _, s := range out {
		if s != "" {
			kept = append(kept, s)
		}
	}
	return kept
}
