package assessment

import "strconv"

// ConsistencyKind is how a consistency check compares its answers.
type ConsistencyKind int

// The kinds of consistency check.
const (
	SumEquals      ConsistencyKind = iota // the parts add up to the whole
	SumAtMost                             // the parts add up to no more than the whole
	DatesInOrder                          // the first part's date is not after the whole's
	SittingsAtMost                        // the whole (diners) fits the first part (seats, every one taken) in at most MaxCanteenSittings sittings
)

// MaxCanteenSittings is the most sittings a canteen can serve one meal in
// (about two hours of 30-minute sittings). A canteen whose seats, every one
// taken, need more is very likely a mistyped seat count or shift: at 1 m
// apart it needs four times as many sittings still.
const MaxCanteenSittings = 4

// Consistency is one check that answers agree with each other, as data
// beside the questions: the questions it reads and how it compares them.
// An answer left empty is not compared, except an optional part of a sum,
// which counts as 0 once another part is answered.
type Consistency struct {
	ID       string // stable, never reused
	Kind     ConsistencyKind
	Parts    []string // question IDs added up, or the earlier date, or the seats
	Whole    string   // the question ID the parts are compared with
	Severity Severity // Error when the answers cannot both be true; Warning when one is very likely mistyped
}

// Consistencies are the cross-field checks of ruleset 2026.1, in the order
// their problems are reported. returnees_in_quarantine (ruleset 2026.2)
// counts once the question exists.
var Consistencies = []Consistency{
	{ID: "returnees_accounted", Kind: SumAtMost, Parts: []string{"returnees_cleared", "returnees_in_quarantine"}, Whole: "returnees_mid_high_risk", Severity: Error},
	{ID: "returnees_high_risk", Kind: SumAtMost, Parts: []string{"returnees_high_risk"}, Whole: "returnees_mid_high_risk", Severity: Error},
	{ID: "peak_shift", Kind: SumAtMost, Parts: []string{"peak_shift_workers"}, Whole: "employees_total", Severity: Warning},
	{ID: "dorm_residents", Kind: SumAtMost, Parts: []string{"dorm_residents"}, Whole: "employees_total", Severity: Warning},
	{ID: "foreign_staff", Kind: SumAtMost, Parts: []string{"foreign_staff"}, Whole: "employees_total", Severity: Warning},
	{ID: "returnee_dates", Kind: DatesInOrder, Parts: []string{"returnees_first_return"}, Whole: "returnees_last_return", Severity: Error},
	{ID: "staff_classes", Kind: SumEquals, Parts: staffClasses, Whole: "employees_total", Severity: Warning},
	{ID: "canteen_seats", Kind: SittingsAtMost, Parts: []string{"canteen_seats"}, Whole: "peak_shift_workers", Severity: Warning},
}

// staffClasses are Suzhou's four classes of person, as question IDs.
var staffClasses = []string{"staff_normal", "staff_ordinary_isolation", "staff_key_isolation", "staff_in_treatment"}

// Inconsistency is a consistency check the answers fail.
type Inconsistency struct {
	Check    string   // the Consistency's ID
	Fields   []string // the questions it read that are answered: parts, then the whole
	Severity Severity
	Message  Text
}

// Inconsistencies returns the consistency checks answers a fail. Only
// usable answers to questions that apply are compared.
func Inconsistencies(a *Answers) []Inconsistency {
	return inconsistencies(usable(a))
}

// InconsistentFields returns the labels of every question an
// inconsistency names, each once, in order.
func InconsistentFields(is []Inconsistency) []Text {
	seen := map[string]bool{}
	var out []Text
	for _, in := range is {
		for _, id := range in.Fields {
			if !seen[id] {
				seen[id] = true
				out = append(out, label(id))
			}
		}
	}
	return out
}

// InconsistentTitle is what the result, the plan and the PDF say while
// answers contradict each other.
var InconsistentTitle = txt("答案前后不一致", "Answers contradict each other", "回答に矛盾があります", "답변이 서로 맞지 않습니다")

func inconsistencies(u *Answers) []Inconsistency {
	var out []Inconsistency
	for _, c := range Consistencies {
		if in, ok := c.check(u); ok {
			out = append(out, in)
		}
	}
	return out
}

// answered returns question id's number, if it is answered and applies.
func answered(u *Answers, id string) (float64, bool) {
	q, known := questionByID[id]
	n, ok := u.Number(id)
	return n, ok && known && q.Applies(u)
}

