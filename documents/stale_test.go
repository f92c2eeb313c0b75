package documents

import (
	"strings"
	"testing"
	"time"

	"fugong/assessment"
)

func TestStaleEdit(t *testing.T) {
	date := time.Date(2026, 2, 8, 0, 0, 0, 0, time.UTC)
	basis := func() *assessment.Answers {
		a := assessment.NewAnswers("zh")
		for id, v := range map[string]assessment.Value{
			"employees_total": assessment.NumberValue(186), "peak_shift_workers": assessment.NumberValue(120),
			"has_canteen": assessment.BoolValue(true), "canteen_seats": assessment.NumberValue(160), "canteen_measures": assessment.BoolValue(true),
			"masks_in_stock": assessment.NumberValue(4000), "name": assessment.StringValue("临沂精工机械有限公司"),
		} {
			a.Set(id, v)
		}
		a.Edits = map[string]string{"prevention.canteen": "食堂分三批就餐。"}
		return a
	}
	for _, tt := range []struct {
		name    string
		section string
		change  map[string]assessment.Value
		stale   bool
		changes []string // question: old → new
	}{
		{"nothing changed", "prevention.canteen", nil, false, nil},
		{"an answer the section does not read", "prevention.canteen", map[string]assessment.Value{"name": assessment.StringValue("临沂精工")}, false, nil},
		{"the shift the sittings come from", "prevention.canteen", map[string]assessment.Value{"peak_shift_workers": assessment.NumberValue(200)}, true, []string{"peak_shift_workers: 120 → 200"}},
		{"the seats, and a name beside", "prevention.canteen", map[string]assessment.Value{"canteen_seats": assessment.NumberValue(80), "name": assessment.StringValue("临沂精工")}, true, []string{"canteen_seats: 160 → 80"}},
		{"the seats emptied", "prevention.canteen", map[string]assessment.Value{"canteen_seats": {}}, true, []string{"canteen_seats: 160 → 未填"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			now := basis()
			for id, v := range tt.change {
				now.Set(id, v)
			}
			stale, cs := StaleEdit(basis(), now, tt.section, date)
			var got []string
			for _, c := range cs {
				got = append(got, c.Question+": "+c.OldText("zh")+" → "+c.NewText("zh"))
			}
			if stale != tt.stale || strings.Join(got, "; ") != strings.Join(tt.changes, "; ") {
				t.Errorf("StaleEdit(%v) = %v, %q; want %v, %q", tt.change, stale, got, tt.stale, tt.changes)
			}
		})
	}
}
