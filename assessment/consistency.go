package assessment

import "strconv"

// ConsistencyKind is how a consistency check compares its answers.
type ConsistencyKind int

// The kinds of consistency check.
const (
	SumEquals      ConsistencyKind = iota // the parts add up to the whole
	SumAtMost                             // the parts add up to no more than the whole
	DatesInOrder                          // the first part's date is not after the whole's
	SittingsAtMost                        // the whole (diners) fits the first part (seats, every one taken) in at most MaxCanteenSittings sittings
)

// MaxCanteenSittings is the most sittings a canteen can serve one meal in
// (about two hours of 30-minute sittings). A canteen whose seats, every one
// taken, need more is very likely a mistyped seat count or shift: at 1 m
// apart it needs four times as many sittings still.
const MaxCanteenSittings = 4

// Consistency is one check that answers agree with each other, as data
// beside the questions: the questions it reads and how it compares them.
// An answer left empty is not compared, except an optional part of a sum,
// which counts as 0 once another part is answered.
type Consistency struct {
	ID       string // stable, never reused
	Kind     ConsistencyKind
	Parts    []string // question IDs added up, or the earlier date, or the seats
	Whole    string   // the question ID the parts are compared with
	Severity Severity // Error when the answers cannot both be true; Warning when one is very likely mistyped
}

// Consistencies are the cross-field checks of ruleset 2026.1, in the order
// their problems are reported. returnees_in_quarantine (ruleset 2026.2)
// counts once the question exists.
var Consistencies = []Consistency{
	{ID: "returnees_accounted", Kind: SumAtMost, Parts: []string{"returnees_cleared", "returnees_in_quarantine"}, Whole: "returnees_mid_high_risk", Severity: Error},
	{ID: "returnees_high_risk", Kind: SumAtMost, Parts: []string{"returnees_high_risk"}, Whole: "returnees_mid_high_risk", Severity: Error},
	{ID: "peak_shift", Kind: SumAtMost, Parts: []string{"peak_shift_workers"}, Whole: "employees_total", Severity: Warning},
	{ID: "dorm_residents", Kind: SumAtMost, Parts: []string{"dorm_residents"}, Whole: "employees_total", Severity: Warning},
	{ID: "foreign_staff", Kind: SumAtMost, Parts: []string{"foreign_staff"}, Whole: "employees_total", Severity: Warning},
	{ID: "returnee_dates", Kind: DatesInOrder, Parts: []string{"returnees_first_return"}, Whole: "returnees_last_return", Severity: Error},
	{ID: "staff_classes", Kind: SumEquals, Parts: staffClasses, Whole: "employees_total", Severity: Warning},
	{ID: "canteen_seats", Kind: SittingsAtMost, Parts: []string{"canteen_seats"}, Whole: "peak_shift_workers", Severity: Warning},
}

// staffClasses are Suzhou's four classes of person, as question IDs.
var staffClasses = []string{"staff_normal", "staff_ordinary_isolation", "staff_key_isolation", "staff_in_treatment"}

// Inconsistency is a consistency check the answers fail.
type Inconsistency struct {
	Check    string   // the Consistency's ID
	Fields   []string // the questions it read that are answered: parts, then the whole
	Severity Severity
	Message  Text
}

// Inconsistencies returns the consistency checks answers a fail. Only
// usable answers to questions that apply are compared.
func Inconsistencies(a *Answers) []Inconsistency {
	return inconsistencies(usable(a))
}

// InconsistentFields returns the labels of every question an
// inconsistency names, each once, in order.
func InconsistentFields(is []Inconsistency) []Text {
	seen := map[string]bool{}
	var out []Text
	for _, in := range is {
		for _, id := range in.Fields {
			if !seen[id] {
				seen[id] = true
				out = append(out, label(id))
			}
		}
	}
	return out
}

// InconsistentTitle is what the result, the plan and the PDF say while
// answers contradict each other.
var InconsistentTitle = msg("consistency.inconsistent_title")

