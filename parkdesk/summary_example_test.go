package parkdesk_test

import (
	"fmt"

	"fugong/assessment"
	"fugong/parkdesk"
)

// A summary code carries an enterprise's result to its park: the kit
// prints it as a QR code, and the park's kit decodes it.
func ExampleDecodeSummary() {
	a := assessment.NewAnswers("zh")
	a.Set("name", assessment.StringValue("临沂精工机械有限公司"))
	a.Set("credit_code", assessment.StringValue("91371311MA3R7PQ1X4"))
	a.Set("automation_share", assessment.NumberValue(80))
	a.Set("employees_total", assessment.NumberValue(12))
	url := parkdesk.SummaryURL("https://yq.example.cn/fugong/", a, assessment.Evaluate(a))

	s, err := parkdesk.DecodeSummary(url)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Name, s.CreditCode)
	fmt.Println("category", s.Category, "batch", s.Batch, "priority", s.Priority, s.Readiness)
	fmt.Println("unmet:", s.Unmet)
	fmt.Println("flags:", len(parkdesk.CheckSummary(s)))
	// Output:
	// 临沂精工机械有限公司 91371311MA3R7PQ1X4
	// category 1 batch 1 priority true not_ready
	// unmet: [team_named staff_screened returnees_quarantined isolation_room supplies_14d active_cases]
	// flags: 0
}

// A code that lost its end, as when a link is cut in a chat, says so.
func ExampleDecodeSummary_truncated() {
	_, err := parkdesk.DecodeSummary("https://yq.example.cn/fugong/collect#s=s1.fQ7kuNOQ6oKc")
	fmt.Println(err.(*assessment.InputError).Code)
	// Output:
	// truncated
}
