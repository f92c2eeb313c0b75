package assessment

import "strconv"

// resultSections report the self-assessment: category, batch, priority,
// readiness and why; each condition checked; the numbers worked out.
var resultSections = []sectionDef{
	{id: "result", title: tx("自评结果", "Self-assessment result"), level: 1, newPage: true, numbered: true,
		build: (*planBuilder).resultSummary},
	{id: "result.items", title: tx("复工条件逐项核对", "Conditions checked one by one"), level: 2, numbered: true,
		build: (*planBuilder).resultItems},
	{id: "result.quantities", title: tx("测算数据", "Numbers worked out"), level: 2, numbered: true,
		build: (*planBuilder).resultQuantities},
}

func (b *planBuilder) resultSummary() []Block {
	r := b.r
	batch := b.batchName(r.Batch)
	switch {
	case r.Batch == 0:
		batch = b.tbd("类别确定后安排复工批次", "the batch follows once the category is decided")
	case r.BatchDate != "":
		batch += b.s(" "+b.day(r.BatchDate)+"起", " from "+b.day(r.BatchDate))
	default:
		batch += b.s("（开放日期以园区通知为准）", " (opening date as the park announces)")
	}
	priority := b.s("否", "no")
	if r.Priority {
		priority = b.s("是", "yes")
		for i, pr := range r.PriorityReasons {
			sep := b.s("：", ": ")
			if i > 0 {
				sep = b.s("；", "; ")
			}
			priority += sep + b.t(pr.Message)
		}
	} else {
		priority += b.s("（不属骨干企业、民生和防疫物资保障类企业或用工较少企业）",
			" (not a backbone enterprise, not a livelihood or prevention-supply enterprise, not few workers)")
	}
	rows := [][]string{
		{b.s("企业类别", "Category"), b.t(CategoryName(r.Category))},
	}
	if r.ParkCategory > 0 {
		rows = append(rows, []string{b.s("园区类别（园区设定，仅供对照）", "Park's category (set by the park, for comparison)"), b.t(CategoryName(r.ParkCategory))})
	}
	rows = append(rows,
		[]string{b.s("复工批次", "Batch"), batch},
		[]string{b.s("优先复工", "Priority"), priority},
		[]string{b.s("复工条件", "Readiness"), b.t(ReadinessName(r.Readiness))},
	)
	var because []string
	for _, re := range r.Because {
		because = append(because, b.t(re.Message))
	}
	blocks := []Block{
		para(b.s("本结果由企业根据实际情况自行填报、按规则 "+r.Ruleset+" 自动判定（分类分批，先高后低；条件成熟一个，开工一个）。",
			"This result follows from the enterprise's own answers under ruleset "+r.Ruleset+" (by category, in batches, highest first; each enterprise starts when it is ready).")),
		table([]string{b.s("项目", "Item"), b.s("结论", "Conclusion")}, rows, 1, 3),
		para(b.s("判定依据：因为", "Because:")),
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
		return b.s("有 "+n(critical)+" 项关键条件未达到，暂不具备复工条件；落实后重新自评。",
			n(critical)+" critical conditions are not met: not ready yet; assess again once they are.")
	case required > 0:
		return b.s("关键条件均已达到，有 "+n(required)+" 项必需条件未达到：可分期推进，先开放已达标的区域和岗位，逐项落实后全面复工。",
			"Every critical condition is met; "+n(required)+" required conditions are not: resume in phases, opening what meets the conditions first.")
	case recommended > 0:
		return b.s("关键和必需条件均已达到，所在批次开放后即可复工；另有 "+n(recommended)+" 项建议措施尚待落实。",
			"Every critical and required condition is met: resume once the batch opens; "+n(recommended)+" recommended measures remain.")
	}
	return b.s("各项条件均已达到，所在批次开放后即可复工。", "Every condition is met: resume once the batch opens.")
}

func (b *planBuilder) levelName(l Level) string {
	switch l {
	case Critical:
		return b.s("关键", "critical")
	case Required:
		return b.s("必需", "required")
	}
	return b.s("建议", "recommended")
}

