package documents

import (
	"fugong/assessment"
	"fugong/internal/langcheck"
	"fugong/internal/scenario"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The tests of this file hold the documents, and the results they print,
// to the kit's four languages: every piece of text is there in Chinese,
// English, Japanese and Korean, and each is written in its own script.

// userText lists what the user typed in a, longest first, so that it can be
// taken out of a text before its script is checked: names, addresses and
// notes stay as typed, in whatever script.
func userText(a *assessment.Answers) []string {
	var out []string
	for _, v := range a.Values {
		if v.Type == assessment.TypeString && v.Str != "" {
			out = append(out, v.Str)
		}
	}
	p := a.Park
	out = append(out, p.Name, p.District, p.Contact, p.Phone, p.Hotline)
	for _, o := range p.Support {
		out = append(out, o.Note)
	}
	for _, e := range a.Edits {
		out = append(out, strings.Split(normalizeNewlines(e), "\n")...)
	}
	for _, d := range a.Deadlines {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// checkText checks one Text: all four languages filled, each in its script.
func checkText(t *testing.T, key string, x assessment.Text, typed []string) {
	t.Helper()
	langcheck.Check(t, key, x.Exact, assessment.Languages, typed)
}

// langInputs are the answers the language tests build plans and results
// for: the root examples and every scenario.
func langInputs(t *testing.T) map[string]*assessment.Answers {
	t.Helper()
	out := map[string]*assessment.Answers{}
	roots, _ := filepath.Glob("../testdata/*.json")
	for _, f := range roots {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := assessment.ParseAnswers(data)
		if err != nil {
			t.Fatal(err)
		}
		out["root "+filepath.Base(f)] = a
	}
	archives, _ := filepath.Glob(filepath.Join(scenarios, "*.txtar"))
	for _, f := range archives {
		a, err := assessment.ParseAnswers(scenario.Answers(t, scenario.Read(t, f), scenarios))
		if err != nil {
			continue // a scenario of a broken file
		}
		out[strings.TrimSuffix(filepath.Base(f), ".txtar")] = a
	}
	if len(out) < 20 {
		t.Fatalf("only %d inputs", len(out))
	}
	return out
}

// TestPlanTextsInEveryLanguage checks the plan's fixed texts: its
// sections' titles, the roles and the letter's line of record.
func TestPlanTextsInEveryLanguage(t *testing.T) {
	for _, d := range planSections {
		checkText(t, "plan section "+d.id, d.title, nil)
	}
	for _, x := range []assessment.Text{roleLeader, roleTemperature, roleDisinfection, roleSupplies, roleReporting, letterPrevails, planTitle} {
		checkText(t, "plan text "+x.Zh, x, nil)
	}
}

// TestResultsInEveryLanguage checks every reason, item and problem of every
// scenario.
func TestResultsInEveryLanguage(t *testing.T) {
	for name, a := range langInputs(t) {
		typed := userText(a)
		r := assessment.Evaluate(a)
		for _, re := range append(append([]assessment.Reason{}, r.Because...), r.PriorityReasons...) {
			checkText(t, name+": reason "+re.Rule, re.Message, typed)
		}
		for _, it := range r.Items {
			checkText(t, name+": item "+it.ID+" title", it.Title, typed)
			checkText(t, name+": item "+it.ID+" reason", it.Reason, typed)
			checkText(t, name+": item "+it.ID+" action", it.Action, typed)
		}
		for _, p := range r.Problems {
			checkText(t, name+": problem "+p.Code+" "+p.Question, p.Message, typed)
		}
	}
}

// planStrings lists every string a plan prints, each with where it is.
func planStrings(p *Plan) map[string]string {
	out := map[string]string{"title": p.Title, "date": p.Date, "footer": p.Footer, "page format": p.PageFormat}
	for _, s := range p.Sections {
		out[s.ID+" title"] = s.Title
		for i, bl := range s.Blocks {
			key := s.ID + " block " + string(rune('a'+i))
			if bl.Text != "" {
				out[key] = bl.Text
			}
			for j, it := range bl.Items {
				out[key+" item "+string(rune('a'+j))] = it
			}
			if bl.Table != nil {
				for j, h := range bl.Table.Header {
					out[key+" header "+string(rune('a'+j))] = h
				}
				for r, row := range bl.Table.Rows {
					for j, c := range row {
						out[key+" row "+string(rune('a'+r))+" cell "+string(rune('a'+j))] = c
					}
				}
			}
			if sg := bl.Signature; sg != nil {
				out[key+" seal"] = sg.Seal
				out[key+" date"] = sg.DateLabel
				for j, x := range sg.Signers {
					out[key+" signer "+string(rune('a'+j))] = x
				}
			}
		}
	}
	return out
}

// TestPlansInEveryLanguage builds the plan of every scenario in every
// language and checks that each string is in its language's script. The
// commitment letter carries the Chinese text of record beside the
// translation, so its Chinese parts are left out of the check.
func TestPlansInEveryLanguage(t *testing.T) {
	for name, a := range langInputs(t) {
		typed := userText(a)
		for _, lang := range assessment.Languages {
			b := *a
			b.Lang = lang
			p := BuildPlan(&b, assessment.Evaluate(&b), planDate)
			if p.Lang != lang {
				t.Errorf("%s [%s]: Plan.Lang = %q", name, lang, p.Lang)
			}
			for key, s := range planStrings(p) {
				if strings.HasPrefix(key, "letter.") && lang != "zh" {
					s = letterTranslation(s)
				}
				if pr := langcheck.Problem(lang, langcheck.Strip(s, typed)); pr != "" {
					t.Errorf("%s [%s] %s: %s: %q", name, lang, key, pr, s)
				}
			}
		}
	}
}

// letterTranslation takes the Chinese out of a string of a translated
// letter: the part before " / " of a bilingual label, the Chinese line of
// the line saying the Chinese text prevails, and a paragraph of the Chinese
// text (one with no letter of the translation's script).
func letterTranslation(s string) string {
	if zh, tr, ok := strings.Cut(s, "\n"); ok && zh == letterPrevails.Zh {
		return tr
	}
	if c := langcheck.Of(s); c.Kana == 0 && c.Hangul == 0 && c.Han > 0 && !strings.ContainsAny(s, "abcdefghijklmnopqrstuvwxyz") {
		return "" // Chinese text of record
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if _, after, ok := strings.Cut(l, " / "); ok {
			lines[i] = after
		}
	}
	return strings.Join(lines, "\n")
}

// TestLetterChineseFirst checks both copies of a translated letter: the
// Chinese text first, then the translation, then the line saying the
// Chinese text prevails; signature labels in both languages.
func TestLetterChineseFirst(t *testing.T) {
	firstPledge := map[string]string{
		"zh": "严格落实疫情防控主体责任", "en": "The Enterprise shall strictly fulfil its primary responsibility",
		"ja": "感染防止の主体責任を厳格に果たし", "ko": "방역 주체 책임을 엄격히 이행하고",
	}
	for _, lang := range []string{"en", "ja", "ko"} {
		a := loadPlanAnswers(t, nil)
		a.Lang = lang
		p := buildPlan(a)
		for _, id := range []string{"letter.enterprise", "letter.park"} {
			s, ok := section(p, id)
			if !ok {
				t.Fatalf("%s: no %s", lang, id)
			}
			var texts []string
			for _, bl := range s.Blocks {
				texts = append(texts, bl.Text+strings.Join(bl.Items, "\n"))
			}
			body := strings.Join(texts, "\n")
			zh := strings.Index(body, firstPledge["zh"])
			tr := strings.Index(body, firstPledge[lang])
			prevails := strings.Index(body, letterPrevails.Zh+"\n"+letterPrevails.In(lang))
			if zh < 0 || tr < 0 || prevails < 0 || !(zh < tr && tr < prevails) {
				t.Errorf("%s %s: Chinese at %d, translation at %d, prevails line at %d:\n%s", lang, id, zh, tr, prevails, body)
			}
			if !strings.HasPrefix(s.Title, "复工复产承诺书") || !strings.Contains(s.Title, " / ") {
				t.Errorf("%s %s: title %q is not Chinese, then the translation", lang, id, s.Title)
			}
			for _, bl := range s.Blocks {
				if bl.Signature == nil {
					continue
				}
				for _, l := range append(append([]string{}, bl.Signature.Signers...), bl.Signature.Seal, bl.Signature.DateLabel) {
					if !strings.Contains(l, " / ") {
						t.Errorf("%s %s: signature label %q is not bilingual", lang, id, l)
					}
				}
			}
		}
	}
	p := buildPlan(loadPlanAnswers(t, nil))
	for _, s := range p.Sections {
		if strings.HasPrefix(s.ID, "letter.") && strings.Contains(p.Text(), letterPrevails.Exact("en")) {
			t.Errorf("Chinese letter %s carries a translation", s.ID)
		}
	}
}

// TestPlanGoldenLanguages keeps the example's plan in English, Japanese and
// Korean as golden text (testdata/plans/example.LANG.txt, rewritten by
// -update); the Chinese one is example.txt.
func TestPlanGoldenLanguages(t *testing.T) {
	data, err := os.ReadFile("../testdata/example.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "ja", "ko"} {
		t.Run(lang, func(t *testing.T) {
			a, err := assessment.ParseAnswers(data)
			if err != nil {
				t.Fatal(err)
			}
			a.Lang = lang
			p := BuildPlan(a, assessment.Evaluate(a), planDate)
			checkPlan(t, p)
			checkGolden(t, filepath.Join("testdata", "plans", "example."+lang+".txt"), p.Text())
		})
	}
}
