package assessment

import "strings"

// letterSections are the two copies of the commitment letter (复工复产承诺书):
// one the enterprise keeps, one for the park's files. Each starts a page
// and is complete in itself, so that either can be signed, stamped and
// handed over alone. The letter is a pledge: edits never replace it.
//
// Chinese is the text of record: a letter in another language carries the
// Chinese text first, then the translation, then a line saying the Chinese
// text prevails; its title and the labels where it is signed are in both.
var letterSections = []sectionDef{
	{id: "letter.enterprise", title: txt("复工复产承诺书（企业留存联）", "Commitment letter (enterprise's copy)",
		"操業再開誓約書（企業保管用）", "업무 재개 서약서(기업 보관용)"), level: 1, newPage: true, bilingual: true,
		build: (*planBuilder).letter},
	{id: "letter.park", title: txt("复工复产承诺书（园区存档联）", "Commitment letter (park's copy)",
		"操業再開誓約書（園区保管用）", "업무 재개 서약서(단지 보관용)"), level: 1, newPage: true, bilingual: true,
		build: (*planBuilder).letter},
}

// letterPrevails says that the Chinese text of the letter prevails, in
// Chinese and in each other language.
var letterPrevails = txt("本承诺书以中文文本为准。",
	"This letter is a translation of the Chinese text above; the Chinese text prevails.",
	"本誓約書は上記中国語文の翻訳であり、中国語文を正文とする。",
	"본 서약서는 위 중국어 원문의 번역문이며, 중국어 원문을 기준으로 한다.")

// letterPledges are the pledges of the letter, in order.
func (b *planBuilder) letterPledges() []string {
	team := b.s("成立由企业主要负责人任组长的疫情防控工作组", "a prevention team led by the enterprise's head is in place",
		"企業の主たる責任者をリーダーとする感染防止対策チームを設置した", "기업의 주요 책임자를 반장으로 하는 방역 대책반을 구성했다")
	if l := b.person("leader_name"); l.name != "" {
		team = b.s("成立以"+l.name+"为组长的疫情防控工作组", "a prevention team led by "+l.name+" is in place",
			l.name+"をリーダーとする感染防止対策チームを設置した", l.name+"을(를) 반장으로 하는 방역 대책반을 구성했다")
	}
	park := b.parkName()
	return []string{
		b.s("严格落实企业疫情防控主体责任，企业主要负责人为第一责任人，"+team+"。",
			"The enterprise bears primary responsibility for prevention, its head first responsible; "+team+".",
			"企業として感染防止の主体責任を厳格に果たし、企業の主たる責任者を第一責任者とし、"+team+"。",
			"기업의 방역 주체 책임을 엄격히 이행하며, 기업의 주요 책임자를 제1 책임자로 하고 "+team+"."),
		b.s("已结合本企业实际制定疫情防控方案和突发疫情应急预案，并严格落实。",
			"It has drawn up its own prevention plan and emergency plan and carries them out strictly.",
			"当社の実情に即して感染防止計画及び緊急対応計画を定め、厳格に実施する。",
			"본 기업의 실정에 맞추어 방역 계획과 비상 대응 계획을 수립했으며, 이를 엄격히 이행한다."),
		b.s("做到“五到位”：防控机制到位、人员排查到位、防疫物资到位、消毒管理到位、安全生产到位。",
			"The five conditions are in place: prevention mechanism, staff screening, supplies, disinfection, and production safety.",
			"感染防止の体制、従業員の確認、防疫物資、消毒管理、生産の安全の五つをすべて整える。",
			"방역 체계, 인원 조사, 방역 물자, 소독 관리, 생산 안전의 다섯 가지를 모두 갖춘다."),
		b.s("自行承担疫情防控所需的全部费用。", "It bears all its own prevention costs.",
			"感染防止に要する費用はすべて自ら負担する。", "방역에 필요한 모든 비용을 자체 부담한다."),
		b.s("如实排查、登记员工健康状况和行程信息，做到不瞒报、不漏报、不迟报。",
			"Its screening and records of staff health and travel are truthful; nothing is hidden, left out or reported late.",
			"従業員の健康状態と行動歴を正確に確認・記録し、隠蔽、報告漏れ、報告の遅れのないようにする。",
			"직원의 건강 상태와 이동 경로를 사실대로 조사·기록하며, 은폐·누락·지연 없이 보고한다."),
		b.s("对外地返岗人员严格落实不少于 14 天的隔离观察（属地对低风险地区另有规定的，从其规定），期满且健康状况正常后方可上岗。",
			"Staff returning from elsewhere are quarantined for at least 14 days (or as local rules set for low-risk regions) and work only after it ends, in good health.",
			"他地域から戻る従業員には14日間以上の隔離観察を厳格に実施し（低リスク地域について所在地に別段の定めがある場合はそれに従う）、期間が満了し健康状態が正常であることを確認した後に勤務させる。",
			"타지역에서 복귀하는 직원에게는 14일 이상의 격리 관찰을 엄격히 시행하며(저위험 지역에 대해 관할 지역에 별도 규정이 있으면 그에 따른다), 기간이 만료되고 건강 상태가 정상인 경우에만 근무하게 한다."),
		b.s("每日向"+park+"报告员工健康状况和防控措施落实情况，发现异常立即报告。",
			"It reports the staff's health and its prevention measures to "+park+" every day, and anything unusual at once.",
			"毎日"+park+"に従業員の健康状況と感染防止措置の実施状況を報告し、異常があれば直ちに報告する。",
			"매일 "+park+"에 직원 건강 상황과 방역 조치 이행 상황을 보고하며, 이상이 발견되면 즉시 보고한다."),
		b.s("自觉接受"+park+"和有关部门的监督检查；防控措施不落实或发生疫情的，服从停工停产、整改等处置。",
			"It accepts inspection by "+park+" and the authorities, and suspension or correction if its measures fail or an outbreak occurs.",
			park+"及び関係部門の監督検査を受け入れ、感染防止措置が実施されていない場合又は感染が発生した場合は、操業停止、是正等の措置に従う。",
			park+" 및 관계 부서의 감독 점검을 성실히 받으며, 방역 조치를 이행하지 않거나 감염이 발생한 경우 조업 중지, 시정 등의 조치에 따른다."),
	}
}

