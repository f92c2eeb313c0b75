package ui

import (
	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shownClashes keeps the contradictions the form shows: those with a
// field the user has left on this screen (shown) or that was answered
// before it opened (settled). A contradiction is never shown while its
// only fields are still being typed.
func shownClashes(all []assessment.Inconsistency, shown, settled map[string]bool) []assessment.Inconsistency {
	var out []assessment.Inconsistency
	for _, in := range all {
		for _, id := range in.Fields {
			if shown[id] || settled[id] {
				out = append(out, in)
				break
			}
		}
	}
	return out
}

// clashesOf returns the contradictions that name question id.
func clashesOf(all []assessment.Inconsistency, id string) []assessment.Inconsistency {
	var out []assessment.Inconsistency
	for _, in := range all {
		for _, f := range in.Fields {
			if f == id {
				out = append(out, in)
				break
			}
		}
	}
	return out
}

// clashesIn returns the contradictions that name any of qs.
func clashesIn(all []assessment.Inconsistency, qs []assessment.Question) []assessment.Inconsistency {
	var out []assessment.Inconsistency
	for _, in := range all {
		for _, q := range qs {
			if len(clashesOf([]assessment.Inconsistency{in}, q.ID)) > 0 {
				out = append(out, in)
				break
			}
		}
	}
	return out
}

// clashNote is a contradiction under one of its fields, with links to its
// other fields.
func clashNote(lang, id string, in assessment.Inconsistency) app.UI {
	var links []app.UI
	for _, f := range in.Fields {
		if f != id {
			links = append(links, questionLink(lang, f))
		}
	}
	return app.Div().Class("field-clash").ID("x-"+id+"-"+in.Check).DataSet("check", in.Check).Attr("role", "alert").Body(
		app.P().Text("⚠ "+t(lang, "clash.title")+t(lang, "punct.colon")+in.Message.In(lang)),
		app.If(len(links) > 0, func() app.UI { return app.P().Class("edit-links").Body(links...) }),
	)
}

// stepClashSummary sums up, at the foot of a step, the contradictions
// that name its questions. Moving on is not blocked.
func stepClashSummary(lang string, clashes []assessment.Inconsistency) app.UI {
	return app.Div().Class("notice notice-warn step-clashes").ID("step-clashes").Body(
		app.P().Body(app.Strong().Text(tf(lang, "clash.step", len(clashes)))),
		app.Ul().Body(app.Range(clashes).Slice(func(i int) app.UI {
			return app.Li().DataSet("check", clashes[i].Check).Text(clashes[i].Message.In(lang))
		})),
		app.P().Class("muted").Text(t(lang, "clash.not_blocking")),
	)
}

// clashBanner is the top of the result and of the plan while answers
// contradict each other: "答案前后不一致", each contradiction, and links
// to every field it names.
func clashBanner(lang string, clashes []assessment.Inconsistency) app.UI {
	if len(clashes) == 0 {
		return nil
	}
	return app.Section().Class("notice notice-error clashes").ID("clashes").Attr("role", "alert").Body(
		app.P().Body(app.Strong().Text("⚠ "+assessment.InconsistentTitle.In(lang))),
		app.Ul().Body(app.Range(clashes).Slice(func(i int) app.UI {
			in := clashes[i]
			links := make([]app.UI, 0, len(in.Fields))
			for _, f := range in.Fields {
				links = append(links, questionLink(lang, f))
			}
			return app.Li().DataSet("check", in.Check).Body(
				app.P().Text(in.Message.In(lang)),
				app.P().Class("edit-links").Body(links...),
			)
		})),
		app.P().Class("muted").Text(t(lang, "clash.until_fixed")),
	)
}
