package assessment

import (
	"strconv"
	"strings"
)

// letterSections are the two copies of the commitment letter (复工复产承诺书):
// one the enterprise keeps, one for the park's files. Each starts a page
// and is complete in itself, so that either can be signed, stamped and
// handed over alone. The letter is a pledge: edits never replace it.
//
// The letter follows the readiness and never pledges what the assessment
// denies (letterForm): ready, it pledges the 五到位 and resumption when the
// batch opens; phased, it lists the required items still unmet, each with
// its deadline, and which parts wait for them; not ready, it is a pledge to
// correct (整改承诺书): every unmet item with its deadline and no resumption
// until they are met and the assessment is redone.
//
// Chinese is the text of record: a letter in another language carries the
// Chinese text first, then the translation, then a line saying the Chinese
// text prevails; its title and the labels where it is signed are in both.
var letterSections = []sectionDef{
	{id: "letter.enterprise", title: msg("plan.letter.enterprise.title"), level: 1, newPage: true, bilingual: true,
		retitle: func(b *planBuilder) (Text, bool) {
			return msg("plan.letter.enterprise.undertaking_corrective_action_before"), b.r.Readiness == NotReady
		},
		build: (*planBuilder).letter},
	{id: "letter.park", title: msg("plan.letter.park.title"), level: 1, newPage: true, bilingual: true,
		retitle: func(b *planBuilder) (Text, bool) {
			return msg("plan.letter.park.undertaking_corrective_action_before"), b.r.Readiness == NotReady
		},
		build: (*planBuilder).letter},
}

// letterPrevails says that the Chinese text of the letter prevails, in
// Chinese and in each other language.
var letterPrevails = msg("plan.letter.letter_prevails")

// letterItems are the items the letter lists with their deadlines: every
// unmet critical and required item (for a phased enterprise, only
// required ones are unmet).
func (b *planBuilder) letterItems() []Item {
	var out []Item
	for _, it := range b.r.Items {
		if !it.Met && (it.Level == Critical || it.Level == Required) {
			out = append(out, it)
		}
	}
	return out
}

// deadline writes the date by which item id will be met, or a blank line
// to write it on by hand.
func (b *planBuilder) deadline(id string) string {
	if d := b.a.Deadline(id); d != "" {
		return b.day(d)
	}
	return b.dateBlank()
}

// dateBlank is a line to write a date on by hand, as each language writes
// a date.
func (b *planBuilder) dateBlank() string {
	return b.s("＿＿＿＿年＿＿月＿＿日", "____ (date)", "＿＿＿＿年＿＿月＿＿日", "＿＿＿＿년 ＿＿월 ＿＿일")
}

// letterOpening says who pledges, how the enterprise was assessed, and
// its people.
func (b *planBuilder) letterOpening() string {
	who := b.s("本企业"+b.enterprise(), "This letter is given by "+b.enterprise(), "当社"+b.enterprise(), "본 기업 "+b.enterprise())
	if code := b.str("credit_code"); code != "" {
		who += b.s("（统一社会信用代码 "+code+"）", " (unified social credit code "+code+")", "（統一社会信用コード "+code+"）", "(통일사회신용코드 "+code+")")
	}
	if addr := b.str("address"); addr != "" {
		who += b.s("，生产经营地址："+addr, ", located at "+addr, "、事業所所在地："+addr, ", 사업장 주소: "+addr)
	}
	if c := b.person("contact_name"); c.name != "" {
		who += b.s("，联系人："+c.name, "; contact person: "+c.name, "、連絡担当者："+c.name, ", 연락 담당자: "+c.name)
		if c.phone != "" {
			who += b.s("（电话 "+c.phone+"）", " (telephone "+c.phone+")", "（電話 "+c.phone+"）", "(전화 "+c.phone+")")
		}
	}
	who += b.s("。", ". ", "。", ". ")
	return who + b.letterAssessed() + b.letterPeople()
}

