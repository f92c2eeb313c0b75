package assessment

import "strconv"

// urgentProducts are the product_types that make an enterprise category 2.
var urgentProducts = []string{"prevention_supplies", "medical", "daily_necessities", "energy_utilities", "key_supply_chain"}

// CategoryName returns the name of category n (1–4); 0 is "undetermined".
func CategoryName(n int) Text {
	switch n {
	case 1:
		return txt("第一类：智能化自动化", "Category 1: smart / automated", "第1区分：スマート化・自動化", "제1유형: 스마트화·자동화")
	case 2:
		return txt("第二类：生产制造国内急需产品", "Category 2: products urgently needed at home", "第2区分：国内で緊急に必要な製品の生産", "제2유형: 국내 긴급 필요 제품 생산")
	case 3:
		return txt("第三类：工作场所空间条件较好", "Category 3: good, uncrowded workplace", "第3区分：職場の空間条件が良好", "제3유형: 작업장 공간 조건 양호")
	case 4:
		return txt("第四类：传统低技术和劳动密集型", "Category 4: traditional, labour-intensive", "第4区分：伝統的な低技術・労働集約型", "제4유형: 전통적 저기술·노동집약형")
	}
	return txt("类别待定", "Category undetermined", "区分未定", "유형 미정")
}

// BatchOf returns the batch of category n: 1 for categories 1–2, 2 for 3,
// 3 for 4, 0 when the category is undetermined.
func BatchOf(category int) int {
	switch category {
	case 1, 2:
		return 1
	case 3:
		return 2
	case 4:
		return 3
	}
	return 0
}

// tri is a rule outcome that may be undecided for want of answers.
type tri int8

const (
	undecided tri = iota
	no
	yes
)

// classify applies the category rules in order; the first that fires
// wins. A rule left undecided by missing answers, before any fired,
// leaves the category undetermined (0): the kit never guesses.
func classify(u *Answers, t Thresholds) (int, []Reason) {
	var because []Reason
	for n, rule := range []func(*Answers, Thresholds) (tri, Reason){cat1, cat2, cat3} {
		out, r := rule(u, t)
		because = append(because, r)
		switch out {
		case yes:
			return n + 1, because
		case undecided:
			return 0, because
		}
	}
	because = append(because, Reason{Rule: "category.4", Fired: true, Message: txt(
		"不符合前三类企业的标准，属第四类（传统低技术和劳动密集型）",
		"Meets none of the criteria of the first three categories: Category 4 (traditional, labour-intensive)",
		"第1～第3区分の基準のいずれにも該当しないため、第4区分（伝統的な低技術・労働集約型）",
		"제1~3유형 기준에 해당하지 않아 제4유형(전통적 저기술·노동집약형)")})
	return 4, because
}

func cat1(u *Answers, t Thresholds) (tri, Reason) {
	p := &probe{u: u}
	share, ok := p.num("automation_share")
	r := Reason{Rule: "category.1"}
	min := fmtNum(t.Cat1MinAutomationShare) + "%"
	switch {
	case !ok:
		r.Message = join(txt("：", ": ", "：", ": "), txt("无法判断是否第一类", "Category 1 cannot be determined", "第1区分に該当するか判定できない", "제1유형 해당 여부 판정 불가"), missingText(p.missing))
		r.Missing = p.missing
	case share >= t.Cat1MinAutomationShare:
		r.Fired = true
		r.Message = txt("自动化比例 "+fmtNum(share)+"% ≥ "+min+"，属第一类（智能化自动化）",
			"Automation share "+fmtNum(share)+"% ≥ "+min+": Category 1 (smart / automated)",
			"自動化率 "+fmtNum(share)+"% ≥ "+min+" のため、第1区分（スマート化・自動化）",
			"자동화율 "+fmtNum(share)+"% ≥ "+min+", 제1유형(스마트화·자동화)")
	default:
		r.Message = txt("自动化比例 "+fmtNum(share)+"% < "+min+"，不属于第一类",
			"Automation share "+fmtNum(share)+"% < "+min+": not Category 1",
			"自動化率 "+fmtNum(share)+"% < "+min+" のため、第1区分に該当しない",
			"자동화율 "+fmtNum(share)+"% < "+min+", 제1유형 해당 없음")
	}
	r.Answers = p.facts
	return outcome(ok, r.Fired), r
}

