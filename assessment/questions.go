package assessment

// Units of the number questions.
var (
	unitPeople  = tx("人", "people")
	unitSqm     = tx("m²", "m²")
	unitPercent = tx("%", "%")
	unitRooms   = tx("间", "rooms")
	unitGates   = tx("个", "entrances")
	unitThermo  = tx("个", "thermometers")
	unitMasks   = tx("只", "masks")
	unitSeats   = tx("座", "seats")
	unitBuses   = tx("辆", "buses")
)

// Conditions used by the skip logic.
var (
	hasCanteen   = If("has_canteen", OpEq, BoolValue(true))
	hasDorm      = If("dorm_residents", OpGt, NumberValue(0))
	hasShuttle   = If("shuttle_buses", OpGt, NumberValue(0))
	hasReturnees = If("returnees_mid_high_risk", OpGt, NumberValue(0))
	hasForeign   = If("foreign_staff", OpGt, NumberValue(0))
)

// count is a required whole-number question about people or things.
func count(id string, label, help, unit Text, min, max float64) Question {
	return Question{ID: id, Kind: KindNumber, Label: label, Help: help, Unit: unit,
		Min: min, Max: max, Whole: true, Required: true}
}

func yesno(id string, label, help Text) Question {
	return Question{ID: id, Kind: KindYesNo, Label: label, Help: help, Required: true}
}

func text(id string, label, help Text, required bool) Question {
	return Question{ID: id, Kind: KindText, Label: label, Help: help, Required: required}
}

func optional(q Question) Question { q.Required = false; return q }

func when(c Cond, q Question) Question { q.When = c; return q }

// officer asks for the name of the person responsible for a task, and
// (when a name is given) their phone.
func officer(id string, task Text) []Question {
	return []Question{
		text(id, join(Text{}, task, tx("负责人", " officer")), tx("可选：姓名", "optional: name"), false),
		when(If(id, OpSet, Value{}), Question{ID: id + "_phone", Kind: KindPhone,
			Label: join(Text{}, task, tx("负责人电话", " officer's phone")), Required: true}),
	}
}

