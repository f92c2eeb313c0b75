package assessment

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
	s := b.s("车间、办公室、会议室", "workshops, offices, meeting rooms", "作業場、事務所、会議室", "작업장, 사무실, 회의실")
	if b.hasCanteen() {
		s += b.s("、食堂", ", the canteen", "、社員食堂", ", 구내식당")
	}
	if b.hasDorm() {
		s += b.s("、宿舍", ", dormitories", "、寮", ", 기숙사")
	}
	if b.hasShuttle() {
		s += b.s("、通勤班车", ", shuttle buses", "、通勤バス", ", 통근 버스")
	}
	return s + b.s("、卫生间、电梯", ", toilets, lifts", "、トイレ、エレベーター", ", 화장실, 엘리베이터")
}

func (b *planBuilder) prevIntro() []Block {
	who := b.enterprise()
	var facts []string
	if n, ok := b.num("employees_total"); ok {
		facts = append(facts, b.s("职工 "+fmtNum(n)+" 人", fmtNum(n)+" employees", "従業員"+fmtNum(n)+"人", "직원 "+fmtNum(n)+"명"))
	}
	if p := b.str("main_products"); p != "" {
		facts = append(facts, b.s("主要产品："+p, "main products: "+p, "主要製品："+p, "주요 제품: "+p))
	}
	f := ""
	for i, x := range facts {
		if i > 0 {
			f += b.s("，", ", ", "、", ", ")
		}
		f += x
	}
	if f != "" {
		f = b.s("（"+f+"）", " ("+f+")", "（"+f+"）", "("+f+")")
	}
	return []Block{para(b.s(
		"为做好复工复产期间的新冠肺炎疫情防控工作，保障员工生命安全和身体健康，根据国家和属地疫情防控有关规定，结合"+who+f+"实际，制定本方案。本方案自复工之日起实施，由本企业疫情防控工作领导小组组织落实，并随疫情形势和上级要求及时调整。",
		"In order to prevent and control COVID-19 during the resumption of work and production and to safeguard the life and health of its employees, "+who+f+" has drawn up this plan in accordance with the national and local regulations on epidemic prevention and control and in the light of its actual circumstances. This plan shall be implemented from the day work resumes, shall be carried out under the direction of the Enterprise's epidemic prevention leading group, and shall be adjusted promptly as the epidemic situation and the requirements of the authorities change.",
		"操業再開期間における新型コロナウイルス感染症の感染防止対策を徹底し、従業員の生命の安全と健康を守るため、国及び所在地の感染防止に関する規定に基づき、"+who+f+"の実情を踏まえて本計画を定める。本計画は操業再開の日から実施し、当社の感染防止対策チームが実施に当たり、感染状況及び上級機関の要請に応じて随時見直す。",
		"업무 재개 기간 코로나19 방역을 철저히 하고 직원의 생명 안전과 건강을 지키기 위해 국가 및 관할 지역의 방역 관련 규정에 따라 "+who+f+"의 실정에 맞추어 본 계획을 수립한다. 본 계획은 업무 재개일부터 시행하며, 본 기업 방역 대책반이 이행을 맡고, 감염 상황과 상급 기관의 요구에 따라 수시로 조정한다."))}
}

