package assessment

import (
	"strings"
	"testing"
)

// TestReturneeReasonEnglishOne checks that the English reason for the
// returnees item puts a count of one with a singular verb.
func TestReturneeReasonEnglishOne(t *testing.T) {
	for _, c := range []struct {
		cleared, away float64
		want          string
	}{
		{1, 1, "2 returnees from medium/high-risk regions: 1 has completed 14 days of medical observation, 1 is still in quarantine and away from work"},
		{0, 2, "2 returnees from medium/high-risk regions: 0 have completed 14 days of medical observation, 2 are still in quarantine and away from work"},
		{3, 0, "3 cleared exceeds the 2 returnees"},
	} {
		a := baseAnswers(t, map[string]Value{
			"returnees_mid_high_risk": NumberValue(2),
			"returnees_cleared":       NumberValue(c.cleared),
			"returnees_in_quarantine": NumberValue(c.away),
		})
		var got string
		for _, it := range Evaluate(a).Items {
			if it.ID == "returnees_quarantined" {
				got = it.Reason.In("en")
			}
		}
		if !strings.Contains(got, c.want) {
			t.Errorf("cleared %v, away %v: reason %q, want it to hold %q", c.cleared, c.away, got, c.want)
		}
	}
	a := baseAnswers(t, map[string]Value{
		"returnees_mid_high_risk": NumberValue(1),
		"returnees_cleared":       NumberValue(2),
	})
	for _, it := range Evaluate(a).Items {
		if it.ID == "returnees_quarantined" && !strings.Contains(it.Reason.In("en"), "2 cleared exceeds the 1 returnee from") {
			t.Errorf("reason %q, want the 1 returnee in the singular", it.Reason.In("en"))
		}
	}
}

// TestForeignStaffReasonEnglishOne checks the multilingual notices item's
// English reason for one foreign employee.
func TestForeignStaffReasonEnglishOne(t *testing.T) {
	for _, notices := range []bool{true, false} {
		a := baseAnswers(t, map[string]Value{"foreign_staff": NumberValue(1), "multilingual_notices": BoolValue(notices)})
		for _, it := range Evaluate(a).Items {
			if got := it.Reason.In("en"); it.ID == "multilingual_notices" && !strings.HasPrefix(got, "1 foreign employee;") {
				t.Errorf("notices %v: reason %q, want 1 foreign employee in the singular", notices, got)
			}
		}
	}
}
