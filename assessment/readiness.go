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
				return true, true, msgf("readiness.returnees_quarantined.all_cleared", "n", fmtNum(n))
			}
			away, _ := p.num("returnees_in_quarantine")
			onSite := n - c - away
			r := msgf("readiness.returnees_quarantined.n_returnee_returnees_from", "n", fmtNum(n), "c", fmtNum(c), "away", fmtNum(away))
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
				return true, true, msgf("readiness.active_cases.cdc_agreed", "n", fmtNum(n))
			}
			return true, false, msgf("readiness.active_cases.cdc_not_agreed", "n", fmtNum(n))
		}},
	{id: "isolation_room", level: Critical, title: msg("readiness.isolation_room.title"),
		action: msg("readiness.isolation_room.action"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			n, _ := p.num("isolation_rooms")
			return true, n >= 1, msgf("readiness.isolation_room.n_isolation_room_isolation", "n", fmtNum(n))
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
					parts = append(parts, msgf("readiness.supplies_14d.masks_enough", "masks", fmtNum(masks), "need", fmtNum(need)))
				} else {
					met = false
					parts = append(parts, msgf("readiness.supplies_14d.masks_short", "masks", fmtNum(masks), "need", fmtNum(need), "need_masks", fmtNum(need-masks)))
				}
			}
			if okT && okG && gates >= 1 {
				if thermo >= gates {
					parts = append(parts, msgf("readiness.supplies_14d.thermometers_enough", "thermo", fmtNum(thermo), "gates", fmtNum(gates)))
				} else {
					met = false
					parts = append(parts, msgf("readiness.supplies_14d.thermometers_short", "thermo", fmtNum(thermo), "gates", fmtNum(gates)))
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
				return true, false, msgf("readiness.entry_control.gates_entrance_entrances_without", "gates", fmtNum(gates))
			}
			return true, true, msgf("readiness.entry_control.gates_entrance_entrances_each", "gates", fmtNum(gates))
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
				r = join(Text{}, r, msgf("readiness.canteen.at_1_m_spacing", "v", fmtNum(float64(*q.CanteenSittings))))
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
			r := msgf("readiness.dormitory.res_resident_residents_per", "res", fmtNum(res), "per", fmtNum(per), "sq", fmtNum(sq))
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
				return true, true, msgf("readiness.commute.n_bus_buses_with", "n", fmtNum(n))
			}
			return true, false, msgf("readiness.commute.n_bus_buses_without", "n", fmtNum(n))
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