// roleRow is one task of the prevention team: the answer naming who does
// it, the task and its duties.
type roleRow struct {
	id         string
	role, duty Text
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
func (b *planBuilder) roster(roles []roleRow, taskHeader, dutyHeader Text) Block {
	var rows [][]string
	for _, r := range roles {
		o := b.person(r.id)
		name, ph := o.name, o.phone
		if name == "" {
			name = b.tbd("负责人", "person", "担当者", "담당자")
		}
		if ph == "" {
			ph = b.tbd("电话", "phone", "電話番号", "전화번호")
		}
		rows = append(rows, []string{b.t(r.role), name, ph, b.t(r.duty)})
	}
	return table([]string{b.t(taskHeader), b.s("负责人", "Person", "担当者", "담당자"), b.s("电话", "Phone", "電話", "전화"), b.t(dutyHeader)}, rows, 2, 1.5, 2, 4)
}

func (b *planBuilder) prevOrganization() []Block {
	l := b.person("leader_name")
	phone := l.phone
	if phone == "" {
		phone = b.tbd("组长电话", "group leader's phone", "リーダーの電話番号", "반장 전화번호")
	}
	first := b.s("法定代表人（主要负责人）是本企业疫情防控第一责任人。", "The legal representative (principal person in charge) bears first responsibility for epidemic prevention and control at the Enterprise. ",
		"法定代表者（主たる責任者）が当社の感染防止の第一責任者である。", "법정대표자(주요 책임자)가 본 기업 방역의 제1 책임자이다. ")
	if rep := b.str("legal_rep"); rep != "" {
		first = b.s("法定代表人"+rep+"是本企业疫情防控第一责任人。", "The legal representative, "+rep+", bears first responsibility for epidemic prevention and control at the Enterprise. ",
			"法定代表者"+rep+"が当社の感染防止の第一責任者である。", "법정대표자 "+rep+"이(가) 본 기업 방역의 제1 책임자이다. ")
	}
	var intro string
	if l.name != "" {
		intro = first + b.s("成立以"+l.name+"为组长的疫情防控工作领导小组（组长电话 "+phone+"），组长具体负责本企业疫情防控工作的组织实施。",
			"An epidemic prevention leading group headed by "+l.name+" (phone "+phone+") has been established; the group leader is responsible for organising and implementing the Enterprise's epidemic prevention work.",
			l.name+"をリーダーとする感染防止対策チームを設置し（リーダーの電話 "+phone+"）、リーダーが当社の感染防止対策の実施を統括する。",
			l.name+"을(를) 반장으로 하는 방역 대책반을 구성하며(반장 전화 "+phone+"), 반장이 본 기업 방역 업무의 시행을 총괄한다.")
	} else {
		t := b.tbd("组长姓名及电话", "the group leader's name and phone", "リーダーの氏名・電話番号", "반장 성명 및 전화번호")
		intro = first + b.s("成立疫情防控工作领导小组，组长具体负责本企业疫情防控工作的组织实施"+t+"。",
			"An epidemic prevention leading group has been established; the group leader is responsible for organising and implementing the Enterprise's epidemic prevention work "+t+".",
			"感染防止対策チームを設置し、リーダーが当社の感染防止対策の実施を統括する"+t+"。",
			"방역 대책반을 구성하며, 반장이 본 기업 방역 업무의 시행을 총괄한다"+t+".")
	}
	intro += b.must("team_named", "须在复工前明确疫情防控工作领导小组组长，并留有效联系电话。", " The group leader and a valid contact telephone number shall be designated before work resumes.",
		"操業再開前にリーダーを定め、連絡の取れる電話番号を登録しなければならない。", " 업무 재개 전에 반장을 정하고 연락 가능한 전화번호를 등록해야 한다.")
	return []Block{
		para(intro),
		b.roster(officerRoles, msg("plan.prevention.prev_organization.task"), msg("plan.prevention.prev_organization.duties")),
		para(b.s("宣传教育和个人防护用品发放由组长统筹安排；各负责人对本岗位防控措施的落实负直接责任。领导小组每日召开例会（可采用视频方式），研究解决防控工作中的问题。",
			"The group leader coordinates awareness-raising and the distribution of personal protective equipment; each officer is directly responsible for the implementation of the measures within their remit. The leading group meets daily (by video conference where appropriate) to study and resolve problems in prevention work.",
			"周知・教育及び個人防護具の配布はリーダーが統括する。各担当者は担当する対策の実施に直接責任を負う。チームは毎日定例会議を開催し（オンライン可）、対策上の課題を検討し解決する。",
			"홍보·교육과 개인 보호구 배부는 반장이 총괄하며, 각 담당자는 담당 방역 조치의 이행에 직접 책임을 진다. 대책반은 매일 회의(화상 가능)를 열어 방역상의 문제를 검토·해결한다.")),
	}
}

func (b *planBuilder) prevScreening() []Block {
	var intro string
	if n, ok := b.num("employees_total"); ok {
		k := fmtNum(n)
		intro = b.s("对全体员工（职工总数 "+k+" 人）", "All employees ("+k+" in total)", "全従業員（従業員総数"+k+"人）について", "전 직원(직원 총수 "+k+"명)을 대상으로")
	} else {
		intro = b.s("对全体员工", "All employees", "全従業員について", "전 직원을 대상으로")
	}
	intro += b.s("逐一排查近 14 天的行程和健康状况，建立一人一档健康档案，每日更新。",
		" are screened individually for their travel and health over the previous 14 days; a health record is kept for each person and updated daily. ",
		"直近14日間の行動歴と健康状態を1人ずつ確認し、1人1件の健康記録を作成して毎日更新する。",
		" 최근 14일간의 이동 경로와 건강 상태를 한 명씩 조사하고, 1인 1건 건강 기록을 작성하여 매일 갱신한다. ")
	intro += b.choose("staff_screened", b.s("目前已完成全员排查。", "Screening of all employees has been completed.", "現在、全員の確認を終えている。", "현재 전원 조사를 마쳤다."),
		b.must("staff_screened", "目前尚未完成全员排查，须在复工前完成。", "Screening of all employees has not yet been completed and shall be completed before work resumes.",
			"現在、全員の確認は完了しておらず、操業再開前に完了させなければならない。", "현재 전원 조사를 마치지 못했으며, 업무 재개 전에 완료해야 한다."))

	var low string
	if n, ok := b.num("returnees_low_risk"); ok {
		k := fmtNum(n)
		low = b.s("来自低风险地区的返岗人员（"+k+" 人）", "Returnees from low-risk regions ("+k+")", "低リスク地域からの復帰者（"+k+"人）", "저위험 지역 복귀자("+k+"명)")
	} else {
		low = b.s("来自低风险地区的返岗人员", "Returnees from low-risk regions", "低リスク地域からの復帰者", "저위험 지역 복귀자")
	}
	low += b.s("：体温正常、无发热和呼吸道症状的，可正常上岗。", ": may work normally if their temperature is normal and they have no fever or respiratory symptoms.",
		"：体温が正常で、発熱及び呼吸器症状がなければ通常どおり勤務できる。", ": 체온이 정상이고 발열 및 호흡기 증상이 없으면 정상 근무할 수 있다.")

	normal, ordinary := b.count("staff_normal", uPeople), b.count("staff_ordinary_isolation", uPeople)
	key, treated := b.count("staff_key_isolation", uPeople), b.count("staff_in_treatment", uPeople)
	intro += b.screeningMust()
	return []Block{
		para(intro),
		para(b.s("返岗人员按来源地区的风险等级分类管理：", "Returnees are managed by category according to the risk level of the region from which they return:",
			"職場復帰者は、出発地のリスクレベルに応じて区分して管理する。", "복귀 인원은 출발 지역의 위험 등급에 따라 분류하여 관리한다.")),
		list(low, b.midHighReturnees(),
			b.s("境外入境人员：按入境规定集中隔离医学观察 14 天，期满并按属地要求经核酸检测阴性后方可上岗。",
				"Arrivals from abroad: shall undergo 14 days of central quarantine under medical observation in accordance with the entry regulations, and may work only after the period has ended and, where required locally, a nucleic acid test has been negative.",
				"国外からの入国者：入国規定に従い14日間の集中隔離による医学的観察を行い、期間満了後、所在地の定めによりPCR検査で陰性となった後に勤務させる。",
				"해외 입국자: 입국 규정에 따라 14일간 시설 격리 의학 관찰을 하며, 기간 만료 후 관할 지역의 요구에 따라 PCR 검사 음성 판정을 받은 후에 근무하게 한다."),
			b.s("隔离期间不得上岗，每日早、晚各测量一次体温，由专人跟踪记录；居家隔离的，与所在社区"+b.communityPhone()+"保持联系。",
				"No person in quarantine may work; their temperature shall be taken every morning and evening and recorded by a designated person; for home quarantine, the Enterprise shall maintain contact with the local community"+b.communityPhone()+".",
				"隔離期間中は勤務させず、毎日朝晩各1回検温し、担当者が経過を記録する。自宅隔離の場合は所在地の地域"+b.communityPhone()+"と連絡を保つ。",
				"격리 기간에는 근무할 수 없으며, 매일 아침저녁 각 1회 체온을 측정하고 담당자가 추적 기록한다. 자가 격리의 경우 관할 지역사회"+b.communityPhone()+"와 연락을 유지한다.")),
		para(b.batchReturn()),
		para(b.s("人员分类建档管理：正常人员 "+normal+"，普通隔离人员 "+ordinary+"，重点隔离人员 "+key+"，感染治疗人员 "+treated+"（详见“人员情况”）。",
			"Staff are recorded and managed by class: normal "+normal+", ordinary isolation "+ordinary+", key isolation "+key+", under treatment "+treated+" (see the staff summary).",
			"分類別の記録管理：通常勤務者"+normal+"、一般隔離者"+ordinary+"、重点隔離者"+key+"、感染治療中の者"+treated+"（詳細は「従業員の状況」を参照）。",
			"분류별 기록 관리: 정상 인원 "+normal+", 일반 격리 인원 "+ordinary+", 중점 격리 인원 "+key+", 감염 치료 인원 "+treated+"(상세 내용은 ‘인원 현황’ 참조).")),
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
		t := b.tbd("人数", "number", "人数", "인원")
		return b.s("来自中、高风险地区的返岗人员"+t+"："+b.t(quarantineRule)+"。",
			"Returnees from medium- and high-risk regions "+t+" "+b.t(quarantineRule)+".",
			"中・高リスク地域からの復帰者"+t+"："+b.t(quarantineRule)+"。",
			"중·고위험 지역 복귀자"+t+": "+b.t(quarantineRule)+".")
	case n == 0:
		return b.s("目前没有来自中、高风险地区的返岗人员；今后如有，"+b.t(quarantineRule)+"。",
			"At present there are no returnees from medium- or high-risk regions; any such returnees in future "+b.t(quarantineRule)+".",
			"現在、中・高リスク地域からの復帰者はいない。今後生じた場合："+b.t(quarantineRule)+"。",
			"현재 중·고위험 지역 복귀자는 없다. 향후 발생하면 "+b.t(quarantineRule)+".")
	}
	k := fmtNum(n)
	var parts []string
	head := b.s("来自中、高风险地区的返岗人员 "+k+" 人", enPlural(n, "The 1 returnee from a medium- or high-risk region", "The "+k+" returnees from medium- and high-risk regions"),
		"中・高リスク地域からの復帰者"+k+"人", "중·고위험 지역 복귀자 "+k+"명")
	if h, ok := b.num("returnees_high_risk"); ok {
		hk := fmtNum(h)
		head += b.s("（其中高风险地区 "+hk+" 人）", " (of whom "+hk+" from high-risk regions)", "（うち高リスク地域"+hk+"人）", "(그중 고위험 지역 "+hk+"명)")
	}
	parts = append(parts, head+b.s("：", " ", "：", ": ")+b.t(quarantineRule))
	q := b.q
	if ends := b.quarantineEndsClause(); ends != "" {
		parts = append(parts, ends)
	} else {
		if first := b.str("returnees_first_return"); first != "" && q.FirstQuarantineEnds != "" {
			f, e := b.day(first), b.day(q.FirstQuarantineEnds)
			parts = append(parts, b.s("最早于"+f+"返回，隔离期至"+e, "the earliest returned on "+f+" and is in quarantine until "+e,
				"最初の復帰は"+f+"、隔離期間は"+e+"まで", "최초 복귀일은 "+f+", 격리 기간은 "+e+"까지"))
		}
		if last := b.str("returnees_last_return"); last != "" && q.QuarantineEnds != "" {
			l, e := b.day(last), b.day(q.QuarantineEnds)
			parts = append(parts, b.s("最晚于"+l+"返回，全部人员隔离期满日期为"+e, "the latest returned on "+l+", and all quarantine periods end by "+e,
				"最後の復帰は"+l+"、全員の隔離期間満了日は"+e, "최종 복귀일은 "+l+", 전원 격리 만료일은 "+e))
		} else {
			t := b.tbd("中、高风险返岗人员最晚返回日期", "the latest return date", "中・高リスク地域からの最後の復帰日", "중·고위험 지역 최종 복귀일")
			parts = append(parts, b.s("全部人员隔离期满日期"+t, "all quarantine periods end "+t, "全員の隔離期間満了日"+t, "전원 격리 만료일"+t))
		}
	}
	if c, ok := b.num("returnees_cleared"); ok && q.ReturneesInQuarantine != nil {
		ck, sk := fmtNum(c), fmtNum(float64(*q.ReturneesInQuarantine))
		parts = append(parts, b.s("已满 14 天医学观察 "+ck+" 人，未满 "+sk+" 人", ck+" have completed 14 days of medical observation and "+sk+" have not",
			"14日間の医学的観察の終了者"+ck+"人、未終了者 "+sk+"人", "14일 의학 관찰 완료 "+ck+"명, 미완료 "+sk+"명"))
		if away, ok := b.num("returnees_in_quarantine"); ok && *q.ReturneesInQuarantine > 0 {
			ak := fmtNum(away)
			parts = append(parts, b.s("其中尚在隔离、未到岗 "+ak+" 人", "of whom "+ak+" are still in quarantine and away from work",
				"うち隔離中で出勤していない者"+ak+"人", "그중 격리 중·미출근 "+ak+"명"))
		}
	} else {
		t := b.tbd("已解除隔离的人数", "number cleared", "隔離解除者数", "격리 해제 인원")
		parts = append(parts, b.s("已解除隔离人数"+t, "number cleared "+t, "隔離解除者数"+t, "격리 해제 인원"+t))
	}
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += b.s("；", "; ", "。", ". ")
		}
		s += p
	}
	return s + b.s("。", ".", "。", ".")
}

