package assessment

import "strconv"

// resultSections report the self-assessment: category, batch, priority,
// readiness and why; each condition checked; the numbers worked out.
var resultSections = []sectionDef{
	{id: "result", title: msg("plan.result.title"), level: 1, newPage: true, numbered: true,
		build: (*planBuilder).resultSummary},
	{id: "result.items", title: msg("plan.result.items.title"), level: 2, numbered: true,
		build: (*planBuilder).resultItems},
	{id: "result.quantities", title: msg("plan.result.quantities.title"), level: 2, numbered: true,
		build: (*planBuilder).resultQuantities},
}

func (b *planBuilder) resultSummary() []Block {
	r := b.r
	batch := b.batchName(r.Batch)
	switch {
	case r.Batch == 0:
		batch = b.tbd("类别确定后安排复工批次", "the batch is assigned once the category is determined",
			"区分の確定後に再開順位を決定", "유형 확정 후 재개 차수 결정")
	case r.BatchDate != "":
		d := b.day(r.BatchDate)
		batch += b.s("（"+d+"起）", " (from "+d+")", "（"+d+"から）", " ("+d+"부터)")
	default:
		batch += b.s("（开放日期以园区通知为准）", " (opening date as announced by the park)",
			"（開始日は園区の通知による）", " (개시일은 단지 공지에 따름)")
	}
	priority := b.s("否", "No", "該当しない", "해당 없음")
	if r.Priority {
		priority = b.s("是", "Yes", "該当する", "해당")
		for i, pr := range r.PriorityReasons {
			sep := b.s("：", ": ", "：", ": ")
			if i > 0 {
				sep = b.s("；", "; ", "；", "; ")
			}
			priority += sep + b.t(pr.Message)
		}
	} else {
		priority += b.s("（不属骨干企业、民生和防疫物资保障类企业或用工较少企业）",
			" (neither a backbone enterprise, nor an enterprise supplying daily necessities or prevention materials, nor an enterprise with few employees)",
			"（基幹企業、民生・防疫物資供給企業、従業員の少ない企業のいずれにも該当しない）",
			" (기간기업, 민생·방역물자 공급 기업, 소규모 인력 기업 어디에도 해당하지 않음)")
	}
	rows := [][]string{
		{b.s("企业类别", "Category", "企業の区分", "기업 유형"), b.t(CategoryName(r.Category))},
	}
	if r.ParkCategory > 0 {
		rows = append(rows, []string{b.s("园区类别（园区设定，仅供对照）", "Park's category (set by the park, for comparison)",
			"園区の区分（園区の設定、参考）", "단지 유형(단지 설정, 참고용)"), b.t(CategoryName(r.ParkCategory))})
	}
	rows = append(rows,
		[]string{b.s("复工批次", "Resumption batch", "再開順位", "재개 차수"), batch},
		[]string{b.s("优先复工", "Priority resumption", "優先再開", "우선 재개"), priority},
		[]string{b.s("复工条件", "Readiness to resume", "再開条件", "재개 조건"), b.t(ReadinessName(r.Readiness))},
	)
	var because []string
	for _, re := range r.Because {
		because = append(because, b.t(re.Message))
	}
	rs := r.Ruleset
	blocks := []Block{
		para(b.s("本结果依据企业如实自行填报的情况，按规则 "+rs+" 自动判定（分类分批、先高后低，成熟一个、开工一个）。",
			"This result has been determined automatically under ruleset "+rs+" from the information reported by the enterprise itself (resumption by category and in batches, higher categories first; each enterprise resumes once it meets the conditions).",
			"本結果は、企業が実情に基づき自ら回答した内容を、ルール "+rs+"により自動判定したものである（区分ごとに順位を付けて上位から再開し、条件の整った企業から順次再開する）。",
			"이 결과는 기업이 실제 상황에 따라 직접 응답한 내용을 규칙 "+rs+"에 따라 자동 판정한 것이다(유형별·차수별로 상위부터 재개하며, 조건을 갖춘 기업부터 재개한다).")),
		table([]string{b.s("项目", "Item", "項目", "항목"), b.s("结论", "Conclusion", "結論", "결론")}, rows, 1, 3),
		para(b.s("判定依据如下：", "The grounds are as follows:", "判定の根拠は次のとおり。", "판정 근거는 다음과 같다.")),
		list(because...),
	}
	return append(blocks, para(b.readinessWhy()))
}

