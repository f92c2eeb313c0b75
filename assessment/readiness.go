package assessment

// Level is how much a readiness item weighs.
type Level string

// The levels of a readiness item.
const (
	Critical    Level = "critical"    // unmet: not ready at all
	Required    Level = "required"    // unmet: resume in phases
	Recommended Level = "recommended" // unmet: still ready; worth doing
)

// Readiness is the verdict on an enterprise's conditions for resuming.
type Readiness string

// The verdicts (临沂's rule).
const (
	Ready    Readiness = "ready"     // 具备条件，立即复工 once its batch opens
	Phased   Readiness = "phased"    // 部分具备，分期推进
	NotReady Readiness = "not_ready" // 暂不具备
)

// ReadinessName returns the verdict in words.
func ReadinessName(r Readiness) Text {
	switch r {
	case Ready:
		return txt("具备复工复产条件，所在批次开放后即可复工复产", "Ready: work may resume as soon as the batch opens", "再開条件を満たしている。該当する順位の再開が認められ次第、操業を再開できる", "재개 조건 충족: 해당 차수가 개시되면 바로 업무 재개 가능")
	case Phased:
		return txt("部分具备复工复产条件，分期推进", "Partly ready: work resumes in phases", "再開条件を一部満たしている。段階的に再開する", "재개 조건 일부 충족: 단계적으로 재개")
	}
	return txt("暂不具备复工复产条件", "Not yet ready to resume work", "現時点では再開条件を満たしていない", "아직 재개 조건을 갖추지 못함")
}

// Item is one readiness condition checked on the answers. Items that do
// not apply (no canteen, no dormitory…) are left out of a Result.
type Item struct {
	ID      string
	Level   Level
	Met     bool
	Title   Text
	Reason  Text     // what the answers say, with their values
	Action  Text     // what to do to meet it
	Answers []Fact   // the answers read
	Missing []string // question IDs left empty or invalid that the item needs
}

// readiness checks every item on usable answers u and gives the verdict.
func readiness(u *Answers, q Quantities) (Readiness, []Item) {
	var items []Item
	for _, def := range itemDefs {
		p := &probe{u: u}
		applies, met, reason := def.check(p, q)
		if !applies {
			continue
		}
		it := Item{ID: def.id, Level: def.level, Met: met && len(p.missing) == 0,
			Title: def.title, Reason: reason, Action: def.action, Answers: p.facts, Missing: p.missing}
		if len(p.missing) > 0 {
			it.Reason = missingText(p.missing)
		}
		items = append(items, it)
	}
	verdict := Ready
	for _, it := range items {
		switch {
		case it.Met:
		case it.Level == Critical:
			return NotReady, items
		case it.Level == Required:
			verdict = Phased
		}
	}
	return verdict, items
}

// itemDef is one row of the item table in DOMAIN.md. check reads the
// answers through p (so facts and missing answers are recorded) and says
// whether the item applies, whether it is met, and why.
type itemDef struct {
	id     string
	level  Level
	title  Text
	action Text
	check  func(p *probe, q Quantities) (applies, met bool, reason Text)
}

// yesItem is the item id, met when question is answered yes.
func yesItem(id, question string, level Level, title, yesText, noText, action Text) itemDef {
	return itemDef{id: id, level: level, title: title, action: action,
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			ok, _ := p.yes(question)
			if ok {
				return true, true, yesText
			}
			return true, false, noText
		}}
}

// appliesWhenPositive reads the number id: an item guarded by it applies
// when it is above 0 or missing (unknown is never taken as "none").
func appliesWhenPositive(p *probe, id string) (float64, bool) {
	n, ok := p.num(id)
	return n, !ok || n > 0
}

// appliesWhenYes reads the yes/no id: the item applies when it is yes or missing.
func appliesWhenYes(p *probe, id string) bool {
	b, ok := p.yes(id)
	return !ok || b
}