// letterAssessed states the category, batch and opening date as assessed,
// and the readiness: "经自评属第三类企业，具备复工复产条件，拟于园区第二批（2026年2月17日起）复工复产。"
func (b *planBuilder) letterAssessed() string {
	r := b.r
	cat := b.s("经自评企业类别待定", "According to its self-assessment, the category of the Enterprise is yet to be determined", "自己評価では区分が未確定であり", "자체 평가상 유형이 미정이며")
	if r.Category > 0 {
		k := strconv.Itoa(r.Category)
		cat = b.s("经自评属第"+cnNumber(r.Category)+"类企业", "According to its self-assessment, the Enterprise is a Category "+k+" enterprise", "自己評価により第"+k+"区分の企業に該当し", "자체 평가 결과 제"+k+"유형 기업에 해당하며")
	}
	batch := b.s("园区"+b.batchName(r.Batch), "the park's "+b.batchName(r.Batch), "園区の"+b.batchName(r.Batch), "단지 "+b.batchName(r.Batch))
	switch {
	case r.Batch == 0:
		batch = b.s("园区安排的批次", "the batch set by the park", "園区が定める順位", "단지가 정하는 차수")
	case r.BatchDate != "":
		d := b.day(r.BatchDate)
		batch += b.s("（"+d+"起）", " (from "+d+")", "（"+d+"から）", "("+d+"부터)")
	default:
		batch += b.s("（开放日期以园区通知为准）", " (opening date as announced by the park)", "（開始日は園区の通知による）", "(개시일은 단지 공지에 따름)")
	}
	switch r.Readiness {
	case Ready:
		return b.s(cat+"，具备复工复产条件，拟于"+batch+"复工复产。", cat+", meets the conditions for resuming work and production, and intends to resume in "+batch+". ",
			cat+"、操業再開の条件を満たしており、"+batch+"に操業を再開する予定である。", cat+", 업무 재개 조건을 갖추었으므로 "+batch+"에 업무를 재개할 예정이다. ")
	case Phased:
		return b.s(cat+"，部分具备复工复产条件，拟于"+batch+"分期复工复产。", cat+", partially meets the conditions for resuming work and production, and intends to resume in phases in "+batch+". ",
			cat+"、操業再開の条件を一部満たしており、"+batch+"に段階的に操業を再開する予定である。", cat+", 업무 재개 조건을 일부 갖추었으므로 "+batch+"에 단계적으로 업무를 재개할 예정이다. ")
	}
	return b.s(cat+"，属"+batch+"，但暂不具备复工复产条件。", cat+" and falls within "+batch+", but does not yet meet the conditions for resuming work and production. ",
		cat+"、"+batch+"に当たるが、現時点では操業再開の条件を満たしていない。", cat+", 단지 일정상 "+batch+"에 해당하나 아직 업무 재개 조건을 갖추지 못했다. ")
}

// letterPeople counts the staff, those who may work and those returning
// from elsewhere, as far as the answers say.
func (b *planBuilder) letterPeople() string {
	total, okT := b.num("employees_total")
	if !okT {
		return ""
	}
	s := b.s("本企业职工 "+fmtNum(total)+" 人", "The Enterprise has "+fmtNum(total)+" employees", "当社の従業員は"+fmtNum(total)+"人", "본 기업의 직원은 "+fmtNum(total)+"명")
	if n, ok := b.num("staff_normal"); ok {
		s += b.s("，可正常上岗 "+fmtNum(n)+" 人", ", of whom "+fmtNum(n)+" may work normally", "であり、うち通常勤務が可能な者は"+fmtNum(n)+"人", "이며, 그중 정상 근무 가능 인원은 "+fmtNum(n)+"명")
	}
	low, okL := b.num("returnees_low_risk")
	mid, okM := b.num("returnees_mid_high_risk")
	if okM {
		away := mid
		if okL {
			away += low
		}
		s += b.s("；外地返岗 "+fmtNum(away)+" 人，其中来自中、高风险地区 "+fmtNum(mid)+" 人", "; "+fmtNum(away)+" employees are returning from elsewhere, of whom "+fmtNum(mid)+" are from medium- or high-risk regions",
			"である。他地域からの復帰者は"+fmtNum(away)+"人であり、うち中・高リスク地域からの者は"+fmtNum(mid)+"人", "이다. 타지역 복귀 인원은 "+fmtNum(away)+"명이며, 그중 중·고위험 지역 출신은 "+fmtNum(mid)+"명")
	}
	return s + b.s("。", ". ", "である。", "이다. ")
}

