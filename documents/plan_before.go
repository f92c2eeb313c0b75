package documents

import "fugong/assessment"

// must returns a sentence saying what must be done before work resumes
// (须在复工前…) about readiness item id, in the plan's language, and
// records the claim on the section being built (Section.BeforeWork) — but
// only when the item applies and is an unmet critical or required item of
// the result; otherwise it returns "". So the plan never says "须在复工前"
// for something the result counts as met, and a ready result never meets
// such a sentence. The Chinese text must hold "须在复工前" once.
func (b *planBuilder) must(id, zh, en, ja, ko string) string {
	for _, it := range b.r.Items {
		if it.ID == id && !it.Met && (it.Level == assessment.Critical || it.Level == assessment.Required) {
			b.claims = append(b.claims, id)
			return b.s(zh, en, ja, ko)
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
		return b.must("supplies_14d", "14 天防疫物资须在复工前备足。", " Prevention supplies for 14 days shall be fully stocked before work resumes.",
			"14日分の防疫物資を操業再開前に備えなければならない。", " 14일분 방역 물자를 업무 재개 전에 갖추어야 한다.")
	}
	return b.must("supplies_14d", "尚缺"+joinWith(zh, "、")+"，须在复工前补足。", " The following are still lacking and shall be made up before work resumes: "+joinWith(en, ", ")+".",
		joinWith(ja, "、")+"が不足しており、操業再開前に補充しなければならない。", " "+joinWith(ko, ", ")+"이(가) 부족하므로 업무 재개 전에 보충해야 한다.")
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
	return b.must("returnees_quarantined", "中、高风险地区返岗人员中隔离期未满的，须在复工前确认其均在集中（居家）隔离、不到岗。",
		"Before work resumes, it shall be confirmed that every returnee from a medium- or high-risk region whose quarantine has not ended is in central (or home) quarantine and not at work.",
		"操業再開前に、隔離期間未満了の中・高リスク地域からの復帰者が全員隔離中で出勤していないことを確認しなければならない。",
		"업무 재개 전에 격리 기간이 만료되지 않은 중·고위험 지역 복귀자가 모두 격리 중이며 출근하지 않음을 확인해야 한다.") +
		b.must("active_cases", "有员工正在接受感染治疗，须在复工前配合属地疾病预防控制机构完成密切接触者追踪和终末消毒，并经其同意。",
			"An employee is receiving treatment for infection: before work resumes, the Enterprise shall assist the local centre for disease control in tracing close contacts and carrying out terminal disinfection, and shall obtain its agreement.",
			"従業員が感染治療中であるため、操業再開前に所在地の疾病予防管理センターによる濃厚接触者の追跡と最終消毒に協力し、その同意を得なければならない。",
			"직원이 감염 치료 중이므로 업무 재개 전에 관할 질병예방통제센터의 밀접 접촉자 추적과 최종 소독에 협조하고 그 동의를 받아야 한다.")
}