// letterBody is the text of the letter in the builder's language: the
// addressee, who pledges what, the pledges and the closing sentence.
func (b *planBuilder) letterBody() []Block {
	name := b.enterprise()
	var extra []string
	if code := b.str("credit_code"); code != "" {
		extra = append(extra, b.s("（统一社会信用代码 "+code+"）", " (unified social credit code "+code+")",
			"（統一社会信用コード "+code+"）", "(통일사회신용코드 "+code+")"))
	}
	if addr := b.str("address"); addr != "" {
		extra = append(extra, b.s("，生产经营地址："+addr, ", of "+addr, "、事業所所在地："+addr, ", 사업장 주소: "+addr))
	}
	who := b.s("本企业"+name, name, "当社"+name, "본 기업 "+name)
	for _, e := range extra {
		who += e
	}
	when := b.s("申请复工复产", "applies to resume work", "操業再開を申請するに当たり", "업무 재개를 신청하면서")
	if b.r.Batch > 0 {
		bn := b.batchName(b.r.Batch)
		if b.r.BatchDate != "" {
			d := b.day(b.r.BatchDate)
			when = b.s("按园区安排于"+bn+"（"+d+"起）复工复产", "resumes work in "+bn+" (from "+d+") as the park arranges",
				"園区の定めにより"+bn+"（"+d+"から）として操業を再開するに当たり", "단지의 일정에 따라 "+bn+"("+d+"부터)로 업무를 재개하면서")
		} else {
			when = b.s("按园区安排于"+bn+"复工复产", "resumes work in "+bn+" as the park arranges",
				"園区の定めにより"+bn+"として操業を再開するに当たり", "단지의 일정에 따라 "+bn+"로 업무를 재개하면서")
		}
	}
	return []Block{
		para(b.addressee()),
		para(b.s(who+"，"+when+"。为切实做好疫情防控工作，现郑重承诺：",
			who+", "+when+". To prevent the epidemic, it solemnly pledges:",
			who+"は、"+when+"、感染防止対策を確実に実施するため、次のとおり誓約する。",
			who+"은(는) "+when+", 방역 업무를 철저히 수행하기 위하여 다음과 같이 엄숙히 서약한다.")),
		list(b.letterPledges()...),
		para(b.s("以上承诺如有违反，本企业愿承担相应的法律责任。特此承诺。",
			"Should it break these pledges, the enterprise bears the legal consequences.",
			"以上の誓約に違反した場合、当社は相応の法的責任を負う。以上のとおり誓約する。",
			"위 서약을 위반할 경우 본 기업은 그에 상응하는 법적 책임을 진다. 이에 서약한다.")),
	}
}

