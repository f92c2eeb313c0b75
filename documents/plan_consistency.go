package documents

import (
	"strings"
	"time"

	"fugong/assessment"
)

// markInconsistent puts, at the top of the cover and of the result
// section, a notice that the answers contradict each other, with every
// contradiction and the fields it names, for as long as they do, as of
// the plan's date: a plan printed from such answers says so on its face.
func (b *planBuilder) markInconsistent(p *Plan) {
	ins := assessment.InconsistenciesOn(b.a, b.date.Format(time.DateOnly))
	if len(ins) == 0 {
		return
	}
	var fields []string
	for _, f := range assessment.InconsistentFields(ins) {
		fields = append(fields, b.t(f))
	}
	msgs := make([]string, len(ins))
	for i, in := range ins {
		msgs[i] = b.t(in.Message)
	}
	head := b.t(assessment.InconsistentTitle) + b.t(msg("punct.open_paren")) +
		strings.Join(fields, b.t(msg("punct.enum_comma"))) + b.t(msg("punct.close_paren_colon")) +
		strings.Join(msgs, b.t(msg("punct.semicolon"))) +
		b.t(msg("plan.consistency.mark_inconsistent.check_answers_make_plan"))
	notice := Block{Kind: Paragraph, Text: head}
	for i := range p.Sections {
		if id := p.Sections[i].ID; id == "cover" || id == "result" {
			p.Sections[i].Blocks = append([]Block{notice}, p.Sections[i].Blocks...)
		}
	}
}
