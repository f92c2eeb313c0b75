package assessment

import "strconv"

// urgentProducts are the product_types that make an enterprise category 2.
var urgentProducts = []string{"prevention_supplies", "medical", "daily_necessities", "energy_utilities", "key_supply_chain"}

// CategoryName returns the name of category n (1–4); 0 is "undetermined".
func CategoryName(n int) Text {
	switch n {
	case 1:
		return msg("category.category_name.category_1_smart_automated")
	case 2:
		return msg("category.category_name.category_2_products_urgently")
	case 3:
		return msg("category.category_name.category_3_good_uncrowded")
	case 4:
		return msg("category.category_name.category_4_traditional_labour")
	}
	return msg("category.category_name.category_undetermined")
}

// BatchOf returns the batch of category n: 1 for categories 1–2, 2 for 3,
// 3 for 4, 0 when the category is undetermined.
func BatchOf(category int) int {
	switch category {
	case 1, 2:
		return 1
	case 3:
		return 2
	case 4:
		return 3
	}
	return 0
}

// tri is a rule outcome that may be undecided for want of answers.
type tri int8

const (
	undecided tri = iota
	no
	yes
)

// classify applies the category rules in order; the first that fires
// wins. A rule left undecided by missing answers, before any fired,
// leaves the category undetermined (0): the kit never guesses.
func classify(u *Answers, t Thresholds) (int, []Reason) {
	var because []Reason
	for n, rule := range []func(*Answers, Thresholds) (tri, Reason){cat1, cat2, cat3} {
		out, r := rule(u, t)
		because = append(because, r)
		switch out {
		case yes:
			return n + 1, because
		case undecided:
			return 0, because
		}
	}
	because = append(because, Reason{Rule: "category.4", Fired: true, Message: msg("category.classify.message")})
	return 4, because
}

func cat1(u *Answers, t Thresholds) (tri, Reason) {
	p := &probe{u: u}
	share, ok := p.num("automation_share")
	r := Reason{Rule: "category.1"}
	min := fmtNum(t.Cat1MinAutomationShare) + "%"
	switch {
	case !ok:
		r.Message = join(msg("punct.colon"), msg("category.cat1.category_1_cannot_determined"), missingText(p.missing))
		r.Missing = p.missing
	case share >= t.Cat1MinAutomationShare:
		r.Fired = true
		r.Message = msgf("category.cat1.share_met", "share", fmtNum(share), "min", min)
	default:
		r.Message = msgf("category.cat1.share_short", "share", fmtNum(share), "min", min)
	}
	r.Answers = p.facts
	return outcome(ok, r.Fired), r
}

func cat2(u *Answers, _ Thresholds) (tri, Reason) {
	p := &probe{u: u}
	v := p.read("product_types")
	r := Reason{Rule: "category.2", Answers: p.facts}
	if v.Type != TypeList || len(v.List) == 0 {
		r.Message = join(msg("punct.colon"), msg("category.cat2.category_2_cannot_determined"), missingText(p.missing))
		r.Missing = p.missing
		return undecided, r
	}
	q := questionByID["product_types"]
	var names []Text
	for _, id := range urgentProducts {
		if v.Has(id) {
			c, _ := q.choice(id)
			names = append(names, c.Label)
		}
	}
	if len(names) == 0 {
		r.Message = msg("category.cat2.no_products_urgently_needed")
		return no, r
	}
	r.Fired = true
	list := join(msg("punct.enum_comma"), names...)
	r.Message = msgf("category.cat2.makes_products_urgently_needed", "list", list)
	return yes, r
}