// batchReturn is the paragraph on returning to work in batches.
func (b *planBuilder) batchReturn() string {
	r := b.r
	batch := ""
	if r.Batch > 0 {
		bn := b.batchName(r.Batch)
		batch = b.s("本企业列入"+bn+"复工", "The Enterprise resumes work in "+bn, "当社は"+bn+"として操業を再開する", "본 기업은 "+bn+" 재개 대상이다")
		if r.BatchDate != "" {
			d := b.day(r.BatchDate)
			batch += b.s("（园区开放日期"+d+"起）", " (opened by the park from "+d+")", "（園区の開始日"+d+"）", "(단지 개시일 "+d+")")
		}
		batch += b.s("，", "; ", "。", ". ")
	}
	s := batch + b.s("按生产需要分批安排员工返岗，先本地、后外地，先关键岗位、后一般岗位。外地员工返岗提倡点对点接送，避免乘坐公共交通",
		"employees return in batches according to production needs, local employees before those from elsewhere and key posts before general posts. Employees returning from elsewhere are encouraged to travel by point-to-point transport and to avoid public transport",
		"従業員は生産の必要に応じて順次職場に復帰させ、地元の従業員を先に、他地域の従業員を後に、重要な持ち場を先に、一般の持ち場を後にする。他地域から戻る従業員には、公共交通機関を避け、送迎による直行での移動を推奨する",
		"직원은 생산 필요에 따라 단계적으로 복귀시키되, 현지 직원을 먼저, 타지역 직원을 나중에, 핵심 직무를 먼저, 일반 직무를 나중에 복귀시킨다. 타지역 직원은 대중교통을 피하고 출발지에서 사업장까지 직행 송영을 이용하도록 권장한다")
	for _, o := range b.a.Park.Support {
		if o.ID == "shuttle_service" {
			s += b.s("；园区提供复工直通车（外地员工点对点返岗），可向园区报名", "; the park operates a return shuttle for employees from elsewhere, for which the Enterprise may apply to the park",
				"。園区は他地域の従業員向けに職場復帰直通バスを運行しており、園区に申し込むことができる", ". 단지는 타지역 직원을 위한 복귀 직통 버스를 운행하며, 단지에 신청할 수 있다")
		}
	}
	return s + b.s("。", ".", "。", ".")
}

func (b *planBuilder) prevHealth() []Block {
	var report string
	if h := b.str("symptom_hotline"); h != "" {
		report = b.s("应立即拨打可疑症状报告电话 "+h, "call the hotline for suspected symptoms "+h, "直ちに疑わしい症状の報告電話 "+h+" に連絡しなければならない", "즉시 의심 증상 신고 전화 "+h+"(으)로 연락해야 한다")
	} else {
		l := b.leader()
		report = b.s("应立即向疫情防控工作领导小组组长"+l+"报告", "report immediately to the group leader "+l,
			"直ちに感染防止対策チームのリーダー"+l+"に報告しなければならない", "즉시 방역 대책반 반장 "+l+"에게 보고해야 한다")
	}
	whoTwice := b.s("隔离观察人员", "Staff under isolation and observation", "隔離観察中の者", "격리 관찰 인원")
	if b.hasDorm() {
		whoTwice += b.s("和住宿舍的员工", " and those living in dormitories", "及び寮に住む従業員", " 및 기숙사 거주 직원")
	}
	temp := b.who("temperature_officer", roleTemperature)
	rep := b.who("reporting_officer", roleReporting)
	park := b.parkName()
	return []Block{list(
		b.s("所有人员每日进入厂区时测量体温并登记，由体温检测负责人"+temp+"组织实施。",
			"The temperature of every person shall be taken and recorded on entering the site each day; this is organised by the temperature-check officer "+temp+".",
			"全員、毎日構内に入る際に検温し記録する。検温担当者"+temp+"が実施を統括する。",
			"모든 인원은 매일 사업장에 들어올 때 체온을 측정하고 기록하며, 체온 측정 담당자 "+temp+"이(가) 이를 주관한다."),
		b.s("体温 ≥37.3°C 的，休息 5 分钟后复测；复测仍 ≥37.3°C 的，立即佩戴口罩送临时隔离观察室，按应急预案处置。",
			"A person with a temperature of 37.3 °C or above shall rest for 5 minutes and be measured again; if the temperature is still 37.3 °C or above, the person shall immediately put on a mask and be taken to the temporary isolation room, and the emergency plan shall apply.",
			"体温が37.3°C以上の者は5分間休憩した後に再検温する。再検温でも37.3°C以上の場合は、直ちにマスクを着用させて臨時隔離観察室に移し、緊急対応計画に従って対応する。",
			"체온이 37.3°C 이상인 사람은 5분간 휴식한 후 다시 측정한다. 재측정에서도 37.3°C 이상이면 즉시 마스크를 착용시켜 임시 격리 관찰실로 옮기고 비상 대응 계획에 따라 조치한다."),
		whoTwice+b.s("每日早、晚各测量一次体温并记录。", " shall have their temperature taken every morning and evening and recorded.",
			"は、毎日朝晩各1回検温し記録する。", "은(는) 매일 아침저녁 각 1회 체온을 측정하고 기록한다."),
		b.s("员工出现发热、干咳、乏力、咽痛、腹泻等症状的，不得带病上岗，"+report+"。",
			"Employees with fever, dry cough, fatigue, sore throat, diarrhoea or similar symptoms shall not work while ill and shall "+report+".",
			"発熱、乾いた咳、倦怠感、喉の痛み、下痢等の症状がある従業員は勤務してはならず、"+report+"。",
			"발열, 마른기침, 무력감, 인후통, 설사 등의 증상이 있는 직원은 근무해서는 안 되며, "+report+"."),
		b.s("建立缺勤人员健康跟踪制度：员工缺勤的，当日了解缺勤原因和健康状况；因发热、咳嗽等症状缺勤的，督促其及时就医，跟踪诊疗结果并报告，痊愈后凭健康证明返岗。",
			"A health follow-up system for absent employees is established: on the day an employee is absent, the reason for the absence and the employee's health shall be ascertained; an employee absent with fever, cough or similar symptoms shall be urged to seek medical care promptly, the diagnosis shall be followed up and reported, and the employee shall return to work on recovery with a certificate of health.",
			"欠勤者の健康追跡制度を設ける。従業員が欠勤した場合は当日中に理由と健康状態を確認し、発熱、咳等の症状による欠勤の場合は速やかな受診を促し、診療結果を追跡して報告し、回復後は健康証明により復帰させる。",
			"결근자 건강 추적 제도를 둔다. 직원이 결근하면 당일 결근 사유와 건강 상태를 확인하고, 발열·기침 등 증상으로 결근한 경우 신속한 진료를 독려하며 진료 결과를 추적·보고하고, 완치 후 건강 증명으로 복귀하게 한다."),
		b.s("信息报送负责人"+rep+"每日汇总员工健康情况，向"+park+"和属地疾病预防控制机构"+b.cdcPhone()+"报告（日报告、零报告）。",
			"The reporting officer "+rep+" shall compile the employees' health information every day and report it to "+park+" and the local centre for disease control"+b.cdcPhone()+" (daily reporting, including nil reports).",
			"報告担当者"+rep+"は従業員の健康状況を毎日取りまとめ、"+park+"及び所在地の疾病予防管理機関"+b.cdcPhone()+"に報告する（異常がない日も含め毎日報告する）。",
			"보고 담당자 "+rep+"은(는) 직원 건강 상황을 매일 취합하여 "+park+" 및 관할 질병예방통제기관"+b.cdcPhone()+"에 보고한다(이상이 없는 날에도 매일 보고)."),
	)}
}

