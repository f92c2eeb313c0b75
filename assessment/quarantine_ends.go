package assessment

import (
	"strconv"
	"strings"
)

// QuarantineEndsID is the question that lists, from the staff roster, the
// days on which returnees' quarantine ends and how many people's end on
// each: entries "2006-01-02:N" in date order, no names.
const QuarantineEndsID = "returnees_quarantine_ends"

// MaxQuarantineEnds is the most days the list of quarantine ends holds.
const MaxQuarantineEnds = 60

// EndGroup is how many returnees' quarantine ends on one day.
type EndGroup struct {
	Date   string `json:"date"`   // "2006-01-02"
	People int    `json:"people"` // at least 1
}

// EndsValue is the answer that lists groups, which must be in date order.
func EndsValue(groups []EndGroup) Value {
	list := make([]string, len(groups))
	for i, g := range groups {
		list[i] = g.Date + ":" + strconv.Itoa(g.People)
	}
	return Value{Type: TypeList, List: list}
}

// parseEnd reads one entry "2006-01-02:N".
func parseEnd(s string) (EndGroup, bool) {
	date, n, ok := strings.Cut(s, ":")
	if !ok || !ValidDate(date) {
		return EndGroup{}, false
	}
	people, err := strconv.Atoi(n)
	if err != nil || people < 1 || people > 1000000 {
		return EndGroup{}, false
	}
	return EndGroup{Date: date, People: people}, true
}

// endsProblem checks the entries of the list of quarantine ends q: each a
// date and a number of people, in date order, each date once.
func endsProblem(q Question, list []string) *Problem {
	l := quoted(q.Label)
	p := func(message Text) *Problem {
		return &Problem{Code: CodeQuarantineEnds, Question: q.ID, Severity: Error, Message: message}
	}
	if len(list) > MaxQuarantineEnds {
		return p(msgf("quarantine_ends.ends_problem.too_many", "q", l, "k", strconv.Itoa(MaxQuarantineEnds)))
	}
	prev := ""
	for _, e := range list {
		g, ok := parseEnd(e)
		if !ok {
			return p(msgf("quarantine_ends.ends_problem.malformed", "q", l, "e", shown(e)))
		}
		if g.Date <= prev {
			return p(msgf("quarantine_ends.ends_problem.order", "q", l, "d", shown(g.Date)))
		}
		prev = g.Date
	}
	return nil
}

// quarantineEnds is the usable list of quarantine ends in u, or nil.
func quarantineEnds(u *Answers) []EndGroup { return ParseEnds(u.Get(QuarantineEndsID)) }

// ParseEnds reads the entries of a list of quarantine ends v, leaving out
// those that are not "2006-01-02:N"; nil when there are none.
func ParseEnds(v Value) []EndGroup {
	if v.Type != TypeList {
		return nil
	}
	var gs []EndGroup
	for _, e := range v.List {
		if g, ok := parseEnd(e); ok {
			gs = append(gs, g)
		}
	}
	return gs
}

// endsSumProblems reports a list of quarantine ends whose people do not
// add up to the number still in quarantine; u holds usable answers.
func endsSumProblems(u *Answers) []Problem {
	gs := quarantineEnds(u)
	away, ok := u.Number("returnees_in_quarantine")
	if len(gs) == 0 || !ok {
		return nil
	}
	sum := 0
	for _, g := range gs {
		sum += g.People
	}
	if float64(sum) == away {
		return nil
	}
	s, n := strconv.Itoa(sum), fmtNum(away)
	l, in := quoted(label(QuarantineEndsID)), quoted(label("returnees_in_quarantine"))
	return []Problem{{Code: CodeQuarantineEnds, Question: QuarantineEndsID, Severity: Error, Message: msgf("quarantine.ends.ends_sum_problems.message", "l", l, "s", s, "in", in, "n", n)}}
}
