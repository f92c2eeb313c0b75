package documents

import (
	"strings"
	"testing"

	"fugong/assessment"
)

// TestSafetyCheckNotSupplies checks that the production safety check,
// passed, does not say the emergency supplies are complete when the
// assessment finds the prevention supplies short: the emergency plan
// calls masks and thermometers its emergency supplies (应急物资), so the
// safety check names its own rescue equipment instead.
func TestSafetyCheckNotSupplies(t *testing.T) {
	p := buildPlan(loadPlanAnswers(t, map[string]assessment.Value{"masks_in_stock": assessment.NumberValue(100)}))
	safety := sectionText(p, "prevention.safety")
	if !strings.Contains(safety, "已检查合格") {
		t.Fatalf("the safety check is not shown as passed:\n%s", safety)
	}
	if strings.Contains(safety, "应急物资") {
		t.Errorf("the passed safety check speaks of 应急物资 while the masks are short:\n%s", safety)
	}
	if !strings.Contains(sectionText(p, "emergency.preparation"), "应急物资") {
		t.Errorf("the emergency plan no longer lists its 应急物资")
	}
}
