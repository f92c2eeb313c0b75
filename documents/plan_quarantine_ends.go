package documents

import "fugong/assessment"

import "strings"

// quarantineEndItems writes each day of the roster's list of quarantine
// ends with its people: "2026年2月19日 3 人期满", "3 people on 19 February
// 2026". It is nil when the answers have no such list.
func (b *planBuilder) quarantineEndItems() []string {
	gs := assessment.ParseEnds(b.u.Get(assessment.QuarantineEndsID))
	items := make([]string, len(gs))
	for i, g := range gs {
		d, n := b.day(g.Date), b.qty(float64(g.People), uPeople)
		items[i] = b.t(msgf("plan.quarantine.ends.quarantine_end_items.text", "d", d, "n", n))
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
	return b.t(msg("plan.quarantine.ends.quarantine_ends_sentence.ends_quarantine")) +
		strings.Join(items, b.t(msg("punct.semicolon_list"))) + b.t(msg("punct.full_stop"))
}

// quarantineEndsClause is the same list as a clause of a longer sentence,
// or "" without the list.
func (b *planBuilder) quarantineEndsClause() string {
	items := b.quarantineEndItems()
	if items == nil {
		return ""
	}
	return b.t(msg("plan.quarantine.ends.quarantine_ends_clause.quarantine_ends")) +
		strings.Join(items, b.t(msg("punct.comma")))
}

// endsFromRoster says where the first and last quarantine ends come from
// when the roster lists them.
var endsFromRoster = msg("plan.quarantine.ends.ends_from_roster")