func cat3(u *Answers, t Thresholds) (tri, Reason) {
	p := &probe{u: u}
	area, okA := p.num("floor_area_m2")
	peak, okP := p.num("peak_shift_workers")
	keep, okK := p.yes("can_keep_1m")
	closed, okC := p.yes("closed_management")
	r := Reason{Rule: "category.3", Answers: p.facts}
	min := fmtNum(t.Cat3MinAreaPerWorker) + " m²"
	var parts []Text
	var failed []Text
	space := undecided
	if okA && okP && peak > 0 {
		per := area / peak
		if per >= t.Cat3MinAreaPerWorker {
			space = yes
			parts = append(parts, msgf("category.cat3.area_met", "per", fmtNum(per), "min", min))
		} else {
			space = no
			failed = append(failed, msgf("category.cat3.area_short", "per", fmtNum(per), "min", min))
		}
	}
	keepT, closedT := outcome(okK, keep), outcome(okC, closed)
	switch keepT {
	case yes:
		parts = append(parts, msg("category.cat3.people_can_keep_1"))
	case no:
		failed = append(failed, msg("category.cat3.people_cannot_keep_1"))
	}
	switch closedT {
	case yes:
		parts = append(parts, msg("category.cat3.closed_management"))
	case no:
		failed = append(failed, msg("category.cat3.no_closed_management"))
	}
	sep := msg("punct.comma")
	switch {
	case len(failed) > 0:
		r.Message = join(sep, append(failed, msg("category.cat3.not_category_3"))...)
		return no, r
	case space == undecided || keepT == undecided || closedT == undecided:
		r.Missing = p.missing
		r.Message = join(msg("punct.colon"), msg("category.cat3.category_3_cannot_determined"), missingText(p.missing))
		return undecided, r
	}
	r.Fired = true
	r.Message = join(sep, append(parts, msg("category.cat3.category_3_good_uncrowded"))...)
	return yes, r
}

// outcome turns an answer that may be missing into a tri.
func outcome(answered, holds bool) tri {
	switch {
	case !answered:
		return undecided
	case holds:
		return yes
	}
	return no
}

// batchReason explains the batch, with the park's opening date if set.
func batchReason(category, batch int, date string) Reason {
	c, b := strconv.Itoa(category), strconv.Itoa(batch)
	name := msg("classify.batch_name." + b)
	r := Reason{Rule: "batch", Fired: true, Message: msgf("classify.batch_reason.cat"+c, "batch", name)}
	if date != "" {
		r.Message = join(Text{}, r.Message, msgf("classify.batch_reason.opens", "batch", name, "date", dayText(date)))
	}
	return r
}

// priority lists the reasons an enterprise resumes with priority
// (优先复工): a backbone enterprise, category 2 (livelihood and
// prevention supplies), or fewer employees than the park's line.
func priority(u *Answers, category int, t Thresholds) []Reason {
	var rs []Reason
	p := &probe{u: u}
	if b, ok := p.yes("backbone_enterprise"); ok && b {
		rs = append(rs, Reason{Rule: "priority.backbone", Fired: true, Answers: p.facts,
			Message: msg("category.priority.message")})
	}
	if category == 2 {
		rs = append(rs, category2Priority(u))
	}
	p = &probe{u: u}
	if n, ok := p.num("employees_total"); ok && n < t.FewWorkersMax {
		rs = append(rs, Reason{Rule: "priority.few_workers", Fired: true, Answers: p.facts, Message: msgf("category.priority.message.few_employees_n_employee", "n", fmtNum(n), "few_workers_max", fmtNum(t.FewWorkersMax))})
	}
	return rs
}

// category2Priority is the priority reason of a category 2 enterprise. It
// names the urgent products the enterprise chose, so that a maker of key
// supply-chain parts is not called a livelihood or prevention-supply
// enterprise.
func category2Priority(u *Answers) Reason {
	p := &probe{u: u}
	v := p.read("product_types")
	q := questionByID["product_types"]
	var names []Text
	for _, id := range urgentProducts {
		if v.Has(id) {
			c, _ := q.choice(id)
			names = append(names, c.Label)
		}
	}
	list := join(msg("punct.enum_comma"), names...)
	return Reason{Rule: "priority.category2", Fired: true, Answers: p.facts, Message: msgf("category.category2_priority.message", "list", list)}
}
