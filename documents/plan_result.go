package documents

import (
	"strconv"
	"strings"

	"fugong/assessment"
)

// resultSections report the self-assessment: category, batch, priority,
// readiness and why; each condition checked; the numbers worked out.
var resultSections = []sectionDef{
	{id: "result", title: msg("plan.result.title"), level: 1, newPage: true, numbered: true,
		build: (*planBuilder).resultSummary},
	{id: "result.items", title: msg("plan.result.items.title"), level: 2, numbered: true,
		build: (*planBuilder).resultItems},
	{id: "result.quantities", title: msg("plan.result.quantities.title"), level: 2, numbered: true,
		build: (*planBuilder).resultQuantities},
}

func (b *planBuilder) resultSummary() []Block {
	r := b.r
	batch := b.batchName(r.Batch)
	switch {
	case r.Batch == 0:
		batch = b.tbdText(msg("plan.result.result_summary.batch_assigned_once_category"))
	case r.BatchDate != "":
		d := b.day(r.BatchDate)
		batch += b.t(msgf("plan.result.result_summary.from", "d", d))
	default:
		batch += b.t(msg("plan.result.result_summary.opening_date_as_announced"))
	}
	priority := b.t(msg("plan.result.result_summary.no"))
	if r.Priority {
		priority = b.t(msg("plan.result.result_summary.yes"))
		for i, pr := range r.PriorityReasons {
			sep := b.t(msg("punct.colon"))
			if i > 0 {
				sep = b.t(msg("punct.semicolon_full"))
			}
			priority += sep + b.t(pr.Message)
		}
	} else {
		priority += b.t(msg("plan.result.result_summary.neither_backbone_enterprise_nor"))
	}
	rows := [][]string{
		{b.t(msg("plan.result.result_summary.category")), b.t(assessment.CategoryName(r.Category))},
	}
	if r.ParkCategory > 0 {
		rows = append(rows, []string{b.t(msg("plan.result.result_summary.park_category_set_by")), b.t(assessment.CategoryName(r.ParkCategory))})
	}
	rows = append(rows,
		[]string{b.t(msg("plan.result.result_summary.resumption_batch")), batch},
		[]string{b.t(msg("plan.result.result_summary.priority_resumption")), priority},
		[]string{b.t(msg("plan.result.result_summary.readiness_resume")), b.t(assessment.ReadinessName(r.Readiness))},
	)
	var because []string
	for _, re := range r.Because {
		because = append(because, b.t(re.Message))
	}
	rs := r.Ruleset
	blocks := []Block{
		para(b.t(msgf("plan.result.result_summary.text", "rs", rs))),
		table([]string{b.t(msg("plan.result.result_summary.item")), b.t(msg("plan.result.result_summary.conclusion"))}, rows, 1, 3),
		para(b.t(msg("plan.result.result_summary.text.grounds_are_as_follows"))),
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
		case assessment.Critical:
			critical++
		case assessment.Required:
			required++
		default:
			recommended++
		}
	}
	n := strconv.Itoa
	switch {
	case critical > 0:
		return b.t(msgf("plan.result.readiness_why.critical_unmet", "c", n(critical)))
	case required > 0:
		return b.t(msgf("plan.result.readiness_why.required_unmet", "c", n(required)))
	case recommended > 0:
		return b.t(msgf("plan.result.readiness_why.recommended_unmet", "c", n(recommended)))
	}
	return b.t(msg("plan.result.readiness_why.all_conditions_are_met"))
}

func (b *planBuilder) levelName(l assessment.Level) string {
	switch l {
	case assessment.Critical:
		return b.t(msg("plan.result.level_name.veto_item"))
	case assessment.Required:
		return b.t(msg("plan.result.level_name.mandatory_item"))
	}
	return b.t(msg("plan.result.level_name.recommended_item"))
}