func (b *planBuilder) prevEntry() []Block {
	var p string
	gates, ok := b.num("entrances")
	switch {
	case !ok:
		t := b.tbd("出入口数量", "number of entrances", "出入口の数", "출입구 수")
		p = b.s("启用出入口"+t+"。", "Entrances in use: "+t+".", "使用する出入口"+t+"。", "사용 출입구"+t+".")
	case gates < 1:
		t := b.tbd("启用的出入口及值守人员", "the entrances to be used and their attendants", "使用する出入口と立哨担当者", "사용할 출입구와 근무자")
		p = b.s("目前没有启用的出入口"+t+"。", "No entrance is yet in use "+t+".", "現在、使用中の出入口はない"+t+"。", "현재 사용 중인 출입구가 없다"+t+".")
	default:
		g := fmtNum(gates)
		p = b.s("启用出入口 "+g+" 个，", g+" entrances are in use; ", "使用する出入口は"+g+"か所とし、", "사용 출입구는 "+g+"곳이며, ") +
			b.choose("entrance_staff_named", b.s("每个出入口均安排专人值守", "each is staffed by a designated attendant", "各出入口に専任の担当者を配置している", "출입구마다 전담 근무자를 배치했다"),
				b.must("entry_control", "须在复工前为每个出入口安排专人值守", "each shall be staffed by a designated attendant before work resumes",
					"操業再開前に各出入口へ専任の担当者を配置しなければならない", "업무 재개 전에 출입구마다 전담 근무자를 배치해야 한다"))
		if t, ok := b.num("thermometers"); ok {
			tk := fmtNum(t)
			p += b.s("，配备测温仪 "+tk+" 个（至少需要 "+g+" 个，每个出入口 1 个）",
				"; "+tk+" thermometers are provided (at least "+g+" are required, one per entrance)",
				"。体温計は"+tk+"台を備える（出入口ごとに1台、"+g+"台以上必要）",
				". 체온계는 "+tk+"대를 갖추었다(출입구마다 1대, 최소 "+g+"대 필요)")
		}
		p += b.s("。", ".", "。", ".")
	}
	p += b.s("", " ", "", " ") + b.choose("closed_management",
		b.s("厂区实行封闭管理。", "The site is under closed management.", "構内は閉鎖管理とする。", "사업장은 폐쇄식 관리를 시행한다."),
		b.s("厂区须实行封闭管理，无关人员不得进入。", "Closed management shall be applied to the site, and persons without business there shall not enter.",
			"構内は閉鎖管理とし、関係者以外の立入りを禁止しなければならない。", "사업장은 폐쇄식 관리를 시행해야 하며, 관계자 외 출입을 금지한다."))
	temp := b.who("temperature_officer", roleTemperature)
	return []Block{para(p), list(
		b.s("值守人员负责测温、查验和登记，体温检测由"+temp+"统筹。",
			"The attendants shall take temperatures, check and register entrants; temperature checks are coordinated by "+temp+".",
			"立哨担当者は検温、確認及び記録を行い、検温は"+temp+"が統括する。",
			"출입구 근무자는 체온 측정, 확인 및 기록을 맡으며, 체온 측정은 "+temp+"이(가) 총괄한다."),
		b.s("暂停使用指纹考勤机，改用刷卡、人脸识别或登记等非接触方式。", "The use of fingerprint time clocks is suspended; contactless methods such as cards, face recognition or a written register are used instead.",
			"指紋式の勤怠管理機の使用を停止し、カード、顔認証又は記帳等の非接触方式に切り替える。", "지문 인식 근태 관리기 사용을 중지하고 카드, 얼굴 인식 또는 명부 기재 등 비접촉 방식으로 바꾼다."),
		b.s("外来人员非必要不入厂；确需进入的，登记姓名、单位、联系方式和近 14 天行程，测温正常并佩戴口罩后方可进入。",
			"Visitors shall not enter unless necessary; a visitor who must enter shall register their name, employer, contact details and travel over the previous 14 days, and may enter only with a normal temperature and wearing a mask.",
			"外来者は必要な場合を除き構内に入れない。入構が必要な場合は、氏名、所属、連絡先及び直近14日間の行動歴を記録し、体温が正常でマスクを着用していることを確認した上で入構させる。",
			"외부인은 꼭 필요한 경우가 아니면 출입할 수 없다. 출입이 필요한 경우 성명, 소속, 연락처 및 최근 14일간 이동 경로를 기록하고, 체온이 정상이며 마스크를 착용한 후에 출입할 수 있다."),
		b.s("快递、外卖和送货在出入口无接触交接，货车司机非必要不下车。", "Parcels, meal deliveries and goods shall be handed over at the entrance without contact; lorry drivers shall not leave their cabs unless necessary.",
			"宅配便、出前及び納品は出入口で非接触により受け渡し、トラックの運転手は必要な場合を除き降車しない。", "택배, 배달 음식 및 납품은 출입구에서 비대면으로 인계하며, 화물차 운전자는 꼭 필요한 경우가 아니면 하차하지 않는다."),
		b.s("所有人员进出一律佩戴口罩。", "All persons shall wear a mask when entering and leaving the site.", "出入りの際は全員マスクを着用する。", "모든 인원은 출입 시 반드시 마스크를 착용한다."),
	)}
}

func (b *planBuilder) prevWorkplace() []Block {
	area, peak := b.count("floor_area_m2", uSqm), b.count("peak_shift_workers", uPeople)
	p := b.s("车间和办公面积 "+area+"，单班最多在岗 "+peak, "The workshop and office floor area is "+area+", and the maximum number of staff on one shift is "+peak,
		"作業場及び事務所の面積は"+area+"、1シフトの最大在勤人数は"+peak, "작업장 및 사무실 면적 "+area+", 1교대 최대 근무 인원 "+peak)
	if b.q.AreaPerWorker != nil {
		a := fmtNum(*b.q.AreaPerWorker)
		p += b.s("，人均 "+a+" m²", ", "+a+" m² per person", "、1人当たり"+a+" m²", ", 1인당 "+a+" m²")
	}
	p += b.s("。", ".", "。", ".")
	var vent string
	switch b.str("ventilation") {
	case "natural":
		vent = b.s("以自然通风为主，每日开窗通风不少于 3 次，每次不少于 30 分钟。", "Natural ventilation is the main method: windows shall be opened at least 3 times a day for at least 30 minutes each time.",
			"自然換気を主とし、毎日3回以上、1回30分以上窓を開けて換気する。", "자연 환기를 위주로 하며, 매일 3회 이상, 1회 30분 이상 창문을 열어 환기한다.")
	case "fresh_air":
		vent = b.s("空调按全新风方式运行，关闭回风，并定期清洗消毒；每日开窗通风不少于 3 次，每次不少于 30 分钟。",
			"Air conditioning shall run on fresh air only, with recirculation closed, and shall be cleaned and disinfected regularly; windows shall be opened at least 3 times a day for at least 30 minutes each time.",
			"空調は全外気方式で運転して還気を止め、定期的に清掃・消毒する。毎日3回以上、1回30分以上窓を開けて換気する。",
			"공조기는 전외기 방식으로 운전하고 내부 순환을 차단하며 정기적으로 청소·소독한다. 매일 3회 이상, 1회 30분 이상 창문을 열어 환기한다.")
	case "recirculated":
		vent = b.must("ventilation", "目前使用回风（内循环）空调：须在复工前改为全新风运行或停用空调、开窗通风，并清洗消毒空调滤网。",
			"The air conditioning currently recirculates air: before work resumes, it shall be switched to fresh air only or turned off with windows opened for ventilation, and its filters shall be cleaned and disinfected.",
			"現在、還気（内部循環）方式の空調を使用している。操業再開前に全外気方式に切り替えるか、空調を止めて窓を開けて換気し、空調のフィルターを清掃・消毒しなければならない。",
			"현재 내부 순환 방식 공조기를 사용하고 있다. 업무 재개 전에 전외기 방식으로 바꾸거나 공조기를 끄고 창문을 열어 환기해야 하며, 공조기 필터를 청소·소독해야 한다.")
	default:
		t := b.tbd("通风方式", "ventilation method", "換気方式", "환기 방식")
		vent = b.s("通风方式"+t+"：优先自然通风；使用空调的须全新风运行，关闭回风。", "Ventilation method "+t+": natural ventilation is preferred; air conditioning, where used, shall run on fresh air only with recirculation closed.",
			"換気方式"+t+"：自然換気を優先し、空調を使用する場合は全外気方式で運転して還気を止める。", "환기 방식"+t+": 자연 환기를 우선하며, 공조기를 사용할 경우 전외기 방식으로 운전하고 내부 순환을 차단한다.")
	}
	return []Block{para(p), list(
		vent,
		b.choose("can_keep_1m", b.s("工位之间保持 1 米以上间距。", "Work stations shall be at least 1 m apart.", "作業場所の間は1メートル以上の間隔を保つ。", "작업 위치 간 1미터 이상의 간격을 유지한다."),
			b.s("目前工位不能保持 1 米以上间距，应通过分班、错峰、减少单班在岗人数或加设隔挡予以解决。",
				"Work stations cannot yet be kept 1 m apart; this shall be resolved by shift work, staggered hours, fewer staff per shift or the installation of screens.",
				"現在、作業場所の間で1メートル以上の間隔を保てないため、交替制、時差勤務、1シフトの在勤人数の削減又は仕切りの設置により解消する。",
				"현재 작업 위치 간 1미터 이상의 간격을 유지할 수 없으므로 교대 근무, 시차 근무, 1교대 근무 인원 축소 또는 칸막이 설치로 해결한다.")),
		b.s("员工在岗期间全程佩戴口罩，口罩每 4 小时或潮湿、污染时更换。", "Employees shall wear masks at all times while at work and change them every 4 hours or when damp or soiled.",
			"従業員は勤務中常にマスクを着用し、4時間ごと又は湿ったり汚れたりした時に交換する。", "직원은 근무 중 항상 마스크를 착용하고, 4시간마다 또는 젖거나 오염되었을 때 교체한다."),
		b.s("车间、办公室和卫生间配备洗手设施和洗手液（或免洗手消毒液），员工应勤洗手。", "Workshops, offices and toilets shall be equipped with hand-washing facilities and liquid soap (or hand sanitiser); employees shall wash their hands frequently.",
			"作業場、事務所及びトイレに手洗い設備と液体石けん（又は手指消毒剤）を備え、こまめに手を洗う。", "작업장, 사무실 및 화장실에 손 씻기 시설과 물비누(또는 손 소독제)를 비치하고 자주 손을 씻는다."),
		b.s("减少会议，提倡视频会议；确需召开的，应控制人数和时长，间隔 1 米以上，开窗通风。", "Meetings shall be reduced and video conferencing is encouraged; meetings that must be held shall be limited in attendance and duration, with participants 1 m apart and windows open.",
			"会議は減らし、オンライン会議を推奨する。開催が必要な場合は人数と時間を抑え、1メートル以上の間隔をとり、窓を開けて換気する。", "회의를 줄이고 화상 회의를 권장한다. 꼭 필요한 회의는 인원과 시간을 제한하고 1미터 이상 간격을 두며 창문을 열어 환기한다."),
		b.s("设置相对独立、通风良好的吸烟区，吸烟时不聚集、不交谈，间隔 1 米以上；其他区域禁止吸烟。", "A separate, well-ventilated smoking area shall be designated; smokers shall not gather or talk and shall keep 1 m apart; smoking is prohibited elsewhere.",
			"独立した換気の良い喫煙場所を設け、喫煙時は集まらず会話をせず、1メートル以上の間隔をとる。その他の場所は禁煙とする。", "독립되고 환기가 잘되는 흡연 구역을 두며, 흡연 시 모이거나 대화하지 않고 1미터 이상 간격을 둔다. 그 밖의 구역은 금연으로 한다."),
		b.s("通道、楼梯和电梯口排队时间隔 1 米以上，靠右单向通行，不并排、不停留交谈。", "In corridors, on stairs and at lifts, people shall queue 1 m apart, keep to the right in one direction, not walk side by side, and not stop to talk.",
			"通路、階段及びエレベーター前では1メートル以上の間隔をとって並び、右側の一方通行とし、横に並ばず、立ち止まって会話しない。", "통로, 계단 및 엘리베이터 앞에서는 1미터 이상 간격을 두고 줄을 서며, 우측 일방통행으로 나란히 걷거나 멈춰서 대화하지 않는다."),
		b.s("错峰上下班、分班生产，减少人员聚集；电梯限载，提倡走楼梯。", "Staggered working hours and shift production shall be used to reduce gatherings; lift occupancy is limited and the use of stairs is encouraged.",
			"時差出退勤と交替制の生産により人の集まりを減らす。エレベーターは乗車人数を制限し、階段の利用を推奨する。", "시차 출퇴근과 교대 생산으로 인원 밀집을 줄이며, 엘리베이터 탑승 인원을 제한하고 계단 이용을 권장한다."),
	)}
}

