package assessment

// letterSections are the two copies of the commitment letter (复工复产承诺书):
// one the enterprise keeps, one for the park's files. Each starts a page
// and is complete in itself, so that either can be signed, stamped and
// handed over alone. The letter is a pledge: edits never replace it.
var letterSections = []sectionDef{
	{id: "letter.enterprise", title: tx("复工复产承诺书（企业留存联）", "Commitment letter (enterprise's copy)"), level: 1, newPage: true,
		build: (*planBuilder).letter},
	{id: "letter.park", title: tx("复工复产承诺书（园区存档联）", "Commitment letter (park's copy)"), level: 1, newPage: true,
		build: (*planBuilder).letter},
}

// letterPledges are the pledges of the letter, in order; leader is the
// sentence naming the prevention team.
func (b *planBuilder) letterPledges() []string {
	team := b.s("成立由企业主要负责人任组长的疫情防控工作组", "a prevention team led by the enterprise's head is in place")
	if l := b.person("leader_name"); l.name != "" {
		team = b.s("成立以"+l.name+"为组长的疫情防控工作组", "a prevention team led by "+l.name+" is in place")
	}
	return []string{
		b.s("严格落实企业疫情防控主体责任，企业主要负责人为第一责任人，"+team+"。",
			"The enterprise bears primary responsibility for prevention, its head first responsible; "+team+"."),
		b.s("已结合本企业实际制定疫情防控方案和突发疫情应急预案，并严格落实。",
			"It has drawn up its own prevention plan and emergency plan and carries them out strictly."),
		b.s("做到“五到位”：防控机制到位、人员排查到位、防疫物资到位、消毒管理到位、安全生产到位。",
			"The five conditions are in place: prevention mechanism, staff screening, supplies, disinfection, and production safety."),
		b.s("自行承担疫情防控所需的全部费用。", "It bears all its own prevention costs."),
		b.s("如实排查、登记员工健康状况和行程信息，做到不瞒报、不漏报、不迟报。",
			"Its screening and records of staff health and travel are truthful; nothing is hidden, left out or reported late."),
		b.s("对外地返岗人员严格落实不少于 14 天的隔离观察（属地对低风险地区另有规定的，从其规定），期满且健康状况正常后方可上岗。",
			"Staff returning from elsewhere are quarantined for at least 14 days (or as local rules set for low-risk regions) and work only after it ends, in good health."),
		b.s("每日向"+b.parkName()+"报告员工健康状况和防控措施落实情况，发现异常立即报告。",
			"It reports the staff's health and its prevention measures to "+b.parkName()+" every day, and anything unusual at once."),
		b.s("自觉接受"+b.parkName()+"和有关部门的监督检查；防控措施不落实或发生疫情的，服从停工停产、整改等处置。",
			"It accepts inspection by "+b.parkName()+" and the authorities, and suspension or correction if its measures fail or an outbreak occurs."),
	}
}

func (b *planBuilder) letter() []Block {
	name := b.enterprise()
	who := b.s("本企业"+name, name)
	if code := b.str("credit_code"); code != "" {
		who += b.s("（统一社会信用代码 "+code+"）", " (unified social credit code "+code+")")
	}
	if addr := b.str("address"); addr != "" {
		who += b.s("，生产经营地址："+addr, ", of "+addr)
	}
	when := b.s("申请复工复产", "applies to resume work")
	if b.r.Batch > 0 && b.r.BatchDate != "" {
		when = b.s("按园区安排于"+b.batchName(b.r.Batch)+"（"+b.day(b.r.BatchDate)+"起）复工复产",
			"resumes work in "+b.batchName(b.r.Batch)+" (from "+b.day(b.r.BatchDate)+") as the park arranges")
	} else if b.r.Batch > 0 {
		when = b.s("按园区安排于"+b.batchName(b.r.Batch)+"复工复产", "resumes work in "+b.batchName(b.r.Batch)+" as the park arranges")
	}
	var signers []string
	rep := b.str("legal_rep")
	if rep != "" {
		signers = append(signers, b.s("法定代表人 "+rep+"（签字）：", "Legal representative "+rep+" (signature):"))
	} else {
		signers = append(signers, b.s("法定代表人（签字）：", "Legal representative (signature):"))
	}
	if l := b.person("leader_name"); l.name != "" && l.name != rep {
		signers = append(signers, b.s("疫情防控工作组组长 "+l.name+"（签字）：", "Prevention team leader "+l.name+" (signature):"))
	}
	return []Block{
		para(b.parkName() + b.s("：", ":")),
		para(who + b.s("，", ", ") + when + b.s("。为切实做好疫情防控工作，现郑重承诺：", ". To prevent the epidemic, it solemnly pledges:")),
		list(b.letterPledges()...),
		para(b.s("以上承诺如有违反，本企业愿承担相应的法律责任。特此承诺。", "Should it break these pledges, the enterprise bears the legal consequences.")),
		para(b.s("承诺企业（盖章）：", "Enterprise (seal): ") + name + "\n" + b.s("方案编号：", "Plan ID: ") + b.plan.ID),
		{Kind: SignatureBlock, Signature: &Signature{
			Signers:   signers,
			Seal:      b.s("企业盖章处", "Company seal"),
			DateLabel: b.s("日期：      年    月    日", "Date: ____________"),
		}},
		{Kind: QRBlock, Text: b.s("方案编号 "+b.plan.ID+" · 规则 "+b.plan.Ruleset, "Plan "+b.plan.ID+" · rules "+b.plan.Ruleset)},
	}
}
