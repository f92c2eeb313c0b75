package assessment

// staffSections summarise the staff: the four classes kept as records
// (苏州), and the returnees by the risk level of where they came from.
var staffSections = []sectionDef{
	{id: "staff", title: msg("plan.staff.staff.title"), level: 1, newPage: true, numbered: true,
		build: (*planBuilder).staffIntro},
	{id: "staff.classes", title: msg("plan.staff.staff.classes.title"), level: 2, numbered: true,
		build: (*planBuilder).staffClasses},
	{id: "staff.returnees", title: msg("plan.staff.staff.returnees.title"), level: 2, numbered: true,
		build: (*planBuilder).staffReturnees},
}

func (b *planBuilder) staffIntro() []Block {
	total, peak, foreign := b.count("employees_total", uPeople), b.count("peak_shift_workers", uPeople), b.count("foreign_staff", uPeople)
	return []Block{para(b.s("职工总数 "+total+"，单班最多在岗 "+peak+"，外籍员工 "+foreign+"。",
		"Total employees: "+total+"; maximum staff on one shift: "+peak+"; foreign employees: "+foreign+". ",
		"従業員総数は"+total+"、1シフトの最大在勤人数は"+peak+"、外国籍従業員は"+foreign+"である。",
		"직원 총수 "+total+", 1교대 최대 근무 인원 "+peak+", 외국인 직원 "+foreign+". ") +
		b.choose("staff_screened", b.s("已完成全员排查，一人一档。", "Screening of all employees has been completed, with a health record for each person.",
			"全員の健康状況の確認を終え、1人1件の健康記録を作成済みである。", "전원 조사를 마치고 1인 1건 건강 기록을 작성했다."),
			b.s("尚未完成全员排查。", "Screening of all employees has not yet been completed.", "全員の健康状況の確認は完了していない。", "전원 조사를 아직 마치지 못했다.")))}
}

func (b *planBuilder) staffClasses() []Block {
	// Each class's name and rule are the catalogs' plan.staff.<id>.name
	// and .rule.
	classes := []string{"staff_normal", "staff_ordinary_isolation", "staff_key_isolation", "staff_in_treatment"}
	var rows [][]string
	total, complete := 0.0, true
	for _, id := range classes {
		n, ok := b.num(id)
		total += n
		complete = complete && ok
		rows = append(rows, []string{b.t(msg("plan.staff." + id + ".name")), b.count(id, uPeople), b.t(msg("plan.staff." + id + ".rule"))})
	}
	sum := b.tbd("各类人数填齐后合计", "the total once every class is answered", "全分類の人数の回答後に合計", "전 분류 인원 응답 후 합계")
	if complete {
		sum = b.qty(total, uPeople)
	}
	emp := b.count("employees_total", uPeople)
	rows = append(rows, []string{b.s("合计", "Total", "合計", "합계"), sum, b.s("职工总数 ", "employees: ", "従業員総数", "직원 총수 ") + emp})
	return []Block{table([]string{b.s("类别", "Class", "分類", "분류"), b.s("人数", "People", "人数", "인원"), b.s("管理要求", "Management requirements", "管理上の要件", "관리 요건")}, rows, 2, 1.2, 5)}
}