// check runs c on usable answers u; ok is true when they fail it.
func (c Consistency) check(u *Answers) (in Inconsistency, ok bool) {
	in = Inconsistency{Check: c.ID, Severity: c.Severity}
	switch c.Kind {
	case DatesInOrder:
		first, last := u.Str(c.Parts[0]), u.Str(c.Whole)
		if first == "" || last == "" || !questionByID[c.Whole].Applies(u) || first <= last {
			return in, false
		}
		in.Fields = []string{c.Parts[0], c.Whole}
		in.Message = txt(
			"“"+label(c.Parts[0]).Zh+"”（"+first+"）晚于“"+label(c.Whole).Zh+"”（"+last+"）",
			"“"+label(c.Parts[0]).In("en")+"” ("+first+") is after “"+label(c.Whole).In("en")+"” ("+last+")",
			"「"+label(c.Parts[0]).In("ja")+"」（"+first+"）が「"+label(c.Whole).In("ja")+"」（"+last+"）より後になっています",
			"‘"+label(c.Parts[0]).In("ko")+"’("+first+")이(가) ‘"+label(c.Whole).In("ko")+"’("+last+")보다 늦습니다")
		return in, true
	case SittingsAtMost:
		seats, ok1 := answered(u, c.Parts[0])
		diners, ok2 := answered(u, c.Whole)
		if !ok1 || !ok2 {
			return in, false
		}
		sittings := (int(diners) + int(seats) - 1) / int(seats)
		if sittings <= MaxCanteenSittings {
			return in, false
		}
		in.Fields = []string{c.Parts[0], c.Whole}
		st, d, n, m := fmtNum(seats), fmtNum(diners), strconv.Itoa(sittings), strconv.Itoa(MaxCanteenSittings)
		in.Message = txt(
			"食堂只有 "+st+" 座，单班 "+d+" 人即使坐满也要分 "+n+" 批就餐，多于 "+m+" 批：请核对座位数或单班人数",
			"the canteen has "+st+" seats: "+d+" people in one shift need "+n+" sittings even with every seat taken, more than "+m+"; check the seats or the shift",
			"食堂は "+st+" 席しかなく、1シフト "+d+" 人は満席でも "+n+" 回に分けて食事することになり、"+m+" 回を超えます。座席数又はシフト人数を確認してください",
			"식당 좌석이 "+st+"석뿐이라 1교대 "+d+"명은 만석이어도 "+n+"회로 나눠 식사해야 하며 "+m+"회를 넘습니다. 좌석 수 또는 교대 인원을 확인하세요")
		return in, true
	}
	whole, ok := answered(u, c.Whole)
	if !ok {
		return in, false
	}
	sum, any, all := 0.0, false, true
	var parts []Text
	for _, id := range c.Parts {
		n, ok := answered(u, id)
		if !ok {
			all = false
			continue
		}
		any = true
		sum += n
		in.Fields = append(in.Fields, id)
		parts = append(parts, label(id))
	}
	switch {
	case !any,
		c.Kind == SumEquals && (!all || sum == whole),
		c.Kind == SumAtMost && sum <= whole:
		return in, false
	}
	in.Fields = append(in.Fields, c.Whole)
	w, s := label(c.Whole), fmtNum(sum)
	if c.Kind == SumEquals {
		n, t := strconv.Itoa(len(parts)), fmtNum(whole)
		in.Message = txt([...]string{"", "一", "两", "三", "四"}[min(len(parts), 4)]+"类人员合计 "+s+" 人，与"+w.Zh+" "+t+" 人不一致", "the "+n+" staff classes add up to "+s+", but "+lowerFirst(w.In("en"))+" is "+t, n+"分類の人数の合計 "+s+"人が"+w.In("ja")+" "+t+"人と一致しません", n+"개 분류 인원 합계 "+s+"명이 "+w.In("ko")+" "+t+"명과 일치하지 않습니다")
		return in, true
	}
	if len(parts) == 1 {
		p := parts[0]
		in.Message = txt("“"+p.Zh+"”（"+s+"）不应多于“"+w.Zh+"”（"+fmtNum(whole)+"）", "“"+p.In("en")+"” ("+s+") cannot exceed “"+w.In("en")+"” ("+fmtNum(whole)+")", "「"+p.In("ja")+"」（"+s+"）が「"+w.In("ja")+"」（"+fmtNum(whole)+"）を超えています", "‘"+p.In("ko")+"’("+s+")이(가) ‘"+w.In("ko")+"’("+fmtNum(whole)+")보다 많습니다")
		return in, true
	}
	names := join(txt("与", " and ", "と", "와(과) "), parts...)
	in.Message = txt("“"+names.Zh+"”之和（"+s+"）不应多于“"+w.Zh+"”（"+fmtNum(whole)+"）", "“"+names.In("en")+"” together ("+s+") cannot exceed “"+w.In("en")+"” ("+fmtNum(whole)+")", "「"+names.In("ja")+"」の合計（"+s+"）が「"+w.In("ja")+"」（"+fmtNum(whole)+"）を超えています", "‘"+names.In("ko")+"’의 합("+s+")이 ‘"+w.In("ko")+"’("+fmtNum(whole)+")보다 많습니다")
	return in, true
}

// lowerFirst lowers the first letter of an English label used mid-sentence.
func lowerFirst(s string) string {
	if s != "" && s[0] >= 'A' && s[0] <= 'Z' {
		return string(s[0]+'a'-'A') + s[1:]
	}
	return s
}