func (b *planBuilder) resultItems() []Block {
	var rows [][]string
	var todo []string
	for i, it := range b.r.Items {
		status := b.s("达到", "met")
		if !it.Met {
			status = b.s("未达到", "not met")
			todo = append(todo, b.t(it.Title)+b.s("：", ": ")+b.t(it.Action)+b.s("（现状：", " (now: ")+b.t(it.Reason)+b.s("）", ")"))
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), b.t(it.Title), b.levelName(it.Level), status, b.t(it.Reason)})
	}
	blocks := []Block{table([]string{b.s("序号", "No."), b.s("条件", "Condition"), b.s("级别", "Level"),
		b.s("结论", "Result"), b.s("情况", "Details")}, rows, 0.6, 2, 1, 1.2, 5)}
	if len(todo) == 0 {
		return append(blocks, para(b.s("各项条件均已达到。", "Every condition is met.")))
	}
	return append(blocks, para(b.s("须落实的事项：", "To do:")), list(todo...))
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
	peak := b.s("单班人数", "people in one shift")
	if n, ok := b.num("peak_shift_workers"); ok {
		peak = b.qty(n, "人", "people")
	}
	var rows []quantityRow
	add := func(zh, en, value, howZh, howEn string, needs ...string) {
		rows = append(rows, quantityRow{b.s(zh, en), value, b.s(howZh, howEn), needs})
	}
	area := ""
	if q.AreaPerWorker != nil {
		area = b.qty(*q.AreaPerWorker, "m²", "m²")
	}
	add("人均面积", "Floor area per worker", area, "车间和办公面积 ÷ 单班最多在岗人数", "floor area ÷ most people in one shift", "floor_area_m2", "peak_shift_workers")
	add("14 天口罩需要量", "Masks for 14 days", b.iqty(q.MasksNeeded14d, "只", "masks"),
		peak+" × 2 只/天 × 14 天", peak+" × 2 a day × 14 days", "peak_shift_workers")
	add("口罩缺口", "Masks short", b.iqty(q.MasksShort, "只", "masks"), "14 天需要量 - 库存", "14 days' need - stock", "masks_in_stock", "peak_shift_workers")
	add("现有口罩可用天数", "Days the masks last", b.iqty(q.MaskDays, "天", "days"), "库存 ÷（单班人数 × 2）", "stock ÷ (people × 2)", "masks_in_stock", "peak_shift_workers")
	add("测温仪需要量", "Thermometers needed", b.iqty(q.ThermometersNeeded, "个", "thermometers"), "每个出入口至少 1 个", "at least one per entrance", "entrances")
	isolation := b.iqty(q.IsolationRooms, "间", "rooms")
	if isolation != "" {
		isolation += b.s("（至少 1 间）", " (at least 1)")
	}
	add("临时隔离观察室", "Isolation rooms", isolation, "单人单间，至少 1 间", "single rooms, at least one", "isolation_rooms")
	if b.positive("returnees_mid_high_risk") {
		add("尚在隔离的中高风险返岗人员", "Returnees still in quarantine", b.iqty(q.ReturneesInQuarantine, "人", "people"),
			"中高风险返岗人数 - 已解除隔离人数", "returnees - cleared", "returnees_cleared")
		if q.FirstQuarantineEnds != "" {
			add("最早隔离期满日期", "First quarantine ends", b.day(q.FirstQuarantineEnds), "最早返回日期 + 14 天", "first return + 14 days")
		}
		add("全部隔离期满日期", "Every quarantine ends", b.day(q.QuarantineEnds), "最晚返回日期 + 14 天", "last return + 14 days", "returnees_last_return")
	}
	if b.positive("dorm_residents") {
		perRoom := ""
		if q.DormPeoplePerRoom != nil {
			perRoom = b.qty(*q.DormPeoplePerRoom, "人", "people") + b.s("（标准不超过 6 人）", " (at most 6)")
		}
		add("宿舍每间人数", "People per dormitory room", perRoom, "住宿人数 ÷ 宿舍房间数", "residents ÷ rooms", "dorm_rooms")
		perPerson := ""
		if q.DormAreaPerPerson != nil {
			perPerson = b.qty(*q.DormAreaPerPerson, "m²", "m²") + b.s("（标准不少于 2.5 m²）", " (at least 2.5 m²)")
		}
		add("宿舍人均面积", "Dormitory area per person", perPerson, "宿舍面积 ÷ 住宿人数", "dormitory area ÷ residents", "dorm_area_m2")
		add("按每间 6 人需要的宿舍", "Rooms needed at 6 per room", b.iqty(q.DormRoomsNeeded, "间", "rooms"), "住宿人数 ÷ 6，向上取整", "residents ÷ 6, rounded up")
		if q.DormAreaNeeded != nil {
			add("按人均 2.5 m² 需要的面积", "Area needed at 2.5 m² each", b.qty(*q.DormAreaNeeded, "m²", "m²"), "住宿人数 × 2.5 m²", "residents × 2.5 m²")
		}
	}
	if c, _ := b.yes("has_canteen"); c {
		add("1 米间距下可用座位", "Seats usable at 1 m", b.iqty(q.CanteenSeatsAt1m, "座", "seats"), "座位数 ÷ 4（间隔 1 米、不面对面）", "seats ÷ 4 (1 m apart, no one face to face)", "canteen_seats")
		add("分批就餐批次", "Canteen sittings", b.iqty(q.CanteenSittings, "批", "sittings"), "单班最多在岗人数 ÷ 可用座位，向上取整", "most people in one shift ÷ usable seats, rounded up", "canteen_seats", "peak_shift_workers")
	}
	var out [][]string
	for _, r := range rows {
		value := r.value
		if value == "" {
			value = b.missingAnswers(r.needs)
		}
		out = append(out, []string{r.name, value, r.how})
	}
	return []Block{table([]string{b.s("项目", "Item"), b.s("数值", "Value"), b.s("算法", "How")}, out, 2, 2, 3)}
}

// missingAnswers says which answers a number needs.
func (b *planBuilder) missingAnswers(ids []string) string {
	zh, en := "", ""
	for _, id := range ids {
		if _, ok := b.u.Values[id]; ok {
			continue
		}
		if zh != "" {
			zh += "、"
			en += ", "
		}
		zh += "“" + label(id).Zh + "”"
		en += "“" + label(id).In("en") + "”"
	}
	if zh == "" {
		return b.tbd("无法计算", "cannot be worked out")
	}
	return b.tbd("需填写"+zh, "answer "+en)
}
