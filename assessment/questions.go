package assessment

// Units of the number questions.
var (
	unitPeople  = txt("人", "people", "人", "명")
	unitSqm     = txt("m²", "m²", "m²", "m²")
	unitPercent = txt("%", "%", "%", "%")
	unitRooms   = txt("间", "rooms", "室", "실")
	unitGates   = txt("个", "entrances", "か所", "곳")
	unitThermo  = txt("个", "thermometers", "台", "대")
	unitMasks   = txt("只", "masks", "枚", "장")
	unitSeats   = txt("座", "seats", "席", "석")
	unitBuses   = txt("辆", "buses", "台", "대")
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
		text(id, join(Text{}, task, txt("负责人", " officer", "担当者", " 담당자")), txt("可选：姓名", "optional: name", "任意：氏名", "선택: 성명"), false),
		when(If(id, OpSet, Value{}), Question{ID: id + "_phone", Kind: KindPhone,
			Label: join(Text{}, task, txt("负责人电话", " officer's phone", "担当者の電話番号", " 담당자 전화번호")), Required: true}),
	}
}

// hasTreatment holds when someone on the staff is under treatment.
var hasTreatment = If("staff_in_treatment", OpGt, NumberValue(0))

// steps is the form, ruleset 2026.2. IDs are never renamed or reused.
var steps = []Step{
	{ID: "enterprise", Title: txt("企业信息", "Enterprise", "企業情報", "기업 정보"), Questions: []Question{
		{ID: "name", Kind: KindText, Label: txt("企业名称", "Enterprise name", "企業名", "기업명"), Help: txt("与营业执照一致", "as on the business licence", "営業許可証の記載どおり", "사업자 등록증(영업집조)과 동일하게"), Required: true, MaxLen: 100},
		{ID: "credit_code", Kind: KindCreditCode, Label: txt("统一社会信用代码", "Unified social credit code", "統一社会信用コード", "통일사회신용코드"), Help: txt("营业执照上的 18 位代码", "the 18-character code on the business licence", "営業許可証に記載の18桁のコード", "사업자 등록증(영업집조)에 기재된 18자리 코드"), Required: true},
		text("address", txt("生产经营地址", "Address of the site", "事業所所在地", "사업장 주소"), Text{}, true),
		{ID: "legal_rep", Kind: KindText, Label: txt("法定代表人", "Legal representative", "法定代表者", "법정대표자"), Help: txt("签署承诺书的人", "signs the commitment letter", "誓約書に署名する者", "서약서에 서명하는 사람"), Required: true, MaxLen: 50},
		{ID: "contact_name", Kind: KindText, Label: txt("联系人", "Contact person", "連絡担当者", "연락 담당자"), Required: true, MaxLen: 50},
		{ID: "contact_phone", Kind: KindPhone, Label: txt("联系电话", "Contact phone", "連絡先電話番号", "연락처 전화번호"), Help: txt("手机或座机，如 0531-88888888", "mobile or landline, e.g. 0531-88888888", "携帯電話又は固定電話。例：0531-88888888", "휴대전화 또는 유선전화, 예: 0531-88888888"), Required: true},
		{ID: "industry", Kind: KindChoice, Label: txt("所属行业", "Industry", "業種", "업종"), Required: true, Choices: []Choice{
			{"machinery", txt("机械装备", "machinery and equipment", "機械・設備", "기계·장비")},
			{"electronics", txt("电子信息", "electronics", "電子・情報", "전자·정보")},
			{"chemicals", txt("化工", "chemicals", "化学工業", "화학공업")},
			{"pharma", txt("医药健康", "pharmaceuticals and health", "医薬・健康", "의약·건강")},
			{"food", txt("食品", "food", "食品", "식품")},
			{"textiles", txt("纺织服装", "textiles and garments", "繊維・衣料", "섬유·의류")},
			{"materials", txt("建材", "building materials", "建材", "건축 자재")},
			{"logistics", txt("物流", "logistics", "物流", "물류")},
			{"automotive", txt("汽车及零部件", "vehicles and parts", "自動車・部品", "자동차·부품")},
			{"metals", txt("冶金及金属制品", "metals and metal products", "冶金・金属製品", "야금·금속 제품")},
			{"construction", txt("建筑业", "construction", "建設業", "건설업")},
			{"trade", txt("批发零售", "wholesale and retail", "卸売・小売", "도소매")},
			{"services", txt("服务业", "services", "サービス業", "서비스업")},
			{"other", txt("其他", "other", "その他", "기타")},
		}},
		{ID: "zone", Kind: KindChoice, Label: txt("所属片区", "Zone of the park", "所属する区域", "소속 구역"), Help: txt("园区划分的片区，由园区在链接中设定", "the park's zones, as its link sets them", "園区がリンクで設定した区域", "단지가 링크에서 정한 구역"), Required: true},
		optional(yesno("above_scale", txt("是否规上企业（规模以上工业企业）", "Industrial enterprise above designated size?", "一定規模以上の工業企業（規上）か", "일정 규모 이상 공업기업(규상) 여부"), txt("年主营业务收入 2000 万元及以上的工业企业；园区按此统计规上企业复工率", "an industrial enterprise with annual main-business revenue of CNY 20 million or more; the park counts their resumption rate apart", "年間主要業務収入2000万元以上の工業企業。園区は規上企業の再開率を別に集計する", "연간 주요 사업 수입 2,000만 위안 이상의 공업기업. 단지는 규상 기업의 재개율을 따로 집계함"))),
		optional(yesno("four_above", txt("是否“四上”企业", "A “four above” enterprise?", "「四上」企業か", "‘사상’ 기업 여부"), txt("规模以上工业、有资质的建筑业、限额以上批发零售和住宿餐饮业、规模以上服务业企业", "industry above designated size, licensed construction, wholesale, retail, hotels and catering above the quota, or services above designated size", "一定規模以上の工業、資格等級のある建設業、限度額以上の卸売・小売・宿泊・飲食業、一定規模以上のサービス業の企業", "일정 규모 이상 공업, 자격 등급 건설업, 한도 이상 도소매·숙박·음식업, 일정 규모 이상 서비스업 기업"))),
		count("employees_total", txt("职工总数", "Total employees", "従業員総数", "직원 총수"), txt("劳动合同及劳务派遣人员合计", "everyone on the payroll, agency workers included", "労働契約を結んだ従業員と派遣労働者の合計", "근로계약 직원과 파견 근로자의 합계"), unitPeople, 0, 1000000),
		yesno("backbone_enterprise", txt("是否骨干企业", "Backbone enterprise?", "基幹企業か", "기간기업 여부"), txt("规模以上、产业链核心或园区认定的重点企业", "above designated size, core of a supply chain, or named by the park", "一定規模以上の企業、サプライチェーンの中核企業又は園区が認定した重点企業", "일정 규모 이상 기업, 공급망 핵심 기업 또는 단지가 지정한 중점 기업")),
	}},
	{ID: "production", Title: txt("生产与产品", "Production and products", "生産と製品", "생산 및 제품"), Questions: []Question{
		{ID: "automation_share", Kind: KindNumber, Label: txt("自动化比例", "Automation share", "自動化率", "자동화율"), Help: txt("由机器完成的生产工序占比（0–100）", "share of production steps done by machines (0–100)", "機械で行う生産工程の割合（0～100）", "기계로 수행하는 생산 공정의 비율(0~100)"), Unit: unitPercent, Min: 0, Max: 100, Required: true},
		{ID: "product_types", Kind: KindChoices, Label: txt("产品类别", "Products", "製品の種類", "제품 유형"), Help: txt("可多选", "choose all that apply", "複数選択可", "복수 선택 가능"), Required: true, Choices: []Choice{
			{"prevention_supplies", txt("防疫物资", "prevention supplies", "防疫物資", "방역 물자")},
			{"medical", txt("医疗物资", "medical goods", "医療物資", "의료 물자")},
			{"daily_necessities", txt("生活必需品", "daily necessities", "生活必需品", "생활필수품")},
			{"energy_utilities", txt("能源与公用事业", "energy and utilities", "エネルギー・公益事業", "에너지·공익사업")},
			{"key_supply_chain", txt("重点产业链关键配套", "key parts of supply chains", "重点サプライチェーンの基幹部品", "중점 공급망 핵심 부품")},
			{"other", txt("其他", "other", "その他", "기타")},
		}},
		text("main_products", txt("主要产品", "Main products", "主要製品", "주요 제품"), txt("可选", "optional", "任意", "선택"), false),
	}},
	{ID: "site", Title: txt("场所与人员密度", "Site and people", "事業所と人員密度", "사업장 및 인원 밀도"), Questions: []Question{
		{ID: "floor_area_m2", Kind: KindNumber, Label: txt("车间和办公面积", "Workshop and office floor area", "作業場及び事務所の面積", "작업장 및 사무실 면적"), Unit: unitSqm, Min: 1, Max: 10000000, Required: true},
		count("peak_shift_workers", txt("单班最多在岗人数", "Most people on site in one shift", "1シフトの最大在勤人数", "1교대 최대 근무 인원"), Text{}, unitPeople, 1, 1000000),
		yesno("can_keep_1m", txt("工位间能否保持 1 米以上间距", "Can people keep 1 m apart at work?", "作業場所の間で1メートル以上の間隔を保てるか", "작업 위치 간 1미터 이상 간격 유지 가능 여부"), Text{}),
		yesno("closed_management", txt("能否封闭管理", "Closed management?", "閉鎖管理ができるか", "폐쇄식 관리 가능 여부"), txt("出入口可控，周边环境有序", "entrances controlled, surroundings orderly", "出入口を管理でき、周辺環境が整っている", "출입구 통제가 가능하고 주변 환경이 정돈됨")),
		{ID: "ventilation", Kind: KindChoice, Label: txt("通风方式", "Ventilation", "換気方式", "환기 방식"), Required: true, Choices: []Choice{
			{"natural", txt("自然通风", "natural ventilation", "自然換気", "자연 환기")},
			{"fresh_air", txt("全新风空调", "fresh-air-only air conditioning", "全外気方式の空調", "전외기 방식 공조")},
			{"recirculated", txt("回风（内循环）空调", "recirculating air conditioning", "還気（内部循環）方式の空調", "내부 순환 방식 공조")},
		}},
	}},
	{ID: "staff", Title: txt("返岗人员与员工健康", "Returnees and staff health", "職場復帰者と従業員の健康", "복귀 인원 및 직원 건강"), Questions: []Question{
		count("staff_normal", txt("正常人员", "Staff: normal", "通常勤務者", "정상 인원"), txt("可正常上岗的人数", "people who may work normally", "通常どおり勤務できる人数", "정상 근무 가능 인원"), unitPeople, 0, 1000000),
		count("staff_ordinary_isolation", txt("普通隔离人员", "Staff: ordinary isolation", "一般隔離者", "일반 격리 인원"), Text{}, unitPeople, 0, 1000000),
		count("staff_key_isolation", txt("重点隔离人员", "Staff: key isolation", "重点隔離者", "중점 격리 인원"), Text{}, unitPeople, 0, 1000000),
		count("staff_in_treatment", txt("感染治疗人员", "Staff: under treatment", "感染治療中の者", "감염 치료 인원"), Text{}, unitPeople, 0, 1000000),
		when(hasTreatment, yesno("cdc_cleared", txt("属地疾控部门是否已同意复工", "Has the local CDC agreed to the restart?", "所在地の疾病予防管理センターが操業再開に同意したか", "관할 질병예방통제센터가 업무 재개에 동의했는지 여부"), txt("已完成密切接触者追踪和终末消毒，并经疾控部门同意", "contacts traced, the site disinfected, and the CDC agreed", "濃厚接触者の追跡と最終消毒を終え、疾病予防管理センターの同意を得ている", "밀접 접촉자 추적과 최종 소독을 마치고 질병예방통제센터의 동의를 받음"))),
		yesno("staff_screened", txt("是否已完成全员排查（一人一档）", "Has every employee been screened?", "全員の健康確認を終えたか（1人1件の記録）", "전원 조사 완료 여부(1인 1건 기록)"), txt("每人一份健康档案", "one health file per person", "1人につき1件の健康記録", "1인당 1건의 건강 기록")),
		optional(count("returnees_low_risk", txt("来自低风险地区的返岗人员", "Returnees from low-risk regions", "低リスク地域からの復帰者", "저위험 지역 복귀자"), txt("体温正常即可上岗", "may work with a normal temperature", "体温が正常であれば勤務可", "체온 정상 시 근무 가능"), unitPeople, 0, 1000000)),
		count("returnees_mid_high_risk", txt("来自中、高风险地区的返岗人员", "Returnees from medium- and high-risk regions", "中・高リスク地域からの復帰者", "중·고위험 지역 복귀자"), txt("须集中（居家）隔离医学观察满 14 天", "need 14 days' medical observation in quarantine", "14日間の隔離による医学的観察が必要", "14일간 격리 의학 관찰 필요"), unitPeople, 0, 1000000),
		when(hasReturnees, optional(count("returnees_high_risk", txt("其中来自高风险地区", "of whom from high-risk regions", "うち高リスク地域から", "그중 고위험 지역 출신"), Text{}, unitPeople, 0, 1000000))),
		when(hasReturnees, Question{ID: "returnees_first_return", Kind: KindDate, Label: txt("中、高风险返岗人员最早返回日期", "First return from medium/high-risk regions", "中・高リスク地域からの最初の復帰日", "중·고위험 지역 최초 복귀일"), Help: txt("可选", "optional", "任意", "선택")}),
		when(hasReturnees, Question{ID: "returnees_last_return", Kind: KindDate, Label: txt("中、高风险返岗人员最晚返回日期", "Last return from medium/high-risk regions", "中・高リスク地域からの最後の復帰日", "중·고위험 지역 최종 복귀일"), Help: txt("隔离期满日期由此推算（+14 天）", "quarantine ends 14 days later", "隔離期間の満了日はこの日から算出（+14日）", "격리 만료일은 이 날짜로 산출(+14일)"), Required: true}),
		when(hasReturnees, count("returnees_cleared", txt("其中已解除隔离的人数", "of whom cleared", "うち隔離解除者数", "그중 격리 해제 인원"), txt("已满 14 天医学观察；仅核酸检测阴性不算解除", "finished 14 days' medical observation; a negative test alone does not clear", "14日間の医学的観察を終えた者（PCR検査の陰性のみでは解除としない）", "14일 의학 관찰을 마친 사람(PCR 검사 음성만으로는 해제되지 않음)"), unitPeople, 0, 1000000)),
		when(hasReturnees, optional(count("returnees_in_quarantine", txt("其中尚在隔离、未到岗的人数", "of whom still in quarantine, away from work", "うち隔離中で出勤していない者の数", "그중 격리 중이며 출근하지 않는 인원"), txt("正在居家或集中隔离，隔离期满前不上岗", "in home or central quarantine; they do not work until it ends", "自宅又は集中隔離中で、期間満了まで勤務しない", "자가 또는 시설 격리 중이며 만료 전에는 근무하지 않음"), unitPeople, 0, 1000000))),
		when(hasReturnees, Question{ID: QuarantineEndsID, Kind: KindQuarantineEnds, Label: txt("隔离期满安排", "Ends of quarantine", "隔離期間の満了予定", "격리 만료 일정"), Help: txt("来自花名册：尚在隔离人员按期满日期分组的人数", "from the staff roster: the people still in quarantine, by the day it ends", "名簿から：隔離中の者を満了日ごとに数えた人数", "명부에서: 격리 중인 인원을 만료일별로 센 인원")}),
		count("foreign_staff", txt("外籍员工人数", "Foreign staff", "外国籍従業員数", "외국인 직원 수"), Text{}, unitPeople, 0, 1000000),
		when(hasForeign, yesno("multilingual_notices", txt("是否以员工使用的语言发布防疫告知", "Notices in the staff's languages?", "従業員が使用する言語で感染防止の通知を出しているか", "직원이 사용하는 언어로 방역 안내 게시 여부"), txt("如中英日韩", "e.g. Chinese, English, Japanese, Korean", "中国語、英語、日本語、韓国語等", "중국어, 영어, 일본어, 한국어 등"))),
		yesno("training_done", txt("是否已开展防疫培训", "Prevention training done?", "感染防止研修を実施したか", "방역 교육 실시 여부"), Text{}),
	}},
	{ID: "facilities", Title: txt("出入口、食堂、宿舍、班车", "Entrances, canteen, dormitories, shuttles", "出入口・食堂・寮・通勤バス", "출입구·식당·기숙사·통근 버스"), Questions: []Question{
		count("entrances", txt("出入口数量", "Entrances in use", "出入口の数", "출입구 수"), Text{}, unitGates, 0, 100),
		yesno("entrance_staff_named", txt("每个出入口是否有专人值守", "A named person at every entrance?", "各出入口に専任の担当者がいるか", "출입구마다 전담 근무자 배치 여부"), txt("测温、登记，停用指纹打卡", "temperatures taken and registered; fingerprint clocks suspended", "検温・記録を行い、指紋式の打刻を停止", "체온 측정·기록, 지문 인식 출퇴근 기록 중지")),
		yesno("has_canteen", txt("是否有职工食堂", "Staff canteen?", "社員食堂があるか", "직원 식당 유무"), Text{}),
		when(hasCanteen, optional(count("canteen_seats", txt("食堂座位数", "Canteen seats", "食堂の座席数", "식당 좌석 수"), txt("用于推算 1 米间距下的分批就餐批次", "to work out sittings at 1 m spacing", "1メートル間隔での時差喫食の回数を算出するため", "1미터 간격 시 분산 식사 회차 산출용"), unitSeats, 1, 100000))),
		when(hasCanteen, yesno("canteen_measures", txt("食堂是否错峰或分餐就餐", "Staggered or boxed meals?", "食堂で時差喫食又は個別配膳をしているか", "식당 시차 식사 또는 개별 배식 여부"), txt("间隔 1 米以上，不面对面就座", "≥1 m apart, no face-to-face seating", "1メートル以上の間隔、対面で着席しない", "1미터 이상 간격, 마주 보고 앉지 않음"))),
		count("dorm_residents", txt("住宿舍的员工人数", "Staff living in dormitories", "寮に住む従業員数", "기숙사 거주 직원 수"), txt("没有宿舍填 0", "0 when there is no dormitory", "寮がない場合は0", "기숙사가 없으면 0"), unitPeople, 0, 1000000),
		when(hasDorm, count("dorm_rooms", txt("宿舍房间数", "Dormitory rooms", "寮の室数", "기숙사 실 수"), Text{}, unitRooms, 1, 100000)),
		when(hasDorm, Question{ID: "dorm_area_m2", Kind: KindNumber, Label: txt("宿舍总使用面积", "Dormitory floor area", "寮の総使用面積", "기숙사 총사용 면적"), Unit: unitSqm, Min: 1, Max: 10000000, Required: true}),
		count("shuttle_buses", txt("通勤班车数量", "Shuttle buses", "通勤バスの台数", "통근 버스 대수"), txt("没有班车填 0", "0 when there is none", "通勤バスがない場合は0", "통근 버스가 없으면 0"), unitBuses, 0, 10000),
		when(hasShuttle, yesno("shuttle_measures", txt("班车是否每日消毒、测温、戴口罩", "Buses disinfected, temperatures taken, masks worn?", "通勤バスで毎日の消毒、検温、マスク着用を実施しているか", "통근 버스 매일 소독·체온 측정·마스크 착용 여부"), Text{})),
	}},
	{ID: "supplies", Title: txt("防疫物资", "Supplies", "防疫物資", "방역 물자"), Questions: []Question{
		count("masks_in_stock", txt("口罩库存", "Masks in stock", "マスクの在庫", "마스크 재고"), txt("至少满足 14 天：每人每天 2 只", "at least 14 days: 2 a day per person", "14日分以上：1人1日2枚", "14일분 이상: 1인 1일 2장"), unitMasks, 0, 100000000),
		count("thermometers", txt("测温仪数量", "Thermometers", "体温計の数", "체온계 수"), txt("每个出入口至少 1 个", "at least one per entrance", "出入口ごとに1台以上", "출입구마다 1대 이상"), unitThermo, 0, 100000),
		yesno("disinfectant_stock", txt("消毒用品是否备足", "Disinfectant in stock?", "消毒用品を十分に備蓄しているか", "소독용품 충분 비축 여부"), txt("84 消毒液、75% 酒精、洗手液、喷壶", "84 disinfectant, 75% alcohol, hand sanitiser, sprayers", "84消毒液、75%アルコール、液体石けん、噴霧器", "84 소독액, 75% 알코올, 물비누, 분무기")),
		yesno("predisinfection", txt("复工前是否已全面消毒", "Full disinfection before reopening?", "操業再開前に全面消毒を実施したか", "업무 재개 전 전면 소독 여부"), Text{}),
		optional(yesno("safety_check_done", txt("是否已完成复工前安全生产检查", "Production safety check done before reopening?", "操業再開前の生産安全点検を終えたか", "업무 재개 전 생산 안전 점검 완료 여부"), txt("设备、电气、消防、危化品、特种作业人员等逐项检查（见方案中的检查表）", "equipment, electrics, fire safety, hazardous chemicals, licensed operators — item by item (checklist in the plan)", "設備、電気、消防、危険化学品、特殊作業従事者等を項目ごとに点検（計画中の点検表を参照）", "설비, 전기, 소방, 위험화학품, 특수작업 인원 등 항목별 점검(계획의 점검표 참조)"))),
		count("isolation_rooms", txt("临时隔离观察室数量", "Temporary isolation rooms", "臨時隔離観察室の数", "임시 격리 관찰실 수"), txt("单人单间", "single rooms", "1人1室", "1인 1실"), unitRooms, 0, 1000),
		yesno("mask_bins", txt("是否设置废弃口罩专用垃圾桶", "Bins for used masks?", "使用済みマスク専用のごみ箱を設置しているか", "폐마스크 전용 쓰레기통 설치 여부"), Text{}),
		text("designated_hospital", txt("定点医院", "Designated hospital", "指定病院", "지정 병원"), txt("可选：就近的发热门诊", "optional: the nearest fever clinic", "任意：最寄りの発熱外来", "선택: 가까운 발열 클리닉"), false),
		text("emergency_vehicle", txt("应急车辆", "Emergency vehicle", "緊急用車両", "비상 차량"), txt("可选：车牌号或说明", "optional: plate number or description", "任意：ナンバー又は説明", "선택: 차량 번호 또는 설명"), false),
	}},
	{ID: "team", Title: txt("疫情防控工作领导小组", "Prevention team", "感染防止対策チーム", "방역 대책반"), Questions: append(append(append(append(append([]Question{
		{ID: "leader_name", Kind: KindText, Label: txt("疫情防控工作领导小组组长", "Team leader", "感染防止対策チームのリーダー", "방역 대책반 반장"), Help: txt("法定代表人是第一责任人；组长可由他人担任", "the legal representative is first responsible; the leader may be someone else", "法定代表者が第一責任者。リーダーは別の者でもよい", "법정대표자가 제1 책임자이며, 반장은 다른 사람이 맡아도 된다"), Required: true, MaxLen: 50},
		{ID: "leader_phone", Kind: KindPhone, Label: txt("组长电话", "Leader's phone", "リーダーの電話番号", "반장 전화번호"), Required: true},
	},
		officer("temperature_officer", txt("体温检测", "Temperature-check", "検温", "체온 측정"))...),
		officer("disinfection_officer", txt("消毒", "Disinfection", "消毒", "소독"))...),
		officer("supplies_officer", txt("物资保障", "Supplies", "物資", "물자"))...),
		officer("reporting_officer", txt("信息报送", "Reporting", "報告", "보고"))...),
		Question{ID: "symptom_hotline", Kind: KindHotline, Label: txt("症状报告电话", "Symptom hotline", "症状報告電話", "증상 신고 전화"), Help: txt("可选：员工出现症状时拨打", "optional: staff call it when they have symptoms", "任意：従業員に症状が出た時の連絡先", "선택: 직원에게 증상이 있을 때 거는 번호")},
		Question{ID: "cdc_phone", Kind: KindHotline, Label: txt("属地疾控中心电话", "Local CDC phone", "所在地の疾病予防管理センターの電話番号", "관할 질병예방통제센터 전화번호"), Help: txt("可选：每日报告和发现病例时联系", "optional: for the daily report and when a case is found", "任意：毎日の報告及び感染者発見時の連絡先", "선택: 일일 보고 및 환자 발견 시 연락처")},
		Question{ID: "community_phone", Kind: KindHotline, Label: txt("所在社区（街道）联系电话", "Community (sub-district) phone", "所在地の地域（街道）の連絡先", "관할 지역사회(가도) 연락처"), Help: txt("可选：返岗人员居家隔离、排查时联系", "optional: for returnees' home quarantine and tracing", "任意：復帰者の自宅隔離・追跡時の連絡先", "선택: 복귀자 자가 격리·추적 시 연락처")}),
	},
}