// letterResponsibility is the pledge of primary responsibility: the legal
// representative is first responsible; the team's leader may be another.
func (b *planBuilder) letterResponsibility() string {
	rep := b.str("legal_rep")
	first := b.s("法定代表人为第一责任人", "its legal representative bears first responsibility", "法定代表者を第一責任者とし", "법정대표자를 제1 책임자로 하며")
	if rep != "" {
		first = b.s("法定代表人"+rep+"为第一责任人", "its legal representative, "+rep+", bears first responsibility", "法定代表者"+rep+"を第一責任者とし", "법정대표자 "+rep+"을(를) 제1 책임자로 하며")
	}
	team := b.s("已成立疫情防控工作领导小组", "an epidemic prevention leading group has been established", "感染防止対策チームを設置する", "방역 대책반을 구성한다")
	if l := b.person("leader_name"); l.name != "" && b.itemMet("team_named") {
		team = b.s("已成立以"+l.name+"为组长的疫情防控工作领导小组", "an epidemic prevention leading group headed by "+l.name+" has been established",
			l.name+"をリーダーとする感染防止対策チームを設置する", l.name+"을(를) 반장으로 하는 방역 대책반을 구성한다")
	}
	return b.s("严格落实疫情防控主体责任，"+first+"，"+team+"。", "The Enterprise shall strictly fulfil its primary responsibility for epidemic prevention and control: "+first+", and "+team+".",
		"感染防止の主体責任を厳格に果たし、"+first+"、"+team+"。", "방역 주체 책임을 엄격히 이행하고, "+first+", "+team+".")
}

// itemMet reports whether readiness item id applies and is met.
func (b *planBuilder) itemMet(id string) bool {
	for _, it := range b.r.Items {
		if it.ID == id {
			return it.Met
		}
	}
	return false
}

// letterConditions is what the letter pledges about the conditions, by
// the readiness: for a ready enterprise, pledges; otherwise the lead-in to
// the table of items still to meet.
func (b *planBuilder) letterConditions() []string {
	switch b.r.Readiness {
	case Ready:
		plans := b.s("已结合本企业实际制定疫情防控方案和突发疫情应急预案，并严格落实。", "The Enterprise has drawn up a prevention plan and an emergency plan suited to its actual circumstances, and shall implement them strictly.",
			"当社の実情に即して感染防止計画及び緊急対応計画を定め、厳格に実施する。", "본 기업의 실정에 맞추어 방역 계획과 비상 대응 계획을 수립했으며 이를 엄격히 이행한다.")
		if ok, _ := b.yes("safety_check_done"); ok {
			return []string{plans, b.s("做到“五到位”：防控机制到位、人员排查到位、防疫物资到位、消毒管理到位、安全生产到位。",
				"The five requirements are in place: the prevention mechanism, staff screening, prevention supplies, disinfection management and production safety.",
				"感染防止の体制、従業員の確認、防疫物資、消毒管理及び生産の安全の五つを整えている。",
				"방역 체계, 인원 조사, 방역 물자, 소독 관리, 생산 안전의 다섯 가지를 갖추었다.")}
		}
		return []string{plans, b.s("防控机制、人员排查、防疫物资、消毒管理均已到位；复工前完成安全生产检查，检查合格后方可开工。",
			"The prevention mechanism, staff screening, prevention supplies and disinfection management are in place; a production safety inspection shall be completed before work resumes, and production shall start only after the inspection has been passed.",
			"感染防止の体制、従業員の確認、防疫物資及び消毒管理は整っている。操業再開前に生産安全点検を行い、合格した後に操業を開始する。",
			"방역 체계, 인원 조사, 방역 물자, 소독 관리를 갖추었으며, 업무 재개 전에 생산 안전 점검을 실시하여 합격한 후에 가동한다.")}
	case Phased:
		return []string{b.s("已结合本企业实际制定疫情防控方案和突发疫情应急预案。已具备条件的区域和岗位先行复工，"+b.pausedParts()+"；下表所列事项于所列时限前落实到位，落实后方可全面复工复产。",
			"The Enterprise has drawn up a prevention plan and an emergency plan suited to its actual circumstances. The areas and posts that meet the conditions shall resume first; "+b.pausedParts()+"; the items listed in the table below shall be implemented by the deadlines stated, after which work and production shall resume in full.",
			"当社の実情に即して感染防止計画及び緊急対応計画を定めた。条件を満たした区域・持ち場から先に再開し、"+b.pausedParts()+"。下表の事項を期限までに実施した後、全面的に再開する。",
			"본 기업의 실정에 맞추어 방역 계획과 비상 대응 계획을 수립했다. 조건을 갖춘 구역과 직무부터 먼저 재개하고, "+b.pausedParts()+", 아래 표의 사항을 기한 내에 이행한 후 전면 재개한다.")}
	}
	return []string{b.s("在下表所列事项全部落实到位、经重新自评具备复工复产条件并报告"+b.parkName()+"前，本企业不复工复产；本企业将按疫情防控方案逐项整改，并于所列时限前完成。",
		"The Enterprise shall not resume work or production until every item listed in the table below has been implemented, a new self-assessment has found that it meets the conditions for resuming work, and this has been reported to "+b.parkName()+"; it shall correct each item in accordance with its prevention plan by the deadline stated.",
		"下表の事項をすべて実施し、改めて自己評価を行って条件を満たし、"+b.parkName()+"に報告するまで、操業を再開しない。感染防止計画に従い各事項を期限までに是正する。",
		"아래 표의 사항을 모두 이행하고 자체 평가를 다시 실시하여 조건을 갖춘 후 "+b.parkName()+"에 보고하기 전에는 업무를 재개하지 않으며, 방역 계획에 따라 각 사항을 기한 내에 시정한다.")}
}

