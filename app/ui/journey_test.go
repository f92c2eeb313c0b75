package ui

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"fugong/app/browser"
	"fugong/assessment"
	"fugong/documents"
)

func question(t *testing.T, id string) assessment.Question {
	t.Helper()
	q, ok := assessment.Lookup(id)
	if !ok {
		t.Fatalf("no question %s", id)
	}
	return q
}

func TestParseInput(t *testing.T) {
	tests := []struct {
		name, id, in string
		want         assessment.Value
	}{
		{"empty", "employees_total", "  ", assessment.Value{}},
		{"whole", "employees_total", "186", assessment.NumberValue(186)},
		{"full-width digits", "employees_total", "１８６", assessment.NumberValue(186)},
		{"thousands", "floor_area_m2", "2,400", assessment.NumberValue(2400)},
		{"decimal", "automation_share", "69.9", assessment.NumberValue(69.9)},
		{"percent sign", "automation_share", "35 %", assessment.NumberValue(35)},
		{"ideographic full stop", "automation_share", "69。5", assessment.NumberValue(69.5)},
		{"not a number kept as text", "employees_total", "很多", assessment.StringValue("很多")},
		{"text kept as typed", "name", " 临沂精工 ", assessment.StringValue(" 临沂精工 ")},
		{"phone trimmed, half width", "contact_phone", " １３８５４９１２３４５", assessment.StringValue("13854912345")},
		{"credit code upper, no spaces", "credit_code", "91371311ma3r 7pq1x4", assessment.StringValue("91371311MA3R7PQ1X4")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parseInput(question(t, tt.id), tt.in); !got.Equal(tt.want) {
				t.Errorf("parseInput(%s, %q) = %+v, want %+v", tt.id, tt.in, got, tt.want)
			}
		})
	}
}

