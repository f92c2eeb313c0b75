package assessment

import (
	"sort"
	"strings"
	"time"
)

// Severity says whether a problem must be fixed.
type Severity string

// The severities of a problem.
const (
	Error   Severity = "error"   // must be fixed: the answer is missing or unusable
	Warning Severity = "warning" // worth a look: the file still evaluates as it is
)

// Problem is one thing wrong with an answers file. Question is the
// question's ID, or "park.FIELD" for the park's setup, or "" for the
// file as a whole.
type Problem struct {
	Code     string
	Question string
	Severity Severity
	Message  Text
}

// Validate checks every answer against its question and the answers
// against each other, and the park's setup. Questions that do not apply
// are skipped. Problems come in form order, then cross-checks, then the
// park, then unknown IDs.
func Validate(a *Answers) []Problem {
	if a == nil {
		a = &Answers{}
	}
	var ps []Problem
	if a.Ruleset != RulesetVersion {
		ps = append(ps, Problem{Code: CodeRuleset, Severity: Warning, Message: msgRuleset(a.Ruleset)})
		ps = append(ps, rulesetChanges(a, usable(a))...)
	}
	if a.Lang != "" && !ValidLang(a.Lang) {
		ps = append(ps, Problem{Code: CodeLang, Question: "lang", Severity: Warning, Message: msgLang(a.Lang)})
	}
	for _, s := range FormFor(a.Park) {
		for _, q := range s.Questions {
			if !q.Applies(a) {
				continue
			}
			if p := ValidateAnswer(q, a.Get(q.ID)); p != nil {
				ps = append(ps, *p)
			}
		}
	}
	u := usable(a)
	ps = append(ps, crossCheck(u)...)
	ps = append(ps, endsSumProblems(u)...)
	ps = append(ps, ValidatePark(a.Park)...)
	ps = append(ps, validateDeadlines(a)...)
	for id, text := range a.Edits {
		sid := shown(id)
		label := msgf("validate.validate.plan_section", "sid", sid)
		if tp := textProblem("edits."+id, label, text, MaxEditLen, true); tp != nil {
			ps = append(ps, *tp)
		}
	}
	var unknown []string
	for id := range a.Values {
		if _, ok := questionByID[id]; !ok {
			unknown = append(unknown, id)
		}
	}
	sort.Strings(unknown)
	for _, id := range unknown {
		ps = append(ps, Problem{Code: CodeUnknownQuestion, Question: id, Severity: Warning, Message: msgUnknownQuestion(id)})
	}
	for _, k := range a.unknown {
		k := shown(k)
		ps = append(ps, Problem{Code: CodeUnknownField, Question: k, Severity: Warning,
			Message: msgf("validate.validate.message", "k", k)})
	}
	return ps
}

// MaxEditLen is the most characters an enterprise's own text of one plan
// section may hold.
const MaxEditLen = 20000

// ValidateAnswer checks one answer against its question alone, as the
// form does while the user types. It returns nil when the answer is fine.
// An empty answer to a required question is a problem; to an optional
// one it is not.
func ValidateAnswer(q Question, v Value) *Problem {
	p := func(code string, msg Text) *Problem {
		return &Problem{Code: code, Question: q.ID, Severity: Error, Message: msg}
	}
	if v.IsEmpty() {
		if q.Required {
			return p(CodeRequired, MsgRequired(q.Label))
		}
		return nil
	}
	want := valueTypeOf(q.Kind)
	if want == TypeNumber && v.Type == TypeInvalid && numberOutOfRange(v.raw) {
		return p(CodeRange, msgRange(q.Label, q.Min, q.Max, q.Unit))
	}
	if v.Type != want {
		return p(CodeType, msgType(q.Label, typeName(want)))
	}
	switch q.Kind {
	case KindNumber:
		if !(v.Num >= q.Min && v.Num <= q.Max) {
			return p(CodeRange, msgRange(q.Label, q.Min, q.Max, q.Unit))
		}
		if q.Whole && !isWhole(v.Num) {
			return p(CodeWhole, msgWhole(q.Label))
		}
	case KindText:
		if tp := textProblem(q.ID, q.Label, v.Str, q.maxLen(), false); tp != nil {
			return tp
		}
	case KindChoice:
		if _, ok := q.choice(v.Str); !ok {
			return p(CodeUnknownChoice, msgChoice(q.Label, v.Str))
		}
	case KindChoices:
		seen := map[string]bool{}
		for _, id := range v.List {
			if _, ok := q.choice(id); !ok {
				return p(CodeUnknownChoice, msgChoice(q.Label, id))
			}
			if seen[id] {
				id := shown(id)
				return p(CodeUnknownChoice, msgf("validate.validate_answer.lists_twice", "label", q.Label, "id", id))
			}
			seen[id] = true
		}
	case KindQuarantineEnds:
		return endsProblem(q, v.List)
	case KindDate:
		if !ValidDate(v.Str) {
			return p(CodeDate, msgDate(q.Label, v.Str))
		}
	case KindPhone:
		if !ValidPhone(v.Str) {
			return p(CodePhone, MsgPhone(q.Label))
		}
	case KindHotline:
		if !ValidHotline(v.Str) {
			return p(CodePhone, MsgPhone(q.Label))
		}
	case KindCreditCode:
		if !ValidCreditCode(v.Str) {
			return p(CodeCreditCode, msgCreditCode(q.Label))
		}
	}
	return nil
}

// ValidDate reports whether s is a date written "2006-01-02" between
// 2020 and 2099.
func ValidDate(s string) bool {
	t, err := time.Parse(time.DateOnly, s)
	return err == nil && t.Year() >= 2020 && t.Year() <= 2099
}

// yearOutOfRange reports whether s is a date written "2006-01-02" but
// outside the years ValidDate takes: a slip in the year, such as 2062
// for 2026 or 0226.
func yearOutOfRange(s string) bool {
	t, err := time.Parse(time.DateOnly, s)
	return err == nil && (t.Year() < 2020 || t.Year() > 2099)
}

// valueTypeOf is the JSON form answers of kind k take.
func valueTypeOf(k Kind) ValueType {
	switch k {
	case KindNumber:
		return TypeNumber
	case KindYesNo:
		return TypeBool
	case KindChoices, KindQuarantineEnds:
		return TypeList
	}
	return TypeString
}

func typeName(t ValueType) Text {
	switch t {
	case TypeNumber:
		return msg("validate.type_name.number")
	case TypeBool:
		return msg("validate.type_name.yes_no_true_false")
	case TypeList:
		return msg("validate.type_name.list_choices")
	}
	return msg("validate.type_name.text")
}

// usable returns the answers that pass their own question's checks, so
// that the rules never read a wrong or unknown answer: such an answer
// counts as missing.
func usable(a *Answers) *Answers {
	u := &Answers{Values: map[string]Value{}}
	if a == nil {
		return u
	}
	for id, v := range a.Values {
		q, ok := LookupFor(a.Park, id)
		if !ok || v.IsEmpty() || ValidateAnswer(q, v) != nil {
			continue
		}
		if v.Type == TypeString {
			v.Str = strings.TrimSpace(v.Str)
		}
		u.Values[id] = v
	}
	return u
}

// crossCheck compares answers with each other (Consistencies); u holds
// usable answers. Each failed check is one problem, on its first field.
func crossCheck(u *Answers) []Problem {
	var ps []Problem
	for _, in := range inconsistencies(u) {
		ps = append(ps, Problem{Code: CodeInconsistent, Question: in.Fields[0], Severity: in.Severity, Message: in.Message})
	}
	return ps
}
