package assessment

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
)

// PlanID returns the plan's ID: the first 8 hex digits, upper case, of the
// SHA-256 of the canonical answers — the ruleset version this package
// applies, the park's setup (it changes the plan: batch dates, support,
// the park named in the letter) and the answers that are not empty, as
// JSON with sorted keys, with the deadlines the letter pledges. The language, the edits and the date are left
// out, so the same answers always give the same ID, and an inspector can
// match a signed printout with the answers it was made from.
func PlanID(a *Answers) string {
	if a == nil {
		a = &Answers{}
	}
	c := struct {
		Ruleset string           `json:"ruleset"`
		Park    *Park            `json:"park,omitempty"`
		Answers map[string]Value `json:"answers"`
		// The deadlines the letter pledges; left out when none is set,
		// so that a plan without any keeps its ID.
		Deadlines map[string]string `json:"deadlines,omitempty"`
	}{Ruleset: RulesetVersion, Answers: map[string]Value{}}
	p := a.Park
	p.Lang = "" // the park's default language changes no content
	if !p.isZero() {
		c.Park = &p
	}
	for id, v := range a.Values {
		if !v.IsEmpty() {
			c.Answers[id] = v
		}
	}
	for id := range a.Deadlines {
		if d := a.Deadline(id); d != "" && IsItem(id) {
			if c.Deadlines == nil {
				c.Deadlines = map[string]string{}
			}
			c.Deadlines[id] = d
		}
	}
	data, err := json.Marshal(c) // map keys are sorted
	if err != nil {
		data = []byte(err.Error())
	}
	sum := sha256.Sum256(data)
	return strings.ToUpper(hex.EncodeToString(sum[:4]))
}
