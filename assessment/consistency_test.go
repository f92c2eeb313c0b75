package assessment

import (
	"reflect"
	"strings"
	"testing"
)

func TestInconsistencies(t *testing.T) {
	n := NumberValue
	d := StringValue
	_, hasInQuarantine := questionByID["returnees_in_quarantine"]
	for _, tt := range []struct {
		name    string
		answers map[string]Value
		want    []string // check: fields
		say     string   // in the first message, in Chinese
	}{
		{"nothing answered", nil, nil, ""},
		{"staff classes add up", map[string]Value{"employees_total": n(120), "staff_normal": n(100), "staff_ordinary_isolation": n(10), "staff_key_isolation": n(10), "staff_in_treatment": n(0)}, nil, ""},
		{"staff classes 119 of 120", map[string]Value{"employees_total": n(120), "staff_normal": n(100), "staff_ordinary_isolation": n(10), "staff_key_isolation": n(9), "staff_in_treatment": n(0)},
			[]string{"staff_classes: staff_normal staff_ordinary_isolation staff_key_isolation staff_in_treatment employees_total"}, "四类人员合计 119 人，与职工总数 120 人不一致"},
		{"staff classes not all answered", map[string]Value{"employees_total": n(120), "staff_normal": n(100)}, nil, ""},
		{"returnee dates in order", map[string]Value{"returnees_mid_high_risk": n(7), "returnees_first_return": d("2026-01-28"), "returnees_last_return": d("2026-02-06")}, nil, ""},
		{"returnee dates reversed", map[string]Value{"returnees_mid_high_risk": n(7), "returnees_first_return": d("2026-02-05"), "returnees_last_return": d("2026-01-30")},
			[]string{"returnee_dates: returnees_first_return returnees_last_return"}, "（2026-02-05）晚于"},
		{"returnee dates when there are no returnees", map[string]Value{"returnees_mid_high_risk": n(0), "returnees_first_return": d("2026-02-05"), "returnees_last_return": d("2026-01-30")}, nil, ""},
		{"9 cleared of 7", map[string]Value{"returnees_mid_high_risk": n(7), "returnees_cleared": n(9)},
			[]string{"returnees_accounted: returnees_cleared returnees_mid_high_risk"}, "“其中已解除隔离的人数”（9）不应多于"},
		{"7 cleared of 7", map[string]Value{"returnees_mid_high_risk": n(7), "returnees_cleared": n(7)}, nil, ""},
		{"high-risk more than all", map[string]Value{"returnees_mid_high_risk": n(7), "returnees_high_risk": n(8)},
			[]string{"returnees_high_risk: returnees_high_risk returnees_mid_high_risk"}, "不应多于"},
		{"peak shift larger than the workforce", map[string]Value{"employees_total": n(120), "peak_shift_workers": n(150)},
			[]string{"peak_shift: peak_shift_workers employees_total"}, "“单班最多在岗人数”（150）不应多于“职工总数”（120）"},
		{"peak shift equal to the workforce", map[string]Value{"employees_total": n(120), "peak_shift_workers": n(120)}, nil, ""},
		{"dormitory larger than the workforce", map[string]Value{"employees_total": n(50), "dorm_residents": n(60)},
			[]string{"dorm_residents: dorm_residents employees_total"}, "“住宿舍的员工人数”（60）"},
		{"foreign staff larger than the workforce", map[string]Value{"employees_total": n(2), "foreign_staff": n(3)},
			[]string{"foreign_staff: foreign_staff employees_total"}, "外籍员工人数"},
		{"canteen feeds the shift in 4 sittings", map[string]Value{"has_canteen": BoolValue(true), "canteen_seats": n(30), "peak_shift_workers": n(120)}, nil, ""},
		{"canteen of 12 seats for 300", map[string]Value{"has_canteen": BoolValue(true), "canteen_seats": n(12), "peak_shift_workers": n(300)},
			[]string{"canteen_seats: canteen_seats peak_shift_workers"}, "食堂只有 12 座，单班 300 人即使坐满也要分 25 批就餐"},
		{"canteen seats kept after the canteen closed", map[string]Value{"has_canteen": BoolValue(false), "canteen_seats": n(12), "peak_shift_workers": n(300)}, nil, ""},
		{"an answer out of range is not compared", map[string]Value{"employees_total": n(120), "peak_shift_workers": n(-5)}, nil, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := NewAnswers("zh")
			for id, v := range tt.answers {
				a.Set(id, v)
			}
			got := Inconsistencies(a)
			var checks []string
			for _, in := range got {
				checks = append(checks, in.Check+": "+strings.Join(in.Fields, " "))
			}
			if !reflect.DeepEqual(checks, tt.want) {
				t.Fatalf("Inconsistencies(%v) = %q, want %q", tt.answers, checks, tt.want)
			}
			if tt.say != "" && !strings.Contains(got[0].Message.Zh, tt.say) {
				t.Errorf("message %q lacks %q", got[0].Message.Zh, tt.say)
			}
			for _, in := range got {
				for _, l := range []string{"en", "ja", "ko"} {
					if in.Message.In(l) == in.Message.Zh || in.Message.In(l) == "" {
						t.Errorf("%s: message in %s is missing: %q", in.Check, l, in.Message.In(l))
					}
				}
			}
		})
	}

	// Cleared and still in quarantine count together, once the ruleset asks
	// for the second (2026.2).
	t.Run("cleared and in quarantine together", func(t *testing.T) {
		a := NewAnswers("zh")
		for id, v := range map[string]Value{"returnees_mid_high_risk": n(7), "returnees_cleared": n(5), "returnees_in_quarantine": n(4)} {
			a.Set(id, v)
		}
		got := Inconsistencies(a)
		if !hasInQuarantine {
			if len(got) != 0 {
				t.Errorf("without the question returnees_in_quarantine, Inconsistencies = %v, want none", got)
			}
			return
		}
		if len(got) != 1 || !reflect.DeepEqual(got[0].Fields, []string{"returnees_cleared", "returnees_in_quarantine", "returnees_mid_high_risk"}) ||
			!strings.Contains(got[0].Message.Zh, "之和（9）不应多于") {
			t.Errorf("Inconsistencies = %+v, want cleared + in quarantine 9 > 7", got)
		}
	})
}

// TestConsistenciesReadQuestions checks that every consistency check names
// questions of the form, or a question a later ruleset adds.
func TestConsistenciesReadQuestions(t *testing.T) {
	later := map[string]bool{"returnees_in_quarantine": true}
	seen := map[string]bool{}
	for _, c := range Consistencies {
		if seen[c.ID] {
			t.Errorf("consistency %s twice", c.ID)
		}
		seen[c.ID] = true
		for _, id := range append(append([]string{}, c.Parts...), c.Whole) {
			if _, ok := questionByID[id]; !ok && !later[id] {
				t.Errorf("consistency %s reads %s, which is no question", c.ID, id)
			}
		}
	}
}