func (b *planBuilder) resultItems() []Block {
	var rows [][]string
	var todo, advice []string
	for i, it := range b.r.Items {
		status := b.t(msg("plan.result.result_items.compliant"))
		if !it.Met {
			status = b.t(msg("plan.result.result_items.non_compliant"))
			now := b.t(msg("plan.result.result_items.current_situation")) + b.t(it.Reason) + b.t(msg("punct.close_paren"))
			title := b.t(it.Title) + b.t(msg("punct.colon"))
			if it.Level == assessment.Recommended {
				advice = append(advice, title+b.t(it.Action)+now)
			} else {
				lv := b.t(msg("punct.open_paren")) + b.levelName(it.Level) + b.t(msg("punct.close_paren"))
				todo = append(todo, b.must(it.ID, msgf("plan.result.must.item", "title", it.Title, "lv", lv, "action", it.Action, "now", now)))
			}
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), b.t(it.Title), b.levelName(it.Level), status, b.t(it.Reason)})
	}
	blocks := []Block{table([]string{b.t(msg("plan.result.result_items.no")), b.t(msg("plan.result.result_items.condition")), b.t(msg("plan.result.result_items.level")),
		b.t(msg("plan.result.result_items.result")), b.t(msg("plan.result.result_items.details"))}, rows, 0.6, 1.9, 1.4, 1.4, 4.7)}
	if len(todo) == 0 && len(advice) == 0 {
		return append(blocks, para(b.t(msg("plan.result.result_items.text"))))
	}
	if len(todo) > 0 {
		blocks = append(blocks, para(b.t(msg("plan.result.result_items.text.veto_mandatory_items_not"))), list(todo...))
	}
	if len(advice) > 0 {
		blocks = append(blocks, para(b.t(msg("plan.result.result_items.text.recommended_items_still_implemented"))), list(advice...))
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
	staff := b.t(msg("plan.result.result_quantities.total_employees"))
	if n, ok := b.num("employees_total"); ok {
		staff = b.qty(n, uPeople)
	}
	var rows []quantityRow
	add := func(name assessment.Text, value string, how assessment.Text, needs ...string) {
		rows = append(rows, quantityRow{b.t(name), value, b.t(how), needs})
	}
	area := ""
	if q.AreaPerWorker != nil {
		area = b.qty(*q.AreaPerWorker, uSqm)
	}
	add(msg("plan.result.quantities.floor_area_per_worker"), area,
		msg("plan.result.quantities.workshop_office_floor_area"),
		"floor_area_m2", "peak_shift_workers")
	add(msg("plan.result.quantities.masks_required_14_days"), b.iqty(q.MasksNeeded14d, uMasks),
		msgf("plan.result.quantities.2_per_day_14", "staff", staff), "employees_total")
	add(msg("plan.result.quantities.mask_shortfall"), b.iqty(q.MasksShort, uMasks),
		msg("plan.result.quantities.14_day_requirement_stock"), "masks_in_stock", "employees_total")
	add(msg("plan.result.quantities.days_covered_by_masks"), b.iqty(q.MaskDays, uDays),
		msg("plan.result.quantities.stock_total_employees_2"), "masks_in_stock", "employees_total")
	add(msg("plan.result.quantities.thermometers_needed"), b.iqty(q.ThermometersNeeded, uThermo),
		msg("plan.result.quantities.at_least_one_per"), "entrances")
	isolation := b.iqty(q.IsolationRooms, uRooms)
	if isolation != "" {
		isolation += b.t(msg("plan.result.result_quantities.at_least_1"))
	}
	add(msg("plan.result.quantities.isolation_rooms"), isolation,
		msg("plan.result.quantities.one_person_per_room"), "isolation_rooms")
	if b.positive("returnees_mid_high_risk") {
		add(msg("plan.result.quantities.returnees_from_medium_high"), b.iqty(q.ReturneesInQuarantine, uPeople),
			msg("plan.result.quantities.returnees_from_medium_high2"), "returnees_cleared")
		add(msg("plan.result.quantities.returnees_at_work_before"), b.iqty(q.ReturneesOnSite, uPeople),
			msg("plan.result.quantities.returnees_not_yet_through"), "returnees_in_quarantine")
		firstHow, lastHow, lastNeeds := msg("plan.result.quantities.earliest_return_date_14"),
			msg("plan.result.quantities.latest_return_date_14"), "returnees_last_return"
		if b.quarantineEndItems() != nil {
			firstHow, lastHow, lastNeeds = endsFromRoster, endsFromRoster, assessment.QuarantineEndsID
		}
		if q.FirstQuarantineEnds != "" {
			add(msg("plan.result.quantities.earliest_end_quarantine"), b.day(q.FirstQuarantineEnds), firstHow)
		}
		add(msg("plan.result.quantities.latest_end_quarantine"), b.day(q.QuarantineEnds), lastHow, lastNeeds)
	}
	if b.positive("dorm_residents") {
		perRoom := ""
		if q.DormPeoplePerRoom != nil {
			perRoom = b.qty(*q.DormPeoplePerRoom, uPeople) + b.t(msg("plan.result.result_quantities.at_most_6"))
		}
		add(msg("plan.result.quantities.people_per_dormitory_room"), perRoom,
			msg("plan.result.quantities.residents_rooms"), "dorm_rooms")
		perPerson := ""
		if q.DormAreaPerPerson != nil {
			perPerson = b.qty(*q.DormAreaPerPerson, uSqm) + b.t(msg("plan.result.result_quantities.at_least_2_5"))
		}
		add(msg("plan.result.quantities.dormitory_area_per_person"), perPerson,
			msg("plan.result.quantities.dormitory_area_residents"), "dorm_area_m2")
		add(msg("plan.result.quantities.rooms_needed_at_6"), b.iqty(q.DormRoomsNeeded, uRooms),
			msg("plan.result.quantities.residents_6_rounded_up"))
		if q.DormAreaNeeded != nil {
			add(msg("plan.result.quantities.area_needed_at_2"), b.qty(*q.DormAreaNeeded, uSqm),
				msg("plan.result.quantities.residents_2_5_m"))
		}
	}
	if c, _ := b.yes("has_canteen"); c {
		add(msg("plan.result.quantities.seats_usable_at_1"), b.iqty(q.CanteenSeatsAt1m, uSeats),
			msg("plan.result.quantities.seats_4_1_m"), "canteen_seats")
		add(msg("plan.result.quantities.canteen_sittings"), b.iqty(q.CanteenSittings, uSittings),
			msg("plan.result.quantities.maximum_staff_one_shift"),
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
	return []Block{table([]string{b.t(msg("plan.result.result_quantities.item")), b.t(msg("plan.result.result_quantities.value")), b.t(msg("plan.result.result_quantities.basis_calculation"))}, out, 2, 2, 3)}
}

// missingAnswers says which answers a number needs.
func (b *planBuilder) missingAnswers(ids []string) string {
	var names []string
	for _, id := range ids {
		if _, ok := b.u.Values[id]; ok {
			continue
		}
		names = append(names, b.t(msg("punct.open_quote"))+b.t(assessment.Label(id))+b.t(msg("punct.close_quote")))
	}
	if len(names) == 0 {
		return b.tbdText(msg("plan.result.missing_answers.cannot_calculated"))
	}
	list := strings.Join(names, b.t(msg("punct.enum_comma")))
	return b.tbdText(msgf("plan.result.missing_answers.requires_answer", "list", list))
}
