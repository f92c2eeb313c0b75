package assessment

// DraftWatermark is printed across every page of a plan made although its
// answers have errors (fugong pdf -force): such a printout is a draft,
// never a plan to sign.
var DraftWatermark = txt("草稿：答案有误", "DRAFT: answers have errors", "下書き：回答に誤りあり", "초안: 응답에 오류 있음")

// MarkDraft marks plan as a draft, DraftWatermark in the answers'
// language across every page, when r (the result of a) has errors, and
// reports whether it did. A plan with errors in its answers is never
// printed unmarked.
func MarkDraft(plan *Plan, a *Answers, r Result) bool {
	if len(r.Errors()) == 0 {
		return false
	}
	plan.Watermark = DraftWatermark.In(a.Language())
	return true
}
