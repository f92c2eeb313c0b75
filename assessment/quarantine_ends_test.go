package assessment

import (
	"strings"
	"testing"
	"time"
)

func TestQuarantineEndsValidation(t *testing.T) {
	many := make([]string, MaxQuarantineEnds+1)
	for i := range many {
		many[i] = time.Date(2026, 3, 1+i, 0, 0, 0, 0, time.UTC).Format(time.DateOnly) + ":1"
	}
	tests := []struct {
		name  string
		list  []string
		away  float64
		fault string // a part of the Chinese message; "" when fine
	}{
		{"fine", []string{"2026-02-19:3", "2026-02-21:2"}, 5, ""},
		{"not a date", []string{"2026-02-30:3"}, 3, "应为“日期:人数”"},
		{"no count", []string{"2026-02-19"}, 3, "应为“日期:人数”"},
		{"count below one", []string{"2026-02-19:0"}, 0, "人数至少 1"},
		{"a name is no count", []string{"2026-02-19:张三"}, 1, "应为“日期:人数”"},
		{"out of order", []string{"2026-02-21:2", "2026-02-19:3"}, 5, "按先后排列"},
		{"a date twice", []string{"2026-02-19:2", "2026-02-19:3"}, 5, "不重复"},
		{"too many days", many, float64(len(many)), "最多列出 60 个日期"},
		{"does not add up", []string{"2026-02-19:3", "2026-02-21:2"}, 6, "合计 5 人，与“其中尚在隔离、未到岗的人数”（6 人）不符"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := loadPlanAnswers(t, map[string]Value{QuarantineEndsID: ListValue(tt.list...),
				"returnees_cleared": NumberValue(16 - tt.away), "returnees_in_quarantine": NumberValue(tt.away)})
			if tt.away > 16 {
				a.Set("returnees_mid_high_risk", NumberValue(tt.away))
				a.Set("returnees_cleared", NumberValue(0))
			}
			var found *Problem
			for _, p := range Validate(a) {
				if p.Question == QuarantineEndsID {
					found = &p
				}
			}
			if tt.fault == "" {
				if found != nil {
					t.Fatalf("problem %+v, want none", *found)
				}
				return
			}
			if found == nil {
				t.Fatalf("no problem on %s, want one saying %q", QuarantineEndsID, tt.fault)
			}
			if found.Code != CodeQuarantineEnds || found.Severity != Error || !strings.Contains(found.Message.Zh, tt.fault) {
				t.Errorf("problem %+v, want an error saying %q", *found, tt.fault)
			}
			for _, lang := range []string{"zh", "en", "ja", "ko"} {
				if !strings.Contains(found.Message.In(lang), label(QuarantineEndsID).In(lang)) {
					t.Errorf("%s message %q does not name the question", lang, found.Message.In(lang))
				}
			}
		})
	}
}

func TestQuarantineEndsSumNeedsBoth(t *testing.T) {
	a := loadPlanAnswers(t, map[string]Value{QuarantineEndsID: ListValue("2026-02-19:3"), "returnees_cleared": NumberValue(13)})
	a.Set("returnees_in_quarantine", Value{})
	for _, p := range Validate(a) {
		if p.Question == QuarantineEndsID {
			t.Errorf("problem %+v without the number in quarantine", p)
		}
	}
}

func TestQuarantineEndsPlan(t *testing.T) {
	a := loadPlanAnswers(t, map[string]Value{QuarantineEndsID: ListValue("2026-02-19:3", "2026-02-21:1"),
		"returnees_cleared": NumberValue(12), "returnees_in_quarantine": NumberValue(4)})
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
	a.Set(QuarantineEndsID, Value{})
	if staff := sectionText(buildPlan(a), "staff.returnees"); strings.Contains(staff, "隔离期满安排") {
		t.Errorf("staff section lists ends without the list:\n%s", staff)
	}
}
