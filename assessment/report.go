package assessment

import (
	"bytes"
	"encoding/json"
)

// Encode returns the result as indented JSON with every message in lang
// (falling back to Chinese): the form the command line prints and tests
// compare. Fields: ruleset, lang, category, category_name, batch,
// batch_date, park_category, priority, priority_reasons, readiness,
// readiness_name, items, because, quantities, thresholds, problems,
// warnings.
func (r Result) Encode(lang string) ([]byte, error) {
	if !ValidLang(lang) {
		lang = "zh"
	}
	out := report{
		Ruleset: r.Ruleset, Lang: lang,
		Category: r.Category, CategoryName: CategoryName(r.Category).In(lang),
		Batch: r.Batch, BatchDate: r.BatchDate, ParkCategory: r.ParkCategory,
		Priority: r.Priority, PriorityReasons: reasonsIn(r.PriorityReasons, lang),
		Readiness: r.Readiness, ReadinessName: ReadinessName(r.Readiness).In(lang),
		Items: []itemReport{}, Because: reasonsIn(r.Because, lang),
		Quantities: r.Quantities, Thresholds: r.Thresholds,
		Problems: problemsIn(r.Errors(), lang), Warnings: problemsIn(r.Warnings(), lang),
	}
	for _, it := range r.Items {
		ir := itemReport{ID: it.ID, Level: it.Level, Met: it.Met, Title: it.Title.In(lang),
			Reason: it.Reason.In(lang), Answers: factsIn(it.Answers), Missing: it.Missing}
		if !it.Met {
			ir.Action = it.Action.In(lang)
		}
		out.Items = append(out.Items, ir)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // "<" and "≥" stay readable
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type report struct {
	Ruleset         string          `json:"ruleset"`
	Lang            string          `json:"lang"`
	Category        int             `json:"category"`
	CategoryName    string          `json:"category_name"`
	Batch           int             `json:"batch"`
	BatchDate       string          `json:"batch_date,omitempty"`
	ParkCategory    int             `json:"park_category,omitempty"`
	Priority        bool            `json:"priority"`
	PriorityReasons []reasonReport  `json:"priority_reasons"`
	Readiness       Readiness       `json:"readiness"`
	ReadinessName   string          `json:"readiness_name"`
	Items           []itemReport    `json:"items"`
	Because         []reasonReport  `json:"because"`
	Quantities      Quantities      `json:"quantities"`
	Thresholds      Thresholds      `json:"thresholds"`
	Problems        []problemReport `json:"problems"`
	Warnings        []problemReport `json:"warnings"`
}

type reasonReport struct {
	Rule    string           `json:"rule"`
	Fired   bool             `json:"fired"`
	Message string           `json:"message"`
	Answers map[string]Value `json:"answers,omitempty"`
	Missing []string         `json:"missing,omitempty"`
}

type itemReport struct {
	ID      string           `json:"id"`
	Level   Level            `json:"level"`
	Met     bool             `json:"met"`
	Title   string           `json:"title"`
	Reason  string           `json:"reason"`
	Action  string           `json:"action,omitempty"`
	Answers map[string]Value `json:"answers,omitempty"`
	Missing []string         `json:"missing,omitempty"`
}

type problemReport struct {
	Code     string `json:"code"`
	Question string `json:"question,omitempty"`
	Message  string `json:"message"`
}

func reasonsIn(rs []Reason, lang string) []reasonReport {
	out := []reasonReport{}
	for _, r := range rs {
		out = append(out, reasonReport{Rule: r.Rule, Fired: r.Fired, Message: r.Message.In(lang),
			Answers: factsIn(r.Answers), Missing: r.Missing})
	}
	return out
}

func problemsIn(ps []Problem, lang string) []problemReport {
	out := []problemReport{}
	for _, p := range ps {
		out = append(out, problemReport{Code: p.Code, Question: p.Question, Message: p.Message.In(lang)})
	}
	return out
}

// factsIn maps each answer read to its value; a missing one is null.
func factsIn(fs []Fact) map[string]Value {
	if len(fs) == 0 {
		return nil
	}
	m := map[string]Value{}
	for _, f := range fs {
		m[f.Question] = f.Value
	}
	return m
}
