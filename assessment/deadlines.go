package assessment

import (
	"strings"
)

// CodeDeadline marks a deadline that is not a date or names no readiness
// item.
const CodeDeadline = "deadline"

// Deadline returns the date ("2006-01-02") by which the enterprise
// undertakes to meet readiness item id, or "" when it has set none or
// the one set is not a date.
func (a *Answers) Deadline(id string) string {
	if a == nil {
		return ""
	}
	d := strings.TrimSpace(a.Deadlines[id])
	if !ValidDate(d) {
		return ""
	}
	return d
}

// SetDeadline stores the deadline of readiness item id; "" removes it.
func (a *Answers) SetDeadline(id, date string) {
	date = strings.TrimSpace(date)
	if date == "" {
		delete(a.Deadlines, id)
		return
	}
	if a.Deadlines == nil {
		a.Deadlines = map[string]string{}
	}
	a.Deadlines[id] = date
}

// IsItem reports whether id names a readiness item.
func IsItem(id string) bool {
	for _, d := range itemDefs {
		if d.id == id {
			return true
		}
	}
	return false
}

// validateDeadlines reports deadlines that are not dates (an error: the
// letter would print a blank instead) and deadlines of no known item (a
// warning: they are kept but not used).
func validateDeadlines(a *Answers) []Problem {
	var ps []Problem
	for _, id := range sortedKeys(a.Deadlines) {
		d := strings.TrimSpace(a.Deadlines[id])
		title := ItemTitle(id)
		switch {
		case !IsItem(id):
			ps = append(ps, Problem{Code: CodeDeadline, Question: "deadlines." + id, Severity: Warning,
				Message: msgf("deadlines.validate_deadlines.message", "id", id)})
		case d != "" && yearOutOfRange(d):
			ps = append(ps, Problem{Code: CodeDeadline, Question: "deadlines." + id, Severity: Error,
				Message: msgf("deadlines.validate_deadlines.message.deadline_out_of_range", "title", title, "d", d)})
		case d != "" && !ValidDate(d):
			ps = append(ps, Problem{Code: CodeDeadline, Question: "deadlines." + id, Severity: Error,
				Message: msgf("deadlines.validate_deadlines.message.deadline_not_date_write", "title", title, "d", d)})
		}
	}
	return ps
}
