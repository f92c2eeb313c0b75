package assessment_test

import (
	"fmt"

	"fugong/assessment"
)

func ExampleValidCreditCode() {
	fmt.Println(assessment.ValidCreditCode("91350100M000100Y43"))
	fmt.Println(assessment.ValidCreditCode("91350100M000100Y44"))
	// Output:
	// true
	// false
}

func ExampleParseAnswers() {
	a, err := assessment.ParseAnswers([]byte(`{"ruleset": "2025.1", "lang": "en",
		"answers": {"automation_share": 80, "favourite_colour": "red"}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Number("automation_share"))
	for _, p := range assessment.Validate(a) {
		if p.Severity == assessment.Warning {
			fmt.Println(p.Code, p.Question, "—", p.Message.In(a.Language()))
		}
	}
	_, err = assessment.ParseAnswers([]byte(`{"answers": [1]}`))
	fmt.Println(err)
	// Output:
	// 80 true
	// ruleset  — the file was written for ruleset 2025.1; evaluated with 2026.2 — please check the answers
	// unknown_question favourite_colour — the file answers a question this ruleset does not have: favourite_colour; not used
	// 字段 answers 的类型不对（请对照答案文件格式） (field answers has the wrong type (see the answers-file format))
}

func ExampleEvaluate() {
	a := assessment.NewAnswers("zh")
	a.Set("automation_share", assessment.NumberValue(35))
	a.Set("product_types", assessment.ListValue("other"))
	a.Set("floor_area_m2", assessment.NumberValue(1200))
	a.Set("peak_shift_workers", assessment.NumberValue(100))
	a.Set("can_keep_1m", assessment.BoolValue(true))
	a.Set("closed_management", assessment.BoolValue(true))
	a.Set("employees_total", assessment.NumberValue(15))
	r := assessment.Evaluate(a)
	fmt.Println("category", r.Category, "batch", r.Batch, "priority", r.Priority, r.Readiness)
	for _, b := range r.Because {
		fmt.Println(b.Rule, b.Fired, b.Message.In("zh"))
	}
	fmt.Println(r.PriorityReasons[0].Message.In("en"))
	// Output:
	// category 3 batch 2 priority true not_ready
	// category.1 false 自动化比例 35% < 70%，不属于第一类
	// category.2 false 产品不属于国内急需产品，不属于第二类
	// category.3 true 人均面积 12 m² ≥ 10 m²，能保持 1 米间距，实行封闭管理，属第三类（空间条件较好）
	// batch true 第三类企业安排在第二批复工（分类分批，先高后低）
	// Few employees: 15 employees < 20: priority resumption
}
