package assessment

// preventionSections is the prevention plan (疫情防控方案): the sections
// national and local guidance required, each filled with the enterprise's
// people and numbers. The canteen, dormitory and commute sections appear
// only when the enterprise has them.
var preventionSections = []sectionDef{
	{id: "prevention", title: tx("疫情防控方案", "Prevention plan"), level: 1, newPage: true, numbered: true, editable: true,
		build: (*planBuilder).prevIntro},
	{id: "prevention.organization", title: tx("组织领导", "Organisation"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevOrganization},
	{id: "prevention.screening", title: tx("人员排查与返岗", "Screening and return of staff"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevScreening},
	{id: "prevention.health", title: tx("健康监测", "Health monitoring"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevHealth},
	{id: "prevention.entry", title: tx("出入管理", "Entry control"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevEntry},
	{id: "prevention.workplace", title: tx("工作场所", "Workplace"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevWorkplace},
	{id: "prevention.disinfection", title: tx("清洁消毒", "Cleaning and disinfection"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevDisinfection},
	{id: "prevention.canteen", title: tx("食堂", "Canteen"), level: 2, numbered: true, editable: true,
		applies: (*planBuilder).hasCanteen, build: (*planBuilder).prevCanteen},
	{id: "prevention.dormitory", title: tx("宿舍", "Dormitories"), level: 2, numbered: true, editable: true,
		applies: (*planBuilder).hasDorm, build: (*planBuilder).prevDormitory},
	{id: "prevention.commute", title: tx("通勤", "Commute"), level: 2, numbered: true, editable: true,
		applies: (*planBuilder).hasShuttle, build: (*planBuilder).prevCommute},
	{id: "prevention.supplies", title: tx("物资储备", "Supplies"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevSupplies},
	{id: "prevention.medical", title: tx("医务与垃圾处理", "Medical care and waste"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevMedical},
	{id: "prevention.isolation", title: tx("隔离观察区", "Isolation area"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevIsolation},
	{id: "prevention.training", title: tx("宣传培训", "Information and training"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevTraining},
}

// The sections that depend on the enterprise's facilities apply only when
// it said it has them; an unanswered question adds no section.
func (b *planBuilder) hasCanteen() bool { c, _ := b.yes("has_canteen"); return c }
func (b *planBuilder) hasDorm() bool    { return b.positive("dorm_residents") }
func (b *planBuilder) hasShuttle() bool { return b.positive("shuttle_buses") }
func (b *planBuilder) hasForeign() bool { return b.positive("foreign_staff") }

// places lists the enterprise's places to disinfect.
func (b *planBuilder) places() string {
	s := b.s("车间、办公室、会议室", "workshops, offices, meeting rooms")
	if b.hasCanteen() {
		s += b.s("、食堂", ", the canteen")
	}
	if b.hasDorm() {
		s += b.s("、宿舍", ", dormitories")
	}
	if b.hasShuttle() {
		s += b.s("、通勤班车", ", shuttle buses")
	}
	return s + b.s("、卫生间、电梯", ", toilets, lifts")
}

func (b *planBuilder) prevIntro() []Block {
	who := b.enterprise()
	facts := ""
	if n, ok := b.num("employees_total"); ok {
		facts = b.s("职工 "+fmtNum(n)+" 人", fmtNum(n)+" employees")
	}
	if p := b.str("main_products"); p != "" {
		if facts != "" {
			facts += b.s("，", ", ")
		}
		facts += b.s("主要产品："+p, "main products: "+p)
	}
	if facts != "" {
		facts = b.s("（"+facts+"）", " ("+facts+")")
	}
	return []Block{para(b.s(
		"为做好复工复产期间的新冠肺炎疫情防控工作，保障员工生命安全和身体健康，根据国家和属地疫情防控有关规定，结合"+who+facts+"实际，制定本方案。本方案自复工之日起实施，由本企业疫情防控工作组组织落实，并随疫情形势和上级要求及时调整。",
		"To prevent the spread of COVID-19 while work resumes and to protect the health of every employee, "+who+facts+" adopts this plan under national and local prevention rules. It applies from the day work resumes, is carried out by the enterprise's prevention team, and is revised as the epidemic and the authorities' requirements change."))}
}

func (b *planBuilder) prevOrganization() []Block {
	l := b.person("leader_name")
	phone := l.phone
	if phone == "" {
		phone = b.tbd("组长电话", "leader's phone")
	}
	var intro string
	if l.name != "" {
		intro = b.s("成立以"+l.name+"为组长的疫情防控工作组（组长电话 "+phone+"）。企业主要负责人是疫情防控第一责任人，组长对本企业疫情防控工作负总责。",
			"A prevention team is set up, led by "+l.name+" (phone "+phone+"). The enterprise's head is first responsible for prevention; the leader answers for all of it.")
	} else {
		intro = b.s("成立疫情防控工作组，由企业主要负责人任组长，对本企业疫情防控工作负总责"+b.tbd("组长姓名及电话", "the leader's name and phone")+"。",
			"A prevention team is set up, led by the enterprise's head, who answers for all of prevention "+b.tbd("", "the leader's name and phone")+".")
	}
	roles := []struct {
		id, zh, en, dutyZh, dutyEn string
	}{
		{"leader_name", "组长（第一责任人）", "Leader (first responsible)", "全面负责，统一指挥，决定启动应急预案", "answers for everything, directs, decides to start the emergency plan"},
		{"temperature_officer", "体温检测", "Temperature checks", "出入口和在岗人员体温检测、登记", "temperature checks and records at entrances and at work"},
		{"disinfection_officer", "消毒", "Disinfection", "日常消毒、终末消毒和消毒台账", "daily and final disinfection, disinfection records"},
		{"supplies_officer", "物资保障", "Supplies", "口罩、测温仪、消毒用品等防护物资的采购、储存和发放", "buying, storing and handing out masks, thermometers, disinfectant and protective equipment"},
		{"reporting_officer", "信息报送", "Reporting", "每日汇总员工健康情况，向园区和属地报告", "daily health summary, reports to the park and the local authorities"},
		{"contact_name", "企业联系人", "Enterprise contact", "与园区的日常联络", "day-to-day contact with the park"},
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
		para(intro),
		table([]string{b.s("分工", "Task"), b.s("负责人", "Person"), b.s("电话", "Phone"), b.s("职责", "Duties")}, rows, 2, 1.5, 2, 4),
		para(b.s("宣传教育和个人防护用品发放由组长统筹安排；各负责人对本岗位防控措施的落实负直接责任。工作组每日碰头（可视频），研究解决防控中的问题。",
			"The leader arranges education and the handing out of protective equipment; each officer answers directly for the measures of their task. The team meets daily (by video if need be) to solve problems as they arise.")),
	}
}

func (b *planBuilder) prevScreening() []Block {
	intro := b.s("对全体员工", "Every employee")
	if n, ok := b.num("employees_total"); ok {
		intro += b.s("（职工总数 "+fmtNum(n)+" 人）", " ("+fmtNum(n)+" in all)")
	}
	intro += b.s("逐一排查近 14 天的行程和健康状况，建立一人一档健康档案，每日更新。",
		" is screened for travel and health over the last 14 days, with one health file per person, updated daily. ")
	intro += b.choose("staff_screened", b.s("目前已完成全员排查。", "Screening is complete."),
		b.s("目前尚未完成全员排查，须在复工前完成。", "Screening is not complete yet and must be before work resumes."))

	low := b.s("来自低风险地区的返岗人员", "Returnees from low-risk regions")
	if n, ok := b.num("returnees_low_risk"); ok {
		low += b.s("（"+fmtNum(n)+" 人）", " ("+fmtNum(n)+")")
	}
	low += b.s("：体温正常、无发热和呼吸道症状的，可正常上岗。", ": may work when their temperature is normal and they have no fever or respiratory symptoms.")

	return []Block{
		para(intro),
		para(b.s("返岗人员按来源地区的风险等级分类管理：", "Returnees are managed by the risk level of the region they come from:")),
		list(low, b.midHighReturnees(),
			b.s("隔离期间不得上岗，每日早、晚各测量一次体温，由专人跟踪记录。", "No one works while in quarantine; their temperature is taken morning and evening and recorded.")),
		para(b.batchReturn()),
		para(b.s("人员分类建档管理：正常人员 "+b.count("staff_normal", "人", "people")+"，普通隔离人员 "+b.count("staff_ordinary_isolation", "人", "people")+
			"，重点隔离人员 "+b.count("staff_key_isolation", "人", "people")+"，感染治疗人员 "+b.count("staff_in_treatment", "人", "people")+"（详见“人员情况”）。",
			"Records by class: normal "+b.count("staff_normal", "人", "people")+", ordinary isolation "+b.count("staff_ordinary_isolation", "人", "people")+
				", key isolation "+b.count("staff_key_isolation", "人", "people")+", under treatment "+b.count("staff_in_treatment", "人", "people")+" (see the staff summary).")),
	}
}

// midHighReturnees describes the returnees from medium- and high-risk
// regions and their quarantine.
func (b *planBuilder) midHighReturnees() string {
	n, ok := b.num("returnees_mid_high_risk")
	switch {
	case !ok:
		return b.s("来自中、高风险地区的返岗人员"+b.tbd("人数", "how many")+"：须居家或集中隔离满 14 天和/或核酸检测阴性后方可上岗。",
			"Returnees from medium- and high-risk regions "+b.tbd("", "how many")+": work only after 14 days' home or central quarantine and/or a negative nucleic-acid test.")
	case n == 0:
		return b.s("目前没有来自中、高风险地区的返岗人员；今后如有，须居家或集中隔离满 14 天和/或核酸检测阴性后方可上岗。",
			"No returnee comes from a medium- or high-risk region now; any who do later work only after 14 days' quarantine and/or a negative nucleic-acid test.")
	}
	s := b.s("来自中、高风险地区的返岗人员 "+fmtNum(n)+" 人", fmtNum(n)+" returnees from medium- and high-risk regions")
	if h, ok := b.num("returnees_high_risk"); ok {
		s += b.s("（其中高风险地区 "+fmtNum(h)+" 人）", " ("+fmtNum(h)+" from high-risk regions)")
	}
	s += b.s("：须居家或集中隔离满 14 天和/或核酸检测阴性后方可上岗", ": they work only after 14 days' home or central quarantine and/or a negative nucleic-acid test")
	q := b.q
	if first := b.str("returnees_first_return"); first != "" && q.FirstQuarantineEnds != "" {
		s += b.s("；最早于 "+b.day(first)+" 返回，隔离期至 "+b.day(q.FirstQuarantineEnds),
			"; the first returned on "+b.day(first)+", quarantined until "+b.day(q.FirstQuarantineEnds))
	}
	if last := b.str("returnees_last_return"); last != "" && q.QuarantineEnds != "" {
		s += b.s("；最晚于 "+b.day(last)+" 返回，全部人员隔离期满日期为 "+b.day(q.QuarantineEnds),
			"; the last returned on "+b.day(last)+": every quarantine ends by "+b.day(q.QuarantineEnds))
	} else {
		s += b.s("；全部人员隔离期满日期"+b.tbd("中、高风险返岗人员最晚返回日期", "the last return date"),
			"; every quarantine ends "+b.tbd("", "the last return date"))
	}
	if c, ok := b.num("returnees_cleared"); ok && q.ReturneesInQuarantine != nil {
		s += b.s("；已解除隔离 "+fmtNum(c)+" 人，尚在隔离 "+fmtNum(float64(*q.ReturneesInQuarantine))+" 人",
			"; "+fmtNum(c)+" cleared, "+fmtNum(float64(*q.ReturneesInQuarantine))+" still in quarantine")
	} else {
		s += b.s("；已解除隔离人数"+b.tbd("已解除隔离的人数", "how many are cleared"), "; cleared "+b.tbd("", "how many are cleared"))
	}
	return s + b.s("。", ".")
}

// batchReturn is the paragraph on returning to work in batches.
func (b *planBuilder) batchReturn() string {
	r := b.r
	batch := ""
	if r.Batch > 0 {
		batch = b.s("本企业列入"+b.batchName(r.Batch)+"复工", "The enterprise resumes in "+b.batchName(r.Batch))
		if r.BatchDate != "" {
			batch += b.s("（园区开放日期 "+b.day(r.BatchDate)+"起）", " (the park opens it on "+b.day(r.BatchDate)+")")
		}
		batch += b.s("，", "; ")
	}
	s := batch + b.s("按生产需要分批安排员工返岗，先本地、后外地，先关键岗位、后一般岗位。外地员工返岗提倡点对点接送，避免乘坐公共交通",
		"staff return in batches as production needs, local staff and key posts first. Staff from elsewhere should travel point to point, avoiding public transport")
	for _, o := range b.a.Park.Support {
		if o.ID == "shuttle_service" {
			s += b.s("；园区提供复工直通车（外地员工点对点返岗），可向园区报名", "; the park runs a return shuttle for migrant workers: apply to the park")
		}
	}
	return s + b.s("。", ".")
}

func (b *planBuilder) prevHealth() []Block {
	report := b.s("立即拨打症状报告电话 ", "call the symptom hotline ")
	if h := b.str("symptom_hotline"); h != "" {
		report += h
	} else {
		report = b.s("立即向防控工作组组长", "report at once to the team leader ") + b.leader()
		if b.lang == "zh" {
			report += "报告"
		}
	}
	whoTwice := b.s("隔离观察人员", "Staff in quarantine")
	if b.hasDorm() {
		whoTwice += b.s("和住宿舍的员工", " and those living in dormitories")
	}
	return []Block{list(
		b.s("所有人员每日进入厂区时测量体温并登记，由体温检测负责人", "Everyone's temperature is taken and recorded at the entrance every day, organised by the temperature-check officer ")+b.who("temperature_officer", "体温检测负责人", "temperature-check officer")+b.s("组织实施。", "."),
		b.s("体温 ≥37.3°C 的，休息 5 分钟后复测；复测仍 ≥37.3°C 的，立即佩戴口罩送临时隔离观察室，按应急预案处置。",
			"Anyone at 37.3 °C or above rests 5 minutes and is measured again; if still at 37.3 °C or above, they put on a mask, go to the isolation room, and the emergency plan applies."),
		whoTwice+b.s("每日早、晚各测量一次体温并记录。", ": temperature taken morning and evening and recorded."),
		b.s("员工出现发热、干咳、乏力、咽痛、腹泻等症状的，不得带病上岗，", "Staff with fever, dry cough, fatigue, sore throat or diarrhoea must not work and must ")+report+b.s("。", "."),
		b.s("信息报送负责人", "The reporting officer ")+b.who("reporting_officer", "信息报送负责人", "reporting officer")+
			b.s("每日汇总员工健康情况，向"+b.parkName()+"和属地疾病预防控制机构报告（日报告、零报告）。",
				" sums up the staff's health every day and reports to "+b.parkName()+" and the local centre for disease control (a report every day, even when there is nothing to report)."),
	)}
}

func (b *planBuilder) prevEntry() []Block {
	var p string
	gates, ok := b.num("entrances")
	switch {
	case !ok:
		p = b.s("启用出入口", "Entrances in use: ") + b.tbd("出入口数量", "how many entrances") + b.s("。", ".")
	case gates < 1:
		p = b.s("目前没有启用的出入口", "No entrance is in use yet ") + b.tbd("启用的出入口及值守人员", "the entrances to use and who staffs them") + b.s("。", ".")
	default:
		p = b.s("启用出入口 "+fmtNum(gates)+" 个，", fmtNum(gates)+" entrances in use; ") +
			b.choose("entrance_staff_named", b.s("每个出入口均安排专人值守", "each has a named person on duty"),
				b.s("复工前须为每个出入口安排专人值守", "each must have a named person on duty before work resumes"))
		if t, ok := b.num("thermometers"); ok {
			p += b.s("，配备测温仪 "+fmtNum(t)+" 个（至少需要 "+fmtNum(gates)+" 个，每个出入口 1 个）",
				", with "+fmtNum(t)+" thermometers (at least "+fmtNum(gates)+", one per entrance)")
		}
		p += b.s("。", ".")
	}
	p += b.s("", " ") + b.choose("closed_management", b.s("厂区实行封闭管理。", "The site is under closed management."),
		b.s("厂区须实行封闭管理，无关人员不得进入。", "The site must be closed to anyone without business there."))
	return []Block{para(p), list(
		b.s("值守人员负责测温、查验和登记，体温检测由", "Gate staff take temperatures, check and register; temperature checks are run by ")+b.who("temperature_officer", "体温检测负责人", "temperature-check officer")+b.s("统筹。", "."),
		b.s("暂停使用指纹考勤机，改用刷卡、人脸识别或登记等非接触方式。", "Fingerprint clocks are suspended; cards, face recognition or a register are used instead."),
		b.s("外来人员非必要不入厂；确需进入的，登记姓名、单位、联系方式和近 14 天行程，测温正常并佩戴口罩后方可进入。",
			"Visitors enter only when necessary, after registering name, employer, phone and 14 days' travel, with a normal temperature and a mask."),
		b.s("快递、外卖和送货在出入口无接触交接，货车司机非必要不下车。", "Parcels, meals and deliveries are handed over at the gate without contact; drivers stay in their cabs."),
		b.s("所有人员进出一律佩戴口罩。", "Everyone wears a mask coming in and going out."),
	)}
}

func (b *planBuilder) prevWorkplace() []Block {
	p := b.s("车间和办公面积 ", "Floor area ") + b.count("floor_area_m2", "m²", "m²") +
		b.s("，单班最多在岗 ", ", most people on site in one shift ") + b.count("peak_shift_workers", "人", "people")
	if b.q.AreaPerWorker != nil {
		p += b.s("，人均 "+fmtNum(*b.q.AreaPerWorker)+" m²", ", "+fmtNum(*b.q.AreaPerWorker)+" m² per person")
	}
	p += b.s("。", ".")
	var vent string
	switch b.str("ventilation") {
	case "natural":
		vent = b.s("以自然通风为主，每日开窗通风不少于 3 次，每次不少于 30 分钟。", "Natural ventilation first: windows open at least 3 times a day, 30 minutes each.")
	case "fresh_air":
		vent = b.s("空调按全新风方式运行，关闭回风，并定期清洗消毒；每日开窗通风不少于 3 次，每次不少于 30 分钟。",
			"Air conditioning runs on fresh air only, recirculation closed, cleaned and disinfected regularly; windows open at least 3 times a day, 30 minutes each.")
	case "recirculated":
		vent = b.s("目前使用回风（内循环）空调：复工前须改为全新风运行或停用空调、开窗通风，并清洗消毒空调滤网。",
			"The air conditioning recirculates air: before work resumes switch it to fresh air only or turn it off and open the windows, and clean and disinfect its filters.")
	default:
		vent = b.s("通风方式", "Ventilation ") + b.tbd("通风方式", "how the site is ventilated") + b.s("：优先自然通风；使用空调的须全新风运行，关闭回风。", ": natural first; air conditioning only on fresh air.")
	}
	return []Block{para(p), list(
		vent,
		b.choose("can_keep_1m", b.s("工位之间保持 1 米以上间距。", "Work places stay at least 1 m apart."),
			b.s("目前工位不能保持 1 米以上间距：复工前须通过分班、错峰、减少单班在岗人数或加设隔挡解决。",
				"Work places cannot yet keep 1 m apart: before work resumes use shifts, staggered hours, fewer people per shift or screens.")),
		b.s("员工在岗期间全程佩戴口罩，口罩每 4 小时或潮湿、污染时更换。", "Masks are worn at work at all times and changed every 4 hours or when damp or soiled."),
		b.s("车间、办公室和卫生间配备洗手设施和洗手液（或免洗手消毒液），勤洗手。", "Workshops, offices and toilets have hand-washing points and soap or sanitiser; wash hands often."),
		b.s("减少会议，提倡视频会议；必须召开的控制人数和时长，间隔 1 米以上，开窗通风。", "Fewer meetings, by video where possible; those held are short, small, 1 m apart, windows open."),
		b.s("错峰上下班、分班生产，减少人员聚集；电梯限载，提倡走楼梯。", "Staggered hours and shifts keep people apart; fewer people per lift, stairs preferred."),
	)}
}

func (b *planBuilder) prevDisinfection() []Block {
	p := b.s("清洁消毒由", "Disinfection is run by ") + b.who("disinfection_officer", "消毒负责人", "disinfection officer") + b.s("负责。", ". ") +
		b.choose("predisinfection", b.s("复工前已对"+b.places()+"等场所全面消毒。", "The whole site ("+b.places()+") was disinfected before reopening."),
			b.s("复工前须对"+b.places()+"等场所全面消毒。", "The whole site ("+b.places()+") must be disinfected before reopening."))
	return []Block{para(p), list(
		b.s("公共区域每日至少消毒 2 次；门把手、电梯按钮、楼梯扶手、考勤设备等高频接触表面每日至少 3 次。",
			"Common areas are disinfected at least twice a day; door handles, lift buttons, handrails and clocking devices at least 3 times."),
		b.s("物体表面用含氯消毒剂（如 84 消毒液，有效氯 500 mg/L）擦拭或喷洒，作用 30 分钟后用清水擦净；小件物品和手部用 75% 酒精。",
			"Surfaces are wiped or sprayed with chlorine disinfectant (e.g. 84 disinfectant, 500 mg/L available chlorine), rinsed after 30 minutes; small items and hands with 75% alcohol."),
		b.s("建立消毒台账，记录消毒时间、区域、消毒剂和操作人员，台账保存备查。", "A disinfection log records time, place, disinfectant and who did it, and is kept for inspection."),
		b.s("消毒剂专人保管，按说明稀释使用；酒精远离火源，不得喷洒使用。", "Disinfectants are kept by one person and diluted as directed; alcohol is kept away from flames and never sprayed."),
	)}
}

func (b *planBuilder) prevCanteen() []Block {
	var p string
	q := b.q
	if q.CanteenSeatsAt1m != nil {
		seats, _ := b.num("canteen_seats")
		p = b.s("食堂座位 "+fmtNum(seats)+" 座，按间隔 1 米以上、不面对面就座，可同时就餐 "+fmtNum(float64(*q.CanteenSeatsAt1m))+" 人",
			"The canteen has "+fmtNum(seats)+" seats; 1 m apart and no one face to face, "+fmtNum(float64(*q.CanteenSeatsAt1m))+" can eat at once")
		if q.CanteenSittings != nil {
			peak, _ := b.num("peak_shift_workers")
			p += b.s("；单班最多在岗 "+fmtNum(peak)+" 人，须分 "+fmtNum(float64(*q.CanteenSittings))+" 批错峰就餐",
				"; "+fmtNum(peak)+" people in one shift eat in "+fmtNum(float64(*q.CanteenSittings))+" sittings")
		}
		p += b.s("。", ". ")
	} else {
		p = b.s("食堂座位数", "Canteen seats ") + b.tbd("食堂座位数，据此安排分批就餐批次", "the number of seats, to plan the sittings") + b.s("。", ". ")
	}
	p += b.choose("canteen_measures", b.s("食堂已实行错峰、分餐就餐。", "Meals are already staggered or boxed."),
		b.s("食堂须在复工前落实错峰、分餐就餐。", "Staggered or boxed meals must be in place before work resumes."))
	return []Block{para(p), list(
		b.s("分批错峰就餐，各部门按排定时段就餐；提倡分餐制或打包带回工位就餐。", "Departments eat in set sittings; boxed meals or meals taken back to the work place are encouraged."),
		b.s("就餐时间隔 1 米以上，同向单侧就座，不面对面，就餐时不交谈。", "Diners sit 1 m apart, facing the same way, never face to face, and do not talk."),
		b.s("就餐前洗手、测温；取餐排队间隔 1 米以上。", "Wash hands and take temperatures before meals; queue 1 m apart."),
		b.s("每批次就餐后对餐桌椅消毒；餐具一人一具一消毒。", "Tables and chairs are disinfected after each sitting; tableware is one set per person, disinfected each time."),
		b.s("食堂从业人员每日测温、持健康证上岗，全程佩戴口罩和手套；食材从正规渠道采购，不采购、不加工野生动物。",
			"Kitchen staff have their temperature taken daily, hold health certificates and wear masks and gloves; food comes from licensed suppliers, never wild animals."),
	)}
}

func (b *planBuilder) prevDormitory() []Block {
	q := b.q
	res, _ := b.num("dorm_residents")
	p := b.s("住宿舍员工 "+fmtNum(res)+" 人，宿舍 ", fmtNum(res)+" staff live in dormitories; rooms: ") + b.count("dorm_rooms", "间", "rooms") +
		b.s("，总面积 ", ", floor area ") + b.count("dorm_area_m2", "m²", "m²")
	if q.DormPeoplePerRoom != nil && q.DormAreaPerPerson != nil {
		per, area := *q.DormPeoplePerRoom, *q.DormAreaPerPerson
		p += b.s("，每间 "+fmtNum(per)+" 人，人均 "+fmtNum(area)+" m²", "; "+fmtNum(per)+" per room, "+fmtNum(area)+" m² each")
		if per <= DormMaxPerRoom && area >= DormMinAreaPerPerson {
			p += b.s("，符合每间不超过 6 人、人均不少于 2.5 m² 的要求。", ", within the limits of 6 per room and 2.5 m² each.")
		} else {
			p += b.s("，不符合每间不超过 6 人、人均不少于 2.5 m² 的要求：按此标准至少需要宿舍 "+b.iqty(q.DormRoomsNeeded, "间", "rooms")+"、面积 "+b.qty(*q.DormAreaNeeded, "m²", "m²")+"，须在复工前增加房间或减少住宿人数。",
				": beyond the limits of 6 per room and 2.5 m² each, which need at least "+b.iqty(q.DormRoomsNeeded, "间", "rooms")+" and "+b.qty(*q.DormAreaNeeded, "m²", "m²")+"; add rooms or house fewer people before work resumes.")
		}
	} else {
		p += b.s("。按每间不超过 6 人、人均不少于 2.5 m²，至少需要宿舍 "+b.iqty(q.DormRoomsNeeded, "间", "rooms")+"、面积 "+b.qty(*q.DormAreaNeeded, "m²", "m²")+"。",
			". At 6 per room and 2.5 m² each, that needs at least "+b.iqty(q.DormRoomsNeeded, "间", "rooms")+" and "+b.qty(*q.DormAreaNeeded, "m²", "m²")+".")
	}
	return []Block{para(p), list(
		b.s("每间宿舍不超过 6 人，人均面积不少于 2.5 m²，窗户能开启，每日开窗通风不少于 3 次。", "At most 6 per room and 2.5 m² each; windows open, aired at least 3 times a day."),
		b.s("住宿员工每日早、晚各测量一次体温并登记。", "Residents' temperatures are taken morning and evening and recorded."),
		b.s("宿舍实行封闭管理，出入登记，外来人员不得进入；不串门、不聚集。", "Dormitories are closed to outsiders, entries registered; no visiting between rooms, no gatherings."),
		b.s("宿舍公共区域和卫生间每日消毒。", "Common areas and toilets are disinfected daily."),
		b.s("住宿员工出现症状的，立即送临时隔离观察室，同宿舍人员就地隔离观察。", "A resident with symptoms goes to the isolation room at once; room-mates are isolated where they are."),
	)}
}

func (b *planBuilder) prevCommute() []Block {
	n, _ := b.num("shuttle_buses")
	p := b.s("通勤班车 "+fmtNum(n)+" 辆，", fmtNum(n)+" shuttle buses; ") +
		b.choose("shuttle_measures", b.s("已落实每日消毒、乘车测温、全程佩戴口罩。", "disinfection, temperature checks and masks are in place."),
			b.s("须在复工前落实每日消毒、乘车测温、全程佩戴口罩。", "disinfection, temperature checks and masks must be in place before work resumes."))
	return []Block{para(p), list(
		b.s("班车每日出车前、收车后各消毒 1 次，运行中开窗通风。", "Buses are disinfected before and after each day's runs, windows open on the road."),
		b.s("乘车前测量体温，体温 ≥37.3°C 的不得乘车，按健康监测规定处置。", "Temperatures are taken before boarding; anyone at 37.3 °C or above does not board and is handled as health monitoring says."),
		b.s("司乘人员全程佩戴口罩，分散就座，不交谈。", "Driver and passengers wear masks, sit apart and do not talk."),
		b.s("固定乘车人员和座位，登记乘车记录，便于发生疫情时追踪。", "Fixed passengers and seats, with a ride log for tracing."),
		b.s("提倡员工步行、骑行或自驾上下班，避免乘坐公共交通。", "Walking, cycling or driving to work are encouraged over public transport."),
	)}
}

func (b *planBuilder) prevSupplies() []Block {
	q := b.q
	enough, short := b.s("足够", "enough"), b.s("尚缺 ", "short by ")
	maskNeed, maskNow, maskState := b.missingAnswers([]string{"peak_shift_workers"}), b.count("masks_in_stock", "只", "masks"), ""
	if q.MasksNeeded14d != nil {
		maskNeed = b.iqty(q.MasksNeeded14d, "只", "masks")
	}
	switch {
	case q.MasksShort == nil:
		maskState = b.missingAnswers([]string{"masks_in_stock", "peak_shift_workers"})
	case *q.MasksShort == 0:
		maskState = enough + b.s("（可用 "+b.iqty(q.MaskDays, "天", "days")+"）", " (lasts "+b.iqty(q.MaskDays, "天", "days")+")")
	default:
		maskState = short + b.iqty(q.MasksShort, "只", "masks")
	}
	thermoNeed, thermoNow, thermoState := b.missingAnswers([]string{"entrances"}), b.count("thermometers", "个", "thermometers"), ""
	if q.ThermometersNeeded != nil {
		thermoNeed = b.iqty(q.ThermometersNeeded, "个", "thermometers")
	}
	if t, ok := b.num("thermometers"); ok && q.ThermometersNeeded != nil {
		if int(t) >= *q.ThermometersNeeded {
			thermoState = enough
		} else {
			thermoState = short + b.qty(float64(*q.ThermometersNeeded)-t, "个", "thermometers")
		}
	} else {
		thermoState = b.missingAnswers([]string{"thermometers", "entrances"})
	}
	disNow := b.choose("disinfectant_stock", b.s("已备足", "in stock"), b.s("未备足", "not in stock"))
	disState := b.choose("disinfectant_stock", enough, b.s("须补足", "to buy"))
	rows := [][]string{
		{b.s("口罩", "Masks"), maskNow, maskNeed, maskState},
		{b.s("测温仪", "Thermometers"), thermoNow, thermoNeed, thermoState},
		{b.s("消毒用品（84 消毒液、75% 酒精、洗手液、喷壶）", "Disinfectant (84 disinfectant, 75% alcohol, hand soap, sprayers)"), disNow, b.s("14 天用量", "14 days' use"), disState},
	}
	p := b.s("物资保障由", "Supplies are run by ") + b.who("supplies_officer", "物资保障负责人", "supplies officer") +
		b.s("负责采购、登记和发放。防疫物资按单班最多在岗人数、每人每天 2 只口罩，至少储备 14 天用量。",
			", who buys, records and hands them out. Supplies are held for at least 14 days, at 2 masks a day for each person of the biggest shift.")
	if q.MasksShort != nil && *q.MasksShort > 0 {
		p += b.s("口罩尚缺 "+b.iqty(q.MasksShort, "只", "masks")+"，须在复工前补足。", " "+b.iqty(q.MasksShort, "只", "masks")+" are still short and must be bought before work resumes.")
	}
	return []Block{
		para(p),
		table([]string{b.s("物资", "Item"), b.s("现有", "In stock"), b.s("14 天需要", "Needed for 14 days"), b.s("结论", "Result")}, rows, 3, 2, 2, 2),
		list(
			b.s("另备一次性手套、防护服、护目镜等个人防护用品，供测温、消毒和隔离观察人员使用。", "Disposable gloves, protective suits and goggles are kept for the staff who take temperatures, disinfect and look after isolated people."),
			b.s("物资专人专库管理，建立进出台账；库存低于 7 天用量时及时补充。", "Supplies are kept in one store by one person with an in-and-out log, and restocked when less than 7 days' use remains."),
			b.s("口罩每人每天发放 2 只，登记领用。", "Each person receives 2 masks a day, recorded."),
		),
	}
}

func (b *planBuilder) prevMedical() []Block {
	hospital := b.str("designated_hospital")
	if hospital == "" {
		hospital = b.tbd("就近的发热门诊或定点医院", "the nearest fever clinic or designated hospital")
	}
	return []Block{list(
		b.s("定点医院：", "Designated hospital: ")+hospital+b.s("。员工出现症状时由专人陪同前往，不乘坐公共交通。", ". Staff with symptoms go there accompanied, never by public transport."),
		b.s("与就近的医疗机构建立联系，厂区配备常用药品和急救箱。", "The enterprise keeps in touch with the nearest clinic and has common medicines and a first-aid kit on site."),
		b.choose("mask_bins", b.s("已在出入口和公共区域设置废弃口罩专用垃圾桶。", "Bins for used masks stand at the entrances and in common areas."),
			b.s("须在出入口和公共区域设置废弃口罩专用垃圾桶。", "Bins for used masks must be put at the entrances and in common areas.")),
		b.s("废弃口罩等防疫垃圾按有害垃圾处理：用含氯消毒剂喷洒后装袋密封，每日定时清运，垃圾桶每日消毒。", "Used masks are hazardous waste: sprayed with chlorine disinfectant, bagged and sealed, removed daily; bins disinfected daily."),
		b.s("生活垃圾日产日清。", "Other waste is removed every day."),
	)}
}

func (b *planBuilder) prevIsolation() []Block {
	var p string
	n, ok := b.num("isolation_rooms")
	switch {
	case !ok:
		p = b.s("临时隔离观察室", "Isolation rooms: ") + b.tbd("临时隔离观察室数量", "how many isolation rooms") + b.s("，至少设置 1 间。", "; at least one is needed.")
	case n < 1:
		p = b.s("目前尚未设置临时隔离观察室，复工前须至少设置 1 间。", "There is no isolation room yet; at least one must be set up before work resumes.")
	default:
		p = b.s("设置临时隔离观察室 "+fmtNum(n)+" 间（至少需要 1 间）。", fmtNum(n)+" temporary isolation rooms (at least one is needed).")
	}
	return []Block{para(p), list(
		b.s("隔离观察室设在相对独立、通风良好、远离人员密集场所的位置，单人单间。", "Isolation rooms are single rooms, apart from busy places, well ventilated."),
		b.s("配备体温计、口罩、消毒用品、带盖垃圾桶和生活必需品。", "They hold a thermometer, masks, disinfectant, a lidded bin and daily necessities."),
		b.s("出现发热等症状的人员在此暂时隔离、等候送医，由组长", "Anyone with a fever or other symptoms waits there to go to hospital, as the team leader ")+b.leader()+b.s("统一安排；陪同人员做好个人防护。", " arranges; whoever accompanies them wears protection."),
		b.s("每次使用后由", "After each use ")+b.who("disinfection_officer", "消毒负责人", "disinfection officer")+b.s("组织终末消毒。", " has the room disinfected."),
	)}
}

func (b *planBuilder) prevTraining() []Block {
	p := b.choose("training_done", b.s("已对全体员工开展防疫知识培训。", "All staff have been trained in prevention."),
		b.s("复工前须对全体员工开展防疫知识培训。", "All staff must be trained in prevention before work resumes."))
	items := []string{
		b.s("培训内容：正确佩戴口罩、洗手、测温、症状报告、隔离观察流程，以及本方案和应急预案。", "Training covers masks, hand washing, temperature checks, reporting symptoms, isolation, this plan and the emergency plan."),
		b.s("新返岗员工上岗前先培训。", "Returning staff are trained before they start work."),
		b.s("在出入口、车间、食堂、宿舍等处张贴防疫告知；通过工作群等及时传达上级要求。", "Notices are posted at entrances, workshops, the canteen and dormitories; the authorities' instructions are passed on through staff chat groups."),
		b.s("关心员工身心健康，及时疏导焦虑情绪。", "Staff's well-being is looked after; worries are talked through."),
	}
	if b.hasForeign() {
		n, _ := b.num("foreign_staff")
		items = append(items, b.s("外籍员工 "+fmtNum(n)+" 人：以其使用的语言（如英、日、韩文）发布防疫告知，", fmtNum(n)+" foreign staff: notices in their languages (e.g. English, Japanese, Korean) ")+
			b.choose("multilingual_notices", b.s("已发布。", "are published."), b.s("须在复工前发布。", "must be published before work resumes.")))
	}
	return []Block{para(p), list(items...)}
}
