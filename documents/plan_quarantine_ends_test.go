package documents

import (
	"strings"
	"testing"

	"fugong/assessment"
)

func TestQuarantineEndsPlan(t *testing.T) {
	a := loadPlanAnswers(t, map[string]assessment.Value{assessment.QuarantineEndsID: assessment.ListValue("2026-02-19:3", "2026-02-21:1"),
		"returnees_cleared": assessment.NumberValue(12), "returnees_in_quarantine": assessment.NumberValue(4)})
	for lang, want := range map[string][2]string{
		"zh": {"隔离期满安排：2026年2月19日 3 人期满；2026年2月21日 1 人期满。", "2026年2月19日至2026年2月21日"},
		"en": {"Ends of quarantine: 3 people on 19 February 2026; 1 person on 21 February 2026.", "19 February 2026 to 21 February 2026"},
		"ja": {"隔離期間の満了予定：2026年2月19日に3人満了、2026年2月21日に1人満了。", "2026年2月19日～2026年2月21日"},
		"ko": {"격리 만료 일정: 2026년 2월 19일 3명 만료, 2026년 2월 21일 1명 만료.", "2026년 2월 19일 ~ 2026년 2월 21일"},
	} {
		a.Lang = lang
		p := buildPlan(a)
		staff := sectionText(p, "staff.returnees")
		for _, w := range want {
			if !strings.Contains(staff, w) {
				t.Errorf("%s staff section lacks %q:\n%s", lang, w, staff)
			}
		}
	}
	a.Lang = "zh"
	a.Set(assessment.QuarantineEndsID, assessment.Value{})
	if staff := sectionText(buildPlan(a), "staff.returnees"); strings.Contains(staff, "隔离期满安排") {
		t.Errorf("staff section lists ends without the list:\n%s", staff)
	}
}
