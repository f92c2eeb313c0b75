package pdf

import (
	"fmt"
	"strings"

	"fugong/documents"
)

// samplePlan returns a plan that uses every kind of block: Chinese text full
// of punctuation, a list, a 60-row table that runs over pages, English,
// Japanese and Korean paragraphs, a signature area and QR codes.
func samplePlan() *documents.Plan {
	var rows [][]string
	areas := []string{"办公区", "生产车间", "员工食堂", "员工宿舍", "通勤班车", "隔离观察室"}
	for i := 1; i <= 60; i++ {
		req := fmt.Sprintf("每日消毒%d次，做好记录；", i%3+1)
		if i%7 == 0 {
			req += "发现发热（体温≥37.3°C）、干咳等症状的人员，立即送往隔离观察室，并按规定报告园区管委会与属地卫生健康部门。"
		}
		rows = append(rows, []string{fmt.Sprint(i), areas[i%len(areas)], fmt.Sprintf("责任人%d", i), req})
	}
	p := func(text string) documents.Block { return documents.Block{Kind: documents.Paragraph, Text: text} }
	return &documents.Plan{
		ID:         "3F2A9C1B",
		Lang:       "zh",
		Title:      "复工复产疫情防控方案",
		Enterprise: "临沂市示范精密机械制造有限公司",
		Park:       "临沂经济技术开发区",
		Date:       "2026年3月5日",
		Ruleset:    "2026.1",
		Footer:     "方案编号 3F2A9C1B · 规则 2026.1",
		PageFormat: "第 %d / %d 页",
		QR:         "https://example.org/fugong/#plan=3F2A9C1B&r=2026.1",
		Sections: []documents.Section{
			{ID: "cover", Title: "复工复产疫情防控方案", Level: 1, NewPage: true, Blocks: []documents.Block{
				p("企业名称：临沂市示范精密机械制造有限公司\n所在园区：临沂经济技术开发区\n编制日期：2026年3月5日"),
				{Kind: documents.QRBlock, Text: "扫码核对本方案：方案编号 3F2A9C1B，规则版本 2026.1。"},
			}},
			{ID: "assessment", Title: "一、自评结果", Level: 1, NewPage: true, Blocks: []documents.Block{
				p("本企业属于第三类（工作场所空间环境条件较好，内部不拥挤，外部不杂乱），列入第二批复工。依据：人均面积12.5平方米（≥10平方米）；能够保持1米以上间距；实行封闭管理。"),
				p("“分类分批，先高后低”；“条件成熟一个，开工一个”。企业自行制定方案、自行承诺，无需提交任何登记材料——零见面、零提交、零距离……是否已经落实？请逐项核对！"),
			}},
			{ID: "prevention", Title: "二、疫情防控方案", Level: 1, Blocks: []documents.Block{
				p("为做好复工复产期间的疫情防控工作，保障员工生命安全和身体健康，根据《中华人民共和国传染病防治法》和省、市有关要求，结合本企业实际，制定本方案。"),
			}},
			{ID: "prevention.measures", Title: "（一）主要措施", Level: 2, Blocks: []documents.Block{
				{Kind: documents.List, Items: []string{
					"成立疫情防控工作领导小组，企业主要负责人任组长，明确联络员及联系电话。",
					"建立员工健康档案（一人一档），每日两次测量体温并记录。",
					"储备口罩、体温计、消毒液等防疫物资，满足14天使用需求。",
					"设置临时隔离观察室，位置相对独立、通风良好。",
					"食堂实行分餐制，错峰就餐，餐桌间距不少于1米；不得聚集用餐。",
					"宿舍每间不超过6人，每日通风不少于3次，每次不少于30分钟。",
					"减少会议，必须召开的控制人数和时间，提倡视频会议。",
					"外来人员登记、测温、查验健康码后方可入内。",
					"每日向园区报告员工健康状况（日报告、零报告）。",
					"发现疑似症状人员，立即启动应急预案。",
				}},
			}},
			{ID: "prevention.disinfection", Title: "（二）重点区域消毒安排", Level: 2, Blocks: []documents.Block{
				{Kind: documents.TableBlock, Table: &documents.Table{
					Header: []string{"序号", "区域", "责任人", "要求"},
					Rows:   rows,
					Widths: []float64{1, 2, 2, 6},
				}},
			}},
			{ID: "languages", Title: "三、外籍员工须知", Level: 1, Blocks: []documents.Block{
				p("All employees must wear a mask at work, have their temperature checked twice a day, and keep at least 1 m apart. Anyone with a fever (37.3 °C or above) must report to the isolation room at once."),
				p("従業員は職場でマスクを着用し、一日二回体温を測定し、互いに一メートル以上の距離を保ってください。発熱のある方は直ちに隔離観察室へ。"),
				p("모든 직원은 작업장에서 마스크를 착용하고, 하루 두 번 체온을 측정하며, 서로 1미터 이상 거리를 유지해야 합니다."),
			}},
			{ID: "letter", Title: "复工复产承诺书", Level: 1, NewPage: true, Blocks: []documents.Block{
				p("本企业郑重承诺：已按照上述方案落实各项疫情防控措施，所填报信息真实、准确、完整；如有虚假，愿承担相应责任。"),
				{Kind: documents.SignatureBlock, Signature: &documents.Signature{
					Signers:   []string{"法定代表人（签字）：", "疫情防控负责人（签字）："},
					Seal:      "承诺企业（盖章）：临沂市示范精密机械制造有限公司",
					DateLabel: "日期：＿＿＿＿年＿＿月＿＿日",
				}},
				{Kind: documents.QRBlock, Text: "方案编号 3F2A9C1B"},
			}},
		},
	}
}

// planStrings returns every piece of text of a plan that is printed.
func planStrings(plan *documents.Plan) []string {
	out := []string{plan.Enterprise, plan.Title, plan.Footer}
	for _, s := range plan.Sections {
		out = append(out, s.Title)
		for _, b := range s.Blocks {
			out = append(out, b.Text)
			out = append(out, b.Items...)
			if b.Table != nil {
				out = append(out, b.Table.Header...)
				for _, row := range b.Table.Rows {
					out = append(out, row...)
				}
			}
			if sig := b.Signature; sig != nil {
				out = append(out, sig.Signers...)
				out = append(out, sig.Seal, sig.DateLabel)
			}
		}
	}
	return out
}

// squeeze removes all white space, so that text broken over lines can be
// compared with the text as written.
func squeeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}