func (b *planBuilder) prevDisinfection() []Block {
	dis := b.who("disinfection_officer", roleDisinfection)
	pl := b.places()
	p := b.s("清洁消毒由"+dis+"负责。", "Cleaning and disinfection are the responsibility of "+dis+". ", "清掃・消毒は"+dis+"が担当する。", "청소 및 소독은 "+dis+"이(가) 담당한다. ") +
		b.choose("predisinfection",
			b.s("复工前已对"+pl+"等场所全面消毒。", "All premises ("+pl+") were disinfected before work resumed.",
				"操業再開前に"+pl+"等の全面消毒を実施済みである。", "업무 재개 전에 "+pl+" 등 장소를 전면 소독했다."),
			b.must("predisinfection", "须在复工前对"+pl+"等场所全面消毒。", "All premises ("+pl+") shall be disinfected before work resumes.",
				"操業再開前に"+pl+"等の全面消毒を実施しなければならない。", "업무 재개 전에 "+pl+" 등 장소를 전면 소독해야 한다."))
	return []Block{para(p), list(
		b.s("公共区域每日至少消毒 2 次；门把手、电梯按钮、楼梯扶手、考勤设备等高频接触表面每日至少 3 次。",
			"Common areas shall be disinfected at least twice a day, and frequently touched surfaces such as door handles, lift buttons, handrails and time clocks at least 3 times a day.",
			"共用区域は毎日2回以上消毒する。ドアノブ、エレベーターのボタン、階段の手すり、勤怠管理機器等の頻繁に触れる箇所は毎日3回以上消毒する。",
			"공용 구역은 매일 2회 이상 소독한다. 문손잡이, 엘리베이터 버튼, 계단 난간, 근태 관리기 등 접촉이 잦은 표면은 매일 3회 이상 소독한다."),
		b.s("物体表面用含氯消毒剂（如 84 消毒液，有效氯 500 mg/L）擦拭或喷洒，作用 30 分钟后用清水擦净；小件物品和手部用 75% 酒精。",
			"Surfaces shall be wiped or sprayed with chlorine-based disinfectant (e.g. 84 disinfectant, 500 mg/L available chlorine) and wiped with clean water after 30 minutes; small items and hands shall be disinfected with 75% alcohol.",
			"物の表面は塩素系消毒剤（84消毒液等、有効塩素500 mg/L）で拭くか噴霧し、30分後に水拭きする。小物及び手指には75%アルコールを用いる。",
			"물체 표면은 염소계 소독제(84 소독액 등, 유효 염소 500 mg/L)로 닦거나 분무하고 30분 후 깨끗한 물로 닦아낸다. 작은 물품과 손에는 75% 알코올을 사용한다."),
		b.s("建立消毒台账，记录消毒时间、区域、消毒剂和操作人员，台账保存备查。", "A disinfection log shall record the time, area, disinfectant and operator, and shall be kept for inspection.",
			"消毒記録簿を作成し、消毒の日時、区域、消毒剤及び実施者を記録して、検査に備えて保管する。", "소독 대장을 작성하여 소독 시간, 구역, 소독제 및 작업자를 기록하고 점검에 대비해 보관한다."),
		b.s("消毒剂专人保管，按说明稀释使用；酒精远离火源，不得喷洒使用。", "Disinfectants shall be kept by a designated person and diluted as directed; alcohol shall be kept away from naked flames and shall not be sprayed.",
			"消毒剤は担当者が保管し、説明書に従って希釈して使用する。アルコールは火気から離し、噴霧して使用してはならない。", "소독제는 전담자가 보관하고 설명서에 따라 희석하여 사용한다. 알코올은 화기에서 멀리 두고 분무하여 사용해서는 안 된다."),
	)}
}