func cat2(u *Answers, _ Thresholds) (tri, Reason) {
	p := &probe{u: u}
	v := p.read("product_types")
	r := Reason{Rule: "category.2", Answers: p.facts}
	if v.Type != TypeList || len(v.List) == 0 {
		r.Message = join(txt("：", ": ", "：", ": "), txt("无法判断是否第二类", "Category 2 cannot be determined", "第2区分に該当するか判定できない", "제2유형 해당 여부 판정 불가"), missingText(p.missing))
		r.Missing = p.missing
		return undecided, r
	}
	q := questionByID["product_types"]
	var names []Text
	for _, id := range urgentProducts {
		if v.Has(id) {
			c, _ := q.choice(id)
			names = append(names, c.Label)
		}
	}
	if len(names) == 0 {
		r.Message = txt("产品不属于国内急需产品，不属于第二类", "No products urgently needed in the country: not Category 2", "製品が国内で緊急に必要な製品に当たらないため、第2区分に該当しない", "제품이 국내 긴급 필요 제품에 해당하지 않아 제2유형 해당 없음")
		return no, r
	}
	r.Fired = true
	list := join(txt("、", ", ", "、", ", "), names...)
	r.Message = txt("产品属国内急需产品（"+list.Zh+"），属第二类", "Makes products urgently needed in the country ("+list.In("en")+"): category 2", "国内で緊急に必要な製品（"+list.In("ja")+"）を生産しているため、第2区分", "국내 긴급 필요 제품("+list.In("ko")+")을 생산하여 제2유형")
	return yes, r
}

func cat3(u *Answers, t Thresholds) (tri, Reason) {
	p := &probe{u: u}
	area, okA := p.num("floor_area_m2")
	peak, okP := p.num("peak_shift_workers")
	keep, okK := p.yes("can_keep_1m")
	closed, okC := p.yes("closed_management")
	r := Reason{Rule: "category.3", Answers: p.facts}
	min := fmtNum(t.Cat3MinAreaPerWorker) + " m²"
	var parts []Text
	var failed []Text
	space := undecided
	if okA && okP && peak > 0 {
		per := area / peak
		if per >= t.Cat3MinAreaPerWorker {
			space = yes
			parts = append(parts, txt("人均面积 "+fmtNum(per)+" m² ≥ "+min, "Floor area per worker "+fmtNum(per)+" m² ≥ "+min, "1人当たり面積 "+fmtNum(per)+" m² ≥ "+min, "1인당 면적 "+fmtNum(per)+" m² ≥ "+min))
		} else {
			space = no
			failed = append(failed, txt("人均面积 "+fmtNum(per)+" m² < "+min, "Floor area per worker "+fmtNum(per)+" m² < "+min, "1人当たり面積 "+fmtNum(per)+" m² < "+min, "1인당 면적 "+fmtNum(per)+" m² < "+min))
		}
	}
	keepT, closedT := outcome(okK, keep), outcome(okC, closed)
	switch keepT {
	case yes:
		parts = append(parts, txt("能保持 1 米间距", "people can keep 1 m apart", "1メートルの間隔を保てる", "1미터 간격 유지 가능"))
	case no:
		failed = append(failed, txt("不能保持 1 米间距", "people cannot keep 1 m apart", "1メートルの間隔を保てない", "1미터 간격 유지 불가"))
	}
	switch closedT {
	case yes:
		parts = append(parts, txt("实行封闭管理", "closed management", "閉鎖管理を実施", "폐쇄식 관리 시행"))
	case no:
		failed = append(failed, txt("未实行封闭管理", "no closed management", "閉鎖管理を未実施", "폐쇄식 관리 미시행"))
	}
	sep := txt("，", ", ", "、", ", ")
	switch {
	case len(failed) > 0:
		r.Message = join(sep, append(failed, txt("不属于第三类", "not Category 3", "第3区分に該当しない", "제3유형 해당 없음"))...)
		return no, r
	case space == undecided || keepT == undecided || closedT == undecided:
		r.Missing = p.missing
		r.Message = join(txt("：", ": ", "：", ": "), txt("无法判断是否第三类", "Category 3 cannot be determined", "第3区分に該当するか判定できない", "제3유형 해당 여부 판정 불가"), missingText(p.missing))
		return undecided, r
	}
	r.Fired = true
	r.Message = join(sep, append(parts, txt("属第三类（空间条件较好）", "Category 3 (good, uncrowded workplace)", "第3区分（空間条件が良好）", "제3유형(공간 조건 양호)"))...)
	return yes, r
}

