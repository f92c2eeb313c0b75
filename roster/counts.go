package roster

import (
	"sort"

	"fugong/assessment"
)

// Counts are the figures the assessment form asks for, worked out from
// the people on a given day.
type Counts struct {
	People int `json:"people"`
	// The four classes of person, and those not yet classed.
	Normal            int `json:"normal"`
	OrdinaryIsolation int `json:"ordinary_isolation"`
	KeyIsolation      int `json:"key_isolation"`
	InTreatment       int `json:"in_treatment"`
	Unclassed         int `json:"unclassed"`
	// Returnees by the risk of where they return from. MidHigh counts
	// everyone who owes 14 days' quarantine: medium and high risk, and
	// abroad (High and Abroad are the parts of it).
	ReturneesLow     int `json:"returnees_low"`
	ReturneesMidHigh int `json:"returnees_mid_high"`
	ReturneesHigh    int `json:"returnees_high"`
	ReturneesAbroad  int `json:"returnees_abroad"`
	// Of those: who finished the 14 days by the day, who is still in
	// quarantine away from work, and who is on site without having
	// finished it (the roster's own warning: they are in neither).
	Cleared         int      `json:"cleared"`
	InQuarantine    int      `json:"in_quarantine"`
	UnclearedOnSite []string `json:"uncleared_on_site,omitempty"`
	// The first and last return date of the returnees who owe quarantine.
	FirstReturn string `json:"first_return,omitempty"`
	LastReturn  string `json:"last_return,omitempty"`
	// QuarantineEnds lists each returnee still in quarantine on the day,
	// by the date it ends, then name.
	QuarantineEnds []QuarantineEnd `json:"quarantine_ends,omitempty"`
	// EndsByDay counts the same people by the day their quarantine
	// ends, in date order. It is nil when one of them has no valid end,
	// so that it always adds up to InQuarantine.
	EndsByDay []assessment.EndGroup `json:"ends_by_day,omitempty"`
}

// QuarantineEnd is when one person's quarantine ends.
type QuarantineEnd struct {
	Name       string `json:"name"`
	Department string `json:"department,omitempty"`
	Start      string `json:"start,omitempty"`
	End        string `json:"end"`
}

// Count works out the counts of people on day today ("2006-01-02"). A
// returnee is cleared once their quarantine end is on or before today.
func Count(people []Person, today string) Counts {
	c := Counts{People: len(people)}
	for _, p := range people {
		switch p.Class {
		case ClassNormal:
			c.Normal++
		case ClassOrdinaryIsolation:
			c.OrdinaryIsolation++
		case ClassKeyIsolation:
			c.KeyIsolation++
		case ClassInTreatment:
			c.InTreatment++
		default:
			c.Unclassed++
		}
		if p.Risk == RiskLow {
			c.ReturneesLow++
		}
		if !p.Risk.NeedsQuarantine() {
			continue
		}
		c.ReturneesMidHigh++
		switch p.Risk {
		case RiskHigh:
			c.ReturneesHigh++
		case RiskAbroad:
			c.ReturneesAbroad++
		}
		if validDate(p.Returned) {
			if c.FirstReturn == "" || p.Returned < c.FirstReturn {
				c.FirstReturn = p.Returned
			}
			if p.Returned > c.LastReturn {
				c.LastReturn = p.Returned
			}
		}
		switch {
		case p.Cleared(today):
			c.Cleared++
		case p.OnSite:
			c.UnclearedOnSite = append(c.UnclearedOnSite, p.Name)
		default:
			c.InQuarantine++
			c.QuarantineEnds = append(c.QuarantineEnds, QuarantineEnd{Name: p.Name, Department: p.Department,
				Start: p.QuarantineStart, End: p.QuarantineEnd})
		}
	}
	sort.SliceStable(c.QuarantineEnds, func(i, j int) bool {
		a, b := c.QuarantineEnds[i], c.QuarantineEnds[j]
		if a.End != b.End {
			return a.End < b.End
		}
		return a.Name < b.Name
	})
	c.EndsByDay = endsByDay(c.QuarantineEnds)
	return c
}

// endsByDay groups quarantine ends, sorted by date, by their day; nil
// when one has no valid end.
func endsByDay(ends []QuarantineEnd) []assessment.EndGroup {
	var gs []assessment.EndGroup
	for _, e := range ends {
		if !assessment.ValidDate(e.End) {
			return nil
		}
		if n := len(gs); n > 0 && gs[n-1].Date == e.End {
			gs[n-1].People++
			continue
		}
		gs = append(gs, assessment.EndGroup{Date: e.End, People: 1})
	}
	return gs
}

// Answer is one answer of the assessment form the roster gives.
type Answer struct {
	ID    string
	Value assessment.Value
}

// Answers are the form's answers the counts give, by question ID: the
// number employed, the four classes (only when everyone is classed: a
// partly classed roster would undercount them), returnees by risk, cleared
// and in quarantine, the first and last return dates, and the days their
// quarantine ends, when there are returnees who owe quarantine. The list
// of ends is empty (which clears an earlier one) when nobody is still in
// quarantine, or when it could not be told whole. An empty roster gives
// none.
func (c Counts) Answers() []Answer {
	if c.People == 0 {
		return nil
	}
	n := func(id string, v int) Answer { return Answer{ID: id, Value: assessment.NumberValue(float64(v))} }
	as := []Answer{n("employees_total", c.People)}
	if c.Unclassed == 0 {
		as = append(as, n("staff_normal", c.Normal), n("staff_ordinary_isolation", c.OrdinaryIsolation),
			n("staff_key_isolation", c.KeyIsolation), n("staff_in_treatment", c.InTreatment))
	}
	as = append(as, n("returnees_low_risk", c.ReturneesLow), n("returnees_mid_high_risk", c.ReturneesMidHigh))
	if c.ReturneesMidHigh > 0 {
		as = append(as, n("returnees_high_risk", c.ReturneesHigh), n("returnees_cleared", c.Cleared),
			n("returnees_in_quarantine", c.InQuarantine))
		if c.FirstReturn != "" {
			as = append(as, Answer{ID: "returnees_first_return", Value: assessment.StringValue(c.FirstReturn)},
				Answer{ID: "returnees_last_return", Value: assessment.StringValue(c.LastReturn)})
		}
		ends := c.EndsByDay
		if len(ends) > assessment.MaxQuarantineEnds {
			ends = nil
		}
		as = append(as, Answer{ID: assessment.QuarantineEndsID, Value: assessment.EndsValue(ends)})
	}
	return as
}
