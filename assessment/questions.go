package assessment

// Units of the number questions.
var (
	unitPeople  = msg("unit.people")
	unitSqm     = msg("unit.sqm")
	unitPercent = msg("unit.percent")
	unitRooms   = msg("unit.rooms")
	unitGates   = msg("unit.gates")
	unitThermo  = msg("unit.thermo")
	unitMasks   = msg("unit.masks")
	unitSeats   = msg("unit.seats")
	unitBuses   = msg("unit.buses")
)

// Conditions used by the skip logic.
var (
	hasCanteen   = If("has_canteen", OpEq, BoolValue(true))
	hasDorm      = If("dorm_residents", OpGt, NumberValue(0))
	hasShuttle   = If("shuttle_buses", OpGt, NumberValue(0))
	hasReturnees = If("returnees_mid_high_risk", OpGt, NumberValue(0))
	hasForeign   = If("foreign_staff", OpGt, NumberValue(0))
)

// count is a required whole-number question about people or things.
func count(id string, label, help, unit Text, min, max float64) Question {
	return Question{ID: id, Kind: KindNumber, Label: label, Help: help, Unit: unit,
		Min: min, Max: max, Whole: true, Required: true}
}

func yesno(id string, label, help Text) Question {
	return Question{ID: id, Kind: KindYesNo, Label: label, Help: help, Required: true}
}

func text(id string, label, help Text, required bool) Question {
	return Question{ID: id, Kind: KindText, Label: label, Help: help, Required: required}
}

func optional(q Question) Question { q.Required = false; return q }

func when(c Cond, q Question) Question { q.When = c; return q }

// officer asks for the name of the person responsible for a task, and
// (when a name is given) their phone.
func officer(id string, task Text) []Question {
	return []Question{
		text(id, join(Text{}, task, msg("question.officer.label_suffix")), msg("question.officer.name_help"), false),
		when(If(id, OpSet, Value{}), Question{ID: id + "_phone", Kind: KindPhone,
			Label: join(Text{}, task, msg("question.officer.phone_label_suffix")), Required: true}),
	}
}

// hasTreatment holds when someone on the staff is under treatment.
var hasTreatment = If("staff_in_treatment", OpGt, NumberValue(0))

