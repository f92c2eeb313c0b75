package documents

import (
	"strings"
	"testing"

	"fugong/assessment"
)

// TestLetterAssessedWording checks the sentence of the letter that states
// the category, batch and readiness where it is easiest to get wrong: an
// enterprise whose category is not decided (the Enterprise, not its
// category, meets the conditions), and a Korean letter that names the
// park once.
func TestLetterAssessedWording(t *testing.T) {
	for _, c := range []struct {
		name, lang string
		over       map[string]assessment.Value
		want, lack string
	}{
		{"category 0", "en", map[string]assessment.Value{"floor_area_m2": {}},
			"the Enterprise is of a category yet to be determined, meets the conditions for resuming work and production, and intends to resume in the batch set by the park.",
			"the category of the Enterprise is yet to be determined, meets"},
		{"category 0, not ready", "en", map[string]assessment.Value{"floor_area_m2": {}, "isolation_rooms": assessment.NumberValue(0)},
			"the Enterprise is of a category yet to be determined and falls within the batch set by the park, but does not yet meet",
			"the category of the Enterprise"},
		{"not ready", "ko", map[string]assessment.Value{"isolation_rooms": assessment.NumberValue(0)},
			"제3유형 기업에 해당하며, 단지 제2차(개시일은 단지 공지에 따름)에 해당하나",
			"단지 일정상"},
	} {
		a := loadPlanAnswers(t, c.over)
		a.Lang = c.lang
		text := strings.Join(strings.Fields(sectionText(buildPlan(a), "letter.enterprise")), " ")
		if !strings.Contains(text, c.want) || strings.Contains(text, c.lack) {
			t.Errorf("%s: the letter should hold %q and not %q:\n%s", c.name, c.want, c.lack, text)
		}
	}
}
