package documents

import (
	"strings"
	"testing"
	"time"

	"fugong/assessment"
)

// TestLetterTeamFollowsAssessment checks that the letter says the
// prevention team has been set up only when the assessment counts it as
// named: with no leader, or no valid phone, the team is an item still to
// correct and the letter pledges to set it up before work resumes.
func TestLetterTeamFollowsAssessment(t *testing.T) {
	for _, c := range []struct {
		name string
		over map[string]assessment.Value
		want string
		lack string
	}{
		{"named", nil, "已成立以王建国为组长的疫情防控工作领导小组", "将于复工前成立"},
		{"no leader", map[string]assessment.Value{"leader_name": {}}, "疫情防控工作领导小组将于复工前成立", "已成立"},
		{"bad phone", map[string]assessment.Value{"leader_phone": assessment.StringValue("12345")}, "疫情防控工作领导小组将于复工前成立", "已成立"},
	} {
		text := sectionText(buildPlan(loadPlanAnswers(t, c.over)), "letter.enterprise")
		if !strings.Contains(text, c.want) || strings.Contains(text, c.lack) {
			t.Errorf("%s: the letter should hold %q and not %q:\n%s", c.name, c.want, c.lack, text)
		}
	}
	paper := PaperForm(assessment.Park{Name: "临沂经济技术开发区"}, "zh", time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC)).Text()
	if !strings.Contains(paper, "已成立疫情防控工作领导小组") || strings.Contains(paper, "将于复工前成立") {
		t.Errorf("the paper letter, ticked ready or phased as often as not ready, should say the team has been set up:\n%s", paper)
	}
}