var itemDefs = []itemDef{
	{id: "team_named", level: Critical, title: txt("疫情防控工作领导小组", "Epidemic prevention leading group", "感染防止対策チーム", "방역 대책반"),
		action: txt("成立疫情防控工作领导小组，明确组长并留有效联系电话", "Establish an epidemic prevention leading group, designate its leader and provide a valid contact telephone number", "感染防止対策チームを設置してリーダーを定め、連絡の取れる電話番号を登録する", "방역 대책반을 구성하여 반장을 정하고, 연락 가능한 전화번호를 등록한다"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			name, _ := p.str("leader_name")
			phone, _ := p.str("leader_phone")
			return true, true, txt("组长 "+name+"，电话 "+phone, "Group leader "+name+", phone "+phone, "リーダー "+name+"、電話 "+phone, "반장 "+name+", 전화 "+phone)
		}},
	yesItem("staff_screened", "staff_screened", Critical, txt("全员排查", "Staff screening", "全員の健康確認", "전원 조사"),
		txt("已完成全员排查，一人一档", "All staff screened, with a health record for each person", "全員の確認を終え、1人1件の健康記録を作成済み", "전원 조사 완료, 1인 1건 건강 기록 작성"),
		txt("尚未完成全员排查", "Screening of all staff not yet completed", "全員の確認が完了していない", "전원 조사 미완료"),
		txt("对所有在岗人员逐一排查，建立一人一档健康档案", "Screen all staff on site individually and keep a health record for each person", "勤務する全員を1人ずつ確認し、1人1件の健康記録を作成する", "근무하는 전원을 한 명씩 조사하고 1인 1건 건강 기록을 작성한다")),
	{id: "returnees_quarantined", level: Critical, title: txt("中、高风险地区返岗人员隔离", "Quarantine of returnees from medium/high-risk regions", "中・高リスク地域からの復帰者の隔離", "중·고위험 지역 복귀자 격리"),
		action: txt("来自中、高风险地区的返岗人员须集中（居家）隔离医学观察满 14 天，并按属地要求经核酸检测阴性后方可上岗；隔离期未满的不得到岗", "Returnees from medium/high-risk regions shall complete 14 days of medical observation in central (or home) quarantine and, where required locally, test negative for nucleic acid before starting work; no person shall come to work before the quarantine period has ended", "中・高リスク地域からの復帰者は、集中（自宅）隔離による14日間の医学的観察を終え、所在地の定めによりPCR検査で陰性となった後に勤務させる。期間満了前は出勤させない", "중·고위험 지역 복귀자는 시설(자가) 격리 의학 관찰 14일을 마치고 관할 지역의 요구에 따라 PCR 검사 음성 판정을 받은 후에 근무하게 하며, 기간 만료 전에는 출근하지 않게 한다"),
		check: func(p *probe, q Quantities) (bool, bool, Text) {
			n, applies := appliesWhenPositive(p, "returnees_mid_high_risk")
			if !applies {
				return false, false, Text{}
			}
			c, _ := p.num("returnees_cleared")
			if c > n {
				return true, false, txt("已满 14 天医学观察的 "+fmtNum(c)+" 人多于中、高风险地区返岗的 "+fmtNum(n)+" 人，请核对", fmtNum(c)+" cleared exceeds the "+fmtNum(n)+" returnees from medium/high-risk regions: please check", "14日間の医学的観察の終了者"+fmtNum(c)+"人が中・高リスク地域からの復帰者"+fmtNum(n)+"人を上回っている。確認すること", "14일 의학 관찰 완료자 "+fmtNum(c)+"명이 중·고위험 지역 복귀자 "+fmtNum(n)+"명보다 많음. 확인 필요")
			}
			if c == n {
				return true, true, txt("中、高风险地区返岗 "+fmtNum(n)+" 人，均已满 14 天医学观察", enPlural(n, "The 1 returnee from a medium/high-risk region has completed 14 days of medical observation", "All "+fmtNum(n)+" returnees from medium/high-risk regions have completed 14 days of medical observation"), "中・高リスク地域からの復帰者"+fmtNum(n)+"人、全員が14日間の医学的観察を終了", "중·고위험 지역 복귀자 "+fmtNum(n)+"명, 전원 14일 의학 관찰 완료")
			}
			away, _ := p.num("returnees_in_quarantine")
			onSite := n - c - away
			r := txt("中、高风险地区返岗 "+fmtNum(n)+" 人，已满 14 天医学观察 "+fmtNum(c)+" 人，尚在隔离、未到岗 "+fmtNum(away)+" 人",
				fmtNum(n)+enPlural(n, " returnee", " returnees")+" from medium/high-risk regions: "+fmtNum(c)+" have completed 14 days of medical observation, "+fmtNum(away)+" are still in quarantine and away from work",
				"中・高リスク地域からの復帰者"+fmtNum(n)+"人、うち14日間の医学的観察の終了者"+fmtNum(c)+"人、隔離中で出勤していない者"+fmtNum(away)+"人",
				"중·고위험 지역 복귀자 "+fmtNum(n)+"명, 14일 의학 관찰 완료 "+fmtNum(c)+"명, 격리 중·미출근 "+fmtNum(away)+"명")
			if onSite > 0 {
				r = join(Text{}, r, txt("，另有 "+fmtNum(onSite)+" 人隔离期未满", "; a further "+fmtNum(onSite)+" whose quarantine has not ended", "。ほかに隔離期間未満了の者"+fmtNum(onSite)+"人", ", 격리 기간 미만료 "+fmtNum(onSite)+"명 추가"))
				if q.QuarantineEnds != "" {
					d := dayText(q.QuarantineEnds)
					r = join(Text{}, r, txt("，最晚于"+d.Zh+"隔离期满", ", the last quarantine ending on "+d.exact("en"), "（最後の隔離期間満了は"+d.exact("ja")+"）", "(최종 격리 만료 "+d.exact("ko")+")"))
				}
			}
			return true, onSite <= 0 && len(p.missing) == 0, r
		}},
	{id: "active_cases", level: Critical, title: txt("感染病例处置", "Handling of cases among staff", "感染者発生後の対応", "감염 사례 처리"),
		action: txt("有员工正在接受感染治疗的，须配合属地疾病预防控制机构完成密切接触者追踪和终末消毒，经其同意后方可复工", "Where an employee is receiving treatment for infection, assist the local centre for disease control in tracing close contacts and carrying out terminal disinfection, and resume work only with its agreement", "従業員が感染治療中の場合は、所在地の疾病予防管理センターによる濃厚接触者の追跡と最終消毒に協力し、その同意を得た後に操業を再開する", "직원이 감염 치료 중인 경우 관할 질병예방통제센터의 밀접 접촉자 추적과 최종 소독에 협조하고, 그 동의를 받은 후에 업무를 재개한다"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			n, applies := appliesWhenPositive(p, "staff_in_treatment")
			if !applies {
				return false, false, Text{}
			}
			ok, _ := p.yes("cdc_cleared")
			if ok {
				return true, true, txt("感染治疗人员 "+fmtNum(n)+" 人，属地疾病预防控制机构已同意复工", fmtNum(n)+enPlural(n, " employee", " employees")+" under treatment; the local centre for disease control has agreed to the resumption", "感染治療中の者"+fmtNum(n)+"人、所在地の疾病予防管理センターが操業再開に同意済み", "감염 치료 인원 "+fmtNum(n)+"명, 관할 질병예방통제센터가 업무 재개에 동의함")
			}
			return true, false, txt("感染治疗人员 "+fmtNum(n)+" 人，尚未经属地疾病预防控制机构同意复工", fmtNum(n)+enPlural(n, " employee", " employees")+" under treatment; the local centre for disease control has not yet agreed to the resumption", "感染治療中の者"+fmtNum(n)+"人、所在地の疾病予防管理センターの同意が未取得", "감염 치료 인원 "+fmtNum(n)+"명, 관할 질병예방통제센터의 업무 재개 동의 미취득")
		}},
	{id: "isolation_room", level: Critical, title: txt("临时隔离观察室", "Temporary isolation room", "臨時隔離観察室", "임시 격리 관찰실"),
		action: txt("设置至少 1 间单人单间的临时隔离观察室", "Set up at least 1 single room for temporary isolation and observation", "1人1室の臨時隔離観察室を1室以上設置する", "1인 1실의 임시 격리 관찰실을 최소 1실 설치한다"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			n, _ := p.num("isolation_rooms")
			return true, n >= 1, txt("临时隔离观察室 "+fmtNum(n)+" 间", fmtNum(n)+enPlural(n, " isolation room", " isolation rooms"), "臨時隔離観察室"+fmtNum(n)+"室", "임시 격리 관찰실 "+fmtNum(n)+"실")
		}},
	{id: "supplies_14d", level: Critical, title: txt("14 天防疫物资", "Prevention supplies for 14 days", "14日分の防疫物資", "14일분 방역 물자"),
		action: txt("按职工总数每人每天 2 只备足 14 天口罩，设置至少 1 个出入口并每个出入口配备至少 1 个测温仪，备足消毒用品", "Stock masks for 14 days for all employees at 2 per person per day, keep at least 1 entrance in use with at least 1 thermometer at each entrance, and keep sufficient disinfection supplies", "従業員総数について1人1日2枚として14日分のマスクを備蓄し、出入口を1か所以上設けて各出入口に体温計を1台以上備え、消毒用品を十分に備蓄する", "직원 총수 기준 1인 1일 2장으로 14일분 마스크를 비축하고, 출입구를 1곳 이상 두어 출입구마다 체온계를 1대 이상 갖추며, 소독용품을 충분히 비축한다"),
		check: func(p *probe, q Quantities) (bool, bool, Text) {
			masks, okM := p.num("masks_in_stock")
			p.num("employees_total")
			thermo, okT := p.num("thermometers")
			gates, okG := p.num("entrances")
			dis, _ := p.yes("disinfectant_stock")
			var parts []Text
			met := dis
			if okG && gates < 1 {
				met = false
				parts = append(parts, txt("没有在用的出入口，无法设置测温点", "No entrance in use at which temperatures can be taken", "使用中の出入口がなく、検温場所を設けられない", "사용 중인 출입구가 없어 체온 측정 지점을 둘 수 없음"))
			}
			if okM && q.MasksNeeded14d != nil {
				need := float64(*q.MasksNeeded14d)
				if masks >= need {
					parts = append(parts, txt("口罩 "+fmtNum(masks)+" 只 ≥ 14 天用量 "+fmtNum(need)+" 只", fmtNum(masks)+" masks ≥ "+fmtNum(need)+" required for 14 days", "マスク"+fmtNum(masks)+"枚 ≥ 14日分"+fmtNum(need)+"枚", "마스크 "+fmtNum(masks)+"장 ≥ 14일분 "+fmtNum(need)+"장"))
				} else {
					met = false
					parts = append(parts, txt("口罩 "+fmtNum(masks)+" 只，14 天需 "+fmtNum(need)+" 只，缺 "+fmtNum(need-masks)+" 只", fmtNum(masks)+" masks, "+fmtNum(need)+" required for 14 days, shortfall of "+fmtNum(need-masks), "マスク"+fmtNum(masks)+"枚、14日分の必要数"+fmtNum(need)+"枚に対し"+fmtNum(need-masks)+"枚不足", "마스크 "+fmtNum(masks)+"장, 14일분 필요량 "+fmtNum(need)+"장 대비 "+fmtNum(need-masks)+"장 부족"))
				}
			}
			if okT && okG && gates >= 1 {
				if thermo >= gates {
					parts = append(parts, txt("测温仪 "+fmtNum(thermo)+" 个 ≥ 出入口 "+fmtNum(gates)+" 个", fmtNum(thermo)+enPlural(thermo, " thermometer", " thermometers")+" ≥ "+fmtNum(gates)+enPlural(gates, " entrance", " entrances"), "体温計"+fmtNum(thermo)+"台 ≥ 出入口"+fmtNum(gates)+"か所", "체온계 "+fmtNum(thermo)+"대 ≥ 출입구 "+fmtNum(gates)+"곳"))
				} else {
					met = false
					parts = append(parts, txt("测温仪 "+fmtNum(thermo)+" 个少于出入口 "+fmtNum(gates)+" 个", fmtNum(thermo)+enPlural(thermo, " thermometer", " thermometers")+" for "+fmtNum(gates)+enPlural(gates, " entrance", " entrances"), "体温計"+fmtNum(thermo)+"台で、出入口"+fmtNum(gates)+"か所に満たない", "체온계 "+fmtNum(thermo)+"대로 출입구 "+fmtNum(gates)+"곳보다 적음"))
				}
			}
			if dis {
				parts = append(parts, txt("消毒用品已备足", "disinfection supplies sufficient", "消毒用品は備蓄済み", "소독용품 비축 완료"))
			} else {
				parts = append(parts, txt("消毒用品未备足", "disinfection supplies insufficient", "消毒用品が不足", "소독용품 부족"))
			}
			return true, met, join(txt("；", "; ", "。", "; "), parts...)
		}},
	yesItem("predisinfection", "predisinfection", Required, txt("复工前全面消毒", "Full disinfection before resumption", "操業再開前の全面消毒", "업무 재개 전 전면 소독"),
		txt("复工前已全面消毒", "All premises disinfected before resumption", "操業再開前に全面消毒を実施済み", "업무 재개 전 전면 소독 완료"),
		txt("复工前尚未全面消毒", "Premises not yet fully disinfected", "操業再開前の全面消毒が未実施", "업무 재개 전 전면 소독 미실시"),
		txt("复工前对车间、办公室、食堂、宿舍等全面消毒，并做好记录", "Fully disinfect the workshops, offices, canteen, dormitories and other premises before resumption, and keep records", "操業再開前に作業場、事務所、食堂、寮等を全面消毒し、記録を残す", "업무 재개 전에 작업장, 사무실, 식당, 기숙사 등을 전면 소독하고 기록을 남긴다")),
	{id: "entry_control", level: Required, title: txt("出入口管控", "Entrance control", "出入口の管理", "출입구 관리"),
		action: txt("每个出入口安排专人值守，测温登记，暂停指纹打卡", "Assign a designated attendant to every entrance for temperature checks and registration, and suspend fingerprint time clocks", "各出入口に専任の担当者を配置して検温・記録を行い、指紋式の打刻を停止する", "출입구마다 전담 근무자를 배치하여 체온 측정과 기록을 하고, 지문 인식 출퇴근 기록을 중지한다"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			named, _ := p.yes("entrance_staff_named")
			gates, _ := p.num("entrances")
			switch {
			case gates < 1:
				return true, false, txt("没有可管控的出入口", "No entrance in use to control", "管理できる出入口がない", "관리할 출입구 없음")
			case !named:
				return true, false, txt("出入口 "+fmtNum(gates)+" 个，尚无专人值守", fmtNum(gates)+enPlural(gates, " entrance", " entrances")+" without a designated attendant", "出入口"+fmtNum(gates)+"か所、専任の担当者は未配置", "출입구 "+fmtNum(gates)+"곳, 전담 근무자 미배치")
			}
			return true, true, txt("出入口 "+fmtNum(gates)+" 个，均有专人值守", fmtNum(gates)+enPlural(gates, " entrance", " entrances")+", each with a designated attendant", "出入口"+fmtNum(gates)+"か所、すべてに専任の担当者を配置", "출입구 "+fmtNum(gates)+"곳, 모두 전담 근무자 배치")
		}},
	{id: "ventilation", level: Required, title: txt("通风", "Ventilation", "換気", "환기"),
		action: txt("优先自然通风；使用空调的须为全新风运行，关闭回风", "Give priority to natural ventilation; run air conditioning on fresh air only, with recirculation closed", "自然換気を優先し、空調を使用する場合は全外気方式で運転して還気を止める", "자연 환기를 우선하며, 공조기를 사용할 경우 전외기 방식으로 운전하고 내부 순환을 차단한다"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			v, _ := p.str("ventilation")
			c, _ := questionByID["ventilation"].choice(v)
			return true, v == "natural" || v == "fresh_air", join(Text{}, txt("通风方式：", "Ventilation method: ", "換気方式：", "환기 방식: "), c.Label)
		}},
	{id: "canteen", level: Required, title: txt("食堂", "Canteen", "社員食堂", "구내식당"),
		action: txt("错峰就餐或分餐，间隔 1 米以上，不面对面就座", "Stagger meals or serve individual meals, with diners at least 1 m apart and not seated face to face", "時差喫食又は個別配膳とし、1メートル以上の間隔をとり、対面で着席しない", "시차 식사 또는 개별 배식을 하고, 1미터 이상 간격을 두며 마주 보고 앉지 않는다"),
		check: func(p *probe, q Quantities) (bool, bool, Text) {
			if !appliesWhenYes(p, "has_canteen") {
				return false, false, Text{}
			}
			ok, _ := p.yes("canteen_measures")
			r := txt("食堂已采取错峰或分餐措施", "Staggered or individually served meals in place", "時差喫食又は個別配膳を実施済み", "시차 식사 또는 개별 배식 시행 중")
			if !ok {
				r = txt("食堂尚未采取错峰或分餐措施", "No staggered or individually served meals yet", "時差喫食・個別配膳が未実施", "시차 식사·개별 배식 미시행")
			}
			if q.CanteenSittings != nil {
				r = join(Text{}, r, txt("；1 米间距下需分 "+fmtNum(float64(*q.CanteenSittings))+" 批就餐",
					"; at 1 m spacing, meals require "+fmtNum(float64(*q.CanteenSittings))+enPlural(float64(*q.CanteenSittings), " sitting", " sittings"),
					"。1メートル間隔では"+fmtNum(float64(*q.CanteenSittings))+"回に分けて食事をとる必要がある", "; 1미터 간격 시 "+fmtNum(float64(*q.CanteenSittings))+"회로 나누어 식사 필요"))
			}
			return true, ok, r
		}},
	{id: "dormitory", level: Required, title: txt("宿舍", "Dormitories", "寮", "기숙사"),
		action: txt("每间宿舍不超过 6 人，人均面积不少于 2.5 平方米，保持通风", "No more than 6 people per room, at least 2.5 m² per person, and adequate ventilation", "寮は1室6人以下、1人当たり2.5 m²以上とし、換気を保つ", "기숙사는 1실 6명 이하, 1인당 2.5 m² 이상으로 하고 환기를 유지한다"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			res, applies := appliesWhenPositive(p, "dorm_residents")
			if !applies {
				return false, false, Text{}
			}
			rooms, okR := p.num("dorm_rooms")
			area, okA := p.num("dorm_area_m2")
			if !okR || !okA || res == 0 {
				return true, false, Text{}
			}
			per, sq := res/rooms, area/res
			r := txt("住宿 "+fmtNum(res)+" 人，每间 "+fmtNum(per)+" 人，人均 "+fmtNum(sq)+" 平方米",
				fmtNum(res)+enPlural(res, " resident", " residents")+", "+fmtNum(per)+" per room, "+fmtNum(sq)+" m² per person",
				"入居者"+fmtNum(res)+"人、1室当たり"+fmtNum(per)+"人、1人当たり"+fmtNum(sq)+" m²", "입주 "+fmtNum(res)+"명, 1실당 "+fmtNum(per)+"명, 1인당 "+fmtNum(sq)+" m²")
			return true, per <= DormMaxPerRoom && sq >= DormMinAreaPerPerson, r
		}},
	{id: "commute", level: Required, title: txt("通勤班车", "Shuttle buses", "通勤バス", "통근 버스"),
		action: txt("班车每日消毒，乘车前测温，全程佩戴口罩，分散就座", "Disinfect buses daily, take temperatures before boarding, wear masks throughout and seat passengers apart", "通勤バスは毎日消毒し、乗車前に検温し、乗車中はマスクを着用し、間隔を空けて着席する", "통근 버스는 매일 소독하고 탑승 전 체온을 측정하며, 탑승 중 마스크를 착용하고 떨어져 앉는다"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			n, applies := appliesWhenPositive(p, "shuttle_buses")
			if !applies {
				return false, false, Text{}
			}
			ok, _ := p.yes("shuttle_measures")
			if ok {
				return true, true, txt("班车 "+fmtNum(n)+" 辆已落实消毒、测温、戴口罩", fmtNum(n)+enPlural(n, " bus", " buses")+" with disinfection, temperature checks and masks in place", "通勤バス"+fmtNum(n)+"台で消毒、検温、マスク着用を実施済み", "통근 버스 "+fmtNum(n)+"대 소독·체온 측정·마스크 착용 시행")
			}
			return true, false, txt("班车 "+fmtNum(n)+" 辆尚未落实防控措施", fmtNum(n)+enPlural(n, " bus", " buses")+" without prevention measures", "通勤バス"+fmtNum(n)+"台で感染防止措置が未実施", "통근 버스 "+fmtNum(n)+"대 방역 조치 미시행")
		}},
	yesItem("training", "training_done", Recommended, txt("防疫培训", "Prevention training", "感染防止研修", "방역 교육"),
		txt("已开展防疫培训", "Prevention training completed", "感染防止研修を実施済み", "방역 교육 실시 완료"), txt("尚未开展防疫培训", "No prevention training yet", "感染防止研修が未実施", "방역 교육 미실시"),
		txt("复工前对全体员工开展防疫知识培训", "Train all employees in epidemic prevention before resumption", "操業再開前に全従業員に感染防止研修を実施する", "업무 재개 전에 전 직원을 대상으로 방역 교육을 실시한다")),
	{id: "multilingual_notices", level: Recommended, title: txt("多语种告知", "Multilingual notices", "多言語による通知", "다국어 안내"),
		action: txt("以外籍员工使用的语言（如英、日、韩文）发布防疫告知", "Issue prevention notices in the languages used by foreign employees (e.g. English, Japanese, Korean)", "外国籍従業員が使用する言語（英語、日本語、韓国語等）で感染防止の通知を出す", "외국인 직원이 사용하는 언어(영어, 일본어, 한국어 등)로 방역 안내를 게시한다"),
		check: func(p *probe, _ Quantities) (bool, bool, Text) {
			n, applies := appliesWhenPositive(p, "foreign_staff")
			if !applies {
				return false, false, Text{}
			}
			ok, _ := p.yes("multilingual_notices")
			if ok {
				return true, true, txt("外籍员工 "+fmtNum(n)+" 人，已发布多语种告知", fmtNum(n)+" foreign employees; multilingual notices issued", "外国籍従業員"+fmtNum(n)+"人、多言語による通知を実施済み", "외국인 직원 "+fmtNum(n)+"명, 다국어 안내 게시 완료")
			}
			return true, false, txt("外籍员工 "+fmtNum(n)+" 人，尚无多语种告知", fmtNum(n)+" foreign employees; no multilingual notices yet", "外国籍従業員"+fmtNum(n)+"人、多言語による通知は未実施", "외국인 직원 "+fmtNum(n)+"명, 다국어 안내 미게시")
		}},
	yesItem("mask_bins", "mask_bins", Recommended, txt("废弃口罩专用垃圾桶", "Bins for used masks", "使用済みマスク専用のごみ箱", "폐마스크 전용 쓰레기통"),
		txt("已设置废弃口罩专用垃圾桶", "Bins for used masks in place", "使用済みマスク専用のごみ箱を設置済み", "폐마스크 전용 쓰레기통 설치 완료"), txt("尚未设置废弃口罩专用垃圾桶", "No bins for used masks", "使用済みマスク専用のごみ箱が未設置", "폐마스크 전용 쓰레기통 미설치"),
		txt("在出入口和公共区域设置废弃口罩专用垃圾桶，每日消毒清运", "Place bins dedicated to used masks at the entrances and in common areas, disinfected and emptied daily", "出入口と共用区域に使用済みマスク専用のごみ箱を設置し、毎日消毒・搬出する", "출입구와 공용 구역에 폐마스크 전용 쓰레기통을 설치하고 매일 소독·수거한다")),
}