// readinessWhy explains the verdict by the unmet items' levels.
func (b *planBuilder) readinessWhy() string {
	var critical, required, recommended int
	for _, it := range b.r.Items {
		if it.Met {
			continue
		}
		switch it.Level {
		case Critical:
			critical++
		case Required:
			required++
		default:
			recommended++
		}
	}
	n := strconv.Itoa
	switch {
	case critical > 0:
		c := n(critical)
		en := c + " veto items are not met: the enterprise does not yet meet the conditions for resuming work, and shall assess itself again once they have been corrected."
		if critical == 1 {
			en = "1 veto item is not met: the enterprise does not yet meet the conditions for resuming work, and shall assess itself again once it has been corrected."
		}
		return b.s("有 "+c+" 项否决项不符合，暂不具备复工复产条件；整改落实后重新自评。", en,
			"否決項目のうち"+c+"項目が不適合であるため、現時点では操業再開の条件を満たしていない。是正後に改めて自己評価を行う。",
			"결격 항목 중 "+c+"개 항목이 부적합하여 현재 업무 재개 조건을 갖추지 못했다. 시정 후 다시 자체 평가를 실시한다.")
	case required > 0:
		c := n(required)
		en := "All veto items are met; " + c + " mandatory items are not met: work resumes in phases, the areas and posts that meet the conditions first, and in full once each item has been corrected."
		if required == 1 {
			en = "All veto items are met; 1 mandatory item is not met: work resumes in phases, the areas and posts that meet the conditions first, and in full once the item has been corrected."
		}
		return b.s("否决项均已符合，有 "+c+" 项必备项不符合：分期推进，已具备条件的区域和岗位先行复工，逐项落实后全面复工复产。", en,
			"否決項目はすべて適合しているが、必須項目のうち"+c+"項目が不適合である。段階的に進め、条件を満たした区域・持ち場から再開し、各項目の是正後に全面再開する。",
			"결격 항목은 모두 적합하나 필수 항목 중 "+c+"개 항목이 부적합하다. 단계적으로 추진하여 조건을 갖춘 구역과 직무부터 재개하고, 항목별 시정 후 전면 재개한다.")
	case recommended > 0:
		c := n(recommended)
		en := "All veto and mandatory items are met: work may resume once the batch opens; " + c + " recommended items remain to be implemented."
		if recommended == 1 {
			en = "All veto and mandatory items are met: work may resume once the batch opens; 1 recommended item remains to be implemented."
		}
		return b.s("否决项和必备项均已符合，所在批次开放后即可复工复产；另有 "+c+" 项建议项尚待落实。", en,
			"否決項目及び必須項目はすべて適合しており、該当する順位の再開が認められ次第、操業を再開できる。なお、推奨項目のうち"+c+"項目が未実施である。",
			"결격 항목과 필수 항목이 모두 적합하여 해당 차수가 개시되면 업무를 재개할 수 있다. 다만 권장 항목 중 "+c+"개 항목이 아직 이행되지 않았다.")
	}
	return b.s("各项条件均已符合，所在批次开放后即可复工复产。", "All conditions are met: work may resume once the batch opens.",
		"すべての条件に適合しており、該当する順位の再開が認められ次第、操業を再開できる。",
		"모든 조건이 적합하여 해당 차수가 개시되면 업무를 재개할 수 있다.")
}

func (b *planBuilder) levelName(l Level) string {
	switch l {
	case Critical:
		return b.s("否决项", "veto item", "否決項目", "결격 항목")
	case Required:
		return b.s("必备项", "mandatory item", "必須項目", "필수 항목")
	}
	return b.s("建议项", "recommended item", "推奨項目", "권장 항목")
}

