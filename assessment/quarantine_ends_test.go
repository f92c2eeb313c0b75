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
			a := baseAnswers(t, map[string]Value{QuarantineEndsID: ListValue(tt.list...),
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
	a := baseAnswers(t, map[string]Value{QuarantineEndsID: ListValue("2026-02-19:3"), "returnees_cleared": NumberValue(13)})
	a.Set("returnees_in_quarantine", Value{})
	for _, p := range Validate(a) {
		if p.Question == QuarantineEndsID {
			t.Errorf("problem %+v without the number in quarantine", p)
		}
	}
}

// baseAnswers reads testdata/base.json (a complete ready enterprise) with
// the answers in over laid on it.
func baseAnswers(t *testing.T, over map[string]Value) *Answers {
	t.Helper()
	a, err := ParseAnswers(readTestdata(t, "base.json"))
	if err != nil {
		t.Fatal(err)
	}
	for id, v := range over {
		a.Set(id, v)
	}
	return a
}
