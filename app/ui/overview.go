package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// renderOverview lists every step with how much of it is answered and what
// is missing; tapping one opens it.
func renderOverview(lang string, views []stepView, current int, open func(ctx app.Context, step int)) app.UI {
	return app.Ol().Class("overview").ID("overview").Body(
		app.Range(views).Slice(func(i int) app.UI {
			v := views[i]
			state := tf(lang, "overview.count", v.Answered, len(v.Questions))
			class := "overview-step"
			if v.Missing > 0 {
				state += " · " + tf(lang, "form.missing", v.Missing)
			} else {
				state += " · ✓ " + t(lang, "overview.complete")
				class += " overview-done"
			}
			return app.Li().Body(
				app.Button().Class(class).DataSet("step", v.Step.ID).Aria("current", i == current).
					OnClick(func(ctx app.Context, e app.Event) { open(ctx, i) }).
					Body(
						app.Span().Class("overview-title").Text(itoa(i+1)+". "+v.Step.Title.In(lang)),
						app.Span().Class("overview-state").Text(state),
					),
			)
		}),
		app.Li().Body(app.A().Class("overview-step overview-result").Href(href("/result")).
			Text(t(lang, "form.to_result"))),
	)
}
