package documents

import "fugong/assessment"

// preventionSections is the prevention plan (疫情防控方案): the sections
// national and local guidance required, each filled with the enterprise's
// people and numbers. The canteen, dormitory and commute sections appear
// only when the enterprise has them.
var preventionSections = []sectionDef{
	{id: "prevention", title: msg("plan.prevention.title"), level: 1, newPage: true, numbered: true, editable: true,
		build: (*planBuilder).prevIntro},
	{id: "prevention.organization", title: msg("plan.prevention.organization.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevOrganization},
	{id: "prevention.screening", title: msg("plan.prevention.screening.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevScreening},
	{id: "prevention.health", title: msg("plan.prevention.health.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevHealth},
	{id: "prevention.entry", title: msg("plan.prevention.entry.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevEntry},
	{id: "prevention.workplace", title: msg("plan.prevention.workplace.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevWorkplace},
	{id: "prevention.disinfection", title: msg("plan.prevention.disinfection.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevDisinfection},
	{id: "prevention.canteen", title: msg("plan.prevention.canteen.title"), level: 2, numbered: true, editable: true,
		applies: (*planBuilder).hasCanteen, build: (*planBuilder).prevCanteen},
	{id: "prevention.dormitory", title: msg("plan.prevention.dormitory.title"), level: 2, numbered: true, editable: true,
		applies: (*planBuilder).hasDorm, build: (*planBuilder).prevDormitory},
	{id: "prevention.commute", title: msg("plan.prevention.commute.title"), level: 2, numbered: true, editable: true,
		applies: (*planBuilder).hasShuttle, build: (*planBuilder).prevCommute},
	{id: "prevention.supplies", title: msg("plan.prevention.supplies.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevSupplies},
	{id: "prevention.medical", title: msg("plan.prevention.medical.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevMedical},
	{id: "prevention.isolation", title: msg("plan.prevention.isolation.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevIsolation},
	{id: "prevention.safety", title: msg("plan.prevention.safety.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevSafety},
	{id: "prevention.training", title: msg("plan.prevention.training.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).prevTraining},
}

// The sections that depend on the enterprise's facilities apply only when
// it said it has them; an unanswered question adds no section.
func (b *planBuilder) hasCanteen() bool { c, _ := b.yes("has_canteen"); return c }
func (b *planBuilder) hasDorm() bool    { return b.positive("dorm_residents") }
func (b *planBuilder) hasShuttle() bool { return b.positive("shuttle_buses") }
func (b *planBuilder) hasForeign() bool { return b.positive("foreign_staff") }

// places lists the enterprise's places to disinfect.
func (b *planBuilder) places() string {
	s := b.t(msg("plan.prevention.places.workshops_offices_meeting_rooms"))
	if b.hasCanteen() {
		s += b.t(msg("plan.prevention.places.canteen"))
	}
	if b.hasDorm() {
		s += b.t(msg("plan.prevention.places.dormitories"))
	}
	if b.hasShuttle() {
		s += b.t(msg("plan.prevention.places.shuttle_buses"))
	}
	return s + b.t(msg("plan.prevention.places.toilets_lifts"))
}

func (b *planBuilder) prevIntro() []Block {
	who := b.enterprise()
	var facts []string
	if n, ok := b.num("employees_total"); ok {
		facts = append(facts, b.t(msgf("plan.prevention.prev_intro.employees", "n", assessment.FormatNumber(n))))
	}
	if p := b.str("main_products"); p != "" {
		facts = append(facts, b.t(msgf("plan.prevention.prev_intro.main_products", "p", p)))
	}
	f := ""
	for i, x := range facts {
		if i > 0 {
			f += b.t(msg("punct.comma"))
		}
		f += x
	}
	if f != "" {
		f = b.t(msgf("plan.prevention.prev_intro.text", "f", f))
	}
	return []Block{para(b.t(msgf("plan.prevention.prev_intro.text.order_prevent_control_covid", "who", who, "f", f)))}
}

// roleRow is one task of the prevention team: the answer naming who does
// it, the task and its duties.
type roleRow struct {
	id         string
	role, duty assessment.Text
}

// officerRoles are the prevention team's tasks, with who does them.
var officerRoles = roles("plan.prevention", "leader_name", "temperature_officer",
	"disinfection_officer", "supplies_officer", "reporting_officer", "contact_name")

// roles are the rows of the officers named by ids, the task and duties of
// each the catalogs' <prefix>.<id>.role and .duty.
func roles(prefix string, ids ...string) []roleRow {
	rows := make([]roleRow, len(ids))
	for i, id := range ids {
		rows[i] = roleRow{id, msg(prefix + "." + id + ".role"), msg(prefix + "." + id + ".duty")}
	}
	return rows
}

// roster is a table of the named people for roles: task, person, phone,
// duties.
func (b *planBuilder) roster(roles []roleRow, taskHeader, dutyHeader assessment.Text) Block {
	var rows [][]string
	for _, r := range roles {
		o := b.person(r.id)
		name, ph := o.name, o.phone
		if name == "" {
			name = b.tbdText(msg("plan.prevention.roster.person"))
		}
		if ph == "" {
			ph = b.tbdText(msg("plan.prevention.roster.phone"))
		}
		rows = append(rows, []string{b.t(r.role), name, ph, b.t(r.duty)})
	}
	return table([]string{b.t(taskHeader), b.t(msg("plan.prevention.roster.person2")), b.t(msg("plan.prevention.roster.phone2")), b.t(dutyHeader)}, rows, 2, 1.5, 2, 4)
}

func (b *planBuilder) prevOrganization() []Block {
	l := b.person("leader_name")
	phone := l.phone
	if phone == "" {
		phone = b.tbdText(msg("plan.prevention.prev_organization.group_leader_phone"))
	}
	first := b.t(msg("plan.prevention.prev_organization.legal_representative_principal_person"))
	if rep := b.str("legal_rep"); rep != "" {
		first = b.t(msgf("plan.prevention.prev_organization.legal_representative_bears_first", "rep", rep))
	}
	var intro string
	if l.name != "" {
		intro = first + b.t(msgf("plan.prevention.prev_organization.epidemic_prevention_leading_group", "name", l.name, "phone", phone))
	} else {
		t := b.tbdText(msg("plan.prevention.prev_organization.group_leader_name_phone"))
		intro = first + b.t(msgf("plan.prevention.prev_organization.epidemic_prevention_leading_group2", "t", t))
	}
	intro += b.must("team_named", msg("plan.prevention.must.team_named"))
	return []Block{
		para(intro),
		b.roster(officerRoles, msg("plan.prevention.prev_organization.task"), msg("plan.prevention.prev_organization.duties")),
		para(b.t(msg("plan.prevention.prev_organization.text"))),
	}
}

func (b *planBuilder) prevScreening() []Block {
	var intro string
	if n, ok := b.num("employees_total"); ok {
		k := assessment.FormatNumber(n)
		intro = b.t(msgf("plan.prevention.prev_screening.all_employees_total", "k", k))
	} else {
		intro = b.t(msg("plan.prevention.prev_screening.all_employees"))
	}
	intro += b.t(msg("plan.prevention.prev_screening.are_screened_individually_their"))
	intro += b.choose("staff_screened", b.t(msg("plan.prevention.staff_screened.screening_all_employees_has")),
		b.must("staff_screened", msg("plan.prevention.must.staff_screened")))

	var low string
	if n, ok := b.num("returnees_low_risk"); ok {
		k := assessment.FormatNumber(n)
		low = b.t(msgf("plan.prevention.prev_screening.returnees_from_low_risk", "k", k))
	} else {
		low = b.t(msg("plan.prevention.prev_screening.returnees_from_low_risk2"))
	}
	low += b.t(msg("plan.prevention.prev_screening.may_work_normally_if"))

	normal, ordinary := b.count("staff_normal", uPeople), b.count("staff_ordinary_isolation", uPeople)
	key, treated := b.count("staff_key_isolation", uPeople), b.count("staff_in_treatment", uPeople)
	intro += b.screeningMust()
	return []Block{
		para(intro),
		para(b.t(msg("plan.prevention.prev_screening.text"))),
		list(low, b.midHighReturnees(),
			b.t(msg("plan.prevention.prev_screening.arrivals_from_abroad_shall")),
			b.t(msgf("plan.prevention.prev_screening.no_person_quarantine_may", "community_phone", b.communityPhone()))),
		para(b.batchReturn()),
		para(b.t(msgf("plan.prevention.prev_screening.text.staff_are_recorded_managed", "normal", normal, "ordinary", ordinary, "key", key, "treated", treated))),
	}
}

// quarantineRule is the rule for returnees from medium- and high-risk
// regions: the 14 days always, a negative test never alone.
var quarantineRule = msg("plan.prevention.quarantine_rule")

// midHighReturnees describes the returnees from medium- and high-risk
// regions and their quarantine.
func (b *planBuilder) midHighReturnees() string {
	n, ok := b.num("returnees_mid_high_risk")
	switch {
	case !ok:
		t := b.tbdText(msg("plan.prevention.mid_high_returnees.number"))
		return b.t(msgf("plan.prevention.mid_high_returnees.returnees_from_medium_high", "t", t, "quarantine_rule", b.t(quarantineRule)))
	case n == 0:
		return b.t(msgf("plan.prevention.mid_high_returnees.at_present_there_are", "quarantine_rule", b.t(quarantineRule)))
	}
	k := assessment.FormatNumber(n)
	var parts []string
	head := b.t(msgf("plan.prevention.mid_high_returnees.head", "k", k))
	if h, ok := b.num("returnees_high_risk"); ok {
		hk := assessment.FormatNumber(h)
		head += b.t(msgf("plan.prevention.mid_high_returnees.whom_from_high_risk", "hk", hk))
	}
	parts = append(parts, head+b.t(msg("punct.colon_or_space"))+b.t(quarantineRule))
	q := b.q
	if ends := b.quarantineEndsClause(); ends != "" {
		parts = append(parts, ends)
	} else {
		if first := b.str("returnees_first_return"); first != "" && q.FirstQuarantineEnds != "" {
			f, e := b.day(first), b.day(q.FirstQuarantineEnds)
			parts = append(parts, b.t(msgf("plan.prevention.mid_high_returnees.earliest_returned_quarantine_until", "f", f, "e", e)))
		}
		if last := b.str("returnees_last_return"); last != "" && q.QuarantineEnds != "" {
			l, e := b.day(last), b.day(q.QuarantineEnds)
			parts = append(parts, b.t(msgf("plan.prevention.mid_high_returnees.latest_returned_all_quarantine", "l", l, "e", e)))
		} else {
			t := b.tbdText(msg("plan.prevention.mid_high_returnees.latest_return_date"))
			parts = append(parts, b.t(msgf("plan.prevention.mid_high_returnees.all_quarantine_periods_end", "t", t)))
		}
	}
	if c, ok := b.num("returnees_cleared"); ok && q.ReturneesInQuarantine != nil {
		ck, sk := assessment.FormatNumber(c), assessment.FormatNumber(float64(*q.ReturneesInQuarantine))
		parts = append(parts, b.t(msgf("plan.prevention.mid_high_returnees.have_completed_14_days", "ck", ck, "sk", sk)))
		if away, ok := b.num("returnees_in_quarantine"); ok && *q.ReturneesInQuarantine > 0 {
			ak := assessment.FormatNumber(away)
			parts = append(parts, b.t(msgf("plan.prevention.mid_high_returnees.whom_are_still_quarantine", "ak", ak)))
		}
	} else {
		t := b.tbdText(msg("plan.prevention.mid_high_returnees.number_cleared"))
		parts = append(parts, b.t(msgf("plan.prevention.mid_high_returnees.number_cleared2", "t", t)))
	}
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += b.t(msg("punct.semicolon_sentence"))
		}
		s += p
	}
	return s + b.t(msg("punct.full_stop"))
}

// batchReturn is the paragraph on returning to work in batches.
func (b *planBuilder) batchReturn() string {
	r := b.r
	batch := ""
	if r.Batch > 0 {
		bn := b.batchName(r.Batch)
		batch = b.t(msgf("plan.prevention.batch_return.enterprise_resumes_work", "bn", bn))
		if r.BatchDate != "" {
			d := b.day(r.BatchDate)
			batch += b.t(msgf("plan.prevention.batch_return.opened_by_park_from", "d", d))
		}
		batch += b.t(msg("punct.clause_break"))
	}
	s := batch + b.t(msg("plan.prevention.batch_return.employees_return_batches_according"))
	for _, o := range b.a.Park.Support {
		if o.ID == "shuttle_service" {
			s += b.t(msg("plan.prevention.batch_return.park_operates_return_shuttle"))
		}
	}
	return s + b.t(msg("punct.full_stop"))
}

func (b *planBuilder) prevHealth() []Block {
	var report string
	if h := b.str("symptom_hotline"); h != "" {
		report = b.t(msgf("plan.prevention.prev_health.call_hotline_suspected_symptoms", "h", h))
	} else {
		l := b.leader()
		report = b.t(msgf("plan.prevention.prev_health.report_immediately_group_leader", "l", l))
	}
	whoTwice := b.t(msg("plan.prevention.prev_health.staff_under_isolation_observation"))
	if b.hasDorm() {
		whoTwice += b.t(msg("plan.prevention.prev_health.those_living_dormitories"))
	}
	temp := b.who("temperature_officer", roleTemperature)
	rep := b.who("reporting_officer", roleReporting)
	park := b.parkName()
	return []Block{list(
		b.t(msgf("plan.prevention.prev_health.items", "temp", temp)),
		b.t(msg("plan.prevention.prev_health.person_with_temperature_37")),
		whoTwice+b.t(msg("plan.prevention.prev_health.shall_have_their_temperature")),
		b.t(msgf("plan.prevention.prev_health.employees_with_fever_dry", "report", report)),
		b.t(msg("plan.prevention.prev_health.health_follow_up_system")),
		b.t(msgf("plan.prevention.prev_health.reporting_officer_shall_compile", "rep", rep, "park", park, "cdc_phone", b.cdcPhone())),
	)}
}

func (b *planBuilder) prevEntry() []Block {
	var p string
	gates, ok := b.num("entrances")
	switch {
	case !ok:
		t := b.tbdText(msg("plan.prevention.prev_entry.number_entrances"))
		p = b.t(msgf("plan.prevention.prev_entry.entrances_use", "t", t))
	case gates < 1:
		t := b.tbdText(msg("plan.prevention.prev_entry.entrances_used_their_attendants"))
		p = b.t(msgf("plan.prevention.prev_entry.no_entrance_yet_use", "t", t))
	default:
		g := assessment.FormatNumber(gates)
		p = b.t(msgf("plan.prevention.prev_entry.entrances_are_use", "g", g)) +
			b.choose("entrance_staff_named", b.t(msg("plan.prevention.entrance_staff_named.each_staffed_by_designated")),
				b.must("entry_control", msg("plan.prevention.must.entry_control")))
		if t, ok := b.num("thermometers"); ok {
			tk := assessment.FormatNumber(t)
			p += b.t(msgf("plan.prevention.prev_entry.thermometers_are_provided_at", "tk", tk, "g", g))
		}
		p += b.t(msg("punct.full_stop"))
	}
	p += b.t(msg("plan.prevention.prev_entry.between_sentences")) + b.choose("closed_management",
		b.t(msg("plan.prevention.closed_management.site_under_closed_management")),
		b.t(msg("plan.prevention.closed_management.closed_management_shall_applied")))
	temp := b.who("temperature_officer", roleTemperature)
	return []Block{para(p), list(
		b.t(msgf("plan.prevention.prev_entry.items", "temp", temp)),
		b.t(msg("plan.prevention.prev_entry.use_fingerprint_time_clocks")),
		b.t(msg("plan.prevention.prev_entry.visitors_shall_not_enter")),
		b.t(msg("plan.prevention.prev_entry.parcels_meal_deliveries_goods")),
		b.t(msg("plan.prevention.prev_entry.all_persons_shall_wear")),
	)}
}

func (b *planBuilder) prevWorkplace() []Block {
	area, peak := b.count("floor_area_m2", uSqm), b.count("peak_shift_workers", uPeople)
	p := b.t(msgf("plan.prevention.prev_workplace.workshop_office_floor_area", "area", area, "peak", peak))
	if b.q.AreaPerWorker != nil {
		a := assessment.FormatNumber(*b.q.AreaPerWorker)
		p += b.t(msgf("plan.prevention.prev_workplace.m_per_person", "a", a))
	}
	p += b.t(msg("punct.full_stop"))
	var vent string
	switch b.str("ventilation") {
	case "natural":
		vent = b.t(msg("plan.prevention.prev_workplace.natural_ventilation_main_method"))
	case "fresh_air":
		vent = b.t(msg("plan.prevention.prev_workplace.air_conditioning_shall_run"))
	case "recirculated":
		vent = b.must("ventilation", msg("plan.prevention.must.ventilation"))
	default:
		t := b.tbdText(msg("plan.prevention.prev_workplace.ventilation_method"))
		vent = b.t(msgf("plan.prevention.prev_workplace.ventilation_method_natural_ventilation", "t", t))
	}
	return []Block{para(p), list(
		vent,
		b.choose("can_keep_1m", b.t(msg("plan.prevention.can_keep_1m.work_stations_shall_at")),
			b.t(msg("plan.prevention.can_keep_1m.work_stations_cannot_yet"))),
		b.t(msg("plan.prevention.prev_workplace.employees_shall_wear_masks")),
		b.t(msg("plan.prevention.prev_workplace.workshops_offices_toilets_shall")),
		b.t(msg("plan.prevention.prev_workplace.meetings_shall_reduced_video")),
		b.t(msg("plan.prevention.prev_workplace.separate_well_ventilated_smoking")),
		b.t(msg("plan.prevention.prev_workplace.corridors_stairs_at_lifts")),
		b.t(msg("plan.prevention.prev_workplace.staggered_working_hours_shift")),
	)}
}

func (b *planBuilder) prevDisinfection() []Block {
	dis := b.who("disinfection_officer", roleDisinfection)
	pl := b.places()
	p := b.t(msgf("plan.prevention.prev_disinfection.cleaning_disinfection_are_responsibility", "dis", dis)) +
		b.choose("predisinfection",
			b.t(msgf("plan.prevention.predisinfection.all_premises_were_disinfected", "pl", pl)),
			b.must("predisinfection", msgf("plan.prevention.must.predisinfection", "pl", pl)))
	return []Block{para(p), list(
		b.t(msg("plan.prevention.prev_disinfection.items")),
		b.t(msg("plan.prevention.prev_disinfection.surfaces_shall_wiped_or")),
		b.t(msg("plan.prevention.prev_disinfection.disinfection_log_shall_record")),
		b.t(msg("plan.prevention.prev_disinfection.disinfectants_shall_kept_by")),
	)}
}

func (b *planBuilder) prevCanteen() []Block {
	var p string
	q := b.q
	if q.CanteenSeatsAt1m != nil {
		seats, _ := b.num("canteen_seats")
		sk, ak := assessment.FormatNumber(seats), assessment.FormatNumber(float64(*q.CanteenSeatsAt1m))
		p = b.t(msgf("plan.prevention.prev_canteen.canteen_has_seats_with", "sk", sk, "ak", ak))
		if q.CanteenSittings != nil {
			peak, _ := b.num("peak_shift_workers")
			pk, ck := assessment.FormatNumber(peak), assessment.FormatNumber(float64(*q.CanteenSittings))
			p += b.t(msgf("plan.prevention.prev_canteen.with_maximum_staff_one", "pk", pk, "ck", ck))
		}
		p += b.t(msg("punct.sentence_end")) + b.sittingsWarning()
	} else {
		t := b.tbdText(msg("plan.prevention.prev_canteen.number_seats_which_sittings"))
		p = b.t(msgf("plan.prevention.prev_canteen.number_canteen_seats", "t", t))
	}
	p += b.choose("canteen_measures", b.t(msg("plan.prevention.canteen_measures.staggered_individually_served_meals")),
		b.must("canteen", msg("plan.prevention.must.canteen")))
	return []Block{para(p), list(
		b.t(msg("plan.prevention.prev_canteen.items")),
		b.t(msg("plan.prevention.prev_canteen.diners_shall_sit_1")),
		b.t(msg("plan.prevention.prev_canteen.hands_shall_washed_temperatures")),
		b.t(msg("plan.prevention.prev_canteen.tables_chairs_shall_disinfected")),
		b.t(msg("plan.prevention.prev_canteen.canteen_staff_shall_have")),
	)}
}

func (b *planBuilder) prevDormitory() []Block {
	q := b.q
	res, _ := b.num("dorm_residents")
	rk := assessment.FormatNumber(res)
	rooms, area := b.count("dorm_rooms", uRooms), b.count("dorm_area_m2", uSqm)
	p := b.t(msgf("plan.prevention.prev_dormitory.employees_live_dormitories_with", "rk", rk, "rooms", rooms, "area", area))
	needRooms := b.iqty(q.DormRoomsNeeded, uRooms)
	needArea := ""
	if q.DormAreaNeeded != nil {
		needArea = b.qty(*q.DormAreaNeeded, uSqm)
	}
	if q.DormPeoplePerRoom != nil && q.DormAreaPerPerson != nil {
		per, ar := *q.DormPeoplePerRoom, *q.DormAreaPerPerson
		pk, ak := assessment.FormatNumber(per), assessment.FormatNumber(ar)
		p += b.t(msgf("plan.prevention.prev_dormitory.that_per_room_m", "pk", pk, "ak", ak))
		if per <= assessment.DormMaxPerRoom && ar >= assessment.DormMinAreaPerPerson {
			p += b.t(msg("plan.prevention.prev_dormitory.which_meets_requirement_no"))
		} else {
			p += b.must("dormitory", msgf("plan.prevention.must.dormitory", "need_rooms", needRooms, "need_area", needArea))
		}
	} else {
		p += b.t(msgf("plan.prevention.prev_dormitory.at_no_more_than", "need_rooms", needRooms, "need_area", needArea))
	}
	return []Block{para(p), list(
		b.t(msg("plan.prevention.prev_dormitory.items")),
		b.t(msg("plan.prevention.prev_dormitory.residents_shall_have_their")),
		b.t(msg("plan.prevention.prev_dormitory.dormitories_shall_under_closed")),
		b.t(msg("plan.prevention.prev_dormitory.common_areas_toilets_dormitories")),
		b.t(msg("plan.prevention.prev_dormitory.resident_with_symptoms_shall")),
	)}
}

func (b *planBuilder) prevCommute() []Block {
	n, _ := b.num("shuttle_buses")
	k := assessment.FormatNumber(n)
	p := b.t(msgf("plan.prevention.prev_commute.there_are_shuttle_buses", "k", k)) +
		b.choose("shuttle_measures", b.t(msg("plan.prevention.shuttle_measures.daily_disinfection_temperature_checks")),
			b.must("commute", msg("plan.prevention.must.commute")))
	return []Block{para(p), list(
		b.t(msg("plan.prevention.prev_commute.items")),
		b.t(msg("plan.prevention.prev_commute.temperatures_shall_taken_before")),
		b.t(msg("plan.prevention.prev_commute.driver_passengers_shall_wear")),
		b.t(msg("plan.prevention.prev_commute.passengers_seats_shall_fixed")),
		b.t(msg("plan.prevention.prev_commute.employees_are_encouraged_walk")),
	)}
}

func (b *planBuilder) prevSupplies() []Block {
	q := b.q
	enough, short := b.t(msg("plan.prevention.prev_supplies.sufficient")), b.t(msg("plan.prevention.prev_supplies.shortfall"))
	maskNeed, maskNow, maskState := b.missingAnswers([]string{"employees_total"}), b.count("masks_in_stock", uMasks), ""
	if q.MasksNeeded14d != nil {
		maskNeed = b.iqty(q.MasksNeeded14d, uMasks)
	}
	switch {
	case q.MasksShort == nil:
		maskState = b.missingAnswers([]string{"masks_in_stock", "employees_total"})
	case *q.MasksShort == 0:
		d := b.iqty(q.MaskDays, uDays)
		maskState = enough + b.t(msgf("plan.prevention.prev_supplies.sufficient2", "d", d))
	default:
		maskState = short + b.iqty(q.MasksShort, uMasks)
	}
	thermoNeed, thermoNow, thermoState := b.missingAnswers([]string{"entrances"}), b.count("thermometers", uThermo), ""
	if q.ThermometersNeeded != nil {
		thermoNeed = b.iqty(q.ThermometersNeeded, uThermo)
	}
	if t, ok := b.num("thermometers"); ok && q.ThermometersNeeded != nil {
		if int(t) >= *q.ThermometersNeeded {
			thermoState = enough
		} else {
			thermoState = short + b.qty(float64(*q.ThermometersNeeded)-t, uThermo)
		}
	} else {
		thermoState = b.missingAnswers([]string{"thermometers", "entrances"})
	}
	disNow := b.choose("disinfectant_stock", b.t(msg("plan.prevention.disinfectant_stock.sufficient_stock")), b.t(msg("plan.prevention.disinfectant_stock.insufficient")))
	disState := b.choose("disinfectant_stock", enough, b.t(msg("plan.prevention.disinfectant_stock.replenished")))
	rows := [][]string{
		{b.t(msg("plan.prevention.prev_supplies.masks")), maskNow, maskNeed, maskState},
		{b.t(msg("plan.prevention.prev_supplies.thermometers")), thermoNow, thermoNeed, thermoState},
		{b.t(msg("plan.prevention.prev_supplies.disinfection_supplies_84_disinfectant")),
			disNow, b.t(msg("plan.prevention.prev_supplies.14_day_requirement")), disState},
	}
	sup := b.who("supplies_officer", roleSupplies)
	p := b.t(msgf("plan.prevention.prev_supplies.supplies_officer_responsible_purchasing", "sup", sup))
	p += b.suppliesShort()
	return []Block{
		para(p),
		table([]string{b.t(msg("plan.prevention.prev_supplies.item")), b.t(msg("plan.prevention.prev_supplies.stock")), b.t(msg("plan.prevention.prev_supplies.required_14_days")),
			b.t(msg("plan.prevention.prev_supplies.result"))}, rows, 3, 2, 2, 2),
		list(
			b.t(msg("plan.prevention.prev_supplies.items")),
			b.t(msg("plan.prevention.prev_supplies.supplies_shall_kept_dedicated")),
			b.t(msg("plan.prevention.prev_supplies.masks_shall_issued_at")),
		),
	}
}

func (b *planBuilder) prevMedical() []Block {
	hospital := b.str("designated_hospital")
	if hospital == "" {
		hospital = b.tbdText(msg("plan.prevention.prev_medical.nearest_fever_clinic_or"))
	}
	return []Block{list(
		b.t(msgf("plan.prevention.prev_medical.items", "hospital", hospital)),
		b.t(msg("plan.prevention.prev_medical.enterprise_shall_maintain_contact")),
		b.choose("mask_bins", b.t(msg("plan.prevention.mask_bins.bins_dedicated_used_masks")),
			b.t(msg("plan.prevention.mask_bins.it_recommended_that_bins"))),
		b.t(msg("plan.prevention.prev_medical.used_masks_other_prevention")),
		b.t(msg("plan.prevention.prev_medical.household_waste_shall_removed")),
	)}
}

func (b *planBuilder) prevIsolation() []Block {
	var p string
	n, ok := b.num("isolation_rooms")
	switch {
	case !ok:
		t := b.tbdText(msg("plan.prevention.prev_isolation.number_isolation_rooms"))
		p = b.t(msgf("plan.prevention.prev_isolation.temporary_isolation_rooms_at", "t", t))
	case n < 1:
		p = b.must("isolation_room", msg("plan.prevention.must.isolation_room"))
	default:
		p = b.t(msgf("plan.prevention.prev_isolation.rooms_provided", "k", assessment.FormatNumber(n)))
	}
	l := b.leader()
	dis := b.who("disinfection_officer", roleDisinfection)
	return []Block{para(p), list(
		b.t(msg("plan.prevention.prev_isolation.items")),
		b.t(msg("plan.prevention.prev_isolation.they_shall_equipped_with")),
		b.t(msgf("plan.prevention.prev_isolation.person_with_fever_or", "l", l)),
		b.t(msg("plan.prevention.prev_isolation.waste_from_isolation_room")),
		b.t(msgf("plan.prevention.prev_isolation.after_each_use_shall", "dis", dis)),
	)}
}

func (b *planBuilder) prevTraining() []Block {
	p := b.choose("training_done", b.t(msg("plan.prevention.training_done.all_employees_have_received")),
		b.t(msg("plan.prevention.training_done.it_recommended_that_all")))
	items := []string{
		b.t(msg("plan.prevention.prev_training.training_content_correct_wearing")),
		b.t(msg("plan.prevention.prev_training.newly_returning_employees_shall")),
		b.t(msg("plan.prevention.prev_training.prevention_notices_shall_posted")),
		b.t(msg("plan.prevention.prev_training.attention_shall_paid_physical")),
	}
	if b.hasForeign() {
		n, _ := b.num("foreign_staff")
		items = append(items, b.t(msgf("plan.prevention.prev_training.foreign_staff", "k", assessment.FormatNumber(n)))+
			b.choose("multilingual_notices", b.t(msg("plan.prevention.multilingual_notices.have_been_issued")),
				b.t(msg("plan.prevention.multilingual_notices.should_issued_before_work"))))
	}
	return []Block{para(p), list(items...)}
}
