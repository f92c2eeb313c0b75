package assessment

// emergencySections is the emergency plan (突发疫情应急预案) in the nine
// parts guidance required.
var emergencySections = []sectionDef{
	{id: "emergency", title: msg("plan.emergency.title"), level: 1, newPage: true, numbered: true, editable: true,
		build: (*planBuilder).emIntro},
	{id: "emergency.general", title: msg("plan.emergency.general.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emGeneral},
	{id: "emergency.risk", title: msg("plan.emergency.risk.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emRisk},
	{id: "emergency.levels", title: msg("plan.emergency.levels.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emLevels},
	{id: "emergency.organization", title: msg("plan.emergency.organization.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emOrganization},
	{id: "emergency.warning", title: msg("plan.emergency.warning.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emWarning},
	{id: "emergency.preparation", title: msg("plan.emergency.preparation.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emPreparation},
	{id: "emergency.response", title: msg("plan.emergency.response.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emResponse},
	{id: "emergency.aftermath", title: msg("plan.emergency.aftermath.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emAftermath},
	{id: "emergency.management", title: msg("plan.emergency.management.title"), level: 2, numbered: true, editable: true,
		build: (*planBuilder).emManagement},
}

func (b *planBuilder) emIntro() []Block {
	return []Block{para(b.s("本预案与疫情防控方案配套执行。发现可疑症状、疑似或确诊病例时，按本预案立即处置。",
		"This plan shall be implemented together with the prevention plan. Where a person with suspected symptoms, a suspected case or a confirmed case is found, action shall be taken immediately in accordance with this plan.",
		"本計画は感染防止計画と一体として運用する。疑わしい症状のある者、疑い例又は確定例が判明した場合は、本計画に従い直ちに対応する。",
		"본 계획은 방역 계획과 함께 시행한다. 의심 증상자, 의심 환자 또는 확진 환자가 발견되면 본 계획에 따라 즉시 조치한다."))}
}

func (b *planBuilder) emGeneral() []Block {
	scope := b.s("本企业生产经营场所", "the Enterprise's premises", "当社の事業所", "본 기업 사업장")
	if addr := b.str("address"); addr != "" {
		scope += b.s("（"+addr+"）", " ("+addr+")", "（"+addr+"）", "("+addr+")")
	}
	park := b.parkName()
	return []Block{list(
		b.s("目的：有效应对本企业可能发生的新冠肺炎疫情，及时控制疫情传播，保障员工生命安全和身体健康，最大限度减少对生产经营的影响。",
			"Purpose: to respond effectively to any outbreak of COVID-19 at the Enterprise, to contain its spread promptly, to safeguard the life and health of employees, and to minimise the impact on production and operations.",
			"目的：当社で発生し得る新型コロナウイルス感染症に的確に対応し、感染の拡大を速やかに抑え、従業員の生命の安全と健康を守り、事業への影響を最小限にとどめる。",
			"목적: 본 기업에서 발생할 수 있는 코로나19에 효과적으로 대응하여 감염 확산을 신속히 막고, 직원의 생명 안전과 건강을 지키며, 생산 경영에 미치는 영향을 최소화한다."),
		b.s("编制依据：《中华人民共和国传染病防治法》《中华人民共和国突发事件应对法》《突发公共卫生事件应急条例》，以及属地政府和"+park+"疫情防控的有关规定。",
			"Basis: the Law of the People's Republic of China on the Prevention and Treatment of Infectious Diseases, the Emergency Response Law of the People's Republic of China, the Regulations on Emergency Responses to Public Health Emergencies, and the epidemic prevention provisions of the local government and "+park+".",
			"根拠：「中華人民共和国伝染病防治法」「中華人民共和国突発事件対応法」「突発公共衛生事件応急条例」並びに所在地の政府及び"+park+"の感染防止に関する規定。",
			"근거: 「중화인민공화국 전염병 예방치료법」, 「중화인민공화국 돌발사건 대응법」, 「돌발 공공위생사건 응급조례」 및 관할 지방정부와 "+park+"의 방역 관련 규정."),
		b.s("适用范围："+scope+"内出现发热等可疑症状人员、疑似或确诊病例及其密切接触者时的应急处置。",
			"Scope: the emergency response where a person with fever or other suspected symptoms, a suspected or confirmed case, or their close contacts are found at "+scope+".",
			"適用範囲："+scope+"において、発熱等の疑わしい症状のある者、疑い例又は確定例及びその濃厚接触者が判明した場合の緊急対応。",
			"적용 범위: "+scope+"에서 발열 등 의심 증상자, 의심 환자 또는 확진 환자 및 그 밀접 접촉자가 발생한 경우의 비상 조치."),
		b.s("工作原则：预防为主、以人为本、统一指挥、快速反应、依法处置、信息如实。", "Principles: prevention first, people-centred, unified command, rapid response, action in accordance with the law, and truthful information.",
			"基本原則：予防を主とし、人命を最優先し、指揮を一元化し、迅速に対応し、法に基づいて処理し、情報を正確に伝える。",
			"기본 원칙: 예방 위주, 사람 중심, 일원화된 지휘, 신속한 대응, 법에 따른 처리, 사실에 입각한 정보."),
	)}
}

func (b *planBuilder) emRisk() []Block {
	var risks []string
	if peak, ok := b.num("peak_shift_workers"); ok {
		pk := fmtNum(peak)
		r := b.s("人员集中：单班最多在岗 "+pk+" 人", "Concentration of people: up to "+pk+" staff on one shift", "人の集中：1シフトの最大在勤人数は"+pk+"人", "인원 밀집: 1교대 최대 근무 인원 "+pk+"명")
		if b.q.AreaPerWorker != nil {
			a := fmtNum(*b.q.AreaPerWorker)
			r += b.s("，人均面积 "+a+" m²", ", "+a+" m² per person", "、1人当たり面積"+a+" m²", ", 1인당 면적 "+a+" m²")
		}
		risks = append(risks, r+b.s("，人员接触频繁。", "; contact between people is frequent.", "で、人の接触が多い。", "로 인원 간 접촉이 잦다."))
	} else {
		risks = append(risks, b.s("人员集中：生产和办公场所人员接触频繁。", "Concentration of people: contact between staff in production and office areas is frequent.",
			"人の集中：生産及び事務の場所で人の接触が多い。", "인원 밀집: 생산 및 사무 공간에서 인원 간 접촉이 잦다."))
	}
	if b.positive("returnees_mid_high_risk") {
		n, _ := b.num("returnees_mid_high_risk")
		k := fmtNum(n)
		r := b.s("返岗人员：来自中、高风险地区 "+k+" 人", "Returnees: "+k+" from medium- and high-risk regions",
			"職場復帰者：中・高リスク地域から"+k+"人", "복귀 인원: 중·고위험 지역 출신 "+k+"명")
		if b.q.ReturneesInQuarantine != nil {
			sk := fmtNum(float64(*b.q.ReturneesInQuarantine))
			r += b.s("，未满 14 天医学观察 "+sk+" 人", ", of whom "+sk+" have not completed 14 days of medical observation", "、うち14日間の医学的観察の未終了者"+sk+"人", ", 14일 의학 관찰 미완료 "+sk+"명")
		}
		risks = append(risks, r+b.s("。", ".", "。", "."))
	} else {
		risks = append(risks, b.s("返岗人员：外地返岗人员可能带入病毒。", "Returnees: employees returning from elsewhere may bring in the virus.",
			"職場復帰者：他地域から戻る従業員がウイルスを持ち込むおそれがある。", "복귀 인원: 타지역에서 복귀하는 직원이 바이러스를 유입할 수 있다."))
	}
	if b.hasCanteen() {
		risks = append(risks, b.s("集中就餐：食堂就餐时摘下口罩，人员聚集。", "Communal dining: masks are removed while eating in the canteen, and people gather.",
			"集団での食事：食堂では食事の際にマスクを外し、人が集まる。", "단체 식사: 식당에서 식사할 때 마스크를 벗고 인원이 모인다."))
	}
	if b.hasDorm() {
		n, _ := b.num("dorm_residents")
		k := fmtNum(n)
		risks = append(risks, b.s("集体住宿："+k+" 名员工住宿舍，接触密切。", "Communal housing: "+k+" employees live in dormitories in close contact.",
			"集団での居住："+k+"人の従業員が寮に住み、接触が密である。", "집단 거주: 직원 "+k+"명이 기숙사에 거주하여 접촉이 밀접하다."))
	}
	if b.hasShuttle() {
		risks = append(risks, b.s("班车通勤：车厢空间密闭。", "Shuttle bus commuting: the vehicles are enclosed spaces.",
			"通勤バス：車内は密閉された空間である。", "통근 버스: 차량 내부가 밀폐된 공간이다."))
	}
	if b.hasForeign() {
		risks = append(risks, b.s("外籍员工：防疫信息须以其语言传达。", "Foreign employees: prevention information must be conveyed in their languages.",
			"外国籍従業員：感染防止に関する情報は本人の言語で伝える必要がある。", "외국인 직원: 방역 정보를 본인의 언어로 전달해야 한다."))
	}
	risks = append(risks, b.s("外来人员和物流：访客、送货、快递带来的接触。", "Visitors and logistics: contact arising from visitors, deliveries and parcels.",
		"外来者と物流：来訪者、納品、宅配便による接触。", "외부인 및 물류: 방문객, 납품, 택배로 인한 접촉."))
	return []Block{list(risks...)}
}

func (b *planBuilder) emLevels() []Block {
	return []Block{table(
		[]string{b.s("级别", "Level", "レベル", "단계"), b.s("情形", "Situation", "状況", "상황"), b.s("响应", "Response", "対応", "대응")},
		[][]string{
			{b.s("三级", "Level 3", "レベル3", "3단계"), b.s("发现体温 ≥37.3°C 或有发热、干咳等可疑症状的人员", "a person with a temperature of 37.3 °C or above, or with fever, dry cough or other suspected symptoms, is found",
				"体温37.3°C以上の者、又は発熱、乾いた咳等の疑わしい症状のある者が判明", "체온 37.3°C 이상이거나 발열, 마른기침 등 의심 증상이 있는 사람 발견"),
				b.s("隔离观察、送医排查、报告，相关区域消毒", "isolation and observation, referral to hospital for examination, reporting, and disinfection of the areas concerned",
					"隔離観察、受診による確認、報告、関係区域の消毒", "격리 관찰, 병원 이송 검사, 보고, 관련 구역 소독")},
			{b.s("二级", "Level 2", "レベル2", "2단계"), b.s("出现疑似病例，或本企业人员被判定为密切接触者", "a suspected case occurs, or employees are identified as close contacts",
				"疑い例の発生、又は当社の従業員が濃厚接触者と判定", "의심 환자 발생 또는 본 기업 인원이 밀접 접촉자로 판정"),
				b.s("启动应急处置，相关区域停止作业，密切接触者隔离", "activation of the emergency response, suspension of work in the areas concerned, and isolation of close contacts",
					"緊急対応の開始、関係区域の作業停止、濃厚接触者の隔離", "비상 조치 개시, 관련 구역 작업 중지, 밀접 접촉자 격리")},
			{b.s("一级", "Level 1", "レベル1", "1단계"), b.s("出现确诊病例", "a confirmed case occurs", "確定例の発生", "확진 환자 발생"),
				b.s("全面配合疾病预防控制机构调查处置，按属地要求停工停产", "full cooperation with the disease control authorities in investigation and response, and suspension of work and production as required locally",
					"疾病予防管理機関の調査と措置に全面的に協力し、所在地の要請に従い操業を停止", "질병통제기관의 조사와 조치에 전면 협조하고, 관할 지역 요구에 따라 조업 중지")},
		}, 1, 4, 4)}
}

// emergencyRoles are the prevention team's duties in an emergency.
var emergencyRoles = roles("plan.emergency", "leader_name", "temperature_officer", "disinfection_officer", "supplies_officer", "reporting_officer")

func (b *planBuilder) emOrganization() []Block {
	return []Block{
		para(b.s("应急工作由疫情防控工作领导小组负责，组长任总指挥。领导小组成员 24 小时保持通讯畅通。", "The emergency response is the responsibility of the epidemic prevention leading group, whose group leader acts as commander. Members of the leading group shall remain reachable 24 hours a day.",
			"緊急対応は感染防止対策チームが担い、リーダーが総指揮を執る。チームのメンバーは24時間連絡が取れる状態を保つ。",
			"비상 업무는 방역 대책반이 맡고 반장이 총지휘를 맡는다. 대책반 구성원은 24시간 연락이 가능한 상태를 유지한다.")),
		b.roster(emergencyRoles, msg("plan.emergency.em_organization.role"), msg("plan.emergency.em_organization.duties")),
	}
}

func (b *planBuilder) emWarning() []Block {
	rep := b.who("reporting_officer", roleReporting)
	park := b.parkName()
	return []Block{list(
		b.s("落实疫情防控方案中的健康监测、出入管理和消毒措施，每日掌握每名员工的健康状况。", "The health monitoring, entry control and disinfection measures of the prevention plan shall be implemented, and the health of every employee shall be known each day.",
			"感染防止計画の健康観察、出入管理及び消毒の措置を実施し、従業員一人一人の健康状態を毎日把握する。", "방역 계획의 건강 모니터링, 출입 관리 및 소독 조치를 이행하여 매일 직원 개개인의 건강 상태를 파악한다."),
		b.s("关注属地疫情通报和风险等级变化，员工或其家属与病例有接触的，立即报告。", "Local epidemic bulletins and changes in risk levels shall be monitored; any contact of an employee or their family with a case shall be reported immediately.",
			"所在地の感染状況の発表とリスクレベルの変化に注意し、従業員又はその家族が感染者と接触した場合は直ちに報告する。", "관할 지역의 감염 상황 발표와 위험 등급 변화를 주시하며, 직원 또는 그 가족이 환자와 접촉한 경우 즉시 보고한다."),
		b.s("发现异常情况，知情人立即报告组长，组长判定响应级别并启动相应响应。", "Any person aware of an abnormal situation shall report it immediately to the group leader, who shall determine the response level and activate the corresponding response.",
			"異常を把握した者は直ちにリーダーに報告し、リーダーは対応レベルを判定して相応の対応を開始する。", "이상 상황을 발견한 사람은 즉시 반장에게 보고하고, 반장은 대응 단계를 판정하여 해당 대응을 개시한다."),
		b.s("信息报送负责人"+rep+"按规定时限向"+park+"和属地卫生健康部门报告，不迟报、不漏报、不瞒报。",
			"The reporting officer "+rep+" shall report to "+park+" and the local health authority within the prescribed time, without delay, omission or concealment.",
			"報告担当者"+rep+"は定められた期限内に"+park+"及び所在地の衛生健康部門に報告し、遅延、漏れ、隠蔽のないようにする。",
			"보고 담당자 "+rep+"은(는) 정해진 기한 내에 "+park+" 및 관할 위생건강 부서에 보고하며, 지연·누락·은폐 없이 보고한다."),
	)}
}

func (b *planBuilder) emPreparation() []Block {
	iso := b.count("isolation_rooms", uRooms)
	if n, ok := b.num("isolation_rooms"); ok && n < 1 {
		iso = b.must("isolation_room", "尚未设置，须在复工前至少设置 1 间", "none yet; at least 1 shall be set up before work resumes", "未設置。操業再開前に1室以上設置すること", "미설치. 업무 재개 전 최소 1실 설치")
	}
	hospital := b.str("designated_hospital")
	if hospital == "" {
		hospital = b.tbd("就近的发热门诊或定点医院", "the nearest fever clinic or designated hospital", "最寄りの発熱外来又は指定病院", "가까운 발열 클리닉 또는 지정 병원")
	}
	vehicle := b.str("emergency_vehicle")
	if vehicle == "" {
		vehicle = b.tbd("应急车辆", "emergency vehicle", "緊急用車両", "비상 차량")
	}
	masks, thermo := b.count("masks_in_stock", uMasks), b.count("thermometers", uThermo)
	dis := b.choose("disinfectant_stock", b.s("已备足", "sufficient stock", "備蓄済み", "비축 완료"), b.s("须补足", "to be replenished", "要補充", "보충 필요"))
	rows := [][]string{
		{b.s("临时隔离观察室", "Temporary isolation rooms", "臨時隔離観察室", "임시 격리 관찰실"), iso},
		{b.s("应急物资", "Emergency supplies", "緊急用物資", "비상 물자"),
			b.s("口罩 "+masks+"，测温仪 "+thermo+"，消毒用品"+dis+"，另备防护服、手套、护目镜",
				"masks: "+masks+"; thermometers: "+thermo+"; disinfection supplies: "+dis+"; protective suits, gloves and goggles are also kept",
				"マスク"+masks+"、体温計"+thermo+"、消毒用品"+dis+"。このほか防護服、手袋、ゴーグルを備える",
				"마스크 "+masks+", 체온계 "+thermo+", 소독용품 "+dis+". 이 밖에 방호복, 장갑, 보안경 비치")},
		{b.s("定点医院", "Designated hospital", "指定病院", "지정 병원"), hospital},
		{b.s("应急车辆", "Emergency vehicle", "緊急用車両", "비상 차량"), vehicle + b.s("（急救车辆不能及时到达时送医，用后消毒）", " (used for transfer to hospital only when an ambulance cannot arrive in time; disinfected after use)",
			"（救急車が間に合わない場合の搬送用、使用後に消毒）", " (구급차가 제때 오지 못할 때의 이송용, 사용 후 소독)")},
		{b.s("急救与卫生热线", "Emergency and health hotlines", "救急及び衛生ホットライン", "응급 및 보건 핫라인"),
			b.s("急救 120，卫生健康热线 12320", "ambulance 120; health hotline 12320", "救急 120、衛生健康ホットライン 12320", "응급 120, 보건 핫라인 12320")},
	}
	if h := b.str("symptom_hotline"); h != "" {
		rows = append(rows, []string{b.s("可疑症状报告电话", "Hotline for suspected symptoms", "疑わしい症状の報告電話", "의심 증상 신고 전화"), h})
	}
	if h := b.str("cdc_phone"); h != "" {
		rows = append(rows, []string{b.s("属地疾病预防控制中心", "Local centre for disease control", "所在地の疾病予防管理センター", "관할 질병예방통제센터"), h})
	}
	if h := b.str("community_phone"); h != "" {
		rows = append(rows, []string{b.s("所在社区（街道）", "Community (sub-district)", "所在地の地域（街道）", "관할 지역사회(가도)"), h})
	}
	if park := b.parkContact(); park != "" {
		rows = append(rows, []string{b.s("园区联系方式", "Park contact", "園区の連絡先", "단지 연락처"), park})
	}
	return []Block{table([]string{b.s("项目", "Item", "項目", "항목"), b.s("安排", "Arrangement", "手配", "준비 사항")}, rows, 1, 3)}
}

// parkContact is the park's contact person, phone and hotline, or "".
func (b *planBuilder) parkContact() string {
	p := b.a.Park
	var parts []string
	if p.Contact != "" {
		parts = append(parts, b.s("联系人 ", "contact person ", "担当者 ", "담당자 ")+p.Contact)
	}
	if p.Phone != "" {
		parts = append(parts, b.s("电话 ", "phone ", "電話 ", "전화 ")+p.Phone)
	}
	if p.Hotline != "" {
		parts = append(parts, b.s("热线 ", "hotline ", "ホットライン ", "핫라인 ")+p.Hotline)
	}
	if len(parts) == 0 {
		return ""
	}
	s := b.parkName() + b.s("：", ": ", "：", ": ")
	for i, part := range parts {
		if i > 0 {
			s += b.s("，", ", ", "、", ", ")
		}
		s += part
	}
	return s
}

func (b *planBuilder) emResponse() []Block {
	hospital := b.str("designated_hospital")
	if hospital == "" {
		hospital = b.tbd("定点医院", "designated hospital", "指定病院", "지정 병원")
	}
	vehicle := b.s("（", " (", "（", "(") + b.str("emergency_vehicle") + b.s("）", ")", "）", ")")
	if b.str("emergency_vehicle") == "" {
		vehicle = b.tbd("应急车辆", "emergency vehicle", "緊急用車両", "비상 차량")
	}
	l := b.leader()
	park := b.parkName()
	dis := b.who("disinfection_officer", roleDisinfection)
	return []Block{
		para(b.s("第一阶段：出现发热等可疑症状人员", "Stage 1: a person with fever or other suspected symptoms", "第1段階：発熱等の疑わしい症状のある者が出た場合", "제1단계: 발열 등 의심 증상자 발생")),
		list(
			b.s("报告：发现人应立即报告组长"+l+"，信息报送负责人在 2 小时内报告"+park+"和属地卫生健康部门。",
				"Report: the person who discovers the case shall report immediately to the group leader "+l+"; the reporting officer shall report to "+park+" and the local health authority within 2 hours.",
				"報告：発見した者は直ちにリーダー"+l+"に報告し、報告担当者は2時間以内に"+park+"及び所在地の衛生健康部門に報告する。",
				"보고: 발견한 사람은 즉시 반장 "+l+"에게 보고하고, 보고 담당자는 2시간 이내에 "+park+" 및 관할 위생건강 부서에 보고한다."),
			b.s("隔离：为其佩戴口罩，送临时隔离观察室单人隔离，陪同人员做好防护。", "Isolation: the person shall put on a mask and be taken to the temporary isolation room for single isolation; accompanying staff shall take protective measures.",
				"隔離：本人にマスクを着用させ、臨時隔離観察室に移して1人で隔離する。付き添う者は防護を徹底する。", "격리: 본인에게 마스크를 착용시켜 임시 격리 관찰실로 옮겨 1인 격리하며, 동행자는 보호 조치를 철저히 한다."),
			b.s("送医：拨打急救电话 120 并联系"+hospital+"，由急救车辆转运；急救车辆不能及时到达的，方由本企业应急车辆"+vehicle+"送医，司乘人员做好防护，用后消毒；不乘坐公共交通。",
				"Transfer to hospital: call the emergency number 120 and contact "+hospital+" for transfer by ambulance; only where an ambulance cannot arrive in time shall the Enterprise's emergency vehicle"+vehicle+" be used, with the driver protected and the vehicle disinfected after use; public transport shall not be used.",
				"受診：救急電話120に通報するとともに"+hospital+"に連絡し、救急車で搬送する。救急車が間に合わない場合に限り、当社の緊急用車両"+vehicle+"で搬送し、運転者は防護を徹底し、使用後に消毒する。公共交通機関は利用しない。",
				"병원 이송: 응급 전화 120에 신고하고 "+hospital+"에 연락하여 구급차로 이송한다. 구급차가 제때 도착할 수 없는 경우에만 본 기업 비상 차량"+vehicle+"으로 이송하며, 운전자는 보호 조치를 하고 사용 후 소독한다. 대중교통은 이용하지 않는다."),
			b.s("追踪：排查其近 14 天内的活动区域和接触人员，形成名单。", "Tracing: the areas the person has visited and the people they have been in contact with over the previous 14 days shall be identified and listed.",
				"追跡：直近14日間の行動範囲と接触者を確認し、名簿を作成する。", "추적: 최근 14일간의 활동 구역과 접촉자를 조사하여 명단을 작성한다."),
			b.s("消毒：由"+dis+"组织对其工位、活动区域和隔离观察室消毒。",
				"Disinfection: "+dis+" shall organise the disinfection of the person's work station, the areas they used and the isolation room.",
				"消毒："+dis+"が本人の作業場所、行動範囲及び隔離観察室の消毒を行う。",
				"소독: "+dis+"이(가) 해당자의 작업 위치, 활동 구역 및 격리 관찰실을 소독한다."),
			b.s("观察：与其密切接触的人员暂停上岗，就地隔离观察，等候排查结果。", "Observation: close contacts of the person shall stop work and be isolated and observed in place pending the results.",
				"観察：濃厚接触者は勤務を停止し、その場で隔離観察として検査結果を待つ。", "관찰: 밀접 접촉자는 근무를 중지하고 그 자리에서 격리 관찰하며 검사 결과를 기다린다."),
		),
		para(b.s("第二阶段：出现疑似或确诊病例", "Stage 2: a suspected or confirmed case", "第2段階：疑い例又は確定例が出た場合", "제2단계: 의심 환자 또는 확진 환자 발생")),
		list(
			b.s("配合调查：积极配合疾病预防控制机构开展流行病学调查，如实提供人员名单、行程和接触情况。", "Cooperation with the investigation: the Enterprise shall cooperate actively with the centre for disease control in the epidemiological investigation and provide truthful staff lists, movements and contacts.",
				"調査への協力：疾病予防管理機関による疫学調査に積極的に協力し、従業員名簿、行動歴及び接触状況を正確に提供する。", "조사 협조: 질병예방통제기관의 역학 조사에 적극 협조하고, 인원 명단, 이동 경로 및 접촉 상황을 사실대로 제공한다."),
			b.s("密切接触者：按属地要求落实集中隔离医学观察，不少于 14 天。", "Close contacts: central quarantine under medical observation for no less than 14 days, as required locally.",
				"濃厚接触者：所在地の要請に従い、14日間以上の集中隔離による医学的観察を行う。", "밀접 접촉자: 관할 지역 요구에 따라 14일 이상 시설 격리 의학 관찰을 시행한다."),
			b.s("停工停产：相关车间、区域立即停止作业；出现确诊病例的，按属地要求停工停产。", "Suspension of work: the workshops and areas concerned shall stop work immediately; where a confirmed case occurs, work and production shall be suspended as required locally.",
				"操業停止：関係する作業場及び区域は直ちに作業を停止する。確定例が出た場合は、所在地の要請に従い操業を停止する。", "조업 중지: 관련 작업장과 구역은 즉시 작업을 중지하며, 확진 환자가 발생하면 관할 지역 요구에 따라 조업을 중지한다."),
			b.s("终末消毒：在专业机构指导下对相关场所全面终末消毒。", "Terminal disinfection: the premises concerned shall undergo full terminal disinfection under the guidance of a professional body.",
				"最終消毒：専門機関の指導の下で、関係する場所の全面的な最終消毒を行う。", "최종 소독: 전문 기관의 지도하에 관련 장소를 전면 최종 소독한다."),
			b.s("信息发布：如实向员工通报情况，稳定情绪，不传播未经核实的信息。", "Information: employees shall be informed truthfully of the situation and reassured, and unverified information shall not be spread.",
				"情報の周知：従業員に状況を正確に伝えて動揺を抑え、未確認の情報を広めない。", "정보 공개: 직원에게 상황을 사실대로 알려 동요를 막고, 확인되지 않은 정보를 퍼뜨리지 않는다."),
		),
		para(b.s("第三阶段：疫情得到控制", "Stage 3: the outbreak is brought under control", "第3段階：感染が収束した場合", "제3단계: 감염 확산 통제")),
		list(
			b.s("连续 14 天无新增病例，隔离人员均已解除隔离。", "No new case has occurred for 14 consecutive days, and all persons in isolation have been released.",
				"14日間連続で新たな感染者がなく、隔離者全員の隔離が解除されていること。", "14일 연속 신규 환자가 없고, 격리 인원이 모두 격리 해제되었을 것."),
			b.s("经属地卫生健康部门评估同意后，向"+park+"申请恢复生产。", "After assessment and approval by the local health authority, the Enterprise shall apply to "+park+" to resume production.",
				"所在地の衛生健康部門の評価と同意を得た後、"+park+"に生産再開を申請する。", "관할 위생건강 부서의 평가와 동의를 받은 후 "+park+"에 생산 재개를 신청한다."),
			b.s("复产前全面消毒，全员重新排查，按疫情防控方案分批复工。", "Before production resumes, all premises shall be disinfected, all employees screened again, and work resumed in batches under the prevention plan.",
				"生産再開の前に全面消毒を行い、全員の健康状況を改めて確認し、感染防止計画に従って順次再開する。", "생산 재개 전에 전면 소독하고 전원을 다시 조사하며, 방역 계획에 따라 단계적으로 재개한다."),
		),
	}
}

func (b *planBuilder) emAftermath() []Block {
	return []Block{list(
		b.s("关心患病员工及其家属，依法保障其工资待遇，治愈返岗人员不受歧视。", "Care shall be provided for sick employees and their families, their wages and benefits shall be protected in accordance with the law, and recovered employees shall not be discriminated against on their return.",
			"感染した従業員とその家族を気遣い、法に基づき賃金等の待遇を保障する。治癒して職場復帰した者を差別しない。", "감염된 직원과 그 가족을 보살피고 법에 따라 임금 등 처우를 보장하며, 완치 후 복귀한 사람을 차별하지 않는다."),
		b.s("做好员工心理疏导，及时回应关切。", "Psychological support shall be offered to employees and their concerns addressed promptly.",
			"従業員の心のケアを行い、不安や疑問に速やかに応える。", "직원의 심리 상담을 실시하고 관심 사항에 신속히 답한다."),
		b.s("总结评估处置过程，查找防控漏洞，完善疫情防控方案和本预案。", "The response shall be reviewed and assessed, weaknesses in prevention identified, and the prevention plan and this plan improved.",
			"対応の経過を総括・評価し、対策の不備を洗い出して、感染防止計画及び本計画を改善する。", "조치 과정을 총괄·평가하여 방역상의 허점을 찾아내고 방역 계획과 본 계획을 보완한다."),
		b.s("整理保存测温、消毒、隔离和报告等记录备查。", "Records of temperature checks, disinfection, isolation and reporting shall be organised and kept for inspection.",
			"検温、消毒、隔離及び報告等の記録を整理し、検査に備えて保管する。", "체온 측정, 소독, 격리 및 보고 등의 기록을 정리하여 점검에 대비해 보관한다."),
	)}
}

func (b *planBuilder) emManagement() []Block {
	return []Block{list(
		b.s("通讯保障：领导小组成员和各负责人 24 小时保持通讯畅通，联系方式张贴在出入口和隔离观察室。", "Communications: members of the leading group and all officers shall remain reachable 24 hours a day, and their contact details shall be posted at the entrances and in the isolation room.",
			"通信の確保：チームのメンバーと各担当者は24時間連絡が取れる状態を保ち、連絡先を出入口と隔離観察室に掲示する。", "통신 확보: 대책반 구성원과 각 담당자는 24시간 연락 가능한 상태를 유지하고, 연락처를 출입구와 격리 관찰실에 게시한다."),
		b.s("物资和经费保障：企业承担疫情防控所需费用，应急物资专库存放、定期检查。", "Supplies and funding: the Enterprise bears the costs of epidemic prevention; emergency supplies shall be kept in a dedicated store and checked regularly.",
			"物資と経費の確保：感染防止に要する費用は企業が負担し、緊急用物資は専用の倉庫に保管して定期的に点検する。", "물자 및 경비 확보: 방역에 필요한 비용은 기업이 부담하며, 비상 물자는 전용 창고에 보관하고 정기적으로 점검한다."),
		b.s("演练：复工后一周内组织一次应急演练（报告→隔离→送医→消毒），此后每月至少一次。", "Drills: an emergency drill (report → isolation → transfer to hospital → disinfection) shall be held within one week of resumption, and at least once a month thereafter.",
			"訓練：操業再開後1週間以内に緊急対応訓練を1回実施し（報告→隔離→受診→消毒）、その後は毎月1回以上実施する。", "훈련: 업무 재개 후 1주일 이내에 비상 대응 훈련을 1회 실시하고(보고→격리→병원 이송→소독), 이후 매월 1회 이상 실시한다."),
		b.s("修订：根据疫情形势、上级要求和演练情况及时修订本预案。", "Revision: this plan shall be revised promptly in the light of the epidemic situation, the requirements of the authorities and the results of drills.",
			"改定：感染状況、上級機関の要請及び訓練の結果に応じて本計画を随時改定する。", "개정: 감염 상황, 상급 기관의 요구 및 훈련 결과에 따라 본 계획을 수시로 개정한다."),
		b.s("实施：本预案自发布之日起实施，由疫情防控工作领导小组负责解释。", "Implementation: this plan shall take effect on the date of issue and shall be interpreted by the epidemic prevention leading group.",
			"施行：本計画は発表の日から施行し、その解釈は感染防止対策チームが行う。", "시행: 본 계획은 공포일부터 시행하며, 해석은 방역 대책반이 맡는다."),
	)}
}
