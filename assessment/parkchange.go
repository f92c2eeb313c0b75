package assessment

import (
	"encoding/json"
	"strconv"
	"strings"
)

// ParkChange is one thing that changes when a park's setup replaces the
// one an answers file carries: a setting of the park, or a conclusion
// drawn from the answers under it.
type ParkChange struct {
	Field string // "name", "batch1"…"batch3", a threshold's JSON name, "contact", "support", "zones", "industries", or "category", "batch", "batch_date", "priority"
	Label Text   // what changes, for people
	Old   Text   // the value before; NotSet when there was none
	New   Text   // the value after
}

// NotSet is how a change shows a value that was not set.
var NotSet = msg("parkchange.not_set")

// SamePark reports whether two setups are the same park setting, leaving
// the default language aside (it changes no content).
func SamePark(a, b Park) bool {
	a.Lang, b.Lang = "", ""
	ja, errA := json.Marshal(a)
	jb, errB := json.Marshal(b)
	return errA == nil && errB == nil && string(ja) == string(jb)
}

// ParkChanges lists what giving the answers a the park setup p instead of
// their own changes: the park's name, each batch's opening date, the
// thresholds, the contacts and support measures, and so the category, the
// batch, its opening date and the priority the kit concludes. It lists
// nothing when the setups are the same.
func ParkChanges(a *Answers, p Park) []ParkChange {
	if a == nil {
		a = &Answers{}
	}
	old := a.Park
	if SamePark(old, p) {
		return nil
	}
	var cs []ParkChange
	add := func(field string, label Text, o, n string) {
		if o != n {
			cs = append(cs, ParkChange{Field: field, Label: label, Old: orNotSet(o), New: orNotSet(n)})
		}
	}
	add("name", msg("parkchange.name.park"), old.Name, p.Name)
	for n := 1; n <= 3; n++ {
		add("batch"+strconv.Itoa(n), batchLabel(n), old.BatchDate(n), p.BatchDate(n))
	}
	ot, nt := old.Thresholds(), p.Thresholds()
	add("cat1_min_automation_share", msg("parkchange.cat1_min_automation_share.category_1_automation_threshold"),
		fmtNum(ot.Cat1MinAutomationShare)+" %", fmtNum(nt.Cat1MinAutomationShare)+" %")
	add("cat3_min_area_per_worker", msg("parkchange.cat3_min_area_per_worker.category_3_area_per"),
		fmtNum(ot.Cat3MinAreaPerWorker)+" m²", fmtNum(nt.Cat3MinAreaPerWorker)+" m²")
	add("few_workers_max", msg("parkchange.few_workers_max.few_workers_line"),
		"< "+fmtNum(ot.FewWorkersMax), "< "+fmtNum(nt.FewWorkersMax))
	add("contact", msg("parkchange.contact.park_contact_phones"), contactLine(old), contactLine(p))
	add("support", msg("parkchange.support.support_measures_offered"), countOrEmpty(len(old.Support)), countOrEmpty(len(p.Support)))
	add("zones", msg("parkchange.zones.park_zones"), strings.Join(old.Zones, "、"), strings.Join(p.Zones, "、"))
	add("industries", msg("parkchange.industries.park_own_industries"), strings.Join(old.Industries, "、"), strings.Join(p.Industries, "、"))

	before := Evaluate(a)
	moved := *a
	moved.Park = p
	after := Evaluate(&moved)
	if before.Category != after.Category {
		cs = append(cs, ParkChange{Field: "category", Label: msg("parkchange.park_changes.label"),
			Old: CategoryName(before.Category), New: CategoryName(after.Category)})
	}
	if before.Batch != after.Batch {
		cs = append(cs, ParkChange{Field: "batch", Label: msg("parkchange.park_changes.label.batch"),
			Old: batchText(before.Batch), New: batchText(after.Batch)})
	}
	if before.BatchDate != after.BatchDate {
		cs = append(cs, ParkChange{Field: "batch_date", Label: msg("parkchange.park_changes.label.this_enterprise_opening_date"),
			Old: orNotSet(before.BatchDate), New: orNotSet(after.BatchDate)})
	}
	if before.Priority != after.Priority {
		cs = append(cs, ParkChange{Field: "priority", Label: msg("parkchange.park_changes.label.priority"),
			Old: yesNoText(before.Priority), New: yesNoText(after.Priority)})
	}
	return cs
}

func orNotSet(s string) Text {
	if s == "" {
		return NotSet
	}
	return msgf("parkchange.or_not_set.text", "s", s)
}

func contactLine(p Park) string {
	s := p.Contact
	for _, part := range []string{p.Phone, p.Hotline} {
		if part != "" {
			if s != "" {
				s += " "
			}
			s += part
		}
	}
	return s
}

func countOrEmpty(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func batchText(n int) Text {
	if n == 0 {
		return msg("parkchange.batch_text.undetermined")
	}
	b := strconv.Itoa(n)
	return msgf("parkchange.batch_text.batch", "b", b)
}

func yesNoText(b bool) Text {
	if b {
		return msg("parkchange.yes_no_text.yes")
	}
	return msg("parkchange.yes_no_text.no")
}