func TestFormatValue(t *testing.T) {
	for _, tt := range []struct {
		v    assessment.Value
		want string
	}{
		{assessment.NumberValue(2400), "2400"},
		{assessment.NumberValue(69.9), "69.9"},
		{assessment.StringValue("刘芳"), "刘芳"},
		{assessment.BoolValue(true), ""},
		{assessment.Value{}, ""},
	} {
		if got := formatValue(tt.v); got != tt.want {
			t.Errorf("formatValue(%+v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestToggleChoice(t *testing.T) {
	q := question(t, "product_types")
	v := toggleChoice(q, assessment.Value{}, "other", true)
	v = toggleChoice(q, v, "medical", true)
	if want := assessment.ListValue("medical", "other"); !v.Equal(want) {
		t.Errorf("toggleChoice = %v, want %v (in the question's order)", v.List, want.List)
	}
	v = toggleChoice(q, toggleChoice(q, v, "medical", false), "other", false)
	if !v.IsEmpty() {
		t.Errorf("toggleChoice off = %v, want empty", v.List)
	}
}

func exampleAnswers(t testing.TB) *assessment.Answers {
	t.Helper()
	data, err := os.ReadFile("../../testdata/example.json")
	if err != nil {
		t.Fatal(err)
	}
	a, err := assessment.ParseAnswers(data)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestDraftCodec(t *testing.T) {
	now := time.Date(2026, 2, 10, 9, 30, 0, 0, time.UTC)
	d := &draft{ID: "abc", Name: "一号厂", Updated: now, Step: 3, Answers: exampleAnswers(t)}
	d.Answers.Edits = map[string]string{"custom.001": "标题\n内容"}
	s, err := encodeDraft(d)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeDraft(s)
	if err != nil {
		t.Fatalf("decodeDraft(encodeDraft(d)): %v", err)
	}
	if got.ID != d.ID || got.Name != d.Name || !got.Updated.Equal(now) || got.Step != 3 {
		t.Errorf("decodeDraft = %+v, want %+v", got, d)
	}
	a, b := mustEncode(t, got.Answers), mustEncode(t, d.Answers)
	if a != b {
		t.Errorf("answers changed in the round trip:\n%s\nwant\n%s", a, b)
	}
	for _, bad := range []string{"", "{", `{"v":1}`, `{"v":1,"id":"x","answers":[1]}`, `[]`} {
		if _, err := decodeDraft(bad); err == nil {
			t.Errorf("decodeDraft(%q) succeeded, want an error", bad)
		}
	}
}

func mustEncode(t *testing.T, a *assessment.Answers) string {
	t.Helper()
	data, err := a.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// fullStorage fails every write as a full localStorage does.
type fullStorage struct{ browser.Memory }

func (fullStorage) Set(key, value string) error { return browser.ErrFull }

func TestDraftStore(t *testing.T) {
	st := browser.Memory{"other.key": "1", draftKeyPrefix + "bad": "not json"}
	s := openDrafts(st)
	if len(s.list()) != 0 {
		t.Fatalf("openDrafts read %d drafts from no drafts", len(s.list()))
	}
	old := newDraft("zh", time.Unix(100, 0))
	recent := newDraft("zh", time.Unix(200, 0))
	s.save(old)
	s.save(recent)
	s.setPlace(place{Draft: old.ID, Route: "/form"})

	again := openDrafts(st)
	if list := again.list(); len(list) != 2 || list[0].ID != recent.ID {
		t.Errorf("reopened list = %v, want the recent draft first of 2", list)
	}
	if again.place != (place{Draft: old.ID, Route: "/form"}) {
		t.Errorf("reopened place = %+v", again.place)
	}
	again.remove(old.ID)
	if third := openDrafts(st); third.get(old.ID) != nil || third.place != (place{}) {
		t.Errorf("removed draft still there, or its place remembered: %+v", third.place)
	}
	if st["other.key"] != "1" {
		t.Error("the store touched a key that is not its own")
	}
}

func TestDraftStoreFull(t *testing.T) {
	s := openDrafts(fullStorage{browser.Memory{}})
	d := newDraft("zh", time.Now())
	if err := s.save(d); !errors.Is(err, browser.ErrFull) {
		t.Errorf("save on full storage = %v, want browser.ErrFull", err)
	}
	if s.get(d.ID) != d || s.err != browser.ErrFull {
		t.Errorf("the draft is not kept in memory (%v) or the error not recorded (%v)", s.get(d.ID), s.err)
	}
}

func TestSessionSavesChanges(t *testing.T) {
	st := browser.Memory{}
	s := &session{store: openDrafts(st), evaluated: -1}
	d := s.current("zh")
	d.Answers.Set("name", assessment.StringValue("临沂精工"))
	s.changed() // schedules the save (natively it runs at once)
	s.flush()   // in the browser the timer would run it; here, run it now
	reopened := openDrafts(st)
	if got := reopened.get(d.ID); got == nil || got.enterprise() != "临沂精工" {
		t.Fatalf("change not saved: %+v", got)
	}
	if reopened.place.Draft != d.ID {
		t.Errorf("place = %+v, want the open draft", reopened.place)
	}
	r1 := s.evaluate()
	if s.evaluate().Category != r1.Category || s.evaluated != s.version {
		t.Error("evaluate is not kept between changes")
	}
}

func TestCloneDraft(t *testing.T) {
	d := &draft{ID: "a", Answers: exampleAnswers(t)}
	c, err := d.clone("副本", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	c.Answers.Set("name", assessment.StringValue("别的企业"))
	if c.ID == d.ID || d.enterprise() == "别的企业" {
		t.Error("clone shares its ID or its answers with the original")
	}
}

func TestFileName(t *testing.T) {
	day := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ name, want string }{
		{"临沂精工机械有限公司", "复工复产方案-临沂精工机械有限公司-2026-03-05.pdf"},
		{"  A/B:C*?\"<>|公司\n ", "复工复产方案-ABC公司-2026-03-05.pdf"},
		{"", "复工复产方案-未命名企业-2026-03-05.pdf"},
		{strings.Repeat("长", 80), "复工复产方案-" + strings.Repeat("长", 60) + "-2026-03-05.pdf"},
	} {
		if got := pdfFileName(tt.name, day); got != tt.want {
			t.Errorf("pdfFileName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	d := &draft{Answers: assessment.NewAnswers("zh")}
	if got := answersFileName(d, day); got != "复工复产答案-未命名企业-2026-03-05.json" {
		t.Errorf("answersFileName = %q", got)
	}
}

func TestReadImport(t *testing.T) {
	good := mustEncode(t, exampleAnswers(t))
	if a, _, ps, err := readImport([]byte(good), "zh"); err != nil || a.Str("name") == "" {
		t.Errorf("readImport(example) = %v, %v", ps, err)
	}
	partial := `{"ruleset": "2026.1", "answers": {"name": "半成品公司"}}`
	if _, _, ps, err := readImport([]byte(partial), "zh"); err != nil {
		t.Errorf("readImport(unfinished draft) refused: %v", ps)
	}
	for _, tt := range []struct{ name, file, field string }{
		{"not json", `{"ruleset": `, "文件"},
		{"wrong shape", `{"answers": [1, 2]}`, "answers"},
		{"out of range", `{"answers": {"automation_share": 150}}`, "自动化比例"},
		{"wrong type", `{"answers": {"employees_total": "很多"}}`, "职工总数"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, _, ps, err := readImport([]byte(tt.file), "zh")
			if err == nil || a != nil || len(ps) == 0 {
				t.Fatalf("readImport(%s) = %v, %v, %v; want refused", tt.file, a, ps, err)
			}
			if ps[0].Field != tt.field || ps[0].Message == "" {
				t.Errorf("problem = %+v, want field %q with a reason", ps[0], tt.field)
			}
		})
	}
}

func TestViewForm(t *testing.T) {
	a := assessment.NewAnswers("zh")
	steps := assessment.Form()
	before, total0 := answeredShare(viewForm(steps, a))
	if before != 0 || total0 == 0 {
		t.Fatalf("empty answers: %d of %d answered", before, total0)
	}
	a.Set("has_canteen", assessment.BoolValue(true))
	answered, total := answeredShare(viewForm(steps, a))
	if answered != 1 || total <= total0 {
		t.Errorf("a canteen adds its questions: %d of %d, before %d", answered, total, total0)
	}
	if stepOf(steps, "canteen_seats") != stepOf(steps, "has_canteen") || stepOf(steps, "nope") != -1 {
		t.Error("stepOf finds the wrong step")
	}
	if percent(1, 3) != 33 || percent(0, 0) != 0 {
		t.Error("percent is wrong")
	}
}

func TestQuantityRows(t *testing.T) {
	r := assessment.Evaluate(exampleAnswers(t))
	rows := quantityRows("zh", r.Quantities)
	if len(rows) < 5 {
		t.Fatalf("quantityRows = %v, want the example's quantities", rows)
	}
	for _, row := range rows {
		if _, ok := assessment.Lookup(row.Question); !ok || t0(row.Key) == row.Key || row.Value == "" {
			t.Errorf("row %+v: unknown question, label or value", row)
		}
	}
}

func t0(key string) string { return t("zh", key) }

func TestPlanEditHelpers(t *testing.T) {
	edits := map[string]string{"custom.002": "x", "prevention.canteen": "y"}
	if got := nextCustomID(edits); got != "custom.003" {
		t.Errorf("nextCustomID = %q, want custom.003", got)
	}
	if got := nextCustomID(nil); got != "custom.001" {
		t.Errorf("nextCustomID(nil) = %q", got)
	}
	sec := documents.Section{Blocks: []documents.Block{
		{Kind: documents.Paragraph, Text: "第一段"},
		{Kind: documents.List, Items: []string{"甲", "乙"}},
	}}
	if got, want := sectionText(sec), "第一段\n\n1. 甲\n2. 乙"; got != want {
		t.Errorf("sectionText = %q, want %q", got, want)
	}
	if got := customText(" 标题 ", " 内容\n"); got != "标题\n内容" {
		t.Errorf("customText = %q", got)
	}
}

func TestChangeTakesCurrentRuleset(t *testing.T) {
	st := browser.Memory{}
	old := newDraft("zh", time.Date(2026, 2, 1, 8, 0, 0, 0, time.UTC))
	old.Answers.Ruleset = assessment.PreviousRuleset
	old.Answers.Set("name", assessment.StringValue("临沂精工"))
	if err := openDrafts(st).save(old); err != nil {
		t.Fatal(err)
	}
	s := &session{store: openDrafts(st), evaluated: -1}
	s.store.place.Draft = old.ID
	d := s.current("zh")
	if d.Answers.Ruleset != assessment.PreviousRuleset || len(rulesetWarnings(s.evaluate())) == 0 {
		t.Fatalf("opening the draft changed its ruleset to %q, or no notice: the user has not seen what changed", d.Answers.Ruleset)
	}
	s.flush()
	if got := openDrafts(st).get(old.ID); got.Answers.Ruleset != assessment.PreviousRuleset {
		t.Fatalf("opened, not changed, the draft is stored as ruleset %q", got.Answers.Ruleset)
	}

	d.Answers.Set("address", assessment.StringValue("山东省临沂市"))
	s.changed()
	s.flush()
	got := openDrafts(st).get(old.ID)
	if got == nil {
		t.Fatal("the changed draft is not stored")
	}
	if got.Answers.Ruleset != assessment.RulesetVersion {
		t.Fatalf("after a change the draft is stored as ruleset %q, want %s", got.Answers.Ruleset, assessment.RulesetVersion)
	}
	if w := rulesetWarnings(assessment.Evaluate(got.Answers)); len(w) != 0 {
		t.Errorf("the saved draft still tells of an earlier ruleset: %v", w)
	}
}