// outcome turns an answer that may be missing into a tri.
func outcome(answered, holds bool) tri {
	switch {
	case !answered:
		return undecided
	case holds:
		return yes
	}
	return no
}

// batchReason explains the batch, with the park's opening date if set.
func batchReason(category, batch int, date string) Reason {
	b := strconv.Itoa(batch)
	zhBatch := [...]string{"", "第一批", "第二批", "第三批"}[batch]
	r := Reason{Rule: "batch", Fired: true, Message: txt(
		"第"+[...]string{"", "一", "二", "三", "四"}[category]+"类企业安排在"+zhBatch+"复工（分类分批，先高后低）",
		"Category "+strconv.Itoa(category)+" enterprises resume in Batch "+b+" (by category and in batches, higher categories first)",
		"第"+strconv.Itoa(category)+"区分の企業は第"+b+"陣として再開する（区分ごとに順位を付け、上位から再開）",
		"제"+strconv.Itoa(category)+"유형 기업은 제"+b+"차로 재개한다(유형별·차수별로 상위부터 재개)")}
	if date != "" {
		d := dayText(date)
		r.Message = join(Text{}, r.Message, txt("；园区"+zhBatch+"开放日期为"+d.Zh, "; the park opens Batch "+b+" on "+d.exact("en"), "。園区による第"+b+"陣の開始日は"+d.exact("ja"), "; 단지의 제"+b+"차 개시일 "+d.exact("ko")))
	}
	return r
}

// priority lists the reasons an enterprise resumes with priority
// (优先复工): a backbone enterprise, category 2 (livelihood and
// prevention supplies), or fewer employees than the park's line.
func priority(u *Answers, category int, t Thresholds) []Reason {
	var rs []Reason
	p := &probe{u: u}
	if b, ok := p.yes("backbone_enterprise"); ok && b {
		rs = append(rs, Reason{Rule: "priority.backbone", Fired: true, Answers: p.facts,
			Message: txt("骨干企业，优先复工", "Backbone enterprise: priority resumption", "基幹企業のため優先再開", "기간기업으로 우선 재개")})
	}
	if category == 2 {
		rs = append(rs, category2Priority(u))
	}
	p = &probe{u: u}
	if n, ok := p.num("employees_total"); ok && n < t.FewWorkersMax {
		rs = append(rs, Reason{Rule: "priority.few_workers", Fired: true, Answers: p.facts, Message: txt(
			"用工较少：职工总数 "+fmtNum(n)+" 人 < "+fmtNum(t.FewWorkersMax)+" 人，优先复工",
			"Few employees: "+fmtNum(n)+enPlural(n, " employee", " employees")+" < "+fmtNum(t.FewWorkersMax)+": priority resumption",
			"従業員が少ない企業：従業員総数 "+fmtNum(n)+"人 < "+fmtNum(t.FewWorkersMax)+"人のため優先再開",
			"소규모 인력 기업: 직원 총수 "+fmtNum(n)+"명 < "+fmtNum(t.FewWorkersMax)+"명으로 우선 재개")})
	}
	return rs
}

// category2Priority is the priority reason of a category 2 enterprise. It
// names the urgent products the enterprise chose, so that a maker of key
// supply-chain parts is not called a livelihood or prevention-supply
// enterprise.
func category2Priority(u *Answers) Reason {
	p := &probe{u: u}
	v := p.read("product_types")
	q := questionByID["product_types"]
	var names []Text
	for _, id := range urgentProducts {
		if v.Has(id) {
			c, _ := q.choice(id)
			names = append(names, c.Label)
		}
	}
	list := join(txt("、", ", ", "、", ", "), names...)
	return Reason{Rule: "priority.category2", Fired: true, Answers: p.facts, Message: txt("生产国内急需产品（"+list.Zh+"，第二类），优先复工", "Makes products urgently needed in the country ("+list.In("en")+"; Category 2): priority resumption", "国内で緊急に必要な製品（"+list.In("ja")+"、第2区分）を生産しているため優先再開", "국내 긴급 필요 제품("+list.In("ko")+", 제2유형)을 생산하여 우선 재개")}
}
