package roster

// Risk is the risk level of the region a person returns from.
type Risk string

// The risk levels. RiskNone: the person has not travelled (or it is not
// known).
const (
	RiskNone   Risk = ""
	RiskLow    Risk = "low"
	RiskMid    Risk = "mid"
	RiskHigh   Risk = "high"
	RiskAbroad Risk = "abroad" // 境外: 14 days of central quarantine on entry
)

// NeedsQuarantine reports whether a person returning from a region of
// risk r owes 14 days of medical observation before work: medium and high
// risk, and abroad. From a low-risk region a person works at once.
func (r Risk) NeedsQuarantine() bool {
	return r == RiskMid || r == RiskHigh || r == RiskAbroad
}

// Class is one of the four classes of person kept as records.
type Class string

// The classes. ClassNone is a person not yet classed.
const (
	ClassNone              Class = ""
	ClassNormal            Class = "normal"             // 正常人员
	ClassOrdinaryIsolation Class = "ordinary_isolation" // 普通隔离人员
	ClassKeyIsolation      Class = "key_isolation"      // 重点隔离人员
	ClassInTreatment       Class = "in_treatment"       // 感染治疗人员
)

// Health is a person's health status at the last check.
type Health string

// The health statuses.
const (
	HealthUnknown Health = ""
	HealthNormal  Health = "normal" // 正常
	HealthUnwell  Health = "unwell" // 异常: fever or symptoms
)

// QuarantineDays is the length of medical observation, in days.
const QuarantineDays = 14

// Person is one record of the roster. Dates are "2006-01-02" or empty.
// Text that could not be read (an imported date that is not a date) is
// kept in Person as it was, and Check reports it.
type Person struct {
	Name       string `json:"name"`
	Department string `json:"department,omitempty"`
	Phone      string `json:"phone,omitempty"`
	Region     string `json:"region,omitempty"`   // where the person returns from
	Risk       Risk   `json:"risk,omitempty"`     // its risk level
	Returned   string `json:"returned,omitempty"` // the return date
	Class      Class  `json:"class,omitempty"`
	// QuarantineStart and QuarantineEnd bound the medical observation. The
	// end is worked out as start + 14 days when left empty (Complete).
	QuarantineStart string `json:"quarantine_start,omitempty"`
	QuarantineEnd   string `json:"quarantine_end,omitempty"`
	OnSite          bool   `json:"on_site,omitempty"`
	Health          Health `json:"health,omitempty"`
	Note            string `json:"note,omitempty"` // anything else worth keeping, such as symptoms
}

// Complete fills in what follows from the rest: a person returning from a
// region that needs quarantine starts it on the return date, and it ends
// 14 days after its start. Dates already given are kept: they are the
// user's to edit.
func (p *Person) Complete() {
	if p.Risk.NeedsQuarantine() && p.QuarantineStart == "" && validDate(p.Returned) {
		p.QuarantineStart = p.Returned
	}
	if p.QuarantineEnd == "" && validDate(p.QuarantineStart) {
		p.QuarantineEnd = AddDays(p.QuarantineStart, QuarantineDays)
	}
}

// Cleared reports whether p has finished medical observation on day
// today ("2006-01-02"): the quarantine ended on or before today.
func (p Person) Cleared(today string) bool {
	return validDate(p.QuarantineEnd) && p.QuarantineEnd <= today
}
