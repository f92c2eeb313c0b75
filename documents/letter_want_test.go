package documents

import (
	"path/filepath"
	"strings"
	"testing"

	"fugong/assessment"
	"fugong/internal/scenario"
)

// TestScenarioLetters checks the lines of every scenario's want section
// that are about the letter and the plan (checkLetterWant); the rules'
// scenario test checks the others.
func TestScenarioLetters(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(scenarios, "*.txtar"))
	if len(files) == 0 {
		t.Fatal("no scenarios")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar := scenario.Read(t, file)
			a, err := assessment.ParseAnswers(scenario.Answers(t, ar, scenarios))
			if err != nil {
				t.Fatal(err)
			}
			want, ok := ar.File("want")
			if !ok {
				t.Fatal("no want section")
			}
			checkLetterWant(t, a, assessment.Evaluate(a), want)
		})
	}
}

// checkLetterWant asserts the lines of a scenario's want section that are
// about the commitment letter, on the plan built from a and r:
//
//	letter FORM           the letter's form: ready, phased or not_ready
//	letter_item ITEM      the letter lists ITEM with a deadline
//	letter_deadline ITEM TEXT   ITEM's deadline is printed as TEXT
//	letter_has TEXT / letter_lacks TEXT   the letter holds (or not) TEXT
//	plan_has TEXT / plan_lacks TEXT       the whole plan holds (or not) TEXT
//
// Other lines are checkWant's.
func checkLetterWant(t *testing.T, a *assessment.Answers, r assessment.Result, want string) {
	t.Helper()
	p := BuildPlan(a, r, planDate)
	s, ok := section(p, "letter.enterprise")
	if !ok {
		t.Fatal("no letter")
	}
	text := sectionText(p, "letter.enterprise")
	rows := map[string][]string{}
	for _, b := range s.Blocks {
		if b.Kind == TableBlock {
			for _, row := range b.Table.Rows {
				rows[row[1]] = row
			}
		}
	}
	row := func(id string) []string {
		for title, r := range rows {
			if strings.HasPrefix(title, assessment.ItemTitle(id).In(p.Lang)) {
				return r
			}
		}
		return nil
	}
	for _, line := range strings.Split(strings.TrimSpace(want), "\n") {
		key, arg, _ := strings.Cut(strings.TrimSpace(line), " ")
		switch key {
		case "letter":
			if got := letterForm(s, text); got != arg {
				t.Errorf("letter form = %s, want %s:\n%s", got, arg, text)
			}
		case "letter_item":
			if row(arg) == nil {
				t.Errorf("letter does not list %s; rows %v", arg, rows)
			}
		case "letter_deadline":
			id, date, _ := strings.Cut(arg, " ")
			if r := row(id); r == nil || r[len(r)-1] != date {
				t.Errorf("letter deadline of %s = %v, want %s", id, r, date)
			}
		case "letter_has":
			if !strings.Contains(text, arg) {
				t.Errorf("letter lacks %q:\n%s", arg, text)
			}
		case "letter_lacks":
			if strings.Contains(text, arg) {
				t.Errorf("letter holds %q:\n%s", arg, text)
			}
		case "plan_has":
			if !strings.Contains(p.Text(), arg) {
				t.Errorf("plan lacks %q", arg)
			}
		case "plan_lacks":
			if strings.Contains(p.Text(), arg) {
				t.Errorf("plan holds %q", arg)
			}
		}
	}
}

// letterForm tells which form a Chinese letter takes, from its text: a
// pledge to correct (no resumption until re-assessed), a phased letter
// (items with deadlines, parts resuming first), or a letter of an
// enterprise ready to resume (the five conditions, no items).
func letterForm(s Section, text string) string {
	table := false
	for _, b := range s.Blocks {
		table = table || b.Kind == TableBlock
	}
	switch {
	case strings.Contains(s.Title, "整改承诺书") && strings.Contains(text, "本企业不复工复产") && !strings.Contains(text, "五到位"):
		return "not_ready"
	case strings.Contains(text, "部分具备复工复产条件") && strings.Contains(text, "先行复工") && table && !strings.Contains(text, "五到位"):
		return "phased"
	case strings.Contains(text, "具备复工复产条件，拟于") && !table && !strings.Contains(s.Title, "整改"):
		return "ready"
	}
	return "unknown"
}