// steps is the form, ruleset 2026.2. IDs are never renamed or reused.
var steps = []Step{
	{ID: "enterprise", Title: msg("step.enterprise.title"), Questions: []Question{
		{ID: "name", Kind: KindText, Label: msg("question.name.label"), Help: msg("question.name.help"), Required: true, MaxLen: 100},
		{ID: "credit_code", Kind: KindCreditCode, Label: msg("question.credit_code.label"), Help: msg("question.credit_code.help"), Required: true},
		text("address", msg("question.address.label"), Text{}, true),
		{ID: "legal_rep", Kind: KindText, Label: msg("question.legal_rep.label"), Help: msg("question.legal_rep.help"), Required: true, MaxLen: 50},
		{ID: "contact_name", Kind: KindText, Label: msg("question.contact_name.label"), Required: true, MaxLen: 50},
		{ID: "contact_phone", Kind: KindPhone, Label: msg("question.contact_phone.label"), Help: msg("question.contact_phone.help"), Required: true},
		{ID: "industry", Kind: KindChoice, Label: msg("question.industry.label"), Required: true, Choices: []Choice{
			{"machinery", msg("question.industry.choice.machinery")},
			{"electronics", msg("question.industry.choice.electronics")},
			{"chemicals", msg("question.industry.choice.chemicals")},
			{"pharma", msg("question.industry.choice.pharma")},
			{"food", msg("question.industry.choice.food")},
			{"textiles", msg("question.industry.choice.textiles")},
			{"materials", msg("question.industry.choice.materials")},
			{"logistics", msg("question.industry.choice.logistics")},
			{"automotive", msg("question.industry.choice.automotive")},
			{"metals", msg("question.industry.choice.metals")},
			{"construction", msg("question.industry.choice.construction")},
			{"trade", msg("question.industry.choice.trade")},
			{"services", msg("question.industry.choice.services")},
			{"other", msg("question.industry.choice.other")},
		}},
		{ID: "zone", Kind: KindChoice, Label: msg("question.zone.label"), Help: msg("question.zone.help"), Required: true},
		optional(yesno("above_scale", msg("question.above_scale.label"), msg("question.above_scale.help"))),
		optional(yesno("four_above", msg("question.four_above.label"), msg("question.four_above.help"))),
		count("employees_total", msg("question.employees_total.label"), msg("question.employees_total.help"), unitPeople, 0, 1000000),
		yesno("backbone_enterprise", msg("question.backbone_enterprise.label"), msg("question.backbone_enterprise.help")),
	}},
	{ID: "production", Title: msg("step.production.title"), Questions: []Question{
		{ID: "automation_share", Kind: KindNumber, Label: msg("question.automation_share.label"), Help: msg("question.automation_share.help"), Unit: unitPercent, Min: 0, Max: 100, Required: true},
		{ID: "product_types", Kind: KindChoices, Label: msg("question.product_types.label"), Help: msg("question.product_types.help"), Required: true, Choices: []Choice{
			{"prevention_supplies", msg("question.product_types.choice.prevention_supplies")},
			{"medical", msg("question.product_types.choice.medical")},
			{"daily_necessities", msg("question.product_types.choice.daily_necessities")},
			{"energy_utilities", msg("question.product_types.choice.energy_utilities")},
			{"key_supply_chain", msg("question.product_types.choice.key_supply_chain")},
			{"other", msg("question.product_types.choice.other")},
		}},
		text("main_products", msg("question.main_products.label"), msg("question.main_products.help"), false),
	}},
	{ID: "site", Title: msg("step.site.title"), Questions: []Question{
		{ID: "floor_area_m2", Kind: KindNumber, Label: msg("question.floor_area_m2.label"), Unit: unitSqm, Min: 1, Max: 10000000, Required: true},
		count("peak_shift_workers", msg("question.peak_shift_workers.label"), Text{}, unitPeople, 1, 1000000),
		yesno("can_keep_1m", msg("question.can_keep_1m.label"), Text{}),
		yesno("closed_management", msg("question.closed_management.label"), msg("question.closed_management.help")),
		{ID: "ventilation", Kind: KindChoice, Label: msg("question.ventilation.label"), Required: true, Choices: []Choice{
			{"natural", msg("question.ventilation.choice.natural")},
			{"fresh_air", msg("question.ventilation.choice.fresh_air")},
			{"recirculated", msg("question.ventilation.choice.recirculated")},
		}},
	}},
	{ID: "staff", Title: msg("step.staff.title"), Questions: []Question{
		count("staff_normal", msg("question.staff_normal.label"), msg("question.staff_normal.help"), unitPeople, 0, 1000000),
		count("staff_ordinary_isolation", msg("question.staff_ordinary_isolation.label"), Text{}, unitPeople, 0, 1000000),
		count("staff_key_isolation", msg("question.staff_key_isolation.label"), Text{}, unitPeople, 0, 1000000),
		count("staff_in_treatment", msg("question.staff_in_treatment.label"), Text{}, unitPeople, 0, 1000000),
		when(hasTreatment, yesno("cdc_cleared", msg("question.cdc_cleared.label"), msg("question.cdc_cleared.help"))),
		yesno("staff_screened", msg("question.staff_screened.label"), msg("question.staff_screened.help")),
		optional(count("returnees_low_risk", msg("question.returnees_low_risk.label"), msg("question.returnees_low_risk.help"), unitPeople, 0, 1000000)),
		count("returnees_mid_high_risk", msg("question.returnees_mid_high_risk.label"), msg("question.returnees_mid_high_risk.help"), unitPeople, 0, 1000000),
		when(hasReturnees, optional(count("returnees_high_risk", msg("question.returnees_high_risk.label"), Text{}, unitPeople, 0, 1000000))),
		when(hasReturnees, Question{ID: "returnees_first_return", Kind: KindDate, Label: msg("question.returnees_first_return.label"), Help: msg("question.returnees_first_return.help")}),
		when(hasReturnees, Question{ID: "returnees_last_return", Kind: KindDate, Label: msg("question.returnees_last_return.label"), Help: msg("question.returnees_last_return.help"), Required: true}),
		when(hasReturnees, count("returnees_cleared", msg("question.returnees_cleared.label"), msg("question.returnees_cleared.help"), unitPeople, 0, 1000000)),
		when(hasReturnees, optional(count("returnees_in_quarantine", msg("question.returnees_in_quarantine.label"), msg("question.returnees_in_quarantine.help"), unitPeople, 0, 1000000))),
		when(hasReturnees, Question{ID: QuarantineEndsID, Kind: KindQuarantineEnds, Label: msg("question.staff.label"), Help: msg("question.staff.help")}),
		count("foreign_staff", msg("question.foreign_staff.label"), Text{}, unitPeople, 0, 1000000),
		when(hasForeign, yesno("multilingual_notices", msg("question.multilingual_notices.label"), msg("question.multilingual_notices.help"))),
		yesno("training_done", msg("question.training_done.label"), Text{}),
	}},
	{ID: "facilities", Title: msg("step.facilities.title"), Questions: []Question{
		count("entrances", msg("question.entrances.label"), Text{}, unitGates, 0, 100),
		yesno("entrance_staff_named", msg("question.entrance_staff_named.label"), msg("question.entrance_staff_named.help")),
		yesno("has_canteen", msg("question.has_canteen.label"), Text{}),
		when(hasCanteen, optional(count("canteen_seats", msg("question.canteen_seats.label"), msg("question.canteen_seats.help"), unitSeats, 1, 100000))),
		when(hasCanteen, yesno("canteen_measures", msg("question.canteen_measures.label"), msg("question.canteen_measures.help"))),
		count("dorm_residents", msg("question.dorm_residents.label"), msg("question.dorm_residents.help"), unitPeople, 0, 1000000),
		when(hasDorm, count("dorm_rooms", msg("question.dorm_rooms.label"), Text{}, unitRooms, 1, 100000)),
		when(hasDorm, Question{ID: "dorm_area_m2", Kind: KindNumber, Label: msg("question.dorm_area_m2.label"), Unit: unitSqm, Min: 1, Max: 10000000, Required: true}),
		count("shuttle_buses", msg("question.shuttle_buses.label"), msg("question.shuttle_buses.help"), unitBuses, 0, 10000),
		when(hasShuttle, yesno("shuttle_measures", msg("question.shuttle_measures.label"), Text{})),
	}},
	{ID: "supplies", Title: msg("step.supplies.title"), Questions: []Question{
		count("masks_in_stock", msg("question.masks_in_stock.label"), msg("question.masks_in_stock.help"), unitMasks, 0, 100000000),
		count("thermometers", msg("question.thermometers.label"), msg("question.thermometers.help"), unitThermo, 0, 100000),
		yesno("disinfectant_stock", msg("question.disinfectant_stock.label"), msg("question.disinfectant_stock.help")),
		yesno("predisinfection", msg("question.predisinfection.label"), Text{}),
		optional(yesno("safety_check_done", msg("question.safety_check_done.label"), msg("question.safety_check_done.help"))),
		count("isolation_rooms", msg("question.isolation_rooms.label"), msg("question.isolation_rooms.help"), unitRooms, 0, 1000),
		yesno("mask_bins", msg("question.mask_bins.label"), Text{}),
		text("designated_hospital", msg("question.designated_hospital.label"), msg("question.designated_hospital.help"), false),
		text("emergency_vehicle", msg("question.emergency_vehicle.label"), msg("question.emergency_vehicle.help"), false),
	}},
	{ID: "team", Title: msg("step.team.title"), Questions: append(append(append(append(append([]Question{
		{ID: "leader_name", Kind: KindText, Label: msg("question.leader_name.label"), Help: msg("question.leader_name.help"), Required: true, MaxLen: 50},
		{ID: "leader_phone", Kind: KindPhone, Label: msg("question.leader_phone.label"), Required: true},
	},
		officer("temperature_officer", msg("question.temperature_officer.task"))...),
		officer("disinfection_officer", msg("question.disinfection_officer.task"))...),
		officer("supplies_officer", msg("question.supplies_officer.task"))...),
		officer("reporting_officer", msg("question.reporting_officer.task"))...),
		Question{ID: "symptom_hotline", Kind: KindHotline, Label: msg("question.symptom_hotline.label"), Help: msg("question.symptom_hotline.help")},
		Question{ID: "cdc_phone", Kind: KindHotline, Label: msg("question.cdc_phone.label"), Help: msg("question.cdc_phone.help")},
		Question{ID: "community_phone", Kind: KindHotline, Label: msg("question.community_phone.label"), Help: msg("question.community_phone.help")}),
	},
}
