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
	var zh, en, ja, ko []string
	if q.MasksShort != nil && *q.MasksShort > 0 {
		m := assessment.FormatNumber(float64(*q.MasksShort))
		zh, en, ja, ko = append(zh, "口罩 "+m+" 只"), append(en, m+" masks"), append(ja, "マスク"+m+"枚"), append(ko, "마스크 "+m+"장")
	}
	t, okT := b.num("thermometers")
	if q.ThermometersNeeded != nil && okT && int(t) < *q.ThermometersNeeded {
		k := assessment.FormatNumber(float64(*q.ThermometersNeeded) - t)
		zh, en, ja, ko = append(zh, "测温仪 "+k+" 个"), append(en, k+" thermometers"), append(ja, "体温計"+k+"台"), append(ko, "체온계 "+k+"대")
	}
	if d, ok := b.yes("disinfectant_stock"); ok && !d {
		zh, en, ja, ko = append(zh, "消毒用品"), append(en, "disinfection supplies"), append(ja, "消毒用品"), append(ko, "소독용품")
	}
	if g, ok := b.num("entrances"); ok && g < 1 {
		zh, en, ja, ko = append(zh, "至少 1 个在用出入口"), append(en, "at least one entrance in use"), append(ja, "使用する出入口1か所以上"), append(ko, "사용 출입구 최소 1곳")
	}
	if len(zh) == 0 {
		return b.must("supplies_14d", msg("plan.before.must.supplies_14d"))
	}
	lacking := assessment.NewText(joinWith(zh, "、"), joinWith(en, ", "), joinWith(ja, "、"), joinWith(ko, ", "))
	return b.must("supplies_14d", msgf("plan.before.must.supplies_14d.lacking", "lacking", lacking))
}

// joinWith joins parts with sep.
func joinWith(parts []string, sep string) string {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += sep
		}
		s += p
	}
	return s
}

// screeningMust says what the returnees and a case among staff still need
// before work resumes, when those items are unmet.
func (b *planBuilder) screeningMust() string {
	return b.must("returnees_quarantined", msg("plan.before.must.returnees_quarantined")) +
		b.must("active_cases", msg("plan.before.must.active_cases"))
}
