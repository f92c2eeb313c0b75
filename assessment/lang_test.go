package assessment

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// The tests of this file hold the kit to its four languages: every piece
// of text it prints is there in Chinese, English, Japanese and Korean, and
// each is written in its own script.

// scripts counts the runes of a text by script.
type scripts struct{ han, kana, hangul, letters int }

func scriptsOf(s string) scripts {
	var c scripts
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			c.han++
		case unicode.In(r, unicode.Hiragana, unicode.Katakana) && r != '・':
			c.kana++
		case unicode.Is(unicode.Hangul, r):
			c.hangul++
		}
		if unicode.IsLetter(r) {
			c.letters++
		}
	}
	return c
}

// scriptProblem says what is wrong with text s as language lang, or "".
// A long Japanese text must hold kana (a kanji-only sentence is likely
// Chinese left untranslated); a Korean text with any Han or any words must
// hold Hangul.
func scriptProblem(lang, s string) string {
	c := scriptsOf(s)
	switch lang {
	case "zh":
		if c.kana > 0 || c.hangul > 0 {
			return "Chinese text holds kana or Hangul"
		}
	case "en":
		if c.han > 0 || c.kana > 0 || c.hangul > 0 {
			return "English text holds Han, kana or Hangul"
		}
	case "ja":
		if c.hangul > 0 {
			return "Japanese text holds Hangul"
		}
		if c.kana == 0 && c.han > 12 {
			return "Japanese text has no kana"
		}
	case "ko":
		if c.kana > 0 {
			return "Korean text holds kana"
		}
		if c.hangul == 0 && (c.han > 0 || c.letters > 2) {
			return "Korean text has no Hangul"
		}
	}
	return ""
}

