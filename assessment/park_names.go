package assessment

import "strconv"

// A park's zones (片区) and its own industries are short lists of names
// its staff type; an enterprise's answer to the questions zone and
// industry is one of those names (or one of the kit's industry IDs).

// Limits of a park's lists of names.
const (
	MaxParkNames   = 30 // zones, and industries of its own
	MaxParkNameLen = 12 // characters of one name
)

// validateNames checks a list of names: at most MaxParkNames, each
// non-empty, at most MaxParkNameLen characters, within the text policy,
// none twice and none the ID of one of the kit's industries.
func validateNames(field string, label Text, names []string) []Problem {
	var ps []Problem
	add := func(code string, msg Text) {
		ps = append(ps, Problem{Code: code, Question: "park." + field, Severity: Error, Message: msg})
	}
	if len(names) > MaxParkNames {
		n := strconv.Itoa(MaxParkNames)
		add(CodeTooLong, msgf("park.names.validate_names.at_most", "label", label, "n", n))
	}
	seen := map[string]bool{}
	for _, n := range names {
		if n == "" {
			add(CodeRequired, msgf("park.names.validate_names.needs_name", "label", label))
			continue
		}
		if tp := textProblem("park."+field, label, n, MaxParkNameLen, false); tp != nil {
			ps = append(ps, *tp)
			continue
		}
		if seen[n] || field == "industries" && isKitIndustry(n) {
			s := shown(n)
			add(CodeInconsistent, msgf("park.names.validate_names.listed_twice", "label", label, "s", s))
		}
		seen[n] = true
	}
	return ps
}
