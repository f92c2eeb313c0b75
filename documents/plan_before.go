package documents

import "fugong/assessment"

// must returns a sentence saying what must be done before work resumes
// (须在复工前…) about readiness item id, in the plan's language, and
// records the claim on the section being built (Section.BeforeWork) — but
// only when the item applies and is an unmet critical or required item of
// the result; otherwise it returns "". So the plan never says "须在复工前"
// for something the result counts as met, and a ready result never meets
// such a sentence. The Chinese text must hold "须在复工前" once.
func (b *planBuilder) must(id string, text assessment.Text) string {
	for _, it := range b.r.Items {
		if it.ID == id && !it.Met && (it.Level == assessment.Critical || it.Level == assessment.Required) {
			b.claims = append(b.claims, id)
			return b.t(text)
		}
	}
	return ""
}

// suppliesShort says what the 14 days' supplies still lack, as one
// sentence that must be met before work resumes, or "".
func (b *planBuilder) suppliesShort() string {
	q := b.q
	var lacking []assessment.Text
	if q.MasksShort != nil && *q.MasksShort > 0 {
		lacking = append(lacking, msgf("plan.before.lacking.masks", "n", assessment.FormatNumber(float64(*q.MasksShort))))
	}
	t, okT := b.num("thermometers")
	if q.ThermometersNeeded != nil && okT && int(t) < *q.ThermometersNeeded {
		lacking = append(lacking, msgf("plan.before.lacking.thermometers", "n", assessment.FormatNumber(float64(*q.ThermometersNeeded)-t)))
	}
	if d, ok := b.yes("disinfectant_stock"); ok && !d {
		lacking = append(lacking, msg("plan.before.lacking.disinfection"))
	}
	if g, ok := b.num("entrances"); ok && g < 1 {
		lacking = append(lacking, msg("plan.before.lacking.entrance"))
	}
	if len(lacking) == 0 {
		return b.must("supplies_14d", msg("plan.before.must.supplies_14d"))
	}
	return b.must("supplies_14d", msgf("plan.before.must.supplies_14d.lacking", "lacking", assessment.Join(msg("punct.enum_comma"), lacking...)))
}

// screeningMust says what the returnees and a case among staff still need
// before work resumes, when those items are unmet.
func (b *planBuilder) screeningMust() string {
	return b.must("returnees_quarantined", msg("plan.before.must.returnees_quarantined")) +
		b.must("active_cases", msg("plan.before.must.active_cases"))
}
