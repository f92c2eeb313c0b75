package assessment

import "strings"

// markInconsistent puts, at the top of the cover and of the result
// section, a notice that the answers contradict each other, with every
// contradiction and the fields it names, for as long as they do: a plan
// printed from such answers says so on its face.
func (b *planBuilder) markInconsistent(p *Plan) {
	ins := inconsistencies(b.u)
	if len(ins) == 0 {
		return
	}
	var fields []string
	for _, f := range InconsistentFields(ins) {
		fields = append(fields, b.t(f))
	}
	msgs := make([]string, len(ins))
	for i, in := range ins {
		msgs[i] = b.t(in.Message)
	}
	head := b.t(InconsistentTitle) + b.s("（", " (", "（", "(") +
		strings.Join(fields, b.s("、", ", ", "、", ", ")) + b.s("）：", "): ", "）：", "): ") +
		strings.Join(msgs, b.s("；", "; ", "。", "; ")) +
		b.s("。请核对答案后重新生成本方案。", ". Check the answers and make the plan again.",
			"。回答を確認のうえ、計画を作り直してください。", ". 답변을 확인한 뒤 계획을 다시 만드십시오.")
	notice := Block{Kind: Paragraph, Text: head}
	for i := range p.Sections {
		if id := p.Sections[i].ID; id == "cover" || id == "result" {
			p.Sections[i].Blocks = append([]Block{notice}, p.Sections[i].Blocks...)
		}
	}
}