func (b *planBuilder) prevCanteen() []Block {
	var p string
	q := b.q
	if q.CanteenSeatsAt1m != nil {
		seats, _ := b.num("canteen_seats")
		sk, ak := fmtNum(seats), fmtNum(float64(*q.CanteenSeatsAt1m))
		p = b.s("食堂座位 "+sk+" 座，按间隔 1 米以上、不面对面就座，可同时就餐 "+ak+" 人",
			"The canteen has "+sk+" seats; with diners 1 m apart and not face to face, "+ak+" people can eat at the same time",
			"社員食堂の座席は"+sk+"席で、1メートル以上の間隔をとり対面せずに着席すると、同時に"+ak+"人が食事できる",
			"구내식당 좌석은 "+sk+"석이며, 1미터 이상 간격을 두고 마주 보지 않게 앉으면 동시에 "+ak+"명이 식사할 수 있다")
		if q.CanteenSittings != nil {
			peak, _ := b.num("peak_shift_workers")
			pk, ck := fmtNum(peak), fmtNum(float64(*q.CanteenSittings))
			p += b.s("；单班最多在岗 "+pk+" 人，须分 "+ck+" 批错峰就餐",
				"; with a maximum of "+pk+" staff on one shift, meals shall be taken in "+ck+" staggered sittings",
				"。1シフトの最大在勤人数は"+pk+"人のため、"+ck+"回に分けて時差で食事をとる",
				". 1교대 최대 근무 인원이 "+pk+"명이므로 "+ck+"회로 나누어 시차를 두고 식사한다")
		}
		p += b.s("。", ". ", "。", ". ") + b.sittingsWarning()
	} else {
		t := b.tbd("食堂座位数，据此安排分批就餐批次", "the number of seats, on which the sittings are based", "食堂の座席数。これに基づき時差喫食の回数を決める", "식당 좌석 수. 이에 따라 분산 식사 회차를 정함")
		p = b.s("食堂座位数"+t+"。", "Number of canteen seats "+t+". ", "食堂の座席数"+t+"。", "식당 좌석 수"+t+". ")
	}
	p += b.choose("canteen_measures", b.s("食堂已实行错峰、分餐就餐。", "Staggered and individually served meals are already in place.",
		"社員食堂では時差喫食・個別配膳を実施している。", "구내식당은 시차 식사·개별 배식을 시행하고 있다."),
		b.must("canteen", "食堂须在复工前落实错峰、分餐就餐。", "Staggered and individually served meals shall be in place before work resumes.",
			"社員食堂では操業再開前に時差喫食・個別配膳を実施しなければならない。", "구내식당은 업무 재개 전에 시차 식사·개별 배식을 시행해야 한다."))
	return []Block{para(p), list(
		b.s("分批错峰就餐，各部门按排定时段就餐；提倡分餐制或打包带回工位就餐。", "Meals shall be taken in staggered sittings, each department at its assigned time; individually served meals or meals taken back to the work station are encouraged.",
			"時差喫食とし、各部署は決められた時間帯に食事をとる。個別配膳又は弁当を持ち帰って各自の席で食べることを推奨する。", "시차를 두어 식사하며, 부서별로 정해진 시간대에 식사한다. 개별 배식 또는 포장하여 자리에서 식사하는 것을 권장한다."),
		b.s("就餐时间隔 1 米以上，同向单侧就座，不面对面，就餐时不交谈。", "Diners shall sit 1 m apart on one side of the table facing the same direction, not face to face, and shall not talk while eating.",
			"食事の際は1メートル以上の間隔をとり、同じ向きに片側に着席して対面せず、会話を控える。", "식사 시 1미터 이상 간격을 두고 같은 방향으로 한쪽에 앉아 마주 보지 않으며, 식사 중 대화하지 않는다."),
		b.s("就餐前洗手、测温；取餐排队间隔 1 米以上。", "Hands shall be washed and temperatures taken before meals; queues for food shall keep 1 m spacing.",
			"食事の前に手を洗い検温する。配膳の列では1メートル以上の間隔をとる。", "식사 전에 손을 씻고 체온을 측정한다. 배식 줄에서는 1미터 이상 간격을 둔다."),
		b.s("每批次就餐后对餐桌椅消毒；餐具一人一具一消毒，不能做到的，使用一次性餐具。", "Tables and chairs shall be disinfected after each sitting; each person shall use one set of tableware, disinfected after each use, or disposable tableware where this cannot be ensured.",
			"各回の食事の後にテーブルと椅子を消毒する。食器は1人1組とし、使用ごとに消毒する。それができない場合は使い捨ての食器を使用する。", "회차별 식사 후 식탁과 의자를 소독한다. 식기는 1인 1세트로 하고 사용할 때마다 소독하며, 그렇게 할 수 없으면 일회용 식기를 사용한다."),
		b.s("食堂从业人员每日测温、持健康证上岗，全程佩戴口罩和手套；食材从正规渠道采购，不采购、不加工野生动物。",
			"Canteen staff shall have their temperature taken daily, hold a health certificate and wear masks and gloves at all times; food shall be purchased through regular channels, and wild animals shall be neither purchased nor prepared.",
			"食堂の従事者は毎日検温し、健康証明書を持って勤務し、常にマスクと手袋を着用する。食材は正規の取引先から調達し、野生動物は調達も調理もしない。",
			"식당 종사자는 매일 체온을 측정하고 보건증을 소지하고 근무하며, 항상 마스크와 장갑을 착용한다. 식재료는 정식 거래처에서 구매하며, 야생동물은 구매하거나 조리하지 않는다."),
	)}
}

func (b *planBuilder) prevDormitory() []Block {
	q := b.q
	res, _ := b.num("dorm_residents")
	rk := fmtNum(res)
	rooms, area := b.count("dorm_rooms", uRooms), b.count("dorm_area_m2", uSqm)
	p := b.s("住宿舍员工 "+rk+" 人，宿舍 "+rooms+"，总面积 "+area, rk+" employees live in dormitories, with "+rooms+" and a total floor area of "+area,
		"寮に住む従業員は"+rk+"人、寮は"+rooms+"、総面積は"+area, "기숙사 거주 직원 "+rk+"명, 기숙사 "+rooms+", 총면적 "+area)
	needRooms := b.iqty(q.DormRoomsNeeded, uRooms)
	needArea := ""
	if q.DormAreaNeeded != nil {
		needArea = b.qty(*q.DormAreaNeeded, uSqm)
	}
	if q.DormPeoplePerRoom != nil && q.DormAreaPerPerson != nil {
		per, ar := *q.DormPeoplePerRoom, *q.DormAreaPerPerson
		pk, ak := fmtNum(per), fmtNum(ar)
		p += b.s("，每间 "+pk+" 人，人均 "+ak+" m²", ", that is "+pk+" per room and "+ak+" m² per person", "、1室当たり"+pk+"人、1人当たり"+ak+" m²", ", 1실당 "+pk+"명, 1인당 "+ak+" m²")
		if per <= DormMaxPerRoom && ar >= DormMinAreaPerPerson {
			p += b.s("，符合每间不超过 6 人、人均不少于 2.5 m² 的要求。", ", which meets the requirement of no more than 6 per room and at least 2.5 m² per person.",
				"で、1室6人以下、1人当たり2.5 m²以上の基準を満たしている。", "로 1실 6명 이하, 1인당 2.5 m² 이상 기준을 충족한다.")
		} else {
			p += b.must("dormitory", "，不符合每间不超过 6 人、人均不少于 2.5 m² 的要求：按此标准至少需要宿舍 "+needRooms+"、面积 "+needArea+"，须在复工前增加房间或减少住宿人数。",
				", which does not meet the requirement of no more than 6 per room and at least 2.5 m² per person; that requirement calls for at least "+needRooms+" and "+needArea+", and rooms shall be added or the number of residents reduced before work resumes.",
				"で、1室6人以下、1人当たり2.5 m²以上の基準を満たしていない。この基準では少なくとも"+needRooms+"、面積"+needArea+"が必要であり、操業再開前に部屋を増やすか入居者を減らさなければならない。",
				"로 1실 6명 이하, 1인당 2.5 m² 이상 기준을 충족하지 못한다. 이 기준에 따르면 최소 "+needRooms+", 면적 "+needArea+"이(가) 필요하므로 업무 재개 전에 방을 늘리거나 입주 인원을 줄여야 한다.")
		}
	} else {
		p += b.s("。按每间不超过 6 人、人均不少于 2.5 m²，至少需要宿舍 "+needRooms+"、面积 "+needArea+"。",
			". At no more than 6 per room and at least 2.5 m² per person, at least "+needRooms+" and "+needArea+" are required.",
			"。1室6人以下、1人当たり2.5 m²以上とすると、少なくとも"+needRooms+"、面積"+needArea+"が必要である。",
			". 1실 6명 이하, 1인당 2.5 m² 이상 기준으로 최소 "+needRooms+", 면적 "+needArea+"이(가) 필요하다.")
	}
	return []Block{para(p), list(
		b.s("每间宿舍不超过 6 人，人均面积不少于 2.5 m²，窗户能开启，每日开窗通风不少于 3 次。", "Each dormitory room shall house no more than 6 people with at least 2.5 m² per person, have windows that open, and be aired at least 3 times a day.",
			"寮は1室6人以下、1人当たり2.5 m²以上とし、開閉できる窓を備え、毎日3回以上窓を開けて換気する。", "기숙사는 1실 6명 이하, 1인당 면적 2.5 m² 이상으로 하고, 창문을 열 수 있어야 하며 매일 3회 이상 환기한다."),
		b.s("住宿员工每日早、晚各测量一次体温并登记。", "Residents shall have their temperature taken every morning and evening and recorded.",
			"寮に住む従業員は毎日朝晩各1回検温し記録する。", "기숙사 거주 직원은 매일 아침저녁 각 1회 체온을 측정하고 기록한다."),
		b.s("宿舍实行封闭管理，出入登记，外来人员不得进入；不串门、不聚集。", "Dormitories shall be under closed management with entries registered, and outsiders shall not enter; residents shall not visit other rooms or gather.",
			"寮は閉鎖管理とし、出入りを記録し、外来者の立入りを禁止する。他の部屋への訪問や集まりは行わない。", "기숙사는 폐쇄식으로 관리하고 출입을 기록하며 외부인 출입을 금지한다. 다른 방 방문과 모임을 하지 않는다."),
		b.s("宿舍公共区域和卫生间每日消毒。", "Common areas and toilets of the dormitories shall be disinfected daily.",
			"寮の共用区域とトイレは毎日消毒する。", "기숙사 공용 구역과 화장실은 매일 소독한다."),
		b.s("住宿员工出现症状的，立即送临时隔离观察室，同宿舍人员就地隔离观察。", "A resident with symptoms shall be taken immediately to the temporary isolation room, and room-mates shall be isolated and observed in place.",
			"寮に住む従業員に症状が出た場合は直ちに臨時隔離観察室に移し、同室者はその場で隔離観察とする。", "기숙사 거주 직원에게 증상이 나타나면 즉시 임시 격리 관찰실로 옮기고, 같은 방 인원은 그 자리에서 격리 관찰한다."),
	)}
}