// steps is the form, ruleset 2026.1. IDs are never renamed or reused.
var steps = []Step{
	{ID: "enterprise", Title: tx("企业信息", "Enterprise"), Questions: []Question{
		{ID: "name", Kind: KindText, Label: tx("企业名称", "Enterprise name"), Help: tx("与营业执照一致", "as on the business licence"), Required: true, MaxLen: 100},
		{ID: "credit_code", Kind: KindCreditCode, Label: tx("统一社会信用代码", "Unified social credit code"), Help: tx("营业执照上的 18 位代码", "the 18-character code on the business licence"), Required: true},
		text("address", tx("生产经营地址", "Address of the site"), Text{}, true),
		{ID: "legal_rep", Kind: KindText, Label: tx("法定代表人", "Legal representative"), Help: tx("签署承诺书的人", "signs the commitment letter"), Required: true, MaxLen: 50},
		{ID: "contact_name", Kind: KindText, Label: tx("联系人", "Contact person"), Required: true, MaxLen: 50},
		{ID: "contact_phone", Kind: KindPhone, Label: tx("联系电话", "Contact phone"), Help: tx("手机或座机，如 0531-88888888", "mobile or landline, e.g. 0531-88888888"), Required: true},
		{ID: "industry", Kind: KindChoice, Label: tx("所属行业", "Industry"), Required: true, Choices: []Choice{
			{"machinery", tx("机械装备", "machinery and equipment")},
			{"electronics", tx("电子信息", "electronics")},
			{"chemicals", tx("化工", "chemicals")},
			{"pharma", tx("医药健康", "pharmaceuticals and health")},
			{"food", tx("食品", "food")},
			{"textiles", tx("纺织服装", "textiles and garments")},
			{"materials", tx("建材", "building materials")},
			{"logistics", tx("物流", "logistics")},
			{"other", tx("其他", "other")},
		}},
		count("employees_total", tx("职工总数", "Total employees"), tx("劳动合同及劳务派遣人员合计", "everyone on the payroll, agency workers included"), unitPeople, 0, 1000000),
		yesno("backbone_enterprise", tx("是否骨干企业", "Backbone enterprise?"), tx("规模以上、产业链核心或园区认定的重点企业", "above designated size, core of a supply chain, or named by the park")),
	}},
	{ID: "production", Title: tx("生产与产品", "Production and products"), Questions: []Question{
		{ID: "automation_share", Kind: KindNumber, Label: tx("自动化比例", "Automation share"), Help: tx("由机器完成的生产工序占比（0–100）", "share of production steps done by machines (0–100)"), Unit: unitPercent, Min: 0, Max: 100, Required: true},
		{ID: "product_types", Kind: KindChoices, Label: tx("产品类别", "Products"), Help: tx("可多选", "choose all that apply"), Required: true, Choices: []Choice{
			{"prevention_supplies", tx("防疫物资", "prevention supplies")},
			{"medical", tx("医疗物资", "medical goods")},
			{"daily_necessities", tx("生活必需品", "daily necessities")},
			{"energy_utilities", tx("能源与公用事业", "energy and utilities")},
			{"key_supply_chain", tx("重点产业链关键配套", "key parts of supply chains")},
			{"other", tx("其他", "other")},
		}},
		text("main_products", tx("主要产品", "Main products"), tx("可选", "optional"), false),
	}},
	{ID: "site", Title: tx("场所与人员密度", "Site and people"), Questions: []Question{
		{ID: "floor_area_m2", Kind: KindNumber, Label: tx("车间和办公面积", "Workshop and office floor area"), Unit: unitSqm, Min: 1, Max: 10000000, Required: true},
		count("peak_shift_workers", tx("单班最多在岗人数", "Most people on site in one shift"), Text{}, unitPeople, 1, 1000000),
		yesno("can_keep_1m", tx("工位间能否保持 1 米以上间距", "Can people keep 1 m apart at work?"), Text{}),
		yesno("closed_management", tx("能否封闭管理", "Closed management?"), tx("出入口可控，周边环境有序", "entrances controlled, surroundings orderly")),
		{ID: "ventilation", Kind: KindChoice, Label: tx("通风方式", "Ventilation"), Required: true, Choices: []Choice{
			{"natural", tx("自然通风", "natural ventilation")},
			{"fresh_air", tx("全新风空调", "fresh-air-only air conditioning")},
			{"recirculated", tx("回风（内循环）空调", "recirculating air conditioning")},
		}},
	}},
	{ID: "staff", Title: tx("返岗人员与员工健康", "Returnees and staff health"), Questions: []Question{
		count("staff_normal", tx("正常人员", "Staff: normal"), tx("可正常上岗的人数", "people who may work normally"), unitPeople, 0, 1000000),
		count("staff_ordinary_isolation", tx("普通隔离人员", "Staff: ordinary isolation"), Text{}, unitPeople, 0, 1000000),
		count("staff_key_isolation", tx("重点隔离人员", "Staff: key isolation"), Text{}, unitPeople, 0, 1000000),
		count("staff_in_treatment", tx("感染治疗人员", "Staff: under treatment"), Text{}, unitPeople, 0, 1000000),
		yesno("staff_screened", tx("是否已完成全员排查（一人一档）", "Has everyone on site a health record?"), tx("每人一份健康档案", "one file per person")),
		optional(count("returnees_low_risk", tx("来自低风险地区的返岗人员", "Returnees from low-risk regions"), tx("体温正常即可上岗", "may work with a normal temperature"), unitPeople, 0, 1000000)),
		count("returnees_mid_high_risk", tx("来自中、高风险地区的返岗人员", "Returnees from medium- and high-risk regions"), tx("须隔离 14 天和/或核酸检测", "need 14 days' quarantine and/or a nucleic-acid test"), unitPeople, 0, 1000000),
		when(hasReturnees, optional(count("returnees_high_risk", tx("其中来自高风险地区", "of whom from high-risk regions"), Text{}, unitPeople, 0, 1000000))),
		when(hasReturnees, Question{ID: "returnees_first_return", Kind: KindDate, Label: tx("中、高风险返岗人员最早返回日期", "First return from medium/high-risk regions"), Help: tx("可选", "optional")}),
		when(hasReturnees, Question{ID: "returnees_last_return", Kind: KindDate, Label: tx("中、高风险返岗人员最晚返回日期", "Last return from medium/high-risk regions"), Help: tx("隔离期满日期由此推算（+14 天）", "quarantine ends 14 days later"), Required: true}),
		when(hasReturnees, count("returnees_cleared", tx("其中已解除隔离的人数", "of whom cleared"), tx("已满 14 天隔离或核酸检测阴性", "finished 14 days' quarantine or tested negative"), unitPeople, 0, 1000000)),
		count("foreign_staff", tx("外籍员工人数", "Foreign staff"), Text{}, unitPeople, 0, 1000000),
		when(hasForeign, yesno("multilingual_notices", tx("是否以员工使用的语言发布防疫告知", "Notices in the staff's languages?"), tx("如中英日韩", "e.g. Chinese, English, Japanese, Korean"))),
		yesno("training_done", tx("是否已开展防疫培训", "Prevention training done?"), Text{}),
	}},
	{ID: "facilities", Title: tx("出入口、食堂、宿舍、班车", "Entrances, canteen, dormitories, shuttles"), Questions: []Question{
		count("entrances", tx("出入口数量", "Entrances in use"), Text{}, unitGates, 0, 100),
		yesno("entrance_staff_named", tx("每个出入口是否有专人值守", "A named person at every entrance?"), tx("测温、登记，停用指纹打卡", "temperature checks, register, fingerprint clocks off")),
		yesno("has_canteen", tx("是否有职工食堂", "Staff canteen?"), Text{}),
		when(hasCanteen, optional(count("canteen_seats", tx("食堂座位数", "Canteen seats"), tx("用于推算 1 米间距下的分批就餐批次", "to work out sittings at 1 m spacing"), unitSeats, 1, 100000))),
		when(hasCanteen, yesno("canteen_measures", tx("食堂是否错峰或分餐就餐", "Staggered or boxed meals?"), tx("间隔 1 米以上，不面对面就座", "≥1 m apart, no face-to-face seating"))),
		count("dorm_residents", tx("住宿舍的员工人数", "Staff living in dormitories"), tx("没有宿舍填 0", "0 when there is no dormitory"), unitPeople, 0, 1000000),
		when(hasDorm, count("dorm_rooms", tx("宿舍房间数", "Dormitory rooms"), Text{}, unitRooms, 1, 100000)),
		when(hasDorm, Question{ID: "dorm_area_m2", Kind: KindNumber, Label: tx("宿舍总使用面积", "Dormitory floor area"), Unit: unitSqm, Min: 1, Max: 10000000, Required: true}),
		count("shuttle_buses", tx("通勤班车数量", "Shuttle buses"), tx("没有班车填 0", "0 when there is none"), unitBuses, 0, 10000),
		when(hasShuttle, yesno("shuttle_measures", tx("班车是否每日消毒、测温、戴口罩", "Buses disinfected, temperatures taken, masks worn?"), Text{})),
	}},
	{ID: "supplies", Title: tx("防疫物资", "Supplies"), Questions: []Question{
		count("masks_in_stock", tx("口罩库存", "Masks in stock"), tx("至少满足 14 天：每人每天 2 只", "at least 14 days: 2 a day per person"), unitMasks, 0, 100000000),
		count("thermometers", tx("测温仪数量", "Thermometers"), tx("每个出入口至少 1 个", "at least one per entrance"), unitThermo, 0, 100000),
		yesno("disinfectant_stock", tx("消毒用品是否备足", "Disinfectant in stock?"), tx("84 消毒液、75% 酒精、洗手液、喷壶", "84 disinfectant, 75% alcohol, hand sanitiser, sprayers")),
		yesno("predisinfection", tx("复工前是否已全面消毒", "Full disinfection before reopening?"), Text{}),
		count("isolation_rooms", tx("临时隔离观察室数量", "Temporary isolation rooms"), tx("单人单间", "single rooms"), unitRooms, 0, 1000),
		yesno("mask_bins", tx("是否设置废弃口罩专用垃圾桶", "Bins for used masks?"), Text{}),
		text("designated_hospital", tx("定点医院", "Designated hospital"), tx("可选：就近的发热门诊", "optional: the nearest fever clinic"), false),
		text("emergency_vehicle", tx("应急车辆", "Emergency vehicle"), tx("可选：车牌号或说明", "optional: plate number or description"), false),
	}},
	{ID: "team", Title: tx("防控工作组", "Prevention team"), Questions: append(append(append(append(append([]Question{
		{ID: "leader_name", Kind: KindText, Label: tx("防控工作组组长", "Team leader"), Help: tx("企业主要负责人是第一责任人", "the enterprise's head is first responsible"), Required: true, MaxLen: 50},
		{ID: "leader_phone", Kind: KindPhone, Label: tx("组长电话", "Leader's phone"), Required: true},
	},
		officer("temperature_officer", tx("体温检测", "Temperature-check"))...),
		officer("disinfection_officer", tx("消毒", "Disinfection"))...),
		officer("supplies_officer", tx("物资保障", "Supplies"))...),
		officer("reporting_officer", tx("信息报送", "Reporting"))...),
		Question{ID: "symptom_hotline", Kind: KindHotline, Label: tx("症状报告电话", "Symptom hotline"), Help: tx("可选：员工出现症状时拨打", "optional: staff call it when they have symptoms")}),
	},
}
