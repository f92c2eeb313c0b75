package documents

import (
	"sort"
	"time"

	"fugong/assessment"
)

// Change is one answer that differs between two sets of answers.
type Change struct {
	Question string
	Label    assessment.Text
	Old, New assessment.Value // empty when unanswered
}

// OldText and NewText write the old and new answer as people read them.
func (c Change) OldText(lang string) string { return changeValue(c.Question, c.Old, lang) }

// NewText writes the new answer as people read it.
func (c Change) NewText(lang string) string { return changeValue(c.Question, c.New, lang) }

func changeValue(id string, v assessment.Value, lang string) string {
	if v.IsEmpty() {
		return msg("stale.change_value.empty").In(lang)
	}
	return assessment.AnswerText(id, v, lang)
}

// StaleEdit reports whether the enterprise's own text for plan section id,
// written when the answers were basis, may hold numbers the answers now
// contradict: the text the kit would generate for the section differs
// between basis and now. It returns the changed answers that make the
// difference, each with its old and new value. The edits of both are
// ignored; date is the plan's date.
func StaleEdit(basis, now *assessment.Answers, id string, date time.Time) (bool, []Change) {
	if basis == nil || now == nil {
		return false, nil
	}
	before := generatedSection(basis, id, date)
	if before == generatedSection(now, id, date) {
		return false, nil
	}
	ids := map[string]bool{}
	for k := range basis.Values {
		ids[k] = true
	}
	for k := range now.Values {
		ids[k] = true
	}
	keys := make([]string, 0, len(ids))
	for k := range ids {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var cs []Change
	for _, k := range keys {
		o, n := basis.Get(k), now.Get(k)
		if o.Equal(n) {
			continue
		}
		one := withoutEdits(basis)
		one.Set(k, n)
		if generatedSection(one, id, date) != before {
			cs = append(cs, Change{Question: k, Label: assessment.Label(k), Old: o, New: n})
		}
	}
	return true, cs
}

// withoutEdits copies a's setup and answers, leaving its edits out.
func withoutEdits(a *assessment.Answers) *assessment.Answers {
	c := &assessment.Answers{Ruleset: a.Ruleset, Lang: a.Lang, Park: a.Park, Values: make(map[string]assessment.Value, len(a.Values))}
	for k, v := range a.Values {
		c.Values[k] = v
	}
	return c
}

// generatedSection is the text BuildPlan generates for section id from
// a's answers, ignoring a's edits; "" when the section does not apply.
func generatedSection(a *assessment.Answers, id string, date time.Time) string {
	c := withoutEdits(a)
	p := BuildPlan(c, assessment.Evaluate(c), date)
	for _, s := range p.Sections {
		if s.ID == id {
			// Blocks only: a number in the title moves when another
			// section comes or goes, and says nothing of the text.
			return (&Plan{Sections: []Section{{Blocks: s.Blocks}}}).Text()
		}
	}
	return ""
}
