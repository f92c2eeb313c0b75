package documents

import (
	"regexp"
	"strings"
	"testing"

	"fugong/assessment"
)

// oneOfEach is base.json with one of everything the plan counts: one
// entrance and thermometer, one dormitory resident, one returnee still in
// quarantine, one seat at 1 m, one sitting, one mask short.
func oneOfEach(t *testing.T) *assessment.Answers {
	t.Helper()
	n := assessment.NumberValue
	a := loadPlanAnswers(t, map[string]assessment.Value{
		"employees_total": n(19), "peak_shift_workers": n(1), "floor_area_m2": n(30),
		"staff_normal": n(17), "staff_ordinary_isolation": n(1), "staff_key_isolation": n(1),
		"returnees_low_risk": n(0), "returnees_mid_high_risk": n(1), "returnees_high_risk": n(1),
		"returnees_cleared": n(0), "returnees_in_quarantine": n(1),
		"returnees_first_return": assessment.StringValue("2026-02-06"), "returnees_last_return": assessment.StringValue("2026-02-06"),
		"entrances": n(1), "thermometers": n(1), "canteen_seats": n(4),
		"dorm_residents": n(1), "dorm_rooms": n(1), "dorm_area_m2": n(3),
		"masks_in_stock": n(531),
	})
	a.Lang = "en"
	return a
}

// TestPlanEnglishOne checks that the English plan and letter put a count
// of one with a singular noun and verb, and keep the plural for more.
func TestPlanEnglishOne(t *testing.T) {
	text := buildPlan(oneOfEach(t)).Text()
	for _, bad := range []string{
		"1 entrances are", "1 thermometers are", "at least 1 are required",
		"1 people can eat", "1 staggered sittings", "1 employees live",
		"of whom 1 have not", "1 employees are returning", "of whom 1 are from",
		"1 masks", "1 thermometers",
	} {
		if regexp.MustCompile(`(^|[^0-9.,])` + regexp.QuoteMeta(bad)).MatchString(text) {
			t.Errorf("English plan holds %q", bad)
		}
	}
	for _, good := range []string{
		"1 entrance is in use", "1 thermometer is provided (at least 1 is required",
		"1 person can eat", "1 staggered sitting.", "1 employee lives in dormitories",
		"of whom 1 has not completed", "of whom 1 is from medium- or high-risk regions",
		"shortfall of 1 mask", "(of whom 1 from a high-risk region)", "0 have completed 14 days of medical observation and 1 has not; of whom 1 is still in quarantine",
	} {
		if !strings.Contains(text, good) {
			t.Errorf("English plan lacks %q", good)
		}
	}
	a := loadPlanAnswers(t, nil)
	a.Lang = "en"
	many := buildPlan(a).Text()
	for _, good := range []string{
		"2 entrances are in use", "4 thermometers are provided (at least 2 are required",
		"40 people can eat", "3 staggered sittings", "60 employees live in dormitories",
		"of whom 0 have not completed", "46 employees are returning from elsewhere, of whom 16 are from",
	} {
		if !strings.Contains(many, good) {
			t.Errorf("English plan lacks %q", good)
		}
	}
}
