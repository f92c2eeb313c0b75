package documents

import "fugong/assessment"

import "strconv"

// supportSections list the support measures the park offers; the section
// appears only when the park's link set some.
var supportSections = []sectionDef{
	{id: "support", title: msg("plan.support.support.title"), level: 1, numbered: true,
		applies: (*planBuilder).hasSupport, build: (*planBuilder).support},
}

// offers returns the park's support measures the kit knows, once each, in
// the park's order.
func (b *planBuilder) offers() []assessment.Offer {
	var out []assessment.Offer
	seen := map[string]bool{}
	for _, o := range b.a.Park.Support {
		if _, ok := assessment.SupportByID(o.ID); ok && !seen[o.ID] {
			seen[o.ID] = true
			out = append(out, o)
		}
	}
	return out
}

func (b *planBuilder) hasSupport() bool { return len(b.offers()) > 0 }

func (b *planBuilder) support() []Block {
	park := b.parkName()
	contact := b.parkContact()
	if contact == "" {
		contact = b.t(msgf("plan.support.support.please_contact", "park", park))
	}
	var rows [][]string
	for i, o := range b.offers() {
		note := o.Note
		if note == "" {
			note = b.t(msg("plan.support.support.please_contact_park_conditions"))
		}
		m, _ := assessment.SupportByID(o.ID)
		rows = append(rows, []string{strconv.Itoa(i + 1), b.t(m.Label), note})
	}
	return []Block{
		para(b.t(msgf("plan.support.support.text", "park", park))),
		table([]string{b.t(msg("plan.support.support.no")), b.t(msg("plan.support.support.measure")), b.t(msg("plan.support.support.note"))}, rows, 0.6, 2.5, 5),
		para(b.t(msgf("plan.support.support.contact", "contact", contact))),
	}
}
