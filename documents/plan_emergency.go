package documents

import "fugong/assessment"

// emergencySections is the emergency plan (突发疫情应急预案) in the nine
// parts guidance required.
var emergencySections = []sectionDef{
	{id: "emergency", title: msg("plan.emergency.title"), level: 1, newPage: true, numbered: true, editable: true,
		build: (*planBuilder).emIntro},
	{id: "emergency.general", title: msg("plan.emergency.general.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emGeneral},
	{id: "emergency.risk", title: msg("plan.emergency.risk.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emRisk},
	{id: "emergency.levels", title: msg("plan.emergency.levels.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emLevels},
	{id: "emergency.organization", title: msg("plan.emergency.organization.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emOrganization},
	{id: "emergency.warning", title: msg("plan.emergency.warning.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emWarning},
	{id: "emergency.preparation", title: msg("plan.emergency.preparation.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emPreparation},
	{id: "emergency.response", title: msg("plan.emergency.response.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emResponse},
	{id: "emergency.aftermath", title: msg("plan.emergency.aftermath.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emAftermath},
	{id: "emergency.management", title: msg("plan.emergency.management.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emManagement},
}

func (b *planBuilder) emIntro() []Block {
	return []Block{para(b.t(msg("plan.emergency.em_intro.text")))}
}

func (b *planBuilder) emGeneral() []Block {
	scope := b.t(msg("plan.emergency.em_general.enterprise_premises"))
	if addr := b.str("address"); addr != "" {
		scope += b.t(msgf("plan.emergency.em_general.text", "addr", addr))
	}
	park := b.parkName()
	return []Block{list(
		b.t(msg("plan.emergency.em_general.items")),
		b.t(msgf("plan.emergency.em_general.basis_law_people_republic", "park", park)),
		b.t(msgf("plan.emergency.em_general.scope_emergency_response_where", "scope", scope)),
		b.t(msg("plan.emergency.em_general.principles_prevention_first_people")),
	)}
}

func (b *planBuilder) emRisk() []Block {
	var risks []string
	if peak, ok := b.num("peak_shift_workers"); ok {
		pk := assessment.FormatNumber(peak)
		r := b.t(msgf("plan.emergency.em_risk.concentration_people_up_staff", "pk", pk))
		if b.q.AreaPerWorker != nil {
			a := assessment.FormatNumber(*b.q.AreaPerWorker)
			r += b.t(msgf("plan.emergency.em_risk.m_per_person", "a", a))
		}
		risks = append(risks, r+b.t(msg("plan.emergency.em_risk.contact_between_people_frequent")))
	} else {
		risks = append(risks, b.t(msg("plan.emergency.em_risk.concentration_people_contact_between")))
	}
	if b.positive("returnees_mid_high_risk") {
		n, _ := b.num("returnees_mid_high_risk")
		k := assessment.FormatNumber(n)
		r := b.t(msgf("plan.emergency.em_risk.returnees_from_medium_high", "k", k))
		if b.q.ReturneesInQuarantine != nil {
			sk := assessment.FormatNumber(float64(*b.q.ReturneesInQuarantine))
			r += b.t(msgf("plan.emergency.em_risk.whom_have_not_completed", "sk", sk))
		}
		risks = append(risks, r+b.t(msg("punct.full_stop")))
	} else {
		risks = append(risks, b.t(msg("plan.emergency.em_risk.returnees_employees_returning_from")))
	}
	if b.hasCanteen() {
		risks = append(risks, b.t(msg("plan.emergency.em_risk.communal_dining_masks_are")))
	}
	if b.hasDorm() {
		n, _ := b.num("dorm_residents")
		k := assessment.FormatNumber(n)
		risks = append(risks, b.t(msgf("plan.emergency.em_risk.communal_housing_employees_live", "k", k)))
	}
	if b.hasShuttle() {
		risks = append(risks, b.t(msg("plan.emergency.em_risk.shuttle_bus_commuting_vehicles")))
	}
	if b.hasForeign() {
		risks = append(risks, b.t(msg("plan.emergency.em_risk.foreign_employees_prevention_information")))
	}
	risks = append(risks, b.t(msg("plan.emergency.em_risk.visitors_logistics_contact_arising")))
	return []Block{list(risks...)}
}

func (b *planBuilder) emLevels() []Block {
	return []Block{table(
		[]string{b.t(msg("plan.emergency.em_levels.level")), b.t(msg("plan.emergency.em_levels.situation")), b.t(msg("plan.emergency.em_levels.response"))},
		[][]string{
			{b.t(msg("plan.emergency.em_levels.level_3")), b.t(msg("plan.emergency.em_levels.person_with_temperature_37")),
				b.t(msg("plan.emergency.em_levels.isolation_observation_referral_hospital"))},
			{b.t(msg("plan.emergency.em_levels.level_2")), b.t(msg("plan.emergency.em_levels.suspected_case_occurs_or")),
				b.t(msg("plan.emergency.em_levels.activation_emergency_response_suspension"))},
			{b.t(msg("plan.emergency.em_levels.level_1")), b.t(msg("plan.emergency.em_levels.confirmed_case_occurs")),
				b.t(msg("plan.emergency.em_levels.full_cooperation_with_disease"))},
		}, 1, 4, 4)}
}

// emergencyRoles are the prevention team's duties in an emergency.
var emergencyRoles = roles("plan.emergency", "leader_name", "temperature_officer", "disinfection_officer", "supplies_officer", "reporting_officer")

func (b *planBuilder) emOrganization() []Block {
	return []Block{
		para(b.t(msg("plan.emergency.em_organization.text"))),
		b.roster(emergencyRoles, msg("plan.emergency.em_organization.role"), msg("plan.emergency.em_organization.duties")),
	}
}

func (b *planBuilder) emWarning() []Block {
	rep := b.who("reporting_officer", roleReporting)
	park := b.parkName()
	return []Block{list(
		b.t(msg("plan.emergency.em_warning.items")),
		b.t(msg("plan.emergency.em_warning.local_epidemic_bulletins_changes")),
		b.t(msg("plan.emergency.em_warning.any_person_aware_abnormal")),
		b.t(msgf("plan.emergency.em_warning.reporting_officer_shall_report", "rep", rep, "park", park)),
	)}
}

func (b *planBuilder) emPreparation() []Block {
	iso := b.count("isolation_rooms", uRooms)
	if n, ok := b.num("isolation_rooms"); ok && n < 1 {
		iso = b.must("isolation_room", msg("plan.emergency.must.isolation_room"))
	}
	hospital := b.str("designated_hospital")
	if hospital == "" {
		hospital = b.tbdText(msg("plan.emergency.em_preparation.nearest_fever_clinic_or"))
	}
	vehicle := b.str("emergency_vehicle")
	if vehicle == "" {
		vehicle = b.tbdText(msg("plan.emergency.em_preparation.emergency_vehicle"))
	}
	masks, thermo := b.count("masks_in_stock", uMasks), b.count("thermometers", uThermo)
	dis := b.choose("disinfectant_stock", b.t(msg("plan.emergency.disinfectant_stock.sufficient_stock")), b.t(msg("plan.emergency.disinfectant_stock.replenished")))
	rows := [][]string{
		{b.t(msg("plan.emergency.em_preparation.temporary_isolation_rooms")), iso},
		{b.t(msg("plan.emergency.em_preparation.emergency_supplies")),
			b.t(msgf("plan.emergency.em_preparation.masks_thermometers_disinfection_supplies", "masks", masks, "thermo", thermo, "dis", dis))},
		{b.t(msg("plan.emergency.em_preparation.designated_hospital")), hospital},
		{b.t(msg("plan.emergency.em_preparation.emergency_vehicle2")), vehicle + b.t(msg("plan.emergency.em_preparation.used_transfer_hospital_only"))},
		{b.t(msg("plan.emergency.em_preparation.emergency_health_hotlines")),
			b.t(msg("plan.emergency.em_preparation.ambulance_120_health_hotline"))},
	}
	if h := b.str("symptom_hotline"); h != "" {
		rows = append(rows, []string{b.t(msg("plan.emergency.em_preparation.hotline_suspected_symptoms")), h})
	}
	if h := b.str("cdc_phone"); h != "" {
		rows = append(rows, []string{b.t(msg("plan.emergency.em_preparation.local_centre_disease_control")), h})
	}
	if h := b.str("community_phone"); h != "" {
		rows = append(rows, []string{b.t(msg("plan.emergency.em_preparation.community_sub_district")), h})
	}
	if park := b.parkContact(); park != "" {
		rows = append(rows, []string{b.t(msg("plan.emergency.em_preparation.park_contact")), park})
	}
	return []Block{table([]string{b.t(msg("plan.emergency.em_preparation.item")), b.t(msg("plan.emergency.em_preparation.arrangement"))}, rows, 1, 3)}
}

// parkContact is the park's contact person, phone and hotline, or "".
func (b *planBuilder) parkContact() string {
	p := b.a.Park
	var parts []string
	if p.Contact != "" {
		parts = append(parts, b.t(msg("plan.emergency.park_contact.contact_person"))+p.Contact)
	}
	if p.Phone != "" {
		parts = append(parts, b.t(msg("plan.emergency.park_contact.phone"))+p.Phone)
	}
	if p.Hotline != "" {
		parts = append(parts, b.t(msg("plan.emergency.park_contact.hotline"))+p.Hotline)
	}
	if len(parts) == 0 {
		return ""
	}
	s := b.parkName() + b.t(msg("punct.colon"))
	for i, part := range parts {
		if i > 0 {
			s += b.t(msg("punct.comma"))
		}
		s += part
	}
	return s
}

func (b *planBuilder) emResponse() []Block {
	hospital := b.str("designated_hospital")
	if hospital == "" {
		hospital = b.tbdText(msg("plan.emergency.em_response.designated_hospital"))
	}
	vehicle := b.t(msg("punct.open_paren")) + b.str("emergency_vehicle") + b.t(msg("punct.close_paren"))
	if b.str("emergency_vehicle") == "" {
		vehicle = b.tbdText(msg("plan.emergency.em_response.emergency_vehicle"))
	}
	l := b.leader()
	park := b.parkName()
	dis := b.who("disinfection_officer", roleDisinfection)
	return []Block{
		para(b.t(msg("plan.emergency.em_response.text"))),
		list(
			b.t(msgf("plan.emergency.em_response.items", "l", l, "park", park)),
			b.t(msg("plan.emergency.em_response.isolation_person_shall_put")),
			b.t(msgf("plan.emergency.em_response.transfer_hospital_call_emergency", "hospital", hospital, "vehicle", vehicle)),
			b.t(msg("plan.emergency.em_response.tracing_areas_person_has")),
			b.t(msgf("plan.emergency.em_response.disinfection_shall_organise_disinfection", "dis", dis)),
			b.t(msg("plan.emergency.em_response.observation_close_contacts_person")),
		),
		para(b.t(msg("plan.emergency.em_response.text.stage_2_suspected_or"))),
		list(
			b.t(msg("plan.emergency.em_response.items.cooperation_with_investigation_enterprise")),
			b.t(msg("plan.emergency.em_response.close_contacts_central_quarantine")),
			b.t(msg("plan.emergency.em_response.suspension_work_workshops_areas")),
			b.t(msg("plan.emergency.em_response.terminal_disinfection_premises_concerned")),
			b.t(msg("plan.emergency.em_response.information_employees_shall_informed")),
		),
		para(b.t(msg("plan.emergency.em_response.text.stage_3_outbreak_brought"))),
		list(
			b.t(msg("plan.emergency.em_response.items.no_new_case_has")),
			b.t(msgf("plan.emergency.em_response.after_assessment_approval_by", "park", park)),
			b.t(msg("plan.emergency.em_response.before_production_resumes_all")),
		),
	}
}

func (b *planBuilder) emAftermath() []Block {
	return []Block{list(
		b.t(msg("plan.emergency.em_aftermath.items")),
		b.t(msg("plan.emergency.em_aftermath.psychological_support_shall_offered")),
		b.t(msg("plan.emergency.em_aftermath.response_shall_reviewed_assessed")),
		b.t(msg("plan.emergency.em_aftermath.records_temperature_checks_disinfection")),
	)}
}

func (b *planBuilder) emManagement() []Block {
	return []Block{list(
		b.t(msg("plan.emergency.em_management.items")),
		b.t(msg("plan.emergency.em_management.supplies_funding_enterprise_bears")),
		b.t(msg("plan.emergency.em_management.drills_emergency_drill_report")),
		b.t(msg("plan.emergency.em_management.revision_this_plan_shall")),
		b.t(msg("plan.emergency.em_management.implementation_this_plan_shall")),
	)}
}
