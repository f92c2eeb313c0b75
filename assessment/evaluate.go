package assessment

// RulesetVersion names the rules this package applies. Every Result and
// every answers file it writes carries it.
const RulesetVersion = "2026.2"

// Result is what the kit concludes from an enterprise's answers, with the
// reasons for each conclusion.
type Result struct {
	Ruleset         string     // always RulesetVersion
	Thresholds      Thresholds // the thresholds applied: the park's or the defaults
	Category        int        // 1–4; 0 when missing answers leave it undetermined
	Batch           int        // 1–3; 0 when the category is undetermined
	BatchDate       string     // the park's opening date of that batch, if set
	Priority        bool       // resumes with priority (优先复工)
	PriorityReasons []Reason   // the priority rules that fired
	Readiness       Readiness
	Items           []Item     // the applicable readiness items, in the table's order
	Because         []Reason   // the category rules tested, in order, ending with the one that decided; then the batch
	Quantities      Quantities // numbers worked out for the plan
	ParkCategory    int        // the park's own category from its link, 0 if none; never mixed into Category
	Problems        []Problem  // what Validate found: errors and warnings
}

// Evaluate classifies an enterprise and checks its readiness. It never
// fails: answers that are missing or do not pass their question's checks
// count as missing, the result says which, and Problems lists them.
func Evaluate(a *Answers) Result {
	if a == nil {
		a = &Answers{}
	}
	u := usable(a)
	t := a.Park.Thresholds()
	r := Result{Ruleset: RulesetVersion, Thresholds: t, Problems: Validate(a)}
	if c := a.Park.Category; c >= 1 && c <= 4 {
		r.ParkCategory = c
	}
	r.Category, r.Because = classify(u, t)
	r.Batch = BatchOf(r.Category)
	if r.Batch > 0 {
		r.BatchDate = a.Park.BatchDate(r.Batch)
		if !ValidDate(r.BatchDate) {
			r.BatchDate = ""
		}
		r.Because = append(r.Because, batchReason(r.Category, r.Batch, r.BatchDate))
	}
	r.PriorityReasons = priority(u, r.Category, t)
	r.Priority = len(r.PriorityReasons) > 0
	r.Quantities = quantities(u)
	r.Readiness, r.Items = readiness(u, r.Quantities)
	return r
}

// Errors returns the problems of severity Error.
func (r Result) Errors() []Problem { return bySeverity(r.Problems, Error) }

// Warnings returns the problems of severity Warning.
func (r Result) Warnings() []Problem { return bySeverity(r.Problems, Warning) }

func bySeverity(ps []Problem, s Severity) []Problem {
	var out []Problem
	for _, p := range ps {
		if p.Severity == s {
			out = append(out, p)
		}
	}
	return out
}