func (b *planBuilder) staffReturnees() []Block {
	q := b.q
	dash := "-"
	quarantineRule := b.s("集中（居家）隔离医学观察满 14 天，并按属地要求经核酸检测阴性后方可上岗", "14 days of medical observation in central (or home) quarantine and, where required locally, a negative nucleic acid test before starting work",
		"集中（自宅）隔離による14日間の医学的観察を終え、所在地の定めによりPCR検査で陰性となった後に勤務", "시설(자가) 격리 의학 관찰 14일 완료 및 관할 지역 요구 시 PCR 검사 음성 판정 후 근무")
	midHigh := b.s("中、高风险地区", "Medium- and high-risk regions", "中・高リスク地域", "중·고위험 지역")
	to := b.s("至", " to ", "～", " ~ ")
	low := []string{b.s("低风险地区", "Low-risk regions", "低リスク地域", "저위험 지역"), b.count("returnees_low_risk", uPeople), dash,
		b.s("无须隔离", "not required", "隔離不要", "격리 불필요"), b.s("体温正常即可上岗", "may work if the temperature is normal", "体温が正常であれば勤務可", "체온 정상 시 근무 가능")}
	if _, ok := b.num("returnees_low_risk"); !ok {
		low[1] = b.s("未填写（选填）", "not given (optional)", "未回答（任意）", "미기재(선택)")
	}
	rows := [][]string{low}
	mid, ok := b.num("returnees_mid_high_risk")
	switch {
	case !ok:
		rows = append(rows, []string{midHigh, b.count("returnees_mid_high_risk", uPeople), dash, dash, quarantineRule})
	case mid == 0:
		rows = append(rows, []string{midHigh, b.qty(0, uPeople), dash, dash, quarantineRule})
	default:
		first, last := b.str("returnees_first_return"), b.str("returnees_last_return")
		returned := b.day(last)
		if last == "" {
			returned = b.tbd("最晚返回日期", "latest return date", "最後の復帰日", "최종 복귀일")
		} else if first != "" && first != last {
			returned = b.day(first) + to + b.day(last)
		}
		ends := b.day(q.QuarantineEnds)
		if q.QuarantineEnds == "" {
			ends = b.tbd("由最晚返回日期推算", "calculated from the latest return date", "最後の復帰日から算出", "최종 복귀일로 산출")
		} else if q.FirstQuarantineEnds != "" && q.FirstQuarantineEnds != q.QuarantineEnds {
			ends = b.day(q.FirstQuarantineEnds) + to + b.day(q.QuarantineEnds)
		}
		rows = append(rows, []string{b.s("中、高风险地区（合计）", "Medium- and high-risk regions (total)", "中・高リスク地域（合計）", "중·고위험 지역(합계)"),
			b.qty(mid, uPeople), returned, ends, quarantineRule})
		if h, ok := b.num("returnees_high_risk"); ok {
			same := b.s("同上", "as above", "同上", "상동")
			rows = append(rows, []string{b.s("其中：高风险地区", "of whom from high-risk regions", "うち高リスク地域", "그중 고위험 지역"), b.qty(h, uPeople), same, same,
				b.s("集中隔离，经核酸检测阴性后方可上岗", "central quarantine; may work after a negative nucleic acid test", "集中隔離とし、PCR検査陰性の後に勤務", "시설 격리, PCR 검사 음성 후 근무")})
		}
	}
	blocks := []Block{table([]string{b.s("来源地区", "Region of origin", "出発地", "출발 지역"), b.s("人数", "People", "人数", "인원"),
		b.s("返回日期", "Return date", "復帰日", "복귀일"), b.s("14 天隔离期满", "End of 14-day quarantine", "14日間の隔離期間満了", "14일 격리 만료"),
		b.s("上岗要求", "Conditions for work", "勤務の要件", "근무 요건")},
		rows, 2, 1, 2.5, 2.5, 3)}
	if ok && mid > 0 {
		cleared := b.count("returnees_cleared", uPeople)
		still := b.tbd("尚在隔离人数", "number still in quarantine", "隔離中の人数", "격리 중인 인원")
		if q.ReturneesInQuarantine != nil {
			still = b.iqty(q.ReturneesInQuarantine, uPeople)
		}
		blocks = append(blocks, para(b.s("中、高风险地区返岗人员已满 14 天医学观察 "+cleared+"，未满 "+still+"；隔离期满日期为返回日期后第 14 天。隔离期未满的人员不得到岗。",
			"Returnees from medium- and high-risk regions who have completed 14 days of medical observation: "+cleared+"; who have not: "+still+". The quarantine period ends on the 14th day after the return date; no person may come to work before the period has ended.",
			"中・高リスク地域からの復帰者のうち14日間の医学的観察の終了者は"+cleared+"、未終了者は"+still+"である。隔離期間の満了日は復帰日の14日後とし、満了前は出勤させない。",
			"중·고위험 지역 복귀자 중 14일 의학 관찰 완료 "+cleared+", 미완료 "+still+". 격리 만료일은 복귀일로부터 14일 후이며, 만료 전에는 출근하지 않는다.")))
		if s := b.quarantineEndsSentence(); s != "" {
			blocks = append(blocks, para(s))
		}
	}
	return blocks
}
