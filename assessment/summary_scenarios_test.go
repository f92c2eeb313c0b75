package assessment_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fugong/assessment"
	"fugong/parkdesk"
)

// TestSummaryScenariosDerive checks, on every scenario, that the deciding
// answers a summary carries derive the same category, batch and priority
// as Evaluate, so that an honest code is never flagged.
func TestSummaryScenariosDerive(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if len(files) == 0 {
		t.Skip("no scenarios")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			a, err := assessment.ParseAnswers(assessment.ScenarioAnswers(t, string(data)))
			if err != nil {
				t.Skip(err)
			}
			r := assessment.Evaluate(a)
			code, err := parkdesk.EncodeSummary(parkdesk.NewSummary(a, r))
			if err != nil {
				t.Fatal(err)
			}
			s, err := parkdesk.DecodeSummary(code)
			if err != nil {
				t.Fatal(err)
			}
			cat, batch, prio := s.Derive()
			if cat != r.Category || batch != r.Batch || prio != r.Priority {
				t.Errorf("Derive() = %d, %d, %v; Evaluate gave %d, %d, %v", cat, batch, prio, r.Category, r.Batch, r.Priority)
			}
			for _, f := range parkdesk.CheckSummary(s) {
				if f.Code != parkdesk.FlagRuleset {
					t.Errorf("honest summary flagged: %s", f.Message.Exact("en"))
				}
			}
		})
	}
}