func (b *planBuilder) resultItems() []Block {
	var rows [][]string
	var todo, advice []string
	for i, it := range b.r.Items {
		status := b.s("符合", "compliant", "適合", "적합")
		if !it.Met {
			status = b.s("不符合", "non-compliant", "不適合", "부적합")
			now := b.s("（现状：", " (current situation: ", "（現状：", " (현황: ") + b.t(it.Reason) + b.s("）", ")", "）", ")")
			title := b.t(it.Title) + b.s("：", ": ", "：", ": ")
			if it.Level == Recommended {
				advice = append(advice, title+b.t(it.Action)+now)
			} else {
				lv := b.s("（", " (", "（", "(") + b.levelName(it.Level) + b.s("）", ")", "）", ")")
				todo = append(todo, b.must(it.ID, it.Title.Zh+lv+"须在复工前整改到位："+it.Action.Zh+now,
					it.Title.In("en")+lv+": to be corrected before work resumes: "+it.Action.In("en")+now,
					it.Title.In("ja")+lv+"は操業再開前に是正する："+it.Action.In("ja")+now,
					it.Title.In("ko")+lv+"은(는) 업무 재개 전에 시정한다: "+it.Action.In("ko")+now))
			}
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), b.t(it.Title), b.levelName(it.Level), status, b.t(it.Reason)})
	}
	blocks := []Block{table([]string{b.s("序号", "No.", "番号", "번호"), b.s("条件", "Condition", "条件", "조건"), b.s("级别", "Level", "区分", "등급"),
		b.s("结论", "Result", "結論", "결론"), b.s("情况", "Details", "状況", "현황")}, rows, 0.6, 1.9, 1.4, 1.4, 4.7)}
	if len(todo) == 0 && len(advice) == 0 {
		return append(blocks, para(b.s("各项条件均已达到。", "All conditions are met.", "すべての条件を満たしている。", "모든 조건을 충족한다.")))
	}
	if len(todo) > 0 {
		blocks = append(blocks, para(b.s("不符合的否决项、必备项及整改要求如下：", "Veto and mandatory items not met, and the corrective action required:", "不適合の否決項目・必須項目及び是正事項は次のとおりである。", "부적합 결격 항목·필수 항목 및 시정 사항은 다음과 같다.")), list(todo...))
	}
	if len(advice) > 0 {
		blocks = append(blocks, para(b.s("建议落实的事项如下：", "Recommended items still to be implemented:", "実施が望ましい事項は次のとおりである。", "이행을 권장하는 사항은 다음과 같다.")), list(advice...))
	}
	return blocks
}

// quantityRow is one number of the result.quantities table: its name, its
// value (or "" when it could not be worked out), how it is worked out, and
// the answers it needs.
type quantityRow struct {
	name, value, how string
	needs            []string
}

