package assessment

import "strconv"

// safetyChecks are the checklist's rows: what is checked and how.
var safetyChecks = [][2]Text{
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
	status := b.s("待检查", "to be inspected", "未点検", "점검 예정")
	p := b.s("复工前安全生产检查尚未完成，应在开工前逐项检查合格。", "The production safety inspection before resumption has not yet been completed; each item shall be inspected and passed before production starts.",
		"操業再開前の生産安全点検は未了であり、生産開始前に各項目を点検し合格させる。", "업무 재개 전 생산 안전 점검을 아직 마치지 않았으며, 가동 전에 항목별로 점검하여 합격해야 한다.")
	switch {
	case !answered:
		p = b.s("复工前安全生产检查情况", "Production safety inspection before resumption: ", "操業再開前の生産安全点検の状況", "업무 재개 전 생산 안전 점검 현황") + b.tbdText(label("safety_check_done")) + b.s("。", ".", "。", ".")
	case done:
		status = b.s("已检查合格", "inspected, passed", "点検済み・合格", "점검 완료·합격")
		p = b.s("复工前已完成安全生产检查，各项检查合格。", "The production safety inspection before resumption has been completed, and every item has been passed.",
			"操業再開前の生産安全点検を終え、各項目とも合格している。", "업무 재개 전 생산 안전 점검을 마쳤으며 각 항목이 합격했다.")
	}
	var rows [][]string
	for i, c := range safetyChecks {
		rows = append(rows, []string{strconv.Itoa(i + 1), b.t(c[0]), b.t(c[1]), status})
	}
	return []Block{para(p), table([]string{b.s("序号", "No.", "番号", "번호"), b.s("检查项目", "Item", "点検項目", "점검 항목"),
		b.s("检查内容", "Scope of inspection", "点検内容", "점검 내용"), b.s("结果", "Result", "結果", "결과")}, rows, 0.6, 2, 5, 1.6)}
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
	return b.s("（电话 "+h+"）", " (phone "+h+")", "（電話 "+h+"）", "(전화 "+h+")")
}

// sittingsWarning says, when feeding the largest shift at 1 m spacing
// takes more than MaxCanteenSittings sittings, that sittings alone are
// unworkable and what to do instead; "" otherwise.
func (b *planBuilder) sittingsWarning() string {
	n := b.q.CanteenSittings
	if n == nil || *n <= MaxCanteenSittings {
		return ""
	}
	k := strconv.Itoa(*n)
	return b.s("分 "+k+" 批就餐难以在一个就餐时段内完成，应改为盒饭配送到工位或指定区域分散就餐，或增设就餐场地，减少每批就餐人数。",
		k+" sittings cannot be completed within one meal period; boxed meals shall instead be delivered to work stations or designated areas for separate dining, or additional dining space shall be provided to reduce the number of diners per sitting. ",
		k+"回の時差喫食は一つの食事時間内に収まらないため、弁当を各自の席又は指定場所に配って分散して食事をとるか、食事場所を増やして1回当たりの人数を減らす。",
		k+"회 분산 식사는 한 식사 시간 안에 끝낼 수 없으므로 도시락을 작업 위치나 지정 구역으로 배달하여 분산 식사하거나 식사 공간을 늘려 회차별 인원을 줄인다. ")
}