func (b *planBuilder) prevCommute() []Block {
	n, _ := b.num("shuttle_buses")
	k := fmtNum(n)
	p := b.s("通勤班车 "+k+" 辆，", "There are "+k+" shuttle buses; ", "通勤バスは"+k+"台で、", "통근 버스 "+k+"대이며, ") +
		b.choose("shuttle_measures", b.s("已落实每日消毒、乘车测温、全程佩戴口罩。", "daily disinfection, temperature checks before boarding and the wearing of masks throughout the journey are in place.",
			"毎日の消毒、乗車時の検温、乗車中のマスク着用を実施している。", "매일 소독, 탑승 시 체온 측정, 탑승 중 마스크 착용을 시행하고 있다."),
			b.must("commute", "须在复工前落实每日消毒、乘车测温、全程佩戴口罩。", "daily disinfection, temperature checks before boarding and the wearing of masks throughout the journey shall be in place before work resumes.",
				"操業再開前に毎日の消毒、乗車時の検温、乗車中のマスク着用を実施しなければならない。", "업무 재개 전에 매일 소독, 탑승 시 체온 측정, 탑승 중 마스크 착용을 시행해야 한다."))
	return []Block{para(p), list(
		b.s("班车每日出车前、收车后各消毒 1 次，运行中开窗通风。", "Buses shall be disinfected once before and once after each day's service, with windows open while running.",
			"通勤バスは毎日運行前と運行後に各1回消毒し、運行中は窓を開けて換気する。", "통근 버스는 매일 운행 전과 운행 후 각 1회 소독하고, 운행 중에는 창문을 열어 환기한다."),
		b.s("乘车前测量体温，体温 ≥37.3°C 的不得乘车，按健康监测规定处置。", "Temperatures shall be taken before boarding; a person at 37.3 °C or above shall not board and shall be dealt with under the health monitoring rules.",
			"乗車前に検温し、体温が37.3°C以上の者は乗車させず、健康観察の規定に従って対応する。", "탑승 전에 체온을 측정하며, 체온이 37.3°C 이상인 사람은 탑승할 수 없고 건강 모니터링 규정에 따라 조치한다."),
		b.s("司乘人员全程佩戴口罩，分散就座，不交谈。", "The driver and passengers shall wear masks throughout, sit apart and not talk.",
			"運転手と乗客は常にマスクを着用し、間隔を空けて着席し、会話を控える。", "운전자와 승객은 항상 마스크를 착용하고 떨어져 앉으며 대화하지 않는다."),
		b.s("固定乘车人员和座位，登记乘车记录，便于发生疫情时追踪。", "Passengers and seats shall be fixed and a ride log kept, to allow tracing in the event of an outbreak.",
			"乗車する者と座席を固定し、感染発生時の追跡に備えて乗車記録を付ける。", "탑승 인원과 좌석을 고정하고, 감염 발생 시 추적할 수 있도록 탑승 기록을 남긴다."),
		b.s("提倡员工步行、骑行或自驾上下班，避免乘坐公共交通。", "Employees are encouraged to walk, cycle or drive to work and to avoid public transport.",
			"従業員には公共交通機関を避け、徒歩、自転車又は自家用車での通勤を推奨する。", "직원은 대중교통을 피하고 도보, 자전거 또는 자가용으로 출퇴근하도록 권장한다."),
	)}
}

