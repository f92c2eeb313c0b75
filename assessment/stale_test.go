package assessment

import (
	"strings"
	"testing"
	"time"
)

func TestStaleEdit(t *testing.T) {
	date := time.Date(2026, 2, 8, 0, 0, 0, 0, time.UTC)
	basis := func() *Answers {
		a := NewAnswers("zh")
		for id, v := range map[string]Value{
			"employees_total": NumberValue(186), "peak_shift_workers": NumberValue(120),
			"has_canteen": BoolValue(true), "canteen_seats": NumberValue(160), "canteen_measures": BoolValue(true),
			"masks_in_stock": NumberValue(4000), "name": StringValue("临沂精工机械有限公司"),
		} {
			a.Set(id, v)
		}
		a.Edits = map[string]string{"prevention.canteen": "食堂分三批就餐。"}
		return a
	}
	for _, tt := range []struct {
		name    string
		section string
		change  map[string]Value
		stale   bool
		changes []string // question: old → new
	}{
		{"nothing changed", "prevention.canteen", nil, false, nil},
		{"an answer the section does not read", "prevention.canteen", map[string]Value{"name": StringValue("临沂精工")}, false, nil},
		{"the shift the sittings come from", "prevention.canteen", map[string]Value{"peak_shift_workers": NumberValue(200)}, true, []string{"peak_shift_workers: 120 → 200"}},
		{"the seats, and a name beside", "prevention.canteen", map[string]Value{"canteen_seats": NumberValue(80), "name": StringValue("临沂精工")}, true, []string{"canteen_seats: 160 → 80"}},
		{"the seats emptied", "prevention.canteen", map[string]Value{"canteen_seats": {}}, true, []string{"canteen_seats: 160 → 未填"}},
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