// pausedParts says what stays closed while a phased enterprise's unmet
// items are worked on.
func (b *planBuilder) pausedParts() string {
	parts := map[string]Text{
		"predisinfection": msg("plan.letter.paused_parts.places_not_yet_disinfected"),
		"entry_control":   msg("plan.letter.paused_parts.entrances_without_designated_attendant"),
		"ventilation":     msg("plan.letter.paused_parts.recirculating_air_conditioning_shall"),
		"canteen":         msg("plan.letter.paused_parts.canteen_shall_serve_no"),
		"dormitory":       msg("plan.letter.paused_parts.dormitory_rooms_exceeding_limits"),
		"commute":         msg("plan.letter.paused_parts.shuttle_bus_service_shall"),
	}
	var out []string
	for _, it := range b.letterItems() {
		if t, ok := parts[it.ID]; ok {
			out = append(out, b.t(t))
		}
	}
	if len(out) == 0 {
		return b.s("其余暂缓", "all other parts shall wait", "その他は見合わせる", "나머지는 보류하고")
	}
	s := ""
	for i, p := range out {
		if i > 0 {
			s += b.s("，", ", ", "、", ", ")
		}
		s += p
	}
	return s
}

// letterItemsTable lists the items the letter pledges to meet, each with
// its deadline.
func (b *planBuilder) letterItemsTable() Block {
	var rows [][]string
	for i, it := range b.letterItems() {
		rows = append(rows, []string{strconv.Itoa(i + 1), b.t(it.Title) + b.s("（", " (", "（", "(") + b.levelName(it.Level) + b.s("）", ")", "）", ")"),
			b.t(it.Action), b.deadline(it.ID)})
	}
	return table([]string{b.s("序号", "No.", "番号", "번호"), b.s("事项", "Item", "事項", "사항"), b.s("整改措施", "Corrective action", "是正措置", "시정 조치"),
		b.s("完成时限", "Deadline", "完了期限", "완료 기한")}, rows, 0.6, 2.0, 3.8, 2.2)
}

