package documents

import (
	"strings"
	"testing"
	"time"

	"fugong/assessment"
)

func TestPlanSaysInconsistent(t *testing.T) {
	date := time.Date(2026, 2, 8, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name, lang string
		peak       float64
		want       []string // in the cover's and the result's first paragraph; none when empty
	}{
		{"consistent", "zh", 100, nil},
		{"peak shift over the workforce, Chinese", "zh", 150, []string{"答案前后不一致（单班最多在岗人数、职工总数）", "（150）不应多于", "请核对答案后重新生成"}},
		{"English", "en", 150, []string{"Answers contradict each other (Most people on site in one shift, Total employees)"}},
		{"Japanese", "ja", 150, []string{"回答に矛盾があります（1シフトの最大在勤人数、従業員総数）"}},
		{"Korean", "ko", 150, []string{"답변이 서로 맞지 않습니다(1교대 최대 근무 인원, 직원 총수)"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := assessment.NewAnswers(tt.lang)
			a.Set("employees_total", assessment.NumberValue(120))
			a.Set("peak_shift_workers", assessment.NumberValue(tt.peak))
			p := BuildPlan(a, assessment.Evaluate(a), date)
			for _, id := range []string{"cover", "result"} {
				var first string
				for _, s := range p.Sections {
					if s.ID == id && len(s.Blocks) > 0 {
						first = s.Blocks[0].Text
					}
				}
				title := assessment.InconsistentTitle.In(tt.lang)
				if len(tt.want) == 0 && strings.Contains(first, title) {
					t.Errorf("%s of consistent answers starts %q", id, first)
				}
				for _, w := range tt.want {
					if !strings.Contains(first, w) {
						t.Errorf("%s starts %q, want it to hold %q", id, first, w)
					}
				}
			}
		})
	}
}