func (b *planBuilder) resultQuantities() []Block {
	q := b.q
	staff := b.s("职工总数", "total employees", "従業員総数", "직원 총수")
	if n, ok := b.num("employees_total"); ok {
		staff = b.qty(n, uPeople)
	}
	var rows []quantityRow
	add := func(name Text, value string, how Text, needs ...string) {
		rows = append(rows, quantityRow{b.t(name), value, b.t(how), needs})
	}
	area := ""
	if q.AreaPerWorker != nil {
		area = b.qty(*q.AreaPerWorker, uSqm)
	}
	add(msg("plan.result.quantities.floor_area_per_worker"), area,
		msg("plan.result.quantities.workshop_office_floor_area"),
		"floor_area_m2", "peak_shift_workers")
	add(msg("plan.result.quantities.masks_required_14_days"), b.iqty(q.MasksNeeded14d, uMasks),
		msgf("plan.result.quantities.2_per_day_14", "staff", staff), "employees_total")
	add(msg("plan.result.quantities.mask_shortfall"), b.iqty(q.MasksShort, uMasks),
		msg("plan.result.quantities.14_day_requirement_stock"), "masks_in_stock", "employees_total")
	add(msg("plan.result.quantities.days_covered_by_masks"), b.iqty(q.MaskDays, uDays),
		msg("plan.result.quantities.stock_total_employees_2"), "masks_in_stock", "employees_total")
	add(msg("plan.result.quantities.thermometers_needed"), b.iqty(q.ThermometersNeeded, uThermo),
		msg("plan.result.quantities.at_least_one_per"), "entrances")
	isolation := b.iqty(q.IsolationRooms, uRooms)
	if isolation != "" {
		isolation += b.s("（至少 1 间）", " (at least 1)", "（1室以上）", " (최소 1실)")
	}
	add(msg("plan.result.quantities.isolation_rooms"), isolation,
		msg("plan.result.quantities.one_person_per_room"), "isolation_rooms")
	if b.positive("returnees_mid_high_risk") {
		add(msg("plan.result.quantities.returnees_from_medium_high"), b.iqty(q.ReturneesInQuarantine, uPeople),
			msg("plan.result.quantities.returnees_from_medium_high2"), "returnees_cleared")
		add(msg("plan.result.quantities.returnees_at_work_before"), b.iqty(q.ReturneesOnSite, uPeople),
			msg("plan.result.quantities.returnees_not_yet_through"), "returnees_in_quarantine")
		firstHow, lastHow, lastNeeds := msg("plan.result.quantities.earliest_return_date_14"),
			msg("plan.result.quantities.latest_return_date_14"), "returnees_last_return"
		if b.quarantineEndItems() != nil {
			firstHow, lastHow, lastNeeds = endsFromRoster, endsFromRoster, QuarantineEndsID
		}
		if q.FirstQuarantineEnds != "" {
			add(msg("plan.result.quantities.earliest_end_quarantine"), b.day(q.FirstQuarantineEnds), firstHow)
		}
		add(msg("plan.result.quantities.latest_end_quarantine"), b.day(q.QuarantineEnds), lastHow, lastNeeds)
	}
	if b.positive("dorm_residents") {
		perRoom := ""
		if q.DormPeoplePerRoom != nil {
			perRoom = b.qty(*q.DormPeoplePerRoom, uPeople) + b.s("（标准不超过 6 人）", " (at most 6)", "（基準は6人以下）", " (기준 6명 이하)")
		}
		add(msg("plan.result.quantities.people_per_dormitory_room"), perRoom,
			msg("plan.result.quantities.residents_rooms"), "dorm_rooms")
		perPerson := ""
		if q.DormAreaPerPerson != nil {
			perPerson = b.qty(*q.DormAreaPerPerson, uSqm) + b.s("（标准不少于 2.5 m²）", " (at least 2.5 m²)", "（基準は2.5 m²以上）", " (기준 2.5 m² 이상)")
		}
		add(msg("plan.result.quantities.dormitory_area_per_person"), perPerson,
			msg("plan.result.quantities.dormitory_area_residents"), "dorm_area_m2")
		add(msg("plan.result.quantities.rooms_needed_at_6"), b.iqty(q.DormRoomsNeeded, uRooms),
			msg("plan.result.quantities.residents_6_rounded_up"))
		if q.DormAreaNeeded != nil {
			add(msg("plan.result.quantities.area_needed_at_2"), b.qty(*q.DormAreaNeeded, uSqm),
				msg("plan.result.quantities.residents_2_5_m"))
		}
	}
	if c, _ := b.yes("has_canteen"); c {
		add(msg("plan.result.quantities.seats_usable_at_1"), b.iqty(q.CanteenSeatsAt1m, uSeats),
			msg("plan.result.quantities.seats_4_1_m"), "canteen_seats")
		add(msg("plan.result.quantities.canteen_sittings"), b.iqty(q.CanteenSittings, uSittings),
			msg("plan.result.quantities.maximum_staff_one_shift"),
			"canteen_seats", "peak_shift_workers")
	}
	var out [][]string
	for _, r := range rows {
		value := r.value
		if value == "" {
			value = b.missingAnswers(r.needs)
		}
		out = append(out, []string{r.name, value, r.how})
	}
	return []Block{table([]string{b.s("项目", "Item", "項目", "항목"), b.s("数值", "Value", "数値", "수치"), b.s("计算依据", "Basis of calculation", "算出方法", "산출 방법")}, out, 2, 2, 3)}
}

// missingAnswers says which answers a number needs.
func (b *planBuilder) missingAnswers(ids []string) string {
	var names []string
	for _, id := range ids {
		if _, ok := b.u.Values[id]; ok {
			continue
		}
		names = append(names, b.s("“", "“", "「", "‘")+b.t(label(id))+b.s("”", "”", "」", "’"))
	}
	if len(names) == 0 {
		return b.tbd("无法计算", "cannot be calculated", "算出できない", "산출 불가")
	}
	list := ""
	for i, n := range names {
		if i > 0 {
			list += b.s("、", ", ", "、", ", ")
		}
		list += n
	}
	return b.tbd("需填写"+list, "requires an answer to "+list, list+"の回答が必要", list+" 응답 필요")
}
