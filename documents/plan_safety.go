package documents

import "fugong/assessment"

import "strconv"

// safetyChecks are the checklist's rows: what is checked and how.
var safetyChecks = [][2]assessment.Text{
	{msg("plan.safety.safety_checks.production_equipment"),
		msg("plan.safety.safety_checks.each_machine_idle_during")},
	{msg("plan.safety.safety_checks.electrical_wiring"),
		msg("plan.safety.safety_checks.distribution_equipment_insulation_residual")},
	{msg("plan.safety.safety_checks.fire_safety"),
		msg("plan.safety.safety_checks.fire_escape_routes_clear")},
	{msg("plan.safety.safety_checks.hazardous_chemicals"),
		msg("plan.safety.safety_checks.storage_use_locations_records")},
	{msg("plan.safety.safety_checks.special_equipment_special_operations"),
		msg("plan.safety.safety_checks.boilers_pressure_vessels_cranes")},
	{msg("plan.safety.safety_checks.safety_education_resumption"),
		msg("plan.safety.safety_checks.returning_staff_given_production")},
	{msg("plan.safety.safety_checks.emergency_readiness"),
		msg("plan.safety.safety_checks.production_safety_emergency_plan")},
}

// prevSafety is the production safety check before reopening
// (复工前安全生产检查): a checklist, ticked as a whole by the answer
// safety_check_done. The letter pledges 安全生产到位 only when it is.
func (b *planBuilder) prevSafety() []Block {
	done, answered := b.yes("safety_check_done")
	status := b.t(msg("plan.safety.prev_safety.inspected"))
	p := b.t(msg("plan.safety.prev_safety.production_safety_inspection_before"))
	switch {
	case !answered:
		p = b.t(msg("plan.safety.prev_safety.production_safety_inspection_before2")) + b.tbdText(assessment.Label("safety_check_done")) + b.t(msg("punct.full_stop"))
	case done:
		status = b.t(msg("plan.safety.prev_safety.inspected_passed"))
		p = b.t(msg("plan.safety.prev_safety.production_safety_inspection_before3"))
	}
	var rows [][]string
	for i, c := range safetyChecks {
		rows = append(rows, []string{strconv.Itoa(i + 1), b.t(c[0]), b.t(c[1]), status})
	}
	return []Block{para(p), table([]string{b.t(msg("plan.safety.prev_safety.no")), b.t(msg("plan.safety.prev_safety.item")),
		b.t(msg("plan.safety.prev_safety.scope_inspection")), b.t(msg("plan.safety.prev_safety.result"))}, rows, 0.6, 2, 5, 1.6)}
}

// cdcPhone writes the local CDC's phone in parentheses, or "".
func (b *planBuilder) cdcPhone() string {
	return b.phoneNote("cdc_phone")
}

// communityPhone writes the community's phone in parentheses, or "".
func (b *planBuilder) communityPhone() string {
	return b.phoneNote("community_phone")
}

// phoneNote writes the phone answer id as "（电话 …）", or "".
func (b *planBuilder) phoneNote(id string) string {
	h := b.str(id)
	if h == "" {
		return ""
	}
	return b.t(msgf("plan.safety.phone_note.phone", "h", h))
}

// sittingsWarning says, when feeding the largest shift at 1 m spacing
// takes more than MaxCanteenSittings sittings, that sittings alone are
// unworkable and what to do instead; "" otherwise.
func (b *planBuilder) sittingsWarning() string {
	n := b.q.CanteenSittings
	if n == nil || *n <= assessment.MaxCanteenSittings {
		return ""
	}
	k := strconv.Itoa(*n)
	return b.t(msgf("plan.safety.sittings_warning.sittings_cannot_completed_within", "k", k))
}
