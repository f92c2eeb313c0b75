package ui

import (
	"testing"

	"fugong/assessment"
)

func TestHeadline(t *testing.T) {
	unmet := func(level assessment.Level) assessment.Item { return assessment.Item{Level: level} }
	for _, tt := range []struct {
		name, lang string
		r          assessment.Result
		want       string
	}{
		{"not ready, four to solve", "zh", assessment.Result{Batch: 1, Readiness: assessment.NotReady,
			Items: []assessment.Item{unmet(assessment.Critical), unmet(assessment.Critical), unmet(assessment.Required), unmet(assessment.Required), unmet(assessment.Recommended), {Met: true}}},
			"第 1 批，先解决以下 4 项方可复工"},
		{"phased", "zh", assessment.Result{Batch: 2, Readiness: assessment.Phased, Items: []assessment.Item{unmet(assessment.Required)}},
			"第 2 批，先完成以下 1 项，可分期推进复工"},
		{"ready with the park's date", "zh", assessment.Result{Batch: 2, BatchDate: "2026-02-17", Readiness: assessment.Ready},
			"第 2 批，已具备条件，2026-02-17 起即可复工"},
		{"ready, no date", "zh", assessment.Result{Batch: 3, Readiness: assessment.Ready}, "第 3 批，已具备条件，本批开放后即可复工"},
		{"batch undecided", "zh", assessment.Result{Readiness: assessment.NotReady, Items: []assessment.Item{unmet(assessment.Critical)}},
			"批次待定（还缺少答案），先解决以下 1 项方可复工"},
		{"English", "en", assessment.Result{Batch: 1, Readiness: assessment.NotReady, Items: []assessment.Item{unmet(assessment.Critical)}},
			"Batch 1: 1 item(s) below to solve before resuming"},
		{"Japanese", "ja", assessment.Result{Batch: 2, BatchDate: "2026-02-17", Readiness: assessment.Ready}, "第2陣：条件を満たしており、2026-02-17 から再開できます"},
		{"Korean", "ko", assessment.Result{Batch: 2, Readiness: assessment.Phased, Items: []assessment.Item{unmet(assessment.Required), unmet(assessment.Required)}},
			"2차: 아래 2개 항목을 마치면 단계적으로 재개할 수 있습니다"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := headline(tt.lang, tt.r); got != tt.want {
				t.Errorf("headline(%s, %+v) = %q, want %q", tt.lang, tt.r, got, tt.want)
			}
		})
	}
}