// letterCommon are the pledges every letter makes, whatever the
// readiness: truthful screening, the returnees' rule, costs, daily
// reports and inspection.
func (b *planBuilder) letterCommon() []string {
	park := b.parkName()
	cost := b.s("疫情防控所需费用由本企业自行承担。", "The Enterprise shall bear its own epidemic prevention costs.", "感染防止に要する費用は当社が負担する。", "방역에 필요한 비용은 본 기업이 부담한다.")
	if b.hasSupport() {
		cost = b.s("除"+park+"扶持措施所列补贴外，疫情防控所需费用由本企业自行承担。", "The Enterprise shall bear the costs of epidemic prevention not covered by the subsidies under the support measures of "+park+".",
			park+"の支援措置による補助を除き、感染防止に要する費用は当社が負担する。", park+" 지원 조치의 보조금 외에 방역에 필요한 비용은 본 기업이 부담한다.")
	}
	return []string{
		b.s("如实排查、登记员工健康状况和行程信息，做到不瞒报、不漏报、不迟报。",
			"The Enterprise shall screen and record the health and travel of its employees truthfully, and shall not conceal, omit or delay any report.",
			"従業員の健康状態と行動歴を正確に確認・記録し、隠蔽、報告漏れ、報告の遅れのないようにする。",
			"직원의 건강 상태와 이동 경로를 사실대로 조사·기록하며, 은폐·누락·지연 없이 보고한다."),
		b.s("来自中、高风险地区的返岗人员"+b.t(quarantineRule)+"；来自低风险地区的返岗人员体温正常即可上岗，不作隔离；境外入境人员按入境规定集中隔离 14 天。",
			"Returnees from medium- or high-risk regions "+b.t(quarantineRule)+"; returnees from low-risk regions may work without quarantine if their temperature is normal; arrivals from abroad shall undergo 14 days of central quarantine in accordance with the entry regulations.",
			"中・高リスク地域からの復帰者は、"+b.t(quarantineRule)+"。低リスク地域からの復帰者は体温が正常であれば隔離せずに勤務させる。国外からの入国者は入国規定に従い14日間の集中隔離とする。",
			"중·고위험 지역 복귀자는 "+b.t(quarantineRule)+". 저위험 지역 복귀자는 체온이 정상이면 격리 없이 근무하게 하며, 해외 입국자는 입국 규정에 따라 14일간 시설 격리한다."),
		cost,
		b.s("每日向"+park+"报告员工健康状况和防控措施落实情况，发现异常立即报告。",
			"The Enterprise shall report the health of its employees and the implementation of its prevention measures to "+park+" every day, and shall report any abnormality immediately.",
			"毎日"+park+"に従業員の健康状況と感染防止措置の実施状況を報告し、異常があれば直ちに報告する。",
			"매일 "+park+"에 직원 건강 상황과 방역 조치 이행 상황을 보고하며, 이상이 발견되면 즉시 보고한다."),
		b.s("自觉接受"+park+"和有关部门的监督检查。", "The Enterprise shall accept supervision and inspection by "+park+" and the relevant authorities.",
			park+"及び関係部門の監督検査を受け入れる。", park+" 및 관계 부서의 감독 점검을 받는다."),
	}
}

// letterBody is the text of the letter in the builder's language: the
// addressee, who pledges what, the pledges and the closing sentence.
func (b *planBuilder) letterBody() []Block {
	lead := b.s("现郑重承诺如下：", "The Enterprise hereby solemnly undertakes as follows:", "次のとおり誓約する。", "다음과 같이 서약한다.")
	if b.r.Readiness == NotReady {
		lead = b.s("现作出整改承诺如下：", "The Enterprise hereby undertakes to take corrective action as follows:", "次のとおり是正を誓約する。", "다음과 같이 시정을 서약한다.")
	}
	pledges := append([]string{b.letterResponsibility()}, b.letterConditions()...)
	pledges = append(pledges, b.letterCommon()...)
	blocks := []Block{
		para(b.addressee()),
		para(b.letterOpening() + lead),
		list(pledges...),
	}
	if b.r.Readiness != Ready && len(b.letterItems()) > 0 {
		blocks = append(blocks, b.letterItemsTable())
	}
	return append(blocks, para(b.t(letterConsequences)))
}

// letterConsequences closes every letter: what follows a broken pledge.
var letterConsequences = msg("plan.letter.letter_consequences")

// bi writes a label in Chinese and, when the plan is in another language,
// also in that language, followed by a colon:
// "法定代表人（签字） / Legal representative (signature):".
func (b *planBuilder) bi(t Text) string {
	if b.lang == "zh" {
		return t.Zh + "："
	}
	return t.Zh + " / " + b.t(t) + b.s("：", ": ", "：", ": ")
}