// userText lists what the user typed in a, longest first, so that it can be
// taken out of a text before its script is checked: names, addresses and
// notes stay as typed, in whatever script.
func userText(a *Answers) []string {
	var out []string
	for _, v := range a.Values {
		if v.Type == TypeString && v.Str != "" {
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

func strip(s string, typed []string) string {
	for _, u := range typed {
		if u != "" {
			s = strings.ReplaceAll(s, u, " ")
		}
	}
	return s
}

// checkText checks one Text: all four languages filled, each in its script.
func checkText(t *testing.T, key string, x Text, typed []string) {
	t.Helper()
	if x.Zh == "" && x.exact("en") == "" && x.exact("ja") == "" && x.exact("ko") == "" {
		return // no text on purpose (a question without help)
	}
	for _, lang := range Languages {
		var s string
		switch lang {
		case "zh":
			s = x.Zh
		case "en":
			s = x.exact("en")
		case "ja":
			s = x.exact("ja")
		case "ko":
			s = x.exact("ko")
		}
		if s == "" {
			t.Errorf("%s [%s]: empty (zh %q)", key, lang, x.Zh)
			continue
		}
		if p := scriptProblem(lang, strip(s, typed)); p != "" {
			t.Errorf("%s [%s]: %s: %q", key, lang, p, s)
		}
		if lang == "ja" && s == x.Zh && scriptsOf(s).han > 5 {
			t.Errorf("%s [ja]: the same as the Chinese: %q", key, s)
		}
	}
}

// langInputs are the answers the language tests build plans and results
// for: the root examples and every scenario.
func langInputs(t *testing.T) map[string]*Answers {
	t.Helper()
	out := map[string]*Answers{}
	roots, _ := filepath.Glob("../testdata/*.json")
	for _, f := range roots {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := ParseAnswers(data)
		if err != nil {
			t.Fatal(err)
		}
		out["root "+filepath.Base(f)] = a
	}
	archives, _ := filepath.Glob("testdata/*.txtar")
	for _, f := range archives {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := ParseAnswers(scenarioAnswers(t, parseArchive(string(raw))))
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

func TestFormInEveryLanguage(t *testing.T) {
	for _, st := range Form() {
		checkText(t, "step "+st.ID, st.Title, nil)
		for _, q := range st.Questions {
			checkText(t, "question "+q.ID+" label", q.Label, nil)
			checkText(t, "question "+q.ID+" help", q.Help, nil)
			checkText(t, "question "+q.ID+" unit", q.Unit, nil)
			for _, c := range q.Choices {
				checkText(t, "question "+q.ID+" choice "+c.ID, c.Label, nil)
			}
		}
	}
	for _, m := range SupportMeasures() {
		checkText(t, "support "+m.ID, m.Label, nil)
	}
	for n := 0; n <= 4; n++ {
		checkText(t, "category name "+string(rune('0'+n)), CategoryName(n), nil)
	}
	for _, r := range []Readiness{Ready, Phased, NotReady} {
		checkText(t, "readiness name "+string(r), ReadinessName(r), nil)
	}
	for n := 1; n <= 3; n++ {
		checkText(t, "batch label", batchLabel(n), nil)
	}
	for _, d := range planSections {
		checkText(t, "plan section "+d.id, d.title, nil)
	}
	for _, x := range []Text{roleLeader, roleTemperature, roleDisinfection, roleSupplies, roleReporting, letterPrevails, planTitle} {
		checkText(t, "plan text "+x.Zh, x, nil)
	}
}

func TestMessagesInEveryLanguage(t *testing.T) {
	l, u := label("employees_total"), unitPeople
	for code, m := range map[string]Text{
		CodeRequired: MsgRequired(l), CodeType: msgType(l, typeName(TypeNumber)),
		CodeRange: msgRange(l, 0, 100, u), CodeWhole: msgWhole(l), CodeUnknownChoice: msgChoice(l, "x"),
		CodeCreditCode: msgCreditCode(l), CodePhone: MsgPhone(l), CodeDate: msgDate(l),
		CodeTooLong: MsgTooLong(l, 50), CodeLang: msgLang("fr"), CodeUnknownQuestion: msgUnknownQuestion("x"),
		CodeRuleset: msgRuleset("2025.1"), CodeRuleset + " (none)": msgRuleset(""),
		"missing": missingText([]string{"leader_name", "entrances"}),
	} {
		checkText(t, "message "+code, m, nil)
	}
	for _, vt := range []ValueType{TypeNumber, TypeBool, TypeList, TypeString} {
		checkText(t, "type name", typeName(vt), nil)
	}
	for _, e := range []*InputError{errTooLarge(), errEmpty(), errNotObject(), errSyntax(errors.New("x")), errShape("answers")} {
		checkText(t, "file error "+e.Code, e.Message, nil)
	}
}

// TestResultsInEveryLanguage checks every reason, item and problem of every
// scenario.
func TestResultsInEveryLanguage(t *testing.T) {
	for name, a := range langInputs(t) {
		typed := userText(a)
		r := Evaluate(a)
		for _, re := range append(append([]Reason{}, r.Because...), r.PriorityReasons...) {
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
		for _, lang := range Languages {
			b := *a
			b.Lang = lang
			p := BuildPlan(&b, Evaluate(&b), planDate)
			if p.Lang != lang {
				t.Errorf("%s [%s]: Plan.Lang = %q", name, lang, p.Lang)
			}
			for key, s := range planStrings(p) {
				if strings.HasPrefix(key, "letter.") && lang != "zh" {
					s = letterTranslation(s)
				}
				if pr := scriptProblem(lang, strip(s, typed)); pr != "" {
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
	if c := scriptsOf(s); c.kana == 0 && c.hangul == 0 && c.han > 0 && !strings.ContainsAny(s, "abcdefghijklmnopqrstuvwxyz") {
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
		if strings.HasPrefix(s.ID, "letter.") && strings.Contains(p.Text(), letterPrevails.exact("en")) {
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
			a, err := ParseAnswers(data)
			if err != nil {
				t.Fatal(err)
			}
			a.Lang = lang
			p := BuildPlan(a, Evaluate(a), planDate)
			checkPlan(t, p)
			checkGolden(t, filepath.Join("testdata", "plans", "example."+lang+".txt"), p.Text())
		})
	}
}
