package documents

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
	return []Block{para(b.t(msgf("plan.staff.staff_intro.total_employees_maximum_staff", "total", total, "peak", peak, "foreign", foreign)) +
		b.choose("staff_screened", b.t(msg("plan.staff.staff_screened.screening_all_employees_has")),
			b.t(msg("plan.staff.staff_screened.screening_all_employees_has2"))))}
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
	sum := b.tbdText(msg("plan.staff.staff_classes.total_once_every_class"))
	if complete {
		sum = b.qty(total, uPeople)
	}
	emp := b.count("employees_total", uPeople)
	rows = append(rows, []string{b.t(msg("plan.staff.staff_classes.total")), sum, b.t(msg("plan.staff.staff_classes.employees")) + emp})
	return []Block{table([]string{b.t(msg("plan.staff.staff_classes.class")), b.t(msg("plan.staff.staff_classes.people")), b.t(msg("plan.staff.staff_classes.management_requirements"))}, rows, 2, 1.2, 5)}
}

func (b *planBuilder) staffReturnees() []Block {
	q := b.q
	dash := "-"
	quarantineRule := b.t(msg("plan.staff.staff_returnees.14_days_medical_observation"))
	midHigh := b.t(msg("plan.staff.staff_returnees.medium_high_risk_regions"))
	to := b.t(msg("plan.staff.staff_returnees.text"))
	low := []string{b.t(msg("plan.staff.staff_returnees.low_risk_regions")), b.count("returnees_low_risk", uPeople), dash,
		b.t(msg("plan.staff.staff_returnees.not_required")), b.t(msg("plan.staff.staff_returnees.may_work_if_temperature"))}
	if _, ok := b.num("returnees_low_risk"); !ok {
		low[1] = b.t(msg("plan.staff.staff_returnees.not_given_optional"))
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
			returned = b.tbdText(msg("plan.staff.staff_returnees.latest_return_date"))
		} else if first != "" && first != last {
			returned = b.day(first) + to + b.day(last)
		}
		ends := b.day(q.QuarantineEnds)
		if q.QuarantineEnds == "" {
			ends = b.tbdText(msg("plan.staff.staff_returnees.calculated_from_latest_return"))
		} else if q.FirstQuarantineEnds != "" && q.FirstQuarantineEnds != q.QuarantineEnds {
			ends = b.day(q.FirstQuarantineEnds) + to + b.day(q.QuarantineEnds)
		}
		rows = append(rows, []string{b.t(msg("plan.staff.staff_returnees.medium_high_risk_regions2")),
			b.qty(mid, uPeople), returned, ends, quarantineRule})
		if h, ok := b.num("returnees_high_risk"); ok {
			same := b.t(msg("plan.staff.staff_returnees.as_above"))
			rows = append(rows, []string{b.t(msg("plan.staff.staff_returnees.whom_from_high_risk")), b.qty(h, uPeople), same, same,
				b.t(msg("plan.staff.staff_returnees.central_quarantine_may_work"))})
		}
	}
	blocks := []Block{table([]string{b.t(msg("plan.staff.staff_returnees.region_origin")), b.t(msg("plan.staff.staff_returnees.people")),
		b.t(msg("plan.staff.staff_returnees.return_date")), b.t(msg("plan.staff.staff_returnees.end_14_day_quarantine")),
		b.t(msg("plan.staff.staff_returnees.conditions_work"))},
		rows, 2, 1, 2.5, 2.5, 3)}
	if ok && mid > 0 {
		cleared := b.count("returnees_cleared", uPeople)
		still := b.tbdText(msg("plan.staff.staff_returnees.number_still_quarantine"))
		if q.ReturneesInQuarantine != nil {
			still = b.iqty(q.ReturneesInQuarantine, uPeople)
		}
		blocks = append(blocks, para(b.t(msgf("plan.staff.staff_returnees.text.returnees_from_medium_high", "cleared", cleared, "still", still))))
		if s := b.quarantineEndsSentence(); s != "" {
			blocks = append(blocks, para(s))
		}
	}
	return blocks
}
