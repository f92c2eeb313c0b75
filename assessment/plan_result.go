package assessment

import "strconv"

// resultSections report the self-assessment: category, batch, priority,
// readiness and why; each condition checked; the numbers worked out.
var resultSections = []sectionDef{
	{id: "result", title: txt("自评结果", "Self-assessment result", "自己評価の結果", "자체 평가 결과"), level: 1, newPage: true, numbered: true,
		build: (*planBuilder).resultSummary},
	{id: "result.items", title: txt("复工条件逐项核对", "Conditions checked item by item", "操業再開条件の個別確認", "업무 재개 조건 항목별 확인"), level: 2, numbered: true,
		build: (*planBuilder).resultItems},
	{id: "result.quantities", title: txt("测算数据", "Calculated figures", "試算データ", "산출 데이터"), level: 2, numbered: true,
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
	add(txt("人均面积", "Floor area per worker", "1人当たり面積", "1인당 면적"), area,
		txt("车间和办公面积 ÷ 单班最多在岗人数", "workshop and office floor area ÷ maximum staff on one shift", "作業場・事務所面積 ÷ 1シフトの最大在勤人数", "작업장·사무실 면적 ÷ 1교대 최대 근무 인원"),
		"floor_area_m2", "peak_shift_workers")
	add(txt("14 天口罩需要量", "Masks required for 14 days", "14日分のマスク必要数", "14일분 마스크 필요량"), b.iqty(q.MasksNeeded14d, uMasks),
		txt(staff+" × 2 只/天 × 14 天", staff+" × 2 per day × 14 days", staff+" × 1日2枚 × 14日", staff+" × 1일 2장 × 14일"), "employees_total")
	add(txt("口罩缺口", "Mask shortfall", "マスクの不足数", "마스크 부족량"), b.iqty(q.MasksShort, uMasks),
		txt("14 天需要量 - 库存", "14-day requirement - stock", "14日分の必要数 - 在庫", "14일분 필요량 - 재고"), "masks_in_stock", "employees_total")
	add(txt("现有口罩可用天数", "Days covered by masks in stock", "在庫マスクで賄える日数", "보유 마스크 사용 가능 일수"), b.iqty(q.MaskDays, uDays),
		txt("库存 ÷（职工总数 × 2）", "stock ÷ (total employees × 2)", "在庫 ÷（従業員総数 × 2）", "재고 ÷ (직원 총수 × 2)"), "masks_in_stock", "employees_total")
	add(txt("测温仪需要量", "Thermometers needed", "体温計の必要数", "체온계 필요 수량"), b.iqty(q.ThermometersNeeded, uThermo),
		txt("每个出入口至少 1 个", "at least one per entrance", "出入口ごとに1台以上", "출입구마다 1대 이상"), "entrances")
	isolation := b.iqty(q.IsolationRooms, uRooms)
	if isolation != "" {
		isolation += b.s("（至少 1 间）", " (at least 1)", "（1室以上）", " (최소 1실)")
	}
	add(txt("临时隔离观察室", "Isolation rooms", "臨時隔離観察室", "임시 격리 관찰실"), isolation,
		txt("单人单间，至少 1 间", "one person per room, at least 1 room", "1人1室、1室以上", "1인 1실, 최소 1실"), "isolation_rooms")
	if b.positive("returnees_mid_high_risk") {
		add(txt("未满 14 天医学观察的中、高风险地区返岗人员", "Returnees from medium/high-risk regions not yet through 14 days of medical observation", "14日間の医学的観察を終えていない中・高リスク地域からの復帰者", "14일 의학 관찰 미완료 중·고위험 지역 복귀자"), b.iqty(q.ReturneesInQuarantine, uPeople),
			txt("中、高风险地区返岗人数 - 已满 14 天医学观察人数", "returnees from medium/high-risk regions - returnees through 14 days of observation", "中・高リスク地域からの復帰者数 - 医学的観察の終了者数", "중·고위험 지역 복귀자 수 - 의학 관찰 완료자 수"), "returnees_cleared")
		add(txt("隔离期未满而在岗的人员（须为 0）", "Returnees at work before the end of quarantine (must be 0)", "隔離期間未満了で出勤している者（0であること）", "격리 기간 미만료 출근 인원(0이어야 함)"), b.iqty(q.ReturneesOnSite, uPeople),
			txt("未满 14 天人数 - 尚在隔离、未到岗人数", "returnees not yet through observation - returnees in quarantine away from work", "未終了者数 - 隔離中で出勤していない者の数", "미완료 인원 - 격리 중·미출근 인원"), "returnees_in_quarantine")
		firstHow, lastHow, lastNeeds := txt("最早返回日期 + 14 天", "earliest return date + 14 days", "最初の復帰日 + 14日", "최초 복귀일 + 14일"),
			txt("最晚返回日期 + 14 天", "latest return date + 14 days", "最後の復帰日 + 14日", "최종 복귀일 + 14일"), "returnees_last_return"
		if b.quarantineEndItems() != nil {
			firstHow, lastHow, lastNeeds = endsFromRoster, endsFromRoster, QuarantineEndsID
		}
		if q.FirstQuarantineEnds != "" {
			add(txt("最早隔离期满日期", "Earliest end of quarantine", "最初の隔離期間満了日", "최초 격리 기간 만료일"), b.day(q.FirstQuarantineEnds), firstHow)
		}
		add(txt("全部隔离期满日期", "Latest end of quarantine", "全員の隔離期間満了日", "전원 격리 기간 만료일"), b.day(q.QuarantineEnds), lastHow, lastNeeds)
	}
	if b.positive("dorm_residents") {
		perRoom := ""
		if q.DormPeoplePerRoom != nil {
			perRoom = b.qty(*q.DormPeoplePerRoom, uPeople) + b.s("（标准不超过 6 人）", " (at most 6)", "（基準は6人以下）", " (기준 6명 이하)")
		}
		add(txt("宿舍每间人数", "People per dormitory room", "寮1室当たりの人数", "기숙사 1실당 인원"), perRoom,
			txt("住宿人数 ÷ 宿舍房间数", "residents ÷ rooms", "入居者数 ÷ 寮の室数", "입주 인원 ÷ 기숙사 실 수"), "dorm_rooms")
		perPerson := ""
		if q.DormAreaPerPerson != nil {
			perPerson = b.qty(*q.DormAreaPerPerson, uSqm) + b.s("（标准不少于 2.5 m²）", " (at least 2.5 m²)", "（基準は2.5 m²以上）", " (기준 2.5 m² 이상)")
		}
		add(txt("宿舍人均面积", "Dormitory area per person", "寮の1人当たり面積", "기숙사 1인당 면적"), perPerson,
			txt("宿舍面积 ÷ 住宿人数", "dormitory area ÷ residents", "寮の面積 ÷ 入居者数", "기숙사 면적 ÷ 입주 인원"), "dorm_area_m2")
		add(txt("按每间 6 人需要的宿舍", "Rooms needed at 6 per room", "1室6人とした場合の必要室数", "1실 6명 기준 필요 실 수"), b.iqty(q.DormRoomsNeeded, uRooms),
			txt("住宿人数 ÷ 6，向上取整", "residents ÷ 6, rounded up", "入居者数 ÷ 6（切り上げ）", "입주 인원 ÷ 6(올림)"))
		if q.DormAreaNeeded != nil {
			add(txt("按人均 2.5 m² 需要的面积", "Area needed at 2.5 m² each", "1人2.5 m²とした場合の必要面積", "1인 2.5 m² 기준 필요 면적"), b.qty(*q.DormAreaNeeded, uSqm),
				txt("住宿人数 × 2.5 m²", "residents × 2.5 m²", "入居者数 × 2.5 m²", "입주 인원 × 2.5 m²"))
		}
	}
	if c, _ := b.yes("has_canteen"); c {
		add(txt("1 米间距下可用座位", "Seats usable at 1 m spacing", "1メートル間隔で使用できる座席", "1미터 간격 시 사용 가능 좌석"), b.iqty(q.CanteenSeatsAt1m, uSeats),
			txt("座位数 ÷ 4（间隔 1 米、不面对面）", "seats ÷ 4 (1 m apart, not face to face)", "座席数 ÷ 4（1メートル間隔、対面しない）", "좌석 수 ÷ 4(1미터 간격, 마주 보지 않음)"), "canteen_seats")
		add(txt("分批就餐批次", "Canteen sittings", "時差喫食の回数", "분산 식사 회차"), b.iqty(q.CanteenSittings, uSittings),
			txt("单班最多在岗人数 ÷ 可用座位，向上取整", "maximum staff on one shift ÷ usable seats, rounded up", "1シフトの最大在勤人数 ÷ 使用できる座席（切り上げ）", "1교대 최대 근무 인원 ÷ 사용 가능 좌석(올림)"),
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
