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
		return msg("readiness.readiness_name.ready_work_may_resume")
	case Phased:
		return msg("readiness.readiness_name.partly_ready_work_resumes")
	}
	return msg("readiness.readiness_name.not_yet_ready_resume")
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

// yesItem is the item id, met when question is answered yes; its texts
// are the catalogs' readiness.<id>.title, .yes_text, .no_text and .action.
func yesItem(id, question string, level Level) itemDef {
	key := "readiness." + id
	title, yesText, noText, action := msg(key+".title"), msg(key+".yes_text"), msg(key+".no_text"), msg(key+".action")
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
	{id: "team_named", level: Critical, title: msg("readiness.team_named.title"),
		action: msg("readiness.team_named.action"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			name, _ := p.str("leader_name")
			phone, _ := p.str("leader_phone")
			return true, true, msgf("readiness.team_named.group_leader_phone", "name", name, "phone", phone)
		}},
	yesItem("staff_screened", "staff_screened", Critical),
	{id: "returnees_quarantined", level: Critical, title: msg("readiness.returnees_quarantined.title"),
		action: msg("readiness.returnees_quarantined.action"),
		check: func(p *probe, q Quantities) (bool, bool, Text) {
			n, applies := appliesWhenPositive(p, "returnees_mid_high_risk")
			if !applies {
				return false, false, Text{}
			}
			c, _ := p.num("returnees_cleared")
			if c > n {
				return true, false, msgf("readiness.returnees_quarantined.cleared_exceeds_returnees_from", "c", fmtNum(c), "n", fmtNum(n))
			}
			if c == n {
				return true, true, txt("中、高风险地区返岗 "+fmtNum(n)+" 人，均已满 14 天医学观察", enPlural(n, "The 1 returnee from a medium/high-risk region has completed 14 days of medical observation", "All "+fmtNum(n)+" returnees from medium/high-risk regions have completed 14 days of medical observation"), "中・高リスク地域からの復帰者"+fmtNum(n)+"人、全員が14日間の医学的観察を終了", "중·고위험 지역 복귀자 "+fmtNum(n)+"명, 전원 14일 의학 관찰 완료")
			}
			away, _ := p.num("returnees_in_quarantine")
			onSite := n - c - away
			r := txt("中、高风险地区返岗 "+fmtNum(n)+" 人，已满 14 天医学观察 "+fmtNum(c)+" 人，尚在隔离、未到岗 "+fmtNum(away)+" 人",
				fmtNum(n)+enPlural(n, " returnee", " returnees")+" from medium/high-risk regions: "+fmtNum(c)+" have completed 14 days of medical observation, "+fmtNum(away)+" are still in quarantine and away from work",
				"中・高リスク地域からの復帰者"+fmtNum(n)+"人、うち14日間の医学的観察の終了者"+fmtNum(c)+"人、隔離中で出勤していない者"+fmtNum(away)+"人",
				"중·고위험 지역 복귀자 "+fmtNum(n)+"명, 14일 의학 관찰 완료 "+fmtNum(c)+"명, 격리 중·미출근 "+fmtNum(away)+"명")
			if onSite > 0 {
				r = join(Text{}, r, msgf("readiness.returnees_quarantined.further_whose_quarantine_has", "on_site", fmtNum(onSite)))
				if q.QuarantineEnds != "" {
					d := dayText(q.QuarantineEnds)
					r = join(Text{}, r, msgf("readiness.returnees_quarantined.last_quarantine_ending", "d", d))
				}
			}
			return true, onSite <= 0 && len(p.missing) == 0, r
		}},
	{id: "active_cases", level: Critical, title: msg("readiness.active_cases.title"),
		action: msg("readiness.active_cases.action"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			n, applies := appliesWhenPositive(p, "staff_in_treatment")
			if !applies {
				return false, false, Text{}
			}
			ok, _ := p.yes("cdc_cleared")
			if ok {
				return true, true, txt("感染治疗人员 "+fmtNum(n)+" 人，属地疾病预防控制机构已同意复工", fmtNum(n)+enPlural(n, " employee", " employees")+" under treatment; the local centre for disease control has agreed to the resumption", "感染治療中の者"+fmtNum(n)+"人、所在地の疾病予防管理センターが操業再開に同意済み", "감염 치료 인원 "+fmtNum(n)+"명, 관할 질병예방통제센터가 업무 재개에 동의함")
			}
			return true, false, txt("感染治疗人员 "+fmtNum(n)+" 人，尚未经属地疾病预防控制机构同意复工", fmtNum(n)+enPlural(n, " employee", " employees")+" under treatment; the local centre for disease control has not yet agreed to the resumption", "感染治療中の者"+fmtNum(n)+"人、所在地の疾病予防管理センターの同意が未取得", "감염 치료 인원 "+fmtNum(n)+"명, 관할 질병예방통제센터의 업무 재개 동의 미취득")
		}},
	{id: "isolation_room", level: Critical, title: msg("readiness.isolation_room.title"),
		action: msg("readiness.isolation_room.action"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			n, _ := p.num("isolation_rooms")
			return true, n >= 1, txt("临时隔离观察室 "+fmtNum(n)+" 间", fmtNum(n)+enPlural(n, " isolation room", " isolation rooms"), "臨時隔離観察室"+fmtNum(n)+"室", "임시 격리 관찰실 "+fmtNum(n)+"실")
		}},
	{id: "supplies_14d", level: Critical, title: msg("readiness.supplies_14d.title"),
		action: msg("readiness.supplies_14d.action"),
		check: func(p *probe, q Quantities) (bool, bool, Text) {
			masks, okM := p.num("masks_in_stock")
			p.num("employees_total")
			thermo, okT := p.num("thermometers")
			gates, okG := p.num("entrances")
			dis, _ := p.yes("disinfectant_stock")
			var parts []Text
			met := dis
			if okG && gates < 1 {
				met = false
				parts = append(parts, msg("readiness.supplies_14d.no_entrance_use_at"))
			}
			if okM && q.MasksNeeded14d != nil {
				need := float64(*q.MasksNeeded14d)
				if masks >= need {
					parts = append(parts, msgf("readiness.supplies_14d.masks_required_14_days", "masks", fmtNum(masks), "need", fmtNum(need)))
				} else {
					met = false
					parts = append(parts, msgf("readiness.supplies_14d.masks_required_14_days2", "masks", fmtNum(masks), "need", fmtNum(need), "need_masks", fmtNum(need-masks)))
				}
			}
			if okT && okG && gates >= 1 {
				if thermo >= gates {
					parts = append(parts, txt("测温仪 "+fmtNum(thermo)+" 个 ≥ 出入口 "+fmtNum(gates)+" 个", fmtNum(thermo)+enPlural(thermo, " thermometer", " thermometers")+" ≥ "+fmtNum(gates)+enPlural(gates, " entrance", " entrances"), "体温計"+fmtNum(thermo)+"台 ≥ 出入口"+fmtNum(gates)+"か所", "체온계 "+fmtNum(thermo)+"대 ≥ 출입구 "+fmtNum(gates)+"곳"))
				} else {
					met = false
					parts = append(parts, txt("测温仪 "+fmtNum(thermo)+" 个少于出入口 "+fmtNum(gates)+" 个", fmtNum(thermo)+enPlural(thermo, " thermometer", " thermometers")+" for "+fmtNum(gates)+enPlural(gates, " entrance", " entrances"), "体温計"+fmtNum(thermo)+"台で、出入口"+fmtNum(gates)+"か所に満たない", "체온계 "+fmtNum(thermo)+"대로 출입구 "+fmtNum(gates)+"곳보다 적음"))
				}
			}
			if dis {
				parts = append(parts, msg("readiness.supplies_14d.disinfection_supplies_sufficient"))
			} else {
				parts = append(parts, msg("readiness.supplies_14d.disinfection_supplies_insufficient"))
			}
			return true, met, join(msg("punct.semicolon"), parts...)
		}},
	yesItem("predisinfection", "predisinfection", Required),
	{id: "entry_control", level: Required, title: msg("readiness.entry_control.title"),
		action: msg("readiness.entry_control.action"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			named, _ := p.yes("entrance_staff_named")
			gates, _ := p.num("entrances")
			switch {
			case gates < 1:
				return true, false, msg("readiness.entry_control.no_entrance_use_control")
			case !named:
				return true, false, txt("出入口 "+fmtNum(gates)+" 个，尚无专人值守", fmtNum(gates)+enPlural(gates, " entrance", " entrances")+" without a designated attendant", "出入口"+fmtNum(gates)+"か所、専任の担当者は未配置", "출입구 "+fmtNum(gates)+"곳, 전담 근무자 미배치")
			}
			return true, true, txt("出入口 "+fmtNum(gates)+" 个，均有专人值守", fmtNum(gates)+enPlural(gates, " entrance", " entrances")+", each with a designated attendant", "出入口"+fmtNum(gates)+"か所、すべてに専任の担当者を配置", "출입구 "+fmtNum(gates)+"곳, 모두 전담 근무자 배치")
		}},
	{id: "ventilation", level: Required, title: msg("readiness.ventilation.title"),
		action: msg("readiness.ventilation.action"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			v, _ := p.str("ventilation")
			c, _ := questionByID["ventilation"].choice(v)
			return true, v == "natural" || v == "fresh_air", join(Text{}, msg("readiness.ventilation.ventilation_method"), c.Label)
		}},
	{id: "canteen", level: Required, title: msg("readiness.canteen.title"),
		action: msg("readiness.canteen.action"),
		check: func(p *probe, q Quantities) (bool, bool, Text) {
			if !appliesWhenYes(p, "has_canteen") {
				return false, false, Text{}
			}
			ok, _ := p.yes("canteen_measures")
			r := msg("readiness.canteen.staggered_or_individually_served")
			if !ok {
				r = msg("readiness.canteen.no_staggered_or_individually")
			}
			if q.CanteenSittings != nil {
				r = join(Text{}, r, txt("；1 米间距下需分 "+fmtNum(float64(*q.CanteenSittings))+" 批就餐",
					"; at 1 m spacing, meals require "+fmtNum(float64(*q.CanteenSittings))+enPlural(float64(*q.CanteenSittings), " sitting", " sittings"),
					"。1メートル間隔では"+fmtNum(float64(*q.CanteenSittings))+"回に分けて食事をとる必要がある", "; 1미터 간격 시 "+fmtNum(float64(*q.CanteenSittings))+"회로 나누어 식사 필요"))
			}
			return true, ok, r
		}},
	{id: "dormitory", level: Required, title: msg("readiness.dormitory.title"),
		action: msg("readiness.dormitory.action"),
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
			r := txt("住宿 "+fmtNum(res)+" 人，每间 "+fmtNum(per)+" 人，人均 "+fmtNum(sq)+" 平方米",
				fmtNum(res)+enPlural(res, " resident", " residents")+", "+fmtNum(per)+" per room, "+fmtNum(sq)+" m² per person",
				"入居者"+fmtNum(res)+"人、1室当たり"+fmtNum(per)+"人、1人当たり"+fmtNum(sq)+" m²", "입주 "+fmtNum(res)+"명, 1실당 "+fmtNum(per)+"명, 1인당 "+fmtNum(sq)+" m²")
			return true, per <= DormMaxPerRoom && sq >= DormMinAreaPerPerson, r
		}},
	{id: "commute", level: Required, title: msg("readiness.commute.title"),
		action: msg("readiness.commute.action"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			n, applies := appliesWhenPositive(p, "shuttle_buses")
			if !applies {
				return false, false, Text{}
			}
			ok, _ := p.yes("shuttle_measures")
			if ok {
				return true, true, txt("班车 "+fmtNum(n)+" 辆已落实消毒、测温、戴口罩", fmtNum(n)+enPlural(n, " bus", " buses")+" with disinfection, temperature checks and masks in place", "通勤バス"+fmtNum(n)+"台で消毒、検温、マスク着用を実施済み", "통근 버스 "+fmtNum(n)+"대 소독·체온 측정·마스크 착용 시행")
			}
			return true, false, txt("班车 "+fmtNum(n)+" 辆尚未落实防控措施", fmtNum(n)+enPlural(n, " bus", " buses")+" without prevention measures", "通勤バス"+fmtNum(n)+"台で感染防止措置が未実施", "통근 버스 "+fmtNum(n)+"대 방역 조치 미시행")
		}},
	yesItem("training", "training_done", Recommended),
	{id: "multilingual_notices", level: Recommended, title: msg("readiness.multilingual_notices.title"),
		action: msg("readiness.multilingual_notices.action"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			n, applies := appliesWhenPositive(p, "foreign_staff")
			if !applies {
				return false, false, Text{}
			}
			ok, _ := p.yes("multilingual_notices")
			if ok {
				return true, true, msgf("readiness.multilingual_notices.foreign_employees_multilingual_notices", "n", fmtNum(n))
			}
			return true, false, msgf("readiness.multilingual_notices.foreign_employees_no_multilingual", "n", fmtNum(n))
		}},
	yesItem("mask_bins", "mask_bins", Recommended),
}
