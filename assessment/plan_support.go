package assessment

import "strconv"

// supportSections list the support measures the park offers; the section
// appears only when the park's link set some.
var supportSections = []sectionDef{
	{id: "support", title: msg("plan.support.support.title"), level: 1, numbered: true,
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
	park := b.parkName()
	contact := b.parkContact()
	if contact == "" {
		contact = b.s("向"+park+"咨询", "please contact "+park, park+"に問い合わせること", park+"에 문의")
	}
	var rows [][]string
	for i, o := range b.offers() {
		note := o.Note
		if note == "" {
			note = b.s("具体条件和办理方式请向园区咨询", "please contact the park for the conditions and application procedure",
				"要件及び申請方法は園区に問い合わせること", "구체적인 요건과 신청 방법은 단지에 문의")
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), b.t(supportByID[o.ID].Label), note})
	}
	return []Block{
		para(b.s(park+"为复工复产企业提供以下扶持措施，企业可根据自身情况申请：",
			park+" offers the following support measures to enterprises resuming work and production; enterprises may apply according to their circumstances:",
			park+"は操業を再開する企業に次の支援措置を設けており、企業は自らの状況に応じて申請できる。",
			park+"은(는) 업무를 재개하는 기업에 다음 지원 조치를 제공하며, 기업은 자체 여건에 따라 신청할 수 있다.")),
		table([]string{b.s("序号", "No.", "番号", "번호"), b.s("措施", "Measure", "措置", "조치"), b.s("说明", "Note", "備考", "비고")}, rows, 0.6, 2.5, 5),
		para(b.s("联系方式：", "Contact: ", "連絡先：", "연락처: ") + contact + b.s("。", ".", "", "")),
	}
}
