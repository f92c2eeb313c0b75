//go:build !noroster

package ui

import (
	"slices"
	"testing"

	"fugong/assessment"
)

// The list of quarantine ends counts in the form only once the roster gave
// it: nobody can type it, so it never stands unanswered.
func TestQuarantineEndsCountOnlyWhenGiven(t *testing.T) {
	a := &assessment.Answers{}
	a.Set("returnees_mid_high_risk", assessment.NumberValue(2))
	staff := func() (shown bool, answered int) {
		for _, v := range viewForm(assessment.Form(), a) {
			if v.Step.ID == "staff" {
				return slices.ContainsFunc(v.Questions, func(q assessment.Question) bool { return q.ID == assessment.QuarantineEndsID }), v.Answered
			}
		}
		t.Fatal("no staff step")
		return false, 0
	}
	shown, before := staff()
	if shown {
		t.Error("the empty list of quarantine ends counts as a question")
	}
	a.Set(assessment.QuarantineEndsID, assessment.ListValue("2026-02-19:2"))
	if shown, after := staff(); !shown || after != before+1 {
		t.Errorf("the roster's list: shown %v, answered %d then %d; want shown and one more answered", shown, before, after)
	}
}
