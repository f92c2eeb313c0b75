package assessment

// staffSections summarise the staff: the four classes kept as records
// (苏州), and the returnees by the risk level of where they came from.
var staffSections = []sectionDef{
	{id: "staff", title: tx("人员情况", "Staff summary"), level: 1, newPage: true, numbered: true,
		build: (*planBuilder).staffIntro},
	{id: "staff.classes", title: tx("人员分类", "Staff by class"), level: 2, numbered: true,
		build: (*planBuilder).staffClasses},
	{id: "staff.returnees", title: tx("返岗人员", "Returnees"), level: 2, numbered: true,
		build: (*planBuilder).staffReturnees},
}

func (b *planBuilder) staffIntro() []Block {
	return []Block{para(b.s("职工总数 ", "Employees: ") + b.count("employees_total", "人", "people") +
		b.s("，单班最多在岗 ", "; most on site in one shift: ") + b.count("peak_shift_workers", "人", "people") +
		b.s("，外籍员工 ", "; foreign staff: ") + b.count("foreign_staff", "人", "people") +
		b.s("。", ".") +
		b.choose("staff_screened", b.s("已完成全员排查，一人一档。", " Everyone has a health record."),
			b.s("尚未完成全员排查。", " Screening is not complete.")))}
}

func (b *planBuilder) staffClasses() []Block {
	classes := []struct {
		id, zh, en, ruleZh, ruleEn string
	}{
		{"staff_normal", "正常人员", "Normal", "体温正常、无症状，可正常上岗，每日测温", "normal temperature, no symptoms: may work; temperature daily"},
		{"staff_ordinary_isolation", "普通隔离人员", "Ordinary isolation", "居家或集中隔离，期满且体温正常后上岗", "home or central quarantine; work after it ends with a normal temperature"},
		{"staff_key_isolation", "重点隔离人员", "Key isolation", "集中隔离医学观察，按属地要求核酸检测，解除隔离后上岗", "central quarantine under medical observation, tested as required; work after release"},
		{"staff_in_treatment", "感染治疗人员", "Under treatment", "在定点医院治疗，治愈并经隔离观察期满后方可返岗", "treated in hospital; work only after recovery and observation"},
	}
	var rows [][]string
	total, complete := 0.0, true
	for _, c := range classes {
		n, ok := b.num(c.id)
		total += n
		complete = complete && ok
		rows = append(rows, []string{b.s(c.zh, c.en), b.count(c.id, "人", "people"), b.s(c.ruleZh, c.ruleEn)})
	}
	sum := b.tbd("各类人数填齐后合计", "the total once every class is answered")
	if complete {
		sum = b.qty(total, "人", "people")
	}
	rows = append(rows, []string{b.s("合计", "Total"), sum, b.s("职工总数 ", "employees: ") + b.count("employees_total", "人", "people")})
	return []Block{table([]string{b.s("类别", "Class"), b.s("人数", "People"), b.s("管理要求", "Rule")}, rows, 2, 1.2, 5)}
}

func (b *planBuilder) staffReturnees() []Block {
	q := b.q
	dash := "-"
	low := []string{b.s("低风险地区", "Low risk"), b.count("returnees_low_risk", "人", "people"), dash, b.s("无须隔离", "none"), b.s("体温正常即可上岗", "work with a normal temperature")}
	if _, ok := b.num("returnees_low_risk"); !ok {
		low[1] = b.s("未填写（选填）", "not given (optional)")
	}
	rows := [][]string{low}
	mid, ok := b.num("returnees_mid_high_risk")
	switch {
	case !ok:
		rows = append(rows, []string{b.s("中、高风险地区", "Medium and high risk"), b.count("returnees_mid_high_risk", "人", "people"), dash, dash,
			b.s("隔离 14 天和/或核酸检测阴性后上岗", "work after 14 days' quarantine and/or a negative test")})
	case mid == 0:
		rows = append(rows, []string{b.s("中、高风险地区", "Medium and high risk"), b.qty(0, "人", "people"), dash, dash,
			b.s("隔离 14 天和/或核酸检测阴性后上岗", "work after 14 days' quarantine and/or a negative test")})
	default:
		first, last := b.str("returnees_first_return"), b.str("returnees_last_return")
		returned := b.day(last)
		if last == "" {
			returned = b.tbd("最晚返回日期", "last return date")
		} else if first != "" && first != last {
			returned = b.day(first) + b.s(" 至 ", " to ") + b.day(last)
		}
		ends := b.day(q.QuarantineEnds)
		if q.QuarantineEnds == "" {
			ends = b.tbd("由最晚返回日期推算", "from the last return date")
		} else if q.FirstQuarantineEnds != "" && q.FirstQuarantineEnds != q.QuarantineEnds {
			ends = b.day(q.FirstQuarantineEnds) + b.s(" 至 ", " to ") + b.day(q.QuarantineEnds)
		}
		rows = append(rows, []string{b.s("中、高风险地区（合计）", "Medium and high risk (all)"), b.qty(mid, "人", "people"), returned, ends,
			b.s("隔离 14 天和/或核酸检测阴性后上岗", "work after 14 days' quarantine and/or a negative test")})
		if h, ok := b.num("returnees_high_risk"); ok {
			rows = append(rows, []string{b.s("其中：高风险地区", "of whom high risk"), b.qty(h, "人", "people"), b.s("同上", "as above"), b.s("同上", "as above"),
				b.s("集中隔离，核酸检测阴性后上岗", "central quarantine; work after a negative test")})
		}
	}
	blocks := []Block{table([]string{b.s("来源地区", "From"), b.s("人数", "People"), b.s("返回日期", "Returned"), b.s("14 天隔离期满", "14 days end"), b.s("上岗要求", "Rule")},
		rows, 2, 1, 2.5, 2.5, 3)}
	if ok && mid > 0 {
		cleared := b.count("returnees_cleared", "人", "people")
		still := b.tbd("尚在隔离人数", "how many are still in quarantine")
		if q.ReturneesInQuarantine != nil {
			still = b.iqty(q.ReturneesInQuarantine, "人", "people")
		}
		blocks = append(blocks, para(b.s("中、高风险地区返岗人员已解除隔离 "+cleared+"，尚在隔离 "+still+"。隔离期满日期为返回日期加 14 天。",
			"Returnees from medium- and high-risk regions cleared: "+cleared+"; still in quarantine: "+still+". Quarantine ends 14 days after return.")))
	}
	return blocks
}
