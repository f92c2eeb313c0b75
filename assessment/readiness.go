package assessment

// Level is how much a readiness item weighs.
type Level string

// The levels of a readiness item.
const (
	Critical    Level = "critical"    // unmet: not ready at all
	Required    Level = "required"    // unmet: resume in phases
	Recommended Level = "recommended" // unmet: still ready; worth doing
)

// Readiness is the verdict on an enterprise's conditions for resuming.
type Readiness string

// The verdicts (临沂's rule).
const (
	Ready    Readiness = "ready"     // 具备条件，立即复工 once its batch opens
	Phased   Readiness = "phased"    // 部分具备，分期推进
	NotReady Readiness = "not_ready" // 暂不具备
)

// ReadinessName returns the verdict in words.
func ReadinessName(r Readiness) Text {
	switch r {
	case Ready:
		return tx("具备复工条件，所在批次开放后即可复工", "ready: resume as soon as the batch opens")
	case Phased:
		return tx("部分具备复工条件，分期推进", "partly ready: resume in phases")
	}
	return tx("暂不具备复工条件", "not ready yet")
}

// Item is one readiness condition checked on the answers. Items that do
// not apply (no canteen, no dormitory…) are left out of a Result.
type Item struct {
	ID      string
	Level   Level
	Met     bool
	Title   Text
	Reason  Text     // what the answers say, with their values
	Action  Text     // what to do to meet it
	Answers []Fact   // the answers read
	Missing []string // question IDs left empty or invalid that the item needs
}

// readiness checks every item on usable answers u and gives the verdict.
func readiness(u *Answers, q Quantities) (Readiness, []Item) {
	var items []Item
	for _, def := range itemDefs {
		p := &probe{u: u}
		applies, met, reason := def.check(p, q)
		if !applies {
			continue
		}
		it := Item{ID: def.id, Level: def.level, Met: met && len(p.missing) == 0,
			Title: def.title, Reason: reason, Action: def.action, Answers: p.facts, Missing: p.missing}
		if len(p.missing) > 0 {
			it.Reason = missingText(p.missing)
		}
		items = append(items, it)
	}
	verdict := Ready
	for _, it := range items {
		switch {
		case it.Met:
		case it.Level == Critical:
			return NotReady, items
		case it.Level == Required:
			verdict = Phased
		}
	}
	return verdict, items
}

// itemDef is one row of the item table in DOMAIN.md. check reads the
// answers through p (so facts and missing answers are recorded) and says
// whether the item applies, whether it is met, and why.
type itemDef struct {
	id     string
	level  Level
	title  Text
	action Text
	check  func(p *probe, q Quantities) (applies, met bool, reason Text)
}

// yesItem is the item id, met when question is answered yes.
func yesItem(id, question string, level Level, title, yesText, noText, action Text) itemDef {
	return itemDef{id: id, level: level, title: title, action: action,
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			ok, _ := p.yes(question)
			if ok {
				return true, true, yesText
			}
			return true, false, noText
		}}
}

// appliesWhenPositive reads the number id: an item guarded by it applies
// when it is above 0 or missing (unknown is never taken as "none").
func appliesWhenPositive(p *probe, id string) (float64, bool) {
	n, ok := p.num(id)
	return n, !ok || n > 0
}

// appliesWhenYes reads the yes/no id: the item applies when it is yes or missing.
func appliesWhenYes(p *probe, id string) bool {
	b, ok := p.yes(id)
	return !ok || b
}

