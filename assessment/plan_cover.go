package assessment

// coverSections is the plan's cover page.
var coverSections = []sectionDef{
	{id: "cover", title: tx("复工复产疫情防控方案及承诺书", "Resumption of work: prevention plan, emergency plan and commitment letter"),
		level: 1, newPage: true, build: (*planBuilder).cover},
}

// cover lists who the plan is for, when and under which rules it was made,
// and carries the plan's ID in a QR code.
func (b *planBuilder) cover() []Block {
	p := b.plan
	lines := []string{b.s("企业名称：", "Enterprise: ") + p.Enterprise}
	if code := b.str("credit_code"); code != "" {
		lines = append(lines, b.s("统一社会信用代码：", "Unified social credit code: ")+code)
	}
	if addr := b.str("address"); addr != "" {
		lines = append(lines, b.s("生产经营地址：", "Address: ")+addr)
	}
	if p.Park != "" {
		lines = append(lines, b.s("所在园区：", "Park: ")+p.Park)
	}
	lines = append(lines,
		b.s("防控工作组组长：", "Prevention team leader: ")+b.leader(),
		b.s("编制日期：", "Date: ")+p.Date,
		b.s("方案编号：", "Plan ID: ")+p.ID,
		b.s("规则版本：", "Ruleset: ")+p.Ruleset)
	contents := b.s(
		"本文件包括：自评结果、疫情防控方案、突发疫情应急预案、人员情况、复工复产承诺书（一式两份，企业留存一份、报园区存档一份）。承诺书经法定代表人签字、加盖企业公章后生效。",
		"Contents: the self-assessment result, the prevention plan, the emergency plan, the staff summary and the commitment letter (two copies: one kept by the enterprise, one for the park's files). The letter takes effect when the legal representative has signed it and the company seal is affixed.")
	return []Block{
		para(joinLines(lines)),
		para(contents),
		{Kind: QRBlock, Text: b.s("方案编号 "+p.ID+" · 规则 "+p.Ruleset+"：扫码核对本方案", "Plan "+p.ID+" · rules "+p.Ruleset+": scan to check this plan")},
	}
}

func joinLines(lines []string) string {
	s := ""
	for i, l := range lines {
		if i > 0 {
			s += "\n"
		}
		s += l
	}
	return s
}
