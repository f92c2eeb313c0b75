package assessment

import "strconv"

// ClearedEarlyCheck is the ID of the one consistency check that needs the
// day the answers speak of (InconsistenciesOn): returnees counted as
// cleared before they can have finished their medical observation.
const ClearedEarlyCheck = "returnees_cleared_early"

// InconsistenciesOn returns the consistency checks answers a fail as of
// day ("2006-01-02": the day the answers are given, or the day a plan is
// dated): Inconsistencies, then the check that needs the day. An invalid
// day leaves that check out.
func InconsistenciesOn(a *Answers, day string) []Inconsistency {
	u := usable(a)
	out := inconsistencies(u)
	if in, ok := clearedEarly(u, day); ok {
		out = append(out, in)
	}
	return out
}

// clearedEarly is ClearedEarlyCheck on usable answers u as of day. A
// returnee from a medium- or high-risk region counts as cleared once they
// have finished QuarantineDays of medical observation. Before the first
// return date plus QuarantineDays nobody can have, and before the last
// return date plus QuarantineDays the last one back cannot have. Counting
// them cleared all the same is very likely a slip of a date or of the
// count, and a letter signed on it would pledge a clearance that cannot
// yet be; it is a Warning, since someone may have been observed before
// travelling.
func clearedEarly(u *Answers, day string) (Inconsistency, bool) {
	const clearedID, totalID, firstID, lastID = "returnees_cleared", "returnees_mid_high_risk", "returnees_first_return", "returnees_last_return"
	cleared, ok := answered(u, clearedID)
	if !ok || cleared <= 0 || !ValidDate(day) {
		return Inconsistency{}, false
	}
	in := Inconsistency{Check: ClearedEarlyCheck, Severity: Warning}
	k := strconv.Itoa(QuarantineDays)
	if first, end := u.Str(firstID), addDays(u.Str(firstID), QuarantineDays); end != "" && questionByID[firstID].Applies(u) && day < end {
		in.Fields = []string{clearedID, firstID}
		in.Message = msgf("consistency.check.cleared_early", "day", dayText(day), "f", label(firstID), "first", dayText(first),
			"k", k, "end", dayText(end), "c", label(clearedID), "n", fmtNum(cleared))
		return in, true
	}
	total, ok := answered(u, totalID)
	last, end := u.Str(lastID), addDays(u.Str(lastID), QuarantineDays)
	if !ok || cleared < total || end == "" || !questionByID[lastID].Applies(u) || day >= end {
		return Inconsistency{}, false
	}
	in.Fields = []string{clearedID, totalID, lastID}
	in.Message = msgf("consistency.check.cleared_all_early", "day", dayText(day), "l", label(lastID), "last", dayText(last),
		"k", k, "end", dayText(end), "c", label(clearedID), "n", fmtNum(cleared), "t", label(totalID))
	return in, true
}