func (b *planBuilder) prevSupplies() []Block {
	q := b.q
	enough, short := b.s("足够", "sufficient", "充足", "충분"), b.s("尚缺 ", "shortfall of ", "不足 ", "부족 ")
	maskNeed, maskNow, maskState := b.missingAnswers([]string{"employees_total"}), b.count("masks_in_stock", uMasks), ""
	if q.MasksNeeded14d != nil {
		maskNeed = b.iqty(q.MasksNeeded14d, uMasks)
	}
	switch {
	case q.MasksShort == nil:
		maskState = b.missingAnswers([]string{"masks_in_stock", "employees_total"})
	case *q.MasksShort == 0:
		d := b.iqty(q.MaskDays, uDays)
		maskState = enough + b.s("（可用 "+d+"）", " (sufficient for "+d+")", "（"+d+"）", " ("+d+")")
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
	disNow := b.choose("disinfectant_stock", b.s("已备足", "sufficient stock", "備蓄済み", "비축 완료"), b.s("未备足", "insufficient", "備蓄不足", "비축 부족"))
	disState := b.choose("disinfectant_stock", enough, b.s("须补足", "to be replenished", "要補充", "보충 필요"))
	rows := [][]string{
		{b.s("口罩", "Masks", "マスク", "마스크"), maskNow, maskNeed, maskState},
		{b.s("测温仪", "Thermometers", "体温計", "체온계"), thermoNow, thermoNeed, thermoState},
		{b.s("消毒用品（84 消毒液、75% 酒精、洗手液、喷壶）", "Disinfection supplies (84 disinfectant, 75% alcohol, liquid soap, sprayers)",
			"消毒用品（84消毒液、75%アルコール、液体石けん、噴霧器）", "소독용품(84 소독액, 75% 알코올, 물비누, 분무기)"),
			disNow, b.s("14 天用量", "14-day requirement", "14日分", "14일분"), disState},
	}
	sup := b.who("supplies_officer", roleSupplies)
	p := b.s("物资保障由"+sup+"负责采购、登记和发放。防疫物资按职工总数、每人每天 2 只口罩，至少储备 14 天用量。",
		"The supplies officer "+sup+" is responsible for purchasing, recording and distributing supplies. Prevention supplies shall be held for at least 14 days, at 2 masks per person per day for all employees.",
		"物資は"+sup+"が調達、記録及び配布を担当する。防疫物資は、従業員総数について1人1日2枚のマスクを基準に、少なくとも14日分を備蓄する。",
		"물자는 "+sup+"이(가) 구매, 기록 및 배부를 담당한다. 방역 물자는 직원 총수 기준 1인 1일 마스크 2장으로 최소 14일분을 비축한다.")
	p += b.suppliesShort()
	return []Block{
		para(p),
		table([]string{b.s("物资", "Item", "物資", "물자"), b.s("现有", "In stock", "在庫", "재고"), b.s("14 天需要", "Required for 14 days", "14日分の必要数", "14일분 필요량"),
			b.s("结论", "Result", "結論", "결론")}, rows, 3, 2, 2, 2),
		list(
			b.s("另备一次性手套、防护服、护目镜等个人防护用品，供测温、消毒和隔离观察人员使用。", "Disposable gloves, protective suits, goggles and other personal protective equipment shall also be kept for staff who take temperatures, disinfect or attend persons under isolation.",
				"このほか、使い捨て手袋、防護服、ゴーグル等の個人防護具を備え、検温、消毒及び隔離観察に当たる者が使用する。", "이 밖에 일회용 장갑, 방호복, 보안경 등 개인 보호구를 갖추어 체온 측정, 소독 및 격리 관찰 인원이 사용하게 한다."),
			b.s("物资专人专库管理，建立进出台账；库存低于 7 天用量时及时补充。", "Supplies shall be kept in a dedicated store under a designated person, with a log of receipts and issues, and restocked promptly when less than 7 days' supply remains.",
				"物資は専用の倉庫で担当者が管理し、入出庫記録簿を作成する。在庫が7日分を下回った時は速やかに補充する。", "물자는 전용 창고에서 전담자가 관리하고 입출고 대장을 작성한다. 재고가 7일분 미만이 되면 즉시 보충한다."),
			b.s("口罩每人每天发放 2 只，登记领用。", "Masks shall be issued at 2 per person per day, and each issue shall be recorded.",
				"マスクは1人1日2枚を配布し、受領を記録する。", "마스크는 1인 1일 2장을 배부하고 수령을 기록한다."),
		),
	}
}

func (b *planBuilder) prevMedical() []Block {
	hospital := b.str("designated_hospital")
	if hospital == "" {
		hospital = b.tbd("就近的发热门诊或定点医院", "the nearest fever clinic or designated hospital", "最寄りの発熱外来又は指定病院", "가까운 발열 클리닉 또는 지정 병원")
	}
	return []Block{list(
		b.s("定点医院："+hospital+"。员工出现症状时由专人陪同前往，不乘坐公共交通。", "Designated hospital: "+hospital+". Employees with symptoms shall be accompanied there by a designated person and shall not use public transport.",
			"指定病院："+hospital+"。症状が出た従業員は担当者が付き添って受診し、公共交通機関は利用しない。", "지정 병원: "+hospital+". 증상이 있는 직원은 담당자가 동행하여 방문하며 대중교통을 이용하지 않는다."),
		b.s("与就近的医疗机构建立联系，厂区配备常用药品和急救箱。", "The Enterprise shall maintain contact with the nearest medical institution and keep common medicines and a first-aid kit on site.",
			"最寄りの医療機関と連絡体制を整え、構内に常備薬と救急箱を備える。", "가까운 의료기관과 연락 체계를 갖추고, 사업장에 상비약과 구급상자를 비치한다."),
		b.choose("mask_bins", b.s("已在出入口和公共区域设置废弃口罩专用垃圾桶。", "Bins dedicated to used masks have been placed at the entrances and in common areas.",
			"出入口と共用区域に使用済みマスク専用のごみ箱を設置している。", "출입구와 공용 구역에 폐마스크 전용 쓰레기통을 설치했다."),
			b.s("建议在出入口和公共区域设置废弃口罩专用垃圾桶。", "It is recommended that bins dedicated to used masks be placed at the entrances and in common areas.",
				"出入口と共用区域に使用済みマスク専用のごみ箱を設置することが望ましい。", "출입구와 공용 구역에 폐마스크 전용 쓰레기통을 설치할 것을 권장한다.")),
		b.s("废弃口罩等防疫垃圾按有害垃圾处理：用含氯消毒剂喷洒后装袋密封，每日定时清运，垃圾桶每日消毒。", "Used masks and other prevention waste shall be treated as hazardous waste: sprayed with chlorine-based disinfectant, bagged and sealed, and removed at a fixed time each day; bins shall be disinfected daily.",
			"使用済みマスク等の防疫ごみは有害ごみとして扱い、塩素系消毒剤を噴霧した後に袋に入れて密封し、毎日決まった時間に搬出する。ごみ箱は毎日消毒する。",
			"폐마스크 등 방역 폐기물은 유해 폐기물로 처리한다. 염소계 소독제를 분무한 후 봉투에 넣어 밀봉하고 매일 정해진 시간에 반출하며, 쓰레기통은 매일 소독한다."),
		b.s("生活垃圾日产日清。", "Household waste shall be removed on the day it is produced.", "生活ごみはその日のうちに搬出する。", "생활 쓰레기는 당일 배출한다."),
	)}
}

func (b *planBuilder) prevIsolation() []Block {
	var p string
	n, ok := b.num("isolation_rooms")
	switch {
	case !ok:
		t := b.tbd("临时隔离观察室数量", "number of isolation rooms", "臨時隔離観察室の数", "임시 격리 관찰실 수")
		p = b.s("临时隔离观察室"+t+"，至少设置 1 间。", "Temporary isolation rooms: "+t+"; at least 1 shall be provided.",
			"臨時隔離観察室"+t+"。1室以上設置する。", "임시 격리 관찰실"+t+". 최소 1실을 설치한다.")
	case n < 1:
		p = b.must("isolation_room", "目前尚未设置临时隔离观察室，须在复工前至少设置 1 间。", "No temporary isolation room has yet been set up; at least 1 shall be set up before work resumes.",
			"現在、臨時隔離観察室は設置されておらず、操業再開前に1室以上設置しなければならない。", "현재 임시 격리 관찰실이 없으므로 업무 재개 전에 최소 1실을 설치해야 한다.")
	default:
		k := fmtNum(n)
		en := k + " temporary isolation rooms are provided (at least 1 is required)."
		if n == 1 {
			en = "1 temporary isolation room is provided (at least 1 is required)."
		}
		p = b.s("设置临时隔离观察室 "+k+" 间（至少需要 1 间）。", en,
			"臨時隔離観察室を"+k+"室設置する（1室以上必要）。", "임시 격리 관찰실 "+k+"실을 설치한다(최소 1실 필요).")
	}
	l := b.leader()
	dis := b.who("disinfection_officer", roleDisinfection)
	return []Block{para(p), list(
		b.s("隔离观察室设在相对独立、通风良好、远离人员密集场所的位置，单人单间。", "Isolation rooms shall be single rooms, relatively separate, well ventilated and away from crowded places.",
			"隔離観察室は、独立性が高く換気が良好で、人が密集する場所から離れた位置に1人1室で設ける。", "격리 관찰실은 비교적 독립되고 환기가 잘되며 인원 밀집 장소에서 떨어진 곳에 1인 1실로 설치한다."),
		b.s("配备体温计、口罩、消毒用品、带盖垃圾桶和生活必需品。", "They shall be equipped with a thermometer, masks, disinfection supplies, a lidded bin and daily necessities.",
			"体温計、マスク、消毒用品、ふた付きのごみ箱及び生活必需品を備える。", "체온계, 마스크, 소독용품, 뚜껑 있는 쓰레기통 및 생활필수품을 갖춘다."),
		b.s("出现发热等症状的人员在此暂时隔离、等候送医，由组长"+l+"统一安排；陪同人员做好个人防护。",
			"A person with fever or other symptoms shall be isolated there temporarily while awaiting transfer to hospital, as arranged by the group leader "+l+"; accompanying staff shall take personal protective measures.",
			"発熱等の症状が出た者はここで一時的に隔離して受診を待ち、リーダー"+l+"が一元的に手配する。付き添う者は個人防護を徹底する。",
			"발열 등 증상이 있는 사람은 이곳에서 일시 격리되어 병원 이송을 기다리며, 반장 "+l+"이(가) 일괄 조치한다. 동행자는 개인 보호를 철저히 한다."),
		b.s("隔离观察室产生的垃圾按医疗废物处理：专用包装袋双层密封、标识，交由有资质的医疗废物处置单位收运，不得混入生活垃圾。",
			"Waste from the isolation room shall be treated as medical waste: double-sealed in dedicated bags, labelled, and collected by a licensed medical waste disposal contractor; it shall not be mixed with household waste.",
			"隔離観察室から出るごみは医療廃棄物として扱い、専用の袋で二重に密封して表示し、許可を受けた医療廃棄物処理業者に収集させる。生活ごみに混ぜてはならない。",
			"격리 관찰실에서 나오는 폐기물은 의료 폐기물로 처리하며, 전용 봉투로 이중 밀봉·표시하여 허가받은 의료 폐기물 처리 업체가 수거하게 하고 생활 쓰레기와 섞지 않는다."),
		b.s("每次使用后由"+dis+"组织终末消毒。", "After each use, "+dis+" shall organise terminal disinfection of the room.",
			"使用のたびに"+dis+"が最終消毒を行う。", "사용할 때마다 "+dis+"이(가) 최종 소독을 실시한다."),
	)}
}

func (b *planBuilder) prevTraining() []Block {
	p := b.choose("training_done", b.s("已对全体员工开展防疫知识培训。", "All employees have received training in epidemic prevention.",
		"全従業員に感染防止に関する研修を実施済みである。", "전 직원을 대상으로 방역 교육을 실시했다."),
		b.s("建议复工前对全体员工开展防疫知识培训。", "It is recommended that all employees receive training in epidemic prevention before work resumes.",
			"操業再開前に全従業員に感染防止に関する研修を実施することが望ましい。", "업무 재개 전에 전 직원을 대상으로 방역 교육을 실시할 것을 권장한다."))
	items := []string{
		b.s("培训内容：正确佩戴口罩、洗手、测温、症状报告、隔离观察流程，以及本方案和应急预案。", "Training content: correct wearing of masks, hand washing, temperature checks, reporting of symptoms, isolation procedures, this plan and the emergency plan.",
			"研修内容：正しいマスクの着用、手洗い、検温、症状の報告、隔離観察の手順、並びに本計画及び緊急対応計画。", "교육 내용: 올바른 마스크 착용, 손 씻기, 체온 측정, 증상 신고, 격리 관찰 절차, 본 계획 및 비상 대응 계획."),
		b.s("新返岗员工上岗前先培训。", "Newly returning employees shall be trained before starting work.",
			"新たに職場復帰する従業員には勤務開始前に研修を行う。", "새로 복귀하는 직원은 근무 전에 먼저 교육한다."),
		b.s("在出入口、车间、食堂、宿舍等处张贴防疫告知；通过工作群等及时传达上级要求。", "Prevention notices shall be posted at the entrances, workshops, canteen, dormitories and other places; the requirements of the authorities shall be communicated promptly through staff messaging groups and other channels.",
			"出入口、作業場、社員食堂、寮等に感染防止の掲示をする。上級機関の要請は社内のグループチャット等で速やかに伝達する。", "출입구, 작업장, 구내식당, 기숙사 등에 방역 안내문을 게시하고, 상급 기관의 요구는 업무용 단체 대화방 등을 통해 신속히 전달한다."),
		b.s("关心员工身心健康，及时疏导焦虑情绪。", "Attention shall be paid to the physical and mental health of employees, and anxiety shall be addressed promptly.",
			"従業員の心身の健康に配慮し、不安を抱える者には速やかに相談に応じる。", "직원의 심신 건강을 살피고 불안감을 제때 해소하도록 돕는다."),
	}
	if b.hasForeign() {
		n, _ := b.num("foreign_staff")
		k := fmtNum(n)
		en := k + " foreign employees: prevention notices in their languages (e.g. English, Japanese, Korean) "
		if n == 1 {
			en = "1 foreign employee: prevention notices in their language (e.g. English, Japanese, Korean) "
		}
		items = append(items, b.s("外籍员工 "+k+" 人：以其使用的语言（如英、日、韩文）发布防疫告知，", en,
			"外国籍従業員"+k+"人：本人が使用する言語（英語、日本語、韓国語等）で感染防止の通知を", "외국인 직원 "+k+"명: 본인이 사용하는 언어(영어, 일본어, 한국어 등)로 방역 안내를 ")+
			b.choose("multilingual_notices", b.s("已发布。", "have been issued.", "発出済みである。", "게시했다."),
				b.s("建议复工前发布。", "should be issued before work resumes.", "操業再開前に発出することが望ましい。", "업무 재개 전에 게시할 것을 권장한다.")))
	}
	return []Block{para(p), list(items...)}
}
