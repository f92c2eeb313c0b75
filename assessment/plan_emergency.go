package assessment

// emergencySections is the emergency plan (突发疫情应急预案) in the nine
// parts guidance required.
var emergencySections = []sectionDef{
	{id: "emergency", title: tx("突发疫情应急预案", "Emergency plan"), level: 1, newPage: true, numbered: true, editable: true,
		build: (*planBuilder).emIntro},
	{id: "emergency.general", title: tx("总则", "General provisions"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emGeneral},
	{id: "emergency.risk", title: tx("风险分析", "Risk analysis"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emRisk},
	{id: "emergency.levels", title: tx("分级响应", "Response levels"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emLevels},
	{id: "emergency.organization", title: tx("组织机构与职责", "Organisation and duties"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emOrganization},
	{id: "emergency.warning", title: tx("预防与预警", "Prevention and early warning"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emWarning},
	{id: "emergency.preparation", title: tx("应急准备", "Preparation"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emPreparation},
	{id: "emergency.response", title: tx("应急处置", "Response"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emResponse},
	{id: "emergency.aftermath", title: tx("善后处置", "Aftermath"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emAftermath},
	{id: "emergency.management", title: tx("保障措施与预案管理", "Support and management of the plan"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emManagement},
}

func (b *planBuilder) emIntro() []Block {
	return []Block{para(b.s("本预案与疫情防控方案配套执行。发现可疑症状、疑似或确诊病例时，按本预案立即处置。",
		"This plan goes with the prevention plan. When anyone shows symptoms, or a suspected or confirmed case appears, act on it at once."))}
}

func (b *planBuilder) emGeneral() []Block {
	scope := b.s("本企业生产经营场所", "the enterprise's site")
	if addr := b.str("address"); addr != "" {
		scope += b.s("（"+addr+"）", " ("+addr+")")
	}
	return []Block{list(
		b.s("目的：有效应对本企业可能发生的新冠肺炎疫情，及时控制疫情传播，保障员工生命安全和身体健康，最大限度减少对生产经营的影响。",
			"Purpose: to respond to COVID-19 at the enterprise, stop it spreading, protect the staff's lives and health, and limit the harm to production."),
		b.s("编制依据：《中华人民共和国传染病防治法》《中华人民共和国突发事件应对法》《突发公共卫生事件应急条例》，以及属地政府和"+b.parkName()+"疫情防控的有关规定。",
			"Basis: the Law on the Prevention and Treatment of Infectious Diseases, the Emergency Response Law, the Regulations on Public Health Emergencies, and the rules of the local government and "+b.parkName()+"."),
		b.s("适用范围：", "Scope: ")+scope+b.s("内出现发热等可疑症状人员、疑似或确诊病例及其密切接触者时的应急处置。", ": handling people with symptoms, suspected or confirmed cases and their close contacts."),
		b.s("工作原则：预防为主、以人为本、统一指挥、快速反应、依法处置、信息如实。", "Principles: prevention first, people first, one command, fast response, by the law, truthful information."),
	)}
}

func (b *planBuilder) emRisk() []Block {
	var risks []string
	if peak, ok := b.num("peak_shift_workers"); ok {
		r := b.s("人员集中：单班最多在岗 "+fmtNum(peak)+" 人", "People together: up to "+fmtNum(peak)+" in one shift")
		if b.q.AreaPerWorker != nil {
			r += b.s("，人均面积 "+fmtNum(*b.q.AreaPerWorker)+" m²", ", "+fmtNum(*b.q.AreaPerWorker)+" m² each")
		}
		risks = append(risks, r+b.s("，人员接触频繁。", "; people meet often."))
	} else {
		risks = append(risks, b.s("人员集中：生产和办公场所人员接触频繁。", "People together: staff meet often at work."))
	}
	if b.positive("returnees_mid_high_risk") {
		n, _ := b.num("returnees_mid_high_risk")
		r := b.s("返岗人员：来自中、高风险地区 "+fmtNum(n)+" 人", "Returnees: "+fmtNum(n)+" from medium- and high-risk regions")
		if b.q.ReturneesInQuarantine != nil {
			r += b.s("，尚在隔离 "+fmtNum(float64(*b.q.ReturneesInQuarantine))+" 人", ", "+fmtNum(float64(*b.q.ReturneesInQuarantine))+" still in quarantine")
		}
		risks = append(risks, r+b.s("。", "."))
	} else {
		risks = append(risks, b.s("返岗人员：外地返岗人员可能带入病毒。", "Returnees: staff coming back from elsewhere may bring the virus."))
	}
	if b.hasCanteen() {
		risks = append(risks, b.s("集中就餐：食堂就餐时摘下口罩，人员聚集。", "Meals: masks come off in the canteen, people gather."))
	}
	if b.hasDorm() {
		n, _ := b.num("dorm_residents")
		risks = append(risks, b.s("集体住宿："+fmtNum(n)+" 名员工住宿舍，接触密切。", "Dormitories: "+fmtNum(n)+" staff live together."))
	}
	if b.hasShuttle() {
		risks = append(risks, b.s("班车通勤：车厢空间密闭。", "Shuttle buses: closed space."))
	}
	if b.hasForeign() {
		risks = append(risks, b.s("外籍员工：防疫信息须以其语言传达。", "Foreign staff: prevention information must reach them in their languages."))
	}
	risks = append(risks, b.s("外来人员和物流：访客、送货、快递带来的接触。", "Visitors and deliveries: contact with people from outside."))
	return []Block{list(risks...)}
}

func (b *planBuilder) emLevels() []Block {
	return []Block{table(
		[]string{b.s("级别", "Level"), b.s("情形", "When"), b.s("响应", "Response")},
		[][]string{
			{b.s("三级", "3"), b.s("发现体温 ≥37.3°C 或有发热、干咳等可疑症状的人员", "someone at 37.3 °C or above, or with fever, dry cough or other symptoms"),
				b.s("隔离观察、送医排查、报告，相关区域消毒", "isolate, take to hospital, report, disinfect the area")},
			{b.s("二级", "2"), b.s("出现疑似病例，或本企业人员被判定为密切接触者", "a suspected case, or staff named as close contacts"),
				b.s("启动应急处置，相关区域停止作业，密切接触者隔离", "start the response, stop work in the areas concerned, isolate close contacts")},
			{b.s("一级", "1"), b.s("出现确诊病例", "a confirmed case"),
				b.s("全面配合疾控调查处置，按属地要求停工停产", "cooperate fully with disease control, stop work as the authorities require")},
		}, 1, 4, 4)}
}

func (b *planBuilder) emOrganization() []Block {
	roles := []struct {
		id, zh, en, dutyZh, dutyEn string
	}{
		{"leader_name", "总指挥（组长）", "Commander (leader)", "判定响应级别，启动和终止预案，统一指挥，向园区和属地报告", "decides the level, starts and ends the response, directs, reports to the park and the authorities"},
		{"temperature_officer", "监测排查", "Monitoring", "体温异常复测，组织隔离观察，排查接触人员", "retests, isolation, tracing contacts"},
		{"disinfection_officer", "消毒处置", "Disinfection", "相关区域和隔离观察室的消毒、终末消毒", "disinfection of the areas concerned and the isolation room"},
		{"supplies_officer", "物资保障", "Supplies", "应急物资、车辆和生活保障", "emergency supplies, the vehicle, daily needs"},
		{"reporting_officer", "信息报送", "Reporting", "按规定时限报告，配合流行病学调查，提供人员名单", "reports on time, supports the investigation, gives staff lists"},
	}
	var rows [][]string
	for _, r := range roles {
		o := b.person(r.id)
		name, ph := o.name, o.phone
		if name == "" {
			name = b.tbd("负责人", "person")
		}
		if ph == "" {
			ph = b.tbd("电话", "phone")
		}
		rows = append(rows, []string{b.s(r.zh, r.en), name, ph, b.s(r.dutyZh, r.dutyEn)})
	}
	return []Block{
		para(b.s("应急工作由疫情防控工作组负责，组长任总指挥。工作组成员 24 小时保持通讯畅通。", "The prevention team runs the response, its leader in command. Members can be reached day and night.")),
		table([]string{b.s("职务", "Role"), b.s("负责人", "Person"), b.s("电话", "Phone"), b.s("应急职责", "Duties")}, rows, 2, 1.5, 2, 4),
	}
}

func (b *planBuilder) emWarning() []Block {
	return []Block{list(
		b.s("落实疫情防控方案中的健康监测、出入管理和消毒措施，每日掌握每名员工的健康状况。", "Carry out the prevention plan's monitoring, entry control and disinfection; know every employee's health every day."),
		b.s("关注属地疫情通报和风险等级变化，员工或其家属与病例有接触的，立即报告。", "Follow the local epidemic reports and risk levels; anyone who, or whose family, had contact with a case reports it at once."),
		b.s("发现异常情况，知情人立即报告组长，组长判定响应级别并启动相应响应。", "Whoever sees something wrong tells the leader at once; the leader decides the level and starts the response."),
		b.s("信息报送负责人", "The reporting officer ")+b.who("reporting_officer", "信息报送负责人", "reporting officer")+
			b.s("按规定时限向"+b.parkName()+"和属地卫生健康部门报告，不迟报、不漏报、不瞒报。", " reports to "+b.parkName()+" and the local health authority in time, nothing late, missed or hidden."),
	)}
}

func (b *planBuilder) emPreparation() []Block {
	iso := b.count("isolation_rooms", "间", "rooms")
	if n, ok := b.num("isolation_rooms"); ok && n < 1 {
		iso = b.s("尚未设置，复工前须至少设置 1 间", "none yet; at least one before work resumes")
	}
	hospital := b.str("designated_hospital")
	if hospital == "" {
		hospital = b.tbd("就近的发热门诊或定点医院", "the nearest fever clinic or designated hospital")
	}
	vehicle := b.str("emergency_vehicle")
	if vehicle == "" {
		vehicle = b.tbd("应急车辆", "emergency vehicle")
	}
	masks := b.count("masks_in_stock", "只", "masks")
	thermo := b.count("thermometers", "个", "thermometers")
	rows := [][]string{
		{b.s("临时隔离观察室", "Isolation rooms"), iso},
		{b.s("应急物资", "Emergency supplies"), b.s("口罩 ", "masks ") + masks + b.s("，测温仪 ", ", thermometers ") + thermo + b.s("，消毒用品", ", disinfectant ") +
			b.choose("disinfectant_stock", b.s("已备足", "in stock"), b.s("须补足", "to buy")) + b.s("，另备防护服、手套、护目镜", "; protective suits, gloves, goggles")},
		{b.s("定点医院", "Designated hospital"), hospital},
		{b.s("应急车辆", "Emergency vehicle"), vehicle + b.s("（送医专用，用后消毒）", " (for hospital trips, disinfected after use)")},
		{b.s("急救与卫生热线", "Ambulance and health hotline"), b.s("急救 120，卫生健康热线 12320", "ambulance 120, health hotline 12320")},
	}
	if h := b.str("symptom_hotline"); h != "" {
		rows = append(rows, []string{b.s("企业症状报告电话", "Enterprise symptom hotline"), h})
	}
	if park := b.parkContact(); park != "" {
		rows = append(rows, []string{b.s("园区联系", "Park contact"), park})
	}
	return []Block{table([]string{b.s("项目", "Item"), b.s("安排", "Arrangement")}, rows, 1, 3)}
}

// parkContact is the park's contact person, phone and hotline, or "".
func (b *planBuilder) parkContact() string {
	p := b.a.Park
	var parts []string
	if p.Contact != "" {
		parts = append(parts, b.s("联系人 ", "contact ")+p.Contact)
	}
	if p.Phone != "" {
		parts = append(parts, b.s("电话 ", "phone ")+p.Phone)
	}
	if p.Hotline != "" {
		parts = append(parts, b.s("热线 ", "hotline ")+p.Hotline)
	}
	if len(parts) == 0 {
		return ""
	}
	s := b.parkName() + b.s("：", ": ")
	for i, part := range parts {
		if i > 0 {
			s += b.s("，", ", ")
		}
		s += part
	}
	return s
}

func (b *planBuilder) emResponse() []Block {
	hospital := b.str("designated_hospital")
	if hospital == "" {
		hospital = b.tbd("定点医院", "designated hospital")
	}
	vehicle := b.s("（", " (") + b.str("emergency_vehicle") + b.s("）", ")")
	if b.str("emergency_vehicle") == "" {
		vehicle = b.tbd("应急车辆", "emergency vehicle")
	}
	return []Block{
		para(b.s("第一阶段：出现发热等可疑症状人员", "Stage 1: someone has symptoms")),
		list(
			b.s("报告：发现人员立即报告组长", "Report: tell the leader ")+b.leader()+b.s("，信息报送负责人在 2 小时内报告"+b.parkName()+"和属地卫生健康部门。",
				" at once; the reporting officer reports to "+b.parkName()+" and the local health authority within 2 hours."),
			b.s("隔离：为其佩戴口罩，送临时隔离观察室单人隔离，陪同人员做好防护。", "Isolate: give them a mask and take them to an isolation room; whoever goes with them wears protection."),
			b.s("送医：联系", "Hospital: contact ")+hospital+b.s("，由应急车辆", "; the emergency vehicle")+vehicle+b.s("或急救 120 送医排查，不乘坐公共交通。", " or an ambulance (120) takes them; never public transport."),
			b.s("追踪：排查其近 14 天内的活动区域和接触人员，形成名单。", "Trace: list where they have been and whom they met in the last 14 days."),
			b.s("消毒：由", "Disinfect: ")+b.who("disinfection_officer", "消毒负责人", "disinfection officer")+b.s("组织对其工位、活动区域和隔离观察室消毒。", " has their work place, the places they used and the isolation room disinfected."),
			b.s("观察：与其密切接触的人员暂停上岗，就地隔离观察，等候排查结果。", "Watch: their close contacts stop work and stay isolated until the result is known."),
		),
		para(b.s("第二阶段：出现疑似或确诊病例", "Stage 2: a suspected or confirmed case")),
		list(
			b.s("配合调查：积极配合疾病预防控制机构开展流行病学调查，如实提供人员名单、行程和接触情况。", "Cooperate: help the centre for disease control investigate, with true staff lists, movements and contacts."),
			b.s("密切接触者：按属地要求落实集中隔离医学观察，不少于 14 天。", "Close contacts: central quarantine under medical observation as the authorities require, at least 14 days."),
			b.s("停工停产：相关车间、区域立即停止作业；出现确诊病例的，按属地要求停工停产。", "Stop work: the workshops and areas concerned stop at once; after a confirmed case, work stops as the authorities require."),
			b.s("终末消毒：在专业机构指导下对相关场所全面终末消毒。", "Final disinfection of the places concerned, as professionals direct."),
			b.s("信息发布：如实向员工通报情况，稳定情绪，不传播未经核实的信息。", "Tell the staff the truth, keep them calm, spread no unchecked news."),
		),
		para(b.s("第三阶段：疫情得到控制", "Stage 3: the outbreak is under control")),
		list(
			b.s("连续 14 天无新增病例，隔离人员均已解除隔离。", "No new case for 14 days in a row, and everyone isolated has been released."),
			b.s("经属地卫生健康部门评估同意后，向"+b.parkName()+"申请恢复生产。", "With the local health authority's approval, apply to "+b.parkName()+" to restart."),
			b.s("复产前全面消毒，全员重新排查，按疫情防控方案分批复工。", "Before restarting, disinfect everything, screen everyone again, and resume in batches under the prevention plan."),
		),
	}
}

func (b *planBuilder) emAftermath() []Block {
	return []Block{list(
		b.s("关心患病员工及其家属，依法保障其工资待遇，治愈返岗人员不受歧视。", "Care for sick staff and their families, pay them as the law requires; no discrimination when they come back."),
		b.s("做好员工心理疏导，及时回应关切。", "Offer staff support and answer their concerns."),
		b.s("总结评估处置过程，查找防控漏洞，完善疫情防控方案和本预案。", "Review the response, find the gaps, and improve the prevention plan and this plan."),
		b.s("整理保存测温、消毒、隔离和报告等记录备查。", "Keep the temperature, disinfection, isolation and reporting records for inspection."),
	)}
}

func (b *planBuilder) emManagement() []Block {
	return []Block{list(
		b.s("通讯保障：工作组成员和各负责人 24 小时保持通讯畅通，联系方式张贴在出入口和隔离观察室。", "Communication: the team can be reached day and night; their phones are posted at the entrances and the isolation room."),
		b.s("物资和经费保障：企业承担疫情防控所需费用，应急物资专库存放、定期检查。", "Supplies and money: the enterprise pays for prevention; emergency supplies are stored apart and checked regularly."),
		b.s("演练：复工前组织一次应急演练（发现发热人员→隔离→送医→消毒→报告），此后每月至少一次。", "Drills: one before work resumes (fever found, isolation, hospital, disinfection, report), then at least once a month."),
		b.s("修订：根据疫情形势、上级要求和演练情况及时修订本预案。", "Revision: the plan is revised as the epidemic, the authorities' requirements and the drills show."),
		b.s("实施：本预案自发布之日起实施，由疫情防控工作组负责解释。", "This plan applies from the day it is issued; the prevention team interprets it."),
	)}
}
