package documents

// planTitle is the title of the whole document and of its cover.
var planTitle = msg("plan.cover.plan_title")

// coverSections is the plan's cover page.
var coverSections = []sectionDef{
	{id: "cover", title: planTitle, level: 1, newPage: true, build: (*planBuilder).cover},
}

// cover lists who the plan is for, when and under which rules it was made,
// and carries the plan's ID in a QR code.
func (b *planBuilder) cover() []Block {
	p := b.plan
	lines := []string{b.t(msg("plan.cover.cover.enterprise")) + p.Enterprise}
	if code := b.str("credit_code"); code != "" {
		lines = append(lines, b.t(msg("plan.cover.cover.unified_social_credit_code"))+code)
	}
	if addr := b.str("address"); addr != "" {
		lines = append(lines, b.t(msg("plan.cover.cover.address"))+addr)
	}
	if p.Park != "" {
		lines = append(lines, b.t(msg("plan.cover.cover.park"))+p.Park)
	}
	lines = append(lines,
		b.t(msg("plan.cover.cover.leader_epidemic_prevention_leading"))+b.leader(),
		b.t(msg("plan.cover.cover.date"))+p.Date,
		b.t(msg("plan.cover.cover.plan_id"))+p.ID,
		b.t(msg("plan.cover.cover.ruleset"))+p.Ruleset)
	contents := b.t(msg("plan.cover.cover.this_document_comprises_self"))
	return []Block{
		para(joinLines(lines)),
		para(contents),
		{Kind: QRBlock, Text: b.parkScanCaption()},
	}
}

func joinLines(lines []string) string {
	s := ""
	for i, l := range lines {
		if i > 0 {
			s += "\n"
		}
		s += l
	}
	return s
}
