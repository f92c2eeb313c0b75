package assessment

import "strconv"

// supportSections list the support measures the park offers; the section
// appears only when the park's link set some.
var supportSections = []sectionDef{
	{id: "support", title: tx("园区扶持措施", "Support from the park"), level: 1, numbered: true,
		applies: (*planBuilder).hasSupport, build: (*planBuilder).support},
}

// offers returns the park's support measures the kit knows, once each, in
// the park's order.
func (b *planBuilder) offers() []Offer {
	var out []Offer
	seen := map[string]bool{}
	for _, o := range b.a.Park.Support {
		if _, ok := supportByID[o.ID]; ok && !seen[o.ID] {
			seen[o.ID] = true
			out = append(out, o)
		}
	}
	return out
}

func (b *planBuilder) hasSupport() bool { return len(b.offers()) > 0 }

func (b *planBuilder) support() []Block {
	contact := b.parkContact()
	if contact == "" {
		contact = b.s("向"+b.parkName()+"咨询", "ask "+b.parkName())
	}
	var rows [][]string
	for i, o := range b.offers() {
		note := o.Note
		if note == "" {
			note = b.s("具体条件和办理方式请向园区咨询", "ask the park for the conditions and how to apply")
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), b.t(supportByID[o.ID].Label), note})
	}
	return []Block{
		para(b.s(b.parkName()+"为复工复产企业提供以下扶持措施，企业可根据自身情况申请：",
			b.parkName()+" offers the following support to enterprises resuming work; apply for what fits:")),
		table([]string{b.s("序号", "No."), b.s("措施", "Measure"), b.s("说明", "Note")}, rows, 0.6, 2.5, 5),
		para(b.s("联系方式：", "Contact: ") + contact + b.s("。", ".")),
	}
}
