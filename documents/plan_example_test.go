package documents_test

import (
	"fmt"
	"time"

	"fugong/assessment"
	"fugong/documents"
)

func ExampleBuildPlan() {
	a := assessment.NewAnswers("zh")
	a.Set("name", assessment.StringValue("临沂精工机械有限公司"))
	a.Set("leader_name", assessment.StringValue("王建国"))
	a.Set("leader_phone", assessment.StringValue("13953912345"))
	a.Set("peak_shift_workers", assessment.NumberValue(120))
	a.Set("has_canteen", assessment.BoolValue(false))
	a.Edits = map[string]string{"custom.safety": "安全生产\n设备复工前逐台检查。"}
	p := documents.BuildPlan(a, assessment.Evaluate(a), time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC))
	fmt.Println(p.Title, p.Date, len(p.ID))
	for _, s := range p.Sections {
		if s.Level == 1 {
			fmt.Println(s.Title)
		}
	}
	// Output:
	// 复工复产疫情防控方案及承诺书 2026年2月10日 8
	// 复工复产疫情防控方案及承诺书
	// 一、自评结果
	// 二、疫情防控方案
	// 三、突发疫情应急预案
	// 四、人员情况
	// 复工复产整改承诺书（企业留存联）
	// 复工复产整改承诺书（园区存档联）
}
