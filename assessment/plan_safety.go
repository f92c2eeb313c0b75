package assessment

import "strconv"

// safetyChecks are the checklist's rows: what is checked and how.
var safetyChecks = [][2]Text{
	{txt("生产设备设施", "Production equipment", "生産設備", "생산 설비"),
		txt("停产期间的设备逐台检查、试运行，安全防护装置完好", "each machine idle during the stoppage inspected and test-run; safety guards intact", "停止期間中の設備を1台ずつ点検・試運転し、安全防護装置が正常であること", "가동 중지 기간의 설비를 한 대씩 점검·시운전하고 안전 방호 장치가 정상일 것")},
	{txt("电气线路", "Electrical wiring", "電気設備", "전기 설비"),
		txt("配电设施、线路绝缘和漏电保护完好", "distribution equipment, insulation and residual-current protection in good condition", "配電設備、配線の絶縁及び漏電保護が正常であること", "배전 설비, 배선 절연 및 누전 보호가 정상일 것")},
	{txt("消防设施", "Fire safety", "消防設備", "소방 시설"),
		txt("消防通道畅通，灭火器、消火栓和报警系统有效", "fire escape routes clear; extinguishers, hydrants and alarm systems effective", "避難通路が確保され、消火器、消火栓及び警報設備が有効であること", "소방 통로가 확보되고 소화기, 소화전 및 경보 설비가 유효할 것")},
	{txt("危险化学品", "Hazardous chemicals", "危険化学品", "위험화학품"),
		txt("储存和使用场所、台账核查，排查泄漏和超期存放", "storage and use locations and records checked; leaks and overdue storage ruled out", "保管・使用場所及び台帳を確認し、漏えいや期限超過の保管がないこと", "보관·사용 장소와 대장을 확인하고 누출 및 기한 초과 보관이 없을 것")},
	{txt("特种设备和特种作业", "Special equipment and special operations", "特定設備及び特殊作業", "특수 설비 및 특수 작업"),
		txt("锅炉、压力容器、起重机械、电梯等检验有效，特种作业人员持证上岗", "boilers, pressure vessels, cranes, lifts and similar equipment validly inspected; special operations performed by certified personnel only", "ボイラー、圧力容器、クレーン、エレベーター等の検査が有効で、特殊作業従事者が資格を有すること", "보일러, 압력 용기, 크레인, 엘리베이터 등의 검사가 유효하고 특수 작업자가 자격을 갖출 것")},
	{txt("复工安全教育", "Safety education on resumption", "再開時の安全教育", "재개 시 안전 교육"),
		txt("对返岗人员开展安全生产教育，明确岗位风险和操作规程", "returning staff given production safety education on the risks and operating procedures of their posts", "復帰者に生産安全教育を行い、持ち場のリスクと作業手順を周知すること", "복귀 인원에게 생산 안전 교육을 하고 직무 위험과 작업 절차를 주지시킬 것")},
	{txt("应急准备", "Emergency readiness", "緊急時の備え", "비상 대비"),
		txt("安全生产应急预案和应急物资完备", "production safety emergency plan and emergency supplies complete", "生産安全の緊急対応計画及び緊急用物資が整っていること", "생산 안전 비상 대응 계획과 비상 물자가 갖추어져 있을 것")},
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
