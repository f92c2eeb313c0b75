package assessment

import "strconv"

// paperLetterRows is how many empty rows the blank letter's table of
// unmet items has to write on.
const paperLetterRows = 5

// paperLetterSections are the two copies of the blank commitment letter
// of the paper version, titled as the letter's copies are. An enterprise
// that has not assessed itself yet cannot be told which letter it signs,
// so the blank letter offers the three forms to choose from, none ticked,
// with blanks for what the kit would have filled in.
func (b *planBuilder) paperLetterSections() []Section {
	var out []Section
	for _, d := range letterSections {
		s := Section{ID: d.id, Title: b.t(d.title), Level: d.level, NewPage: d.newPage}
		if d.bilingual && b.lang != "zh" {
			s.Title = d.title.Zh + " / " + s.Title
		}
		s.Blocks = append(b.inBothLanguages((*planBuilder).paperLetterBody), b.letterSigning())
		out = append(out, s)
	}
	return out
}

// paperLetterBody is the blank letter's text in the builder's language:
// the addressee, who pledges with blanks to fill, the three forms to tick
// one of, the table of unmet items to fill, the pledge of responsibility
// and those every letter makes, and the consequences of breaking them.
func (b *planBuilder) paperLetterBody() []Block {
	blank, short := paperShort+paperShort, paperShort
	who := b.s("本企业（名称）"+blank+"，统一社会信用代码"+blank+"，联系人"+short+"（电话"+short+"）。",
		"This letter is given by (name of enterprise) "+blank+", unified social credit code "+blank+"; contact person: "+short+" (telephone "+short+"). ",
		"当社（名称）"+blank+"（統一社会信用コード "+blank+"）、連絡担当者"+short+"（電話 "+short+"）。",
		"본 기업(명칭) "+blank+"(통일사회신용코드 "+blank+"), 연락 담당자 "+short+"(전화 "+short+"). ")
	assessed := b.s("经自评属第＿＿类企业，属园区第＿＿批（"+paperDate+"起）。",
		"According to its self-assessment, the Enterprise is a Category ＿＿ enterprise and falls within Batch ＿＿ of the park (from "+b.dateBlank()+"). ",
		"自己評価により第＿＿区分の企業に該当し、園区の第＿＿陣（"+paperDate+"から）に当たる。",
		"자체 평가 결과 제＿＿유형 기업에 해당하며, 단지 제＿＿차("+b.dateBlank()+"부터)에 해당한다. ")
	people := b.s("本企业职工＿＿＿人，可正常上岗＿＿＿人；外地返岗＿＿＿人，其中来自中、高风险地区＿＿＿人。",
		"The Enterprise has ＿＿＿ employees, of whom ＿＿＿ may work normally; ＿＿＿ employees are returning from elsewhere, of whom ＿＿＿ are from medium- or high-risk regions. ",
		"当社の従業員は＿＿＿人であり、うち通常勤務が可能な者は＿＿＿人である。他地域からの復帰者は＿＿＿人であり、うち中・高リスク地域からの者は＿＿＿人である。",
		"본 기업의 직원은 ＿＿＿명이며, 그중 정상 근무 가능 인원은 ＿＿＿명이다. 타지역 복귀 인원은 ＿＿＿명이며, 그중 중·고위험 지역 출신은 ＿＿＿명이다. ")
	lead := b.s("现郑重承诺如下（以下三种情形，按自评结果只选一种打“√”）：",
		"The Enterprise hereby solemnly undertakes as follows (tick ✓ only one of the three forms below, according to the result of the self-assessment):",
		"次のとおり誓約する（以下の三つのうち、自己評価の結果に当たるもの一つだけに「✓」を付ける）。",
		"다음과 같이 서약한다(아래 세 가지 중 자체 평가 결과에 해당하는 하나에만 \"✓\" 표시).")
	also := b.s("同时承诺如下：", "The Enterprise further undertakes as follows:", "あわせて次のとおり誓約する。", "아울러 다음과 같이 서약한다.")
	blocks := []Block{
		para(b.addressee()),
		para(who + assessed + people + lead),
		para(paperBox + b.paperLetterReady()),
		para(paperBox + b.paperLetterPhased()),
		para(paperBox + b.paperLetterNotReady()),
		para(b.s("选择后两种情形的，在下表逐项填写尚未落实的事项、整改措施和完成时限：",
			"Where either of the last two forms is ticked, each item not yet implemented shall be entered in the table below, with its corrective action and deadline:",
			"後の二つのいずれかを選んだ場合は、未実施の事項、是正措置及び完了期限を下表に一つずつ記入する。",
			"뒤의 두 가지 중 하나를 선택한 경우 아직 이행하지 못한 사항, 시정 조치와 완료 기한을 아래 표에 하나씩 적는다.")),
		b.paperLetterTable(),
		para(also),
		list(append([]string{b.letterResponsibility()}, b.letterCommon()...)...),
		para(b.t(letterConsequences)),
	}
	return blocks
}

