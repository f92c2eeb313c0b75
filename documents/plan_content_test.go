package documents

import (
	"strings"
	"testing"

	"fugong/assessment"
)

// TestPlanRequiredContent checks the content guidance requires that a
// plan must hold (issue: absentees followed, arrivals from abroad, the
// production safety checklist, the local CDC's and community's phones,
// isolation-room waste, smoking and queuing, the canteen's fallbacks, the
// drill's order, 120 before the company's car), and what depends on the
// answers.
func TestPlanRequiredContent(t *testing.T) {
	tests := []struct {
		name    string
		over    map[string]assessment.Value
		section string
		want    []string
		unwant  []string
	}{
		{"first responsible is the legal representative, the leader another", map[string]assessment.Value{"leader_name": assessment.StringValue("李四")}, "prevention.organization",
			[]string{"法定代表人王建国是本企业疫情防控第一责任人。成立以李四为组长"}, []string{"组长（第一责任人）", "主要负责人任组长"}},
		{"absentees followed", nil, "prevention.health", []string{"缺勤人员健康跟踪"}, nil},
		{"CDC phone in the daily report", map[string]assessment.Value{"cdc_phone": assessment.StringValue("0539-8182191")}, "prevention.health",
			[]string{"属地疾病预防控制机构（电话 0539-8182191）报告"}, nil},
		{"CDC and community phones in the contact list", map[string]assessment.Value{"cdc_phone": assessment.StringValue("0539-8182191"), "community_phone": assessment.StringValue("0539-8702345")},
			"emergency.preparation", []string{"属地疾病预防控制中心 | 0539-8182191", "所在社区（街道） | 0539-8702345"}, nil},
		{"no phones, no rows", nil, "emergency.preparation", nil, []string{"属地疾控中心", "所在社区"}},
		{"arrivals from abroad", nil, "prevention.screening", []string{"境外入境人员：按入境规定集中隔离医学观察 14 天"}, nil},
		{"community phone for home quarantine", map[string]assessment.Value{"community_phone": assessment.StringValue("0539-8702345")}, "prevention.screening",
			[]string{"与所在社区（电话 0539-8702345）保持联系"}, nil},
		{"safety checklist done", nil, "prevention.safety", []string{"复工前已完成安全生产检查", "消防设施", "特种设备和特种作业", "已检查合格"}, []string{"待检查"}},
		{"safety checklist open", map[string]assessment.Value{"safety_check_done": assessment.BoolValue(false)}, "prevention.safety",
			[]string{"尚未完成，应在开工前逐项检查合格", "待检查"}, []string{"已检查合格"}},
		{"isolation waste is medical waste", nil, "prevention.isolation", []string{"按医疗废物处理"}, nil},
		{"smoking area and queuing", nil, "prevention.workplace", []string{"吸烟区", "排队时间隔 1 米以上"}, nil},
		{"disposable tableware", nil, "prevention.canteen", []string{"使用一次性餐具"}, nil},
		{"3 sittings workable", nil, "prevention.canteen", nil, []string{"难以在一个就餐时段内完成"}},
		{"8 sittings unworkable", map[string]assessment.Value{"canteen_seats": assessment.NumberValue(60)}, "prevention.canteen",
			[]string{"须分 8 批错峰就餐", "分 8 批就餐难以在一个就餐时段内完成，应改为盒饭"}, nil},
		{"drill reports first", nil, "emergency.management", []string{"报告→隔离→送医→消毒"}, []string{"送医→消毒→报告"}},
		{"120 before the company's car", nil, "emergency.response", []string{"拨打急救电话 120", "急救车辆不能及时到达的，方由本企业应急车辆"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := buildPlan(loadPlanAnswers(t, tt.over))
			text := sectionText(p, tt.section)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("%s lacks %q:\n%s", tt.section, w, text)
				}
			}
			for _, w := range tt.unwant {
				if strings.Contains(text, w) {
					t.Errorf("%s holds %q", tt.section, w)
				}
			}
		})
	}
}
