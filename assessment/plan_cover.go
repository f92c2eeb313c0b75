package assessment

// planTitle is the title of the whole document and of its cover.
var planTitle = msg("plan.cover.plan_title")

// coverSections is the plan's cover page.
var coverSections = []sectionDef{
	{id: "cover", title: planTitle, level: 1, newPage: true, build: (*planBuilder).cover},
}

// cover lists who the plan is for, when and under which rules it was made,
// and carries the plan's ID in a QR code.
func (b *planBuilder) cover() []Block {
	p := b.plan
	lines := []string{b.s("企业名称：", "Enterprise: ", "企業名：", "기업명: ") + p.Enterprise}
	if code := b.str("credit_code"); code != "" {
		lines = append(lines, b.s("统一社会信用代码：", "Unified social credit code: ", "統一社会信用コード：", "통일사회신용코드: ")+code)
	}
	if addr := b.str("address"); addr != "" {
		lines = append(lines, b.s("生产经营地址：", "Address: ", "事業所所在地：", "사업장 주소: ")+addr)
	}
	if p.Park != "" {
		lines = append(lines, b.s("所在园区：", "Park: ", "所在園区：", "소재 단지: ")+p.Park)
	}
	lines = append(lines,
		b.s("疫情防控工作领导小组组长：", "Leader of the epidemic prevention leading group: ", "感染防止対策チームのリーダー：", "방역 대책반 반장: ")+b.leader(),
		b.s("编制日期：", "Date: ", "作成日：", "작성일: ")+p.Date,
		b.s("方案编号：", "Plan ID: ", "計画番号：", "계획 번호: ")+p.ID,
		b.s("规则版本：", "Ruleset: ", "ルールのバージョン：", "규칙 버전: ")+p.Ruleset)
	contents := b.s(
		"本文件包括：自评结果、疫情防控方案、突发疫情应急预案、人员情况、复工复产承诺书（一式两份，企业留存一份、报园区存档一份）。承诺书经法定代表人签字、加盖企业公章后生效。",
		"This document comprises the self-assessment result, the prevention plan, the emergency plan, the staff summary and the commitment letter (in duplicate: one copy kept by the Enterprise and one filed with the park). The commitment letter takes effect once it has been signed by the legal representative and stamped with the official seal of the Enterprise.",
		"本書の内容：自己評価の結果、感染防止計画、緊急対応計画、従業員の状況、操業再開誓約書（2部作成し、1部を企業が保管、1部を園区に提出して保管）。誓約書は法定代表者が署名し、企業の公印を押印した時点で効力を生じる。",
		"이 문서의 구성: 자체 평가 결과, 방역 계획, 비상 대응 계획, 인원 현황, 업무 재개 서약서(2부 작성, 1부는 기업 보관, 1부는 단지 제출 보관). 서약서는 법정대표자가 서명하고 기업 직인을 날인한 때부터 효력이 발생한다.")
	return []Block{
		para(joinLines(lines)),
		para(contents),
		{Kind: QRBlock, Text: b.parkScanCaption()},
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
