package assessment

import (
	"strings"
	"testing"
)

func TestParkChanges(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	// A category 3 enterprise: 12 m² per worker, 1 m apart, closed, 50 employees.
	base := func(p Park) *Answers {
		a := NewAnswers("zh")
		a.Park = p
		for id, v := range map[string]Value{
			"automation_share": NumberValue(30), "product_types": ListValue("other"),
			"floor_area_m2": NumberValue(1200), "peak_shift_workers": NumberValue(100),
			"can_keep_1m": BoolValue(true), "closed_management": BoolValue(true),
			"employees_total": NumberValue(50),
		} {
			a.Set(id, v)
		}
		return a
	}
	linyi := Park{Name: "临沂经济技术开发区", Batch1: "2026-02-10", Batch2: "2026-02-17", Batch3: "2026-02-24", Phone: "0539-8123456"}
	strict := linyi
	strict.Name = "苏州工业园区"
	strict.Cat3MinAreaPerWorker = f(15)
	strict.FewWorkersMax = f(100)
	for _, tt := range []struct {
		name   string
		from   Park
		to     Park
		fields []string // the fields that change, in order
		say    []string // text the changes hold, in Chinese
	}{
		{"same park", linyi, linyi, nil, nil},
		{"only the language differs", linyi, func() Park { p := linyi; p.Lang = "en"; return p }(), nil, nil},
		{"no park before", Park{}, linyi, []string{"name", "batch1", "batch2", "batch3", "contact", "batch_date"},
			[]string{"未设置 → 临沂经济技术开发区", "第二批复工开放日期：未设置 → 2026-02-17", "本企业开放日期：未设置 → 2026-02-17"}},
		{"another park with stricter thresholds", linyi, strict,
			[]string{"name", "cat3_min_area_per_worker", "few_workers_max", "category", "batch", "batch_date", "priority"},
			[]string{"10 m² → 15 m²", "第三类：工作场所空间条件较好 → 第四类", "第 2 批 → 第 3 批", "2026-02-17 → 2026-02-24", "优先复工：否 → 是"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cs := ParkChanges(base(tt.from), tt.to)
			var fields, lines []string
			for _, c := range cs {
				fields = append(fields, c.Field)
				lines = append(lines, c.Label.Zh+"："+c.Old.Zh+" → "+c.New.Zh)
			}
			if strings.Join(fields, ",") != strings.Join(tt.fields, ",") {
				t.Errorf("ParkChanges fields = %v, want %v", fields, tt.fields)
			}
			all := strings.Join(lines, "\n")
			for _, s := range tt.say {
				if !strings.Contains(all, s) {
					t.Errorf("ParkChanges says\n%s\nwant it to hold %q", all, s)
				}
			}
		})
	}
}