func inconsistencies(u *Answers) []Inconsistency {
	var out []Inconsistency
	for _, c := range Consistencies {
		if in, ok := c.check(u); ok {
			out = append(out, in)
		}
	}
	return out
}

// answered returns question id's number, if it is answered and applies.
func answered(u *Answers, id string) (float64, bool) {
	q, known := questionByID[id]
	n, ok := u.Number(id)
	return n, ok && known && q.Applies(u)
}

// check runs c on usable answers u; ok is true when they fail it.
func (c Consistency) check(u *Answers) (in Inconsistency, ok bool) {
	in = Inconsistency{Check: c.ID, Severity: c.Severity}
	switch c.Kind {
	case DatesInOrder:
		first, last := u.Str(c.Parts[0]), u.Str(c.Whole)
		if first == "" || last == "" || !questionByID[c.Whole].Applies(u) || first <= last {
			return in, false
		}
		in.Fields = []string{c.Parts[0], c.Whole}
		in.Message = msgf("consistency.check.after", "parts", label(c.Parts[0]), "first", first, "whole", label(c.Whole), "last", last)
		return in, true
	case SittingsAtMost:
		seats, ok1 := answered(u, c.Parts[0])
		diners, ok2 := answered(u, c.Whole)
		if !ok1 || !ok2 {
			return in, false
		}
		sittings := (int(diners) + int(seats) - 1) / int(seats)
		if sittings <= MaxCanteenSittings {
			return in, false
		}
		in.Fields = []string{c.Parts[0], c.Whole}
		st, d, n, m := fmtNum(seats), fmtNum(diners), strconv.Itoa(sittings), strconv.Itoa(MaxCanteenSittings)
		in.Message = msgf("consistency.check.canteen_has_seats_people", "st", st, "d", d, "n", n, "m", m)
		return in, true
	}
	whole, ok := answered(u, c.Whole)
	if !ok {
		return in, false
	}
	sum, any, all := 0.0, false, true
	var parts []Text
	for _, id := range c.Parts {
		n, ok := answered(u, id)
		if !ok {
			all = false
			continue
		}
		any = true
		sum += n
		in.Fields = append(in.Fields, id)
		parts = append(parts, label(id))
	}
	switch {
	case !any,
		c.Kind == SumEquals && (!all || sum == whole),
		c.Kind == SumAtMost && sum <= whole:
		return in, false
	}
	in.Fields = append(in.Fields, c.Whole)
	w, s := label(c.Whole), fmtNum(sum)
	if c.Kind == SumEquals {
		n, t := countNumeral(len(parts)), fmtNum(whole)
		in.Message = msgf("consistency.check.classes_add_up", "n", n, "s", s, "w", labelMidSentence(w), "t", t)
		return in, true
	}
	if len(parts) == 1 {
		p := parts[0]
		in.Message = msgf("consistency.check.cannot_exceed", "p", p, "s", s, "w", w, "whole", fmtNum(whole))
		return in, true
	}
	names := join(msg("consistency.check.text"), parts...)
	in.Message = msgf("consistency.check.together_cannot_exceed", "names", names, "s", s, "w", w, "whole", fmtNum(whole))
	return in, true
}

// labelMidSentence returns a question's label as each language writes it
// inside a sentence: as written, or with its first letter lowered where
// the catalog's "lang.label_mid_sentence" says "lower_first" (English:
// "but total employees is 186").
func labelMidSentence(label Text) Text {
	how := msg("lang.label_mid_sentence")
	var t Text
	for i, l := range languageList {
		s := label.In(l.code)
		if how.exact(l.code) == "lower_first" {
			s = lowerFirst(s)
		}
		t.set(i, s)
	}
	return t
}

// lowerFirst lowers the first letter of a label used mid-sentence.
func lowerFirst(s string) string {
	if s != "" && s[0] >= 'A' && s[0] <= 'Z' {
		return string(s[0]+'a'-'A') + s[1:]
	}
	return s
}
