package assessment

import "strings"

// quarantineEndItems writes each day of the roster's list of quarantine
// ends with its people: "2026年2月19日 3 人期满", "3 people on 19 February
// 2026". It is nil when the answers have no such list.
func (b *planBuilder) quarantineEndItems() []string {
	gs := quarantineEnds(b.u)
	items := make([]string, len(gs))
	for i, g := range gs {
		d, n := b.day(g.Date), b.qty(float64(g.People), uPeople)
		items[i] = b.s(d+" "+n+"期满", n+" on "+d, d+"に"+n+"満了", d+" "+n+" 만료")
	}
	if len(items) == 0 {
		return nil
	}
	return items
}

// quarantineEndsSentence is the staff section's sentence listing when
// the quarantine of the returnees still in it ends, day by day, or ""
// without the list.
func (b *planBuilder) quarantineEndsSentence() string {
	items := b.quarantineEndItems()
	if items == nil {
		return ""
	}
	return b.s("隔离期满安排：", "Ends of quarantine: ", "隔離期間の満了予定：", "격리 만료 일정: ") +
		strings.Join(items, b.s("；", "; ", "、", ", ")) + b.s("。", ".", "。", ".")
}

// quarantineEndsClause is the same list as a clause of a longer sentence,
// or "" without the list.
func (b *planBuilder) quarantineEndsClause() string {
	items := b.quarantineEndItems()
	if items == nil {
		return ""
	}
	return b.s("隔离期满安排为", "quarantine ends for ", "隔離期間の満了予定は", "격리 만료 일정은 ") +
		strings.Join(items, b.s("，", ", ", "、", ", "))
}

// endsFromRoster says where the first and last quarantine ends come from
// when the roster lists them.
var endsFromRoster = msg("plan.quarantine.ends.ends_from_roster")