// bi writes a label in Chinese and, when the plan is in another language,
// also in that language, followed by a colon:
// "法定代表人（签字） / Legal representative (signature):".
func (b *planBuilder) bi(t Text) string {
	if b.lang == "zh" {
		return t.Zh + "："
	}
	return t.Zh + " / " + b.t(t) + b.s("：", ": ", "：", ": ")
}

func (b *planBuilder) letter() []Block {
	zh := *b
	zh.lang = "zh"
	blocks := zh.letterBody()
	if b.lang != "zh" {
		translation := para(b.s("", "English translation:", "日本語訳：", "한국어 번역문:"))
		translation.BreakIfLong = true
		blocks = append(blocks, translation)
		blocks = append(blocks, b.letterBody()...)
		blocks = append(blocks, para(letterPrevails.Zh+"\n"+b.t(letterPrevails)))
	}
	name := b.str("name")
	if name == "" {
		name = b.enterprise()
	}
	var signers []string
	rep := b.str("legal_rep")
	if rep != "" {
		signers = append(signers, b.bi(txt("法定代表人 "+rep+"（签字）", "Legal representative (signature)",
			"法定代表者（署名）", "법정대표자(서명)")))
	} else {
		signers = append(signers, b.bi(txt("法定代表人（签字）", "Legal representative (signature)", "法定代表者（署名）", "법정대표자(서명)")))
	}
	if l := b.person("leader_name"); l.name != "" && l.name != rep {
		signers = append(signers, b.bi(txt("疫情防控工作组组长 "+l.name+"（签字）", "Prevention team leader (signature)",
			"感染防止対策チームのリーダー（署名）", "방역 대책반 반장(서명)")))
	}
	return append(blocks,
		Block{Kind: SignatureBlock, Signature: &Signature{
			Signers: signers,
			Seal:    b.bi(txt("承诺企业（盖章）", "Enterprise (seal)", "誓約企業（押印）", "서약 기업(날인)")) + name,
			DateLabel: b.bi(txt("日期", "Date", "日付", "날짜")) +
				b.s(letterDateBlank, "＿＿＿＿ (year) ＿＿ (month) ＿＿ (day)", letterDateBlank, "＿＿＿＿년 ＿＿월 ＿＿일"),
		}},
		Block{Kind: QRBlock, Text: b.parkScanCaption()},
	)
}

// parkScanCaption is the caption of the plan's QR code, on the cover and
// on each letter: what scanning it does (it adds the enterprise to the
// park's register), then the plan's ID and ruleset.
func (b *planBuilder) parkScanCaption() string {
	id, rules := b.plan.ID, b.plan.Ruleset
	return b.s("园区扫码登记：园区工作人员扫描此码，本企业即登记到园区名册。",
		"For the park's register: park staff scan this code to add the enterprise to the park's register.",
		"園区での登録用：園区の担当者がこのコードを読み取ると、当社が園区の名簿に登録される。",
		"단지 등록용: 단지 직원이 이 코드를 스캔하면 본 기업이 단지 명부에 등록된다.") + "\n" +
		b.s("方案编号 "+id+" · 规则 "+rules, "Plan ID "+id+" · Ruleset "+rules,
			"計画番号 "+id+" · ルール "+rules, "계획 번호 "+id+" · 규칙 "+rules)
}

// letterDateBlank is where the signing date is written by hand, with room
// for the year, the month and the day; Korean and English write their own
// words for them.
const letterDateBlank = "＿＿＿＿年＿＿月＿＿日"

// addressee opens the letter: "致：" and the park's name when the park's
// link gave it, else a line to write the name on.
func (b *planBuilder) addressee() string {
	park := strings.TrimSpace(b.a.Park.Name)
	if park == "" {
		park = "＿＿＿＿＿＿＿＿＿＿＿＿＿＿"
	}
	return b.s("致："+park, "To: "+park, park+" 御中", park+" 귀중")
}
