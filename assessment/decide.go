package assessment

// Usable returns the answers of a that pass their own question's checks:
// a wrong or unknown answer counts as missing, as it does for the rules.
func Usable(a *Answers) *Answers { return usable(a) }

// Decide works the category, batch and priority out of answers a with
// thresholds t by the rules alone, as Evaluate does; answers that fail
// their checks count as missing. The park's side uses it to check what a
// summary says against its own deciding answers.
func Decide(a *Answers, t Thresholds) (category, batch int, prio bool) {
	u := usable(a)
	category, _ = classify(u, t)
	return category, BatchOf(category), len(priority(u, category, t)) > 0
}
