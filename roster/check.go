package roster

import "fugong/assessment"

// Problem is one thing wrong with a person's record: the field and why.
type Problem struct {
	Field Field  `json:"field"`           // the field at fault; "" for the whole record
	Code  string `json:"code"`            // what is wrong: one of the Problem codes
	Value string `json:"value,omitempty"` // the text at fault, as written
	Other int    `json:"other,omitempty"` // for ProblemDuplicate: the row of the first record
}

// The Problem codes.
const (
	ProblemNoName         = "no_name"          // the name is missing
	ProblemDate           = "date"             // a date that is not a date
	ProblemPhone          = "phone"            // a phone that is not a phone
	ProblemRisk           = "risk"             // a risk level that is not one
	ProblemClass          = "class"            // a class of person that is not one
	ProblemHealth         = "health"           // a health status that is not one
	ProblemYesNo          = "yes_no"           // neither yes nor no
	ProblemQuarantineEnds = "quarantine_order" // the quarantine ends before it starts
	ProblemDuplicate      = "duplicate"        // the same person twice
)

// Check returns what is wrong with p, as entered: an empty list when it
// may be counted. It does not look for duplicates (see Roster.Duplicates).
func Check(p Person) []Problem {
	var ps []Problem
	if p.Name == "" {
		ps = append(ps, Problem{Field: FieldName, Code: ProblemNoName})
	}
	if p.Phone != "" && !assessment.ValidPhone(p.Phone) {
		ps = append(ps, Problem{Field: FieldPhone, Code: ProblemPhone, Value: p.Phone})
	}
	for _, d := range []struct {
		field Field
		value string
	}{{FieldReturned, p.Returned}, {FieldQuarantineStart, p.QuarantineStart}, {FieldQuarantineEnd, p.QuarantineEnd}} {
		if d.value != "" && !validDate(d.value) {
			ps = append(ps, Problem{Field: d.field, Code: ProblemDate, Value: d.value})
		}
	}
	if validDate(p.QuarantineStart) && validDate(p.QuarantineEnd) && p.QuarantineEnd < p.QuarantineStart {
		ps = append(ps, Problem{Field: FieldQuarantineEnd, Code: ProblemQuarantineEnds, Value: p.QuarantineEnd})
	}
	return ps
}
