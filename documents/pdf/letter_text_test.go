package pdf

import (
	"os"
	"strings"
	"testing"
	"time"

	"fugong/assessment"
	"fugong/documents"
)

// TestLetterTextFollowsReadiness writes the plan of the example answers
// made ready, phased and not ready, reads the PDF back with pdftotext,
// and checks the letter's form and the items it lists with their
// deadlines.
func TestLetterTextFollowsReadiness(t *testing.T) {
	tests := []struct {
		name   string
		over   map[string]assessment.Value
		dates  map[string]string
		want   []string
		unwant []string
	}{
		{"ready", map[string]assessment.Value{"dorm_rooms": assessment.NumberValue(10)}, nil,
			[]string{"复工复产承诺书（企业留存联）", "具备复工复产条件，拟于园区第二批（2026年2月17日起）复工复产", "五到位", "安全生产到位"},
			[]string{"整改承诺书", "完成时限"}},
		{"phased", nil, map[string]string{"dormitory": "2026-02-15"},
			[]string{"部分具备复工复产条件，拟于园区第二批（2026年2月17日起）分期复工复产", "超出标准的宿舍暂停入住",
				"完成时限", "宿舍（必备项）", "2026年2月15日"},
			[]string{"五到位", "整改承诺书"}},
		{"not ready", map[string]assessment.Value{"masks_in_stock": assessment.NumberValue(4000), "isolation_rooms": assessment.NumberValue(0)},
			map[string]string{"isolation_room": "2026-02-11"},
			[]string{"复工复产整改承诺书（企业留存联）", "复工复产整改承诺书（园区存档联）", "暂不具备复工复产条件", "本企业不复工复产",
				"14天防疫物资（否决项）", "临时隔离观察室（否决项）", "宿舍（必备项）", "2026年2月11日", "＿＿＿＿年", "纳入企业信用记录"},
			[]string{"五到位", "拟于"}},
	}
	data, err := os.ReadFile("../../testdata/example.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := assessment.ParseAnswers(data)
			if err != nil {
				t.Fatal(err)
			}
			for id, v := range tt.over {
				a.Set(id, v)
			}
			for id, d := range tt.dates {
				a.SetDeadline(id, d)
			}
			plan := documents.BuildPlan(a, assessment.Evaluate(a), time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC))
			pdf, _ := write(t, plan)
			text := squeeze(run(t, pdf, "pdftotext", "-enc", "UTF-8"))
			letter := text[max(0, strings.Index(text, squeeze(plan.Sections[len(plan.Sections)-2].Title))):]
			for _, w := range tt.want {
				if !strings.Contains(letter, squeeze(w)) {
					t.Errorf("the letter's text lacks %q", w)
				}
			}
			for _, w := range tt.unwant {
				if strings.Contains(letter, squeeze(w)) {
					t.Errorf("the letter's text holds %q", w)
				}
			}
		})
	}
}