// paperLetterReady is the first form: the enterprise meets the conditions,
// pledges the 五到位 (production safety only once the safety check is
// passed) and resumes when its batch opens.
func (b *planBuilder) paperLetterReady() string {
	return b.s("具备复工复产条件：已结合本企业实际制定疫情防控方案和突发疫情应急预案，并严格落实；做到“五到位”：防控机制到位、人员排查到位、防疫物资到位、消毒管理到位、安全生产到位（安全生产检查合格后方可确认安全生产到位）；于园区本批次开放之日起复工复产。",
		"The Enterprise meets the conditions for resuming work and production: it has drawn up a prevention plan and an emergency plan suited to its actual circumstances and shall implement them strictly; the five requirements are in place: the prevention mechanism, staff screening, prevention supplies, disinfection management and production safety (production safety is confirmed only once the production safety inspection has been passed); it shall resume work and production from the opening date of its batch in the park.",
		"操業再開の条件を満たしている。当社の実情に即して感染防止計画及び緊急対応計画を定め、厳格に実施する。感染防止の体制、従業員の確認、防疫物資、消毒管理及び生産の安全の五つを整えている（生産の安全は生産安全点検に合格した後に限り確認する）。園区の当該順位の開始日から操業を再開する。",
		"업무 재개 조건을 갖추었다. 본 기업의 실정에 맞추어 방역 계획과 비상 대응 계획을 수립했으며 이를 엄격히 이행한다. 방역 체계, 인원 조사, 방역 물자, 소독 관리, 생산 안전의 다섯 가지를 갖추었다(생산 안전은 생산 안전 점검에 합격한 후에만 확인한다). 단지의 해당 차수 개시일부터 업무를 재개한다.")
}

// paperLetterPhased is the second form: the parts that meet the conditions
// resume first, the items of the table by their deadlines.
func (b *planBuilder) paperLetterPhased() string {
	return b.s("部分具备复工复产条件：已具备条件的区域和岗位先行复工，其余暂缓；下表所列事项于所列时限前落实到位，落实后方可全面复工复产。",
		"The Enterprise partially meets the conditions for resuming work and production: the areas and posts that meet the conditions shall resume first and all other parts shall wait; the items listed in the table below shall be implemented by the deadlines stated, after which work and production shall resume in full.",
		"操業再開の条件を一部満たしている。条件を満たした区域・持ち場から先に再開し、その他は見合わせる。下表の事項を期限までに実施した後、全面的に再開する。",
		"업무 재개 조건을 일부 갖추었다. 조건을 갖춘 구역과 직무부터 먼저 재개하고 나머지는 보류하며, 아래 표의 사항을 기한 내에 이행한 후 전면 재개한다.")
}

// paperLetterNotReady is the third form, a pledge to correct: no
// resumption until every item of the table is met and the assessment is
// redone, and no 五到位.
func (b *planBuilder) paperLetterNotReady() string {
	park := b.parkName()
	return b.s("暂不具备复工复产条件（整改承诺）：在下表所列事项全部落实到位、经重新自评具备复工复产条件并报告"+park+"前，本企业不复工复产；本企业将按疫情防控方案逐项整改，并于所列时限前完成。",
		"The Enterprise does not yet meet the conditions for resuming work and production (undertaking of corrective action): it shall not resume work or production until every item listed in the table below has been implemented, a new self-assessment has found that it meets the conditions for resuming work, and this has been reported to "+park+"; it shall correct each item by the deadline stated.",
		"現時点では操業再開の条件を満たしていない（是正誓約）。下表の事項をすべて実施し、改めて自己評価を行って条件を満たし、"+park+"に報告するまで、操業を再開しない。各事項を期限までに是正する。",
		"아직 업무 재개 조건을 갖추지 못했다(시정 서약). 아래 표의 사항을 모두 이행하고 자체 평가를 다시 실시하여 조건을 갖춘 후 "+park+"에 보고하기 전에는 업무를 재개하지 않으며, 각 사항을 기한 내에 시정한다.")
}

// paperLetterTable is the table of unmet items, its rows numbered and
// left empty to write on, with the columns of the letter's items table.
func (b *planBuilder) paperLetterTable() Block {
	rows := make([][]string, paperLetterRows)
	for i := range rows {
		rows[i] = []string{strconv.Itoa(i + 1), "", "", b.dateBlank()}
	}
	return table([]string{b.s("序号", "No.", "番号", "번호"), b.s("事项", "Item", "事項", "사항"), b.s("整改措施", "Corrective action", "是正措置", "시정 조치"),
		b.s("完成时限", "Deadline", "完了期限", "완료 기한")}, rows, 0.5, 2.0, 4.1, 2.0)
}