var itemDefs = []itemDef{
	{id: "team_named", level: Critical, title: tx("防控工作组", "prevention team"),
		action: tx("成立疫情防控工作组，由企业主要负责人任组长，留有效联系电话", "set up a prevention team led by the enterprise's head, with a phone that works"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			name, _ := p.str("leader_name")
			phone, _ := p.str("leader_phone")
			return true, true, tx("组长 "+name+"，电话 "+phone, "leader "+name+", phone "+phone)
		}},
	yesItem("staff_screened", "staff_screened", Critical, tx("全员排查", "staff screening"),
		tx("已完成全员排查，一人一档", "everyone on site has a health record"),
		tx("尚未完成全员排查", "not everyone on site has been screened"),
		tx("对所有在岗人员逐一排查，建立一人一档健康档案", "screen everyone on site and keep one health file per person")),
	{id: "returnees_quarantined", level: Critical, title: tx("中高风险地区返岗人员隔离", "quarantine of returnees from medium/high-risk regions"),
		action: tx("来自中、高风险地区的返岗人员须居家或集中隔离满 14 天和/或核酸检测阴性后方可上岗", "returnees from medium/high-risk regions work only after 14 days' quarantine and/or a negative nucleic-acid test"),
		check: func(p *probe, q Quantities) (bool, bool, Text) {
			n, applies := appliesWhenPositive(p, "returnees_mid_high_risk")
			if !applies {
				return false, false, Text{}
			}
			c, _ := p.num("returnees_cleared")
			if c == n {
				return true, true, tx("中高风险地区返岗 "+fmtNum(n)+" 人，均已解除隔离", "all "+fmtNum(n)+" returnees from medium/high-risk regions are cleared")
			}
			r := tx("中高风险地区返岗 "+fmtNum(n)+" 人，已解除隔离 "+fmtNum(c)+" 人", fmtNum(n)+" returnees from medium/high-risk regions, "+fmtNum(c)+" cleared")
			if q.QuarantineEnds != "" {
				r = join(Text{}, r, tx("，最晚 "+q.QuarantineEnds+" 隔离期满", "; the last quarantine ends on "+q.QuarantineEnds))
			}
			return true, false, r
		}},
	{id: "isolation_room", level: Critical, title: tx("临时隔离观察室", "isolation room"),
		action: tx("设置至少 1 间单人单间的临时隔离观察室", "set up at least one single room for temporary isolation"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			n, _ := p.num("isolation_rooms")
			return true, n >= 1, tx("临时隔离观察室 "+fmtNum(n)+" 间", fmtNum(n)+" isolation rooms")
		}},
	{id: "supplies_14d", level: Critical, title: tx("14 天防疫物资", "supplies for 14 days"),
		action: tx("按每人每天 2 只口罩备足 14 天用量，每个出入口至少 1 个测温仪，备足消毒用品", "stock masks for 14 days at 2 a day per person, a thermometer per entrance, and disinfectant"),
		check: func(p *probe, q Quantities) (bool, bool, Text) {
			masks, okM := p.num("masks_in_stock")
			p.num("peak_shift_workers")
			thermo, okT := p.num("thermometers")
			gates, okG := p.num("entrances")
			dis, _ := p.yes("disinfectant_stock")
			var parts []Text
			met := dis
			if okM && q.MasksNeeded14d != nil {
				need := float64(*q.MasksNeeded14d)
				if masks >= need {
					parts = append(parts, tx("口罩 "+fmtNum(masks)+" 只 ≥ 14 天用量 "+fmtNum(need)+" 只", fmtNum(masks)+" masks ≥ "+fmtNum(need)+" for 14 days"))
				} else {
					met = false
					parts = append(parts, tx("口罩 "+fmtNum(masks)+" 只，14 天需 "+fmtNum(need)+" 只，缺 "+fmtNum(need-masks)+" 只", fmtNum(masks)+" masks; 14 days need "+fmtNum(need)+", "+fmtNum(need-masks)+" short"))
				}
			}
			if okT && okG {
				if thermo >= gates {
					parts = append(parts, tx("测温仪 "+fmtNum(thermo)+" 个 ≥ 出入口 "+fmtNum(gates)+" 个", fmtNum(thermo)+" thermometers ≥ "+fmtNum(gates)+" entrances"))
				} else {
					met = false
					parts = append(parts, tx("测温仪 "+fmtNum(thermo)+" 个少于出入口 "+fmtNum(gates)+" 个", fmtNum(thermo)+" thermometers for "+fmtNum(gates)+" entrances"))
				}
			}
			if dis {
				parts = append(parts, tx("消毒用品已备足", "disinfectant in stock"))
			} else {
				parts = append(parts, tx("消毒用品未备足", "disinfectant not in stock"))
			}
			return true, met, join(tx("；", "; "), parts...)
		}},
	yesItem("predisinfection", "predisinfection", Required, tx("复工前全面消毒", "disinfection before reopening"),
		tx("复工前已全面消毒", "the site was disinfected before reopening"),
		tx("复工前尚未全面消毒", "the site has not been disinfected yet"),
		tx("复工前对车间、办公室、食堂、宿舍等全面消毒，并做好记录", "disinfect workshops, offices, canteen and dormitories before reopening, and keep records")),
	{id: "entry_control", level: Required, title: tx("出入口管控", "entry control"),
		action: tx("每个出入口安排专人值守，测温登记，暂停指纹打卡", "put a named person at every entrance to take temperatures and register, and suspend fingerprint clocks"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			named, _ := p.yes("entrance_staff_named")
			gates, _ := p.num("entrances")
			switch {
			case gates < 1:
				return true, false, tx("没有可管控的出入口", "no entrance in use to control")
			case !named:
				return true, false, tx("出入口 "+fmtNum(gates)+" 个，尚无专人值守", fmtNum(gates)+" entrances without a named person")
			}
			return true, true, tx("出入口 "+fmtNum(gates)+" 个，均有专人值守", fmtNum(gates)+" entrances, each with a named person")
		}},
	{id: "ventilation", level: Required, title: tx("通风", "ventilation"),
		action: tx("优先自然通风；使用空调的须为全新风运行，关闭回风", "ventilate naturally first; run air conditioning on fresh air only, never recirculated"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			v, _ := p.str("ventilation")
			c, _ := questionByID["ventilation"].choice(v)
			return true, v == "natural" || v == "fresh_air", join(Text{}, tx("通风方式：", "ventilation: "), c.Label)
		}},
	{id: "canteen", level: Required, title: tx("食堂", "canteen"),
		action: tx("错峰就餐或分餐，间隔 1 米以上，不面对面就座", "stagger meals or serve boxed meals, ≥1 m apart, no face-to-face seating"),
		check: func(p *probe, q Quantities) (bool, bool, Text) {
			if !appliesWhenYes(p, "has_canteen") {
				return false, false, Text{}
			}
			ok, _ := p.yes("canteen_measures")
			r := tx("食堂已采取错峰或分餐措施", "staggered or boxed meals in place")
			if !ok {
				r = tx("食堂尚未采取错峰或分餐措施", "no staggered or boxed meals yet")
			}
			if q.CanteenSittings != nil {
				r = join(Text{}, r, tx("；1 米间距下需分 "+fmtNum(float64(*q.CanteenSittings))+" 批就餐",
					"; at 1 m spacing meals take "+fmtNum(float64(*q.CanteenSittings))+" sittings"))
			}
			return true, ok, r
		}},
	{id: "dormitory", level: Required, title: tx("宿舍", "dormitories"),
		action: tx("每间宿舍不超过 6 人，人均面积不少于 2.5 m²，保持通风", "at most 6 per room, at least 2.5 m² per person, windows that open"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			res, applies := appliesWhenPositive(p, "dorm_residents")
			if !applies {
				return false, false, Text{}
			}
			rooms, okR := p.num("dorm_rooms")
			area, okA := p.num("dorm_area_m2")
			if !okR || !okA || res == 0 {
				return true, false, Text{}
			}
			per, sq := res/rooms, area/res
			r := tx("住宿 "+fmtNum(res)+" 人，每间 "+fmtNum(per)+" 人，人均 "+fmtNum(sq)+" m²",
				fmtNum(res)+" residents, "+fmtNum(per)+" per room, "+fmtNum(sq)+" m² each")
			return true, per <= DormMaxPerRoom && sq >= DormMinAreaPerPerson, r
		}},
	{id: "commute", level: Required, title: tx("通勤班车", "shuttle buses"),
		action: tx("班车每日消毒，乘车前测温，全程佩戴口罩，分散就座", "disinfect buses daily, take temperatures before boarding, masks on, seats spread out"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			n, applies := appliesWhenPositive(p, "shuttle_buses")
			if !applies {
				return false, false, Text{}
			}
			ok, _ := p.yes("shuttle_measures")
			if ok {
				return true, true, tx("班车 "+fmtNum(n)+" 辆已落实消毒、测温、戴口罩", fmtNum(n)+" buses disinfected, temperatures taken, masks worn")
			}
			return true, false, tx("班车 "+fmtNum(n)+" 辆尚未落实防控措施", fmtNum(n)+" buses without prevention measures")
		}},
	yesItem("training", "training_done", Recommended, tx("防疫培训", "training"),
		tx("已开展防疫培训", "training done"), tx("尚未开展防疫培训", "no training yet"),
		tx("复工前对全体员工开展防疫知识培训", "train all staff in prevention before reopening")),
	{id: "multilingual_notices", level: Recommended, title: tx("多语种告知", "notices in the staff's languages"),
		action: tx("以外籍员工使用的语言（如英、日、韩文）发布防疫告知", "publish notices in the languages foreign staff read (e.g. English, Japanese, Korean)"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			n, applies := appliesWhenPositive(p, "foreign_staff")
			if !applies {
				return false, false, Text{}
			}
			ok, _ := p.yes("multilingual_notices")
			if ok {
				return true, true, tx("外籍员工 "+fmtNum(n)+" 人，已发布多语种告知", fmtNum(n)+" foreign staff; notices in their languages")
			}
			return true, false, tx("外籍员工 "+fmtNum(n)+" 人，尚无多语种告知", fmtNum(n)+" foreign staff; no notices in their languages")
		}},
	yesItem("mask_bins", "mask_bins", Recommended, tx("废弃口罩专用垃圾桶", "bins for used masks"),
		tx("已设置废弃口罩专用垃圾桶", "bins for used masks in place"), tx("尚未设置废弃口罩专用垃圾桶", "no bins for used masks"),
		tx("在出入口和公共区域设置废弃口罩专用垃圾桶，每日消毒清运", "put bins for used masks at entrances and common areas, disinfected and emptied daily")),
}