func (b *planBuilder) letter() []Block {
	return append(b.inBothLanguages((*planBuilder).letterBody), b.letterSigning(), Block{Kind: QRBlock, Text: b.parkScanCaption()})
}

// inBothLanguages writes a letter's text by body: in Chinese, the text of
// record, then, when the plan is in another language, the translation
// (marked so that it may take a page of its own) and the line saying the
// Chinese text prevails.
func (b *planBuilder) inBothLanguages(body func(*planBuilder) []Block) []Block {
	zh := *b
	zh.lang = "zh"
	blocks := body(&zh)
	if b.lang != "zh" {
		translation := para(b.s("", "English translation:", "日本語訳：", "한국어 번역문:"))
		translation.BreakIfLong = true
		blocks = append(blocks, translation)
		blocks = append(blocks, body(b)...)
		blocks = append(blocks, para(letterPrevails.Zh+"\n"+b.t(letterPrevails)))
	}
	return blocks
}

// letterSigning is the letter's signature area: the legal representative
// and the prevention team's leader sign, the enterprise stamps its seal,
// and the date is written by hand.
func (b *planBuilder) letterSigning() Block {
	name := b.str("name")
	if name == "" {
		name = b.enterprise()
	}
	var signers []string
	rep := b.str("legal_rep")
	if rep != "" {
		signers = append(signers, b.bi(txt("法定代表人 "+rep+"（签字）", "Legal representative (signature)",
			"法定代表者（署名）", "법정대표자(서명)")))
	} else {
		signers = append(signers, b.bi(msg("plan.letter.letter_signing.legal_representative_signature")))
	}
	if l := b.person("leader_name"); l.name != "" && l.name != rep {
		signers = append(signers, b.bi(txt("疫情防控工作领导小组组长 "+l.name+"（签字）", "Leader of the epidemic prevention leading group (signature)",
			"感染防止対策チームのリーダー（署名）", "방역 대책반 반장(서명)")))
	}
	return Block{Kind: SignatureBlock, Signature: &Signature{
		Signers: signers,
		Seal:    b.bi(msg("plan.letter.letter_signing.enterprise_seal")) + name,
		DateLabel: b.bi(msg("plan.letter.letter_signing.date")) +
			b.s(letterDateBlank, "＿＿＿＿ (year) ＿＿ (month) ＿＿ (day)", letterDateBlank, "＿＿＿＿년 ＿＿월 ＿＿일"),
	}}
}

// parkScanCaption is the caption of the plan's QR code, on the cover and
// on each letter: what scanning it does (it adds the enterprise to the
// park's register), then the plan's ID and ruleset.
func (b *planBuilder) parkScanCaption() string {
	id, rules := b.plan.ID, b.plan.Ruleset
	return b.s("园区扫码登记：园区工作人员扫描此码，本企业即登记到园区名册。",
		"For registration with the park: park staff scan this code to enter the Enterprise in the park's register.",
		"園区での登録用：園区の担当者がこのコードを読み取ると、当社が園区の名簿に登録される。",
		"단지 등록용: 단지 직원이 이 코드를 스캔하면 본 기업이 단지 명부에 등록된다.") + "\n" +
		b.s("方案编号 "+id+" · 规则 "+rules, "Plan ID "+id+" · Ruleset "+rules,
			"計画番号 "+id+" · ルール "+rules, "계획 번호 "+id+" · 규칙 "+rules)
}

// letterDateBlank is where the signing date is written by hand, with room
// for the year, the month and the day; Korean and English write their own
// words for them.
const letterDateBlank = "＿＿＿＿年＿＿月＿＿日"

// addressee opens the letter: "致：" and the park's name when the park's
// link gave it, else a line to write the name on.
func (b *planBuilder) addressee() string {
	park := strings.TrimSpace(b.a.Park.Name)
	if park == "" {
		park = "＿＿＿＿＿＿＿＿＿＿＿＿＿＿"
	}
	return b.s("致："+park, "To: "+park, park+" 御中", park+" 귀중")
}
