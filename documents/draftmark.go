package documents

import "fugong/assessment"

// DraftWatermark is printed across every page of a plan made although its
// answers have errors (fugong pdf -force): such a printout is a draft,
// never a plan to sign.
var DraftWatermark = msg("draftmark.draft_watermark")

// MarkDraft marks plan as a draft, DraftWatermark in the answers'
// language across every page, when r (the result of a) has errors, and
// reports whether it did. A plan with errors in its answers is never
// printed unmarked.
func MarkDraft(plan *Plan, a *assessment.Answers, r assessment.Result) bool {
	if len(r.Errors()) == 0 {
		return false
	}
	plan.Watermark = DraftWatermark.In(a.Language())
	return true
}
