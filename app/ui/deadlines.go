package ui

import (
	"strings"

	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// deadlinesPanel lets the enterprise set, on the result screen, the date
// by which it will meet each unmet critical or required item. The
// commitment letter of a phased or not-ready enterprise lists every such
// item with its date; one left empty prints a blank line to write on.
// The dates are kept in the draft (Answers.Deadlines) as they are typed.
type deadlinesPanel struct {
	app.Compo
	Lang  string
	Items []assessment.Item // the unmet critical and required items

	wrong map[string]bool // items whose typed date is not one
}

// newDeadlinesPanel returns the panel for result r, or nil when the
// letter lists no item (the enterprise is ready).
func newDeadlinesPanel(lang string, r assessment.Result) app.UI {
	var items []assessment.Item
	for _, it := range r.Items {
		if !it.Met && (it.Level == assessment.Critical || it.Level == assessment.Required) {
			items = append(items, it)
		}
	}
	if r.Readiness == assessment.Ready || len(items) == 0 {
		return nil
	}
	return &deadlinesPanel{Lang: lang, Items: items}
}

// Render draws one date field per item.
func (p *deadlinesPanel) Render() app.UI {
	lang := p.Lang
	d := journey().draft
	if d == nil {
		return app.Section()
	}
	return app.Section().Class("deadlines").ID("deadlines").Body(
		app.H2().Text(t(lang, "deadlines.title")),
		app.P().Class("muted").Text(t(lang, "deadlines.help")),
		app.Div().Class("fields").Body(app.Range(p.Items).Slice(func(i int) app.UI {
			it := p.Items[i]
			id := "deadline-" + it.ID
			body := []app.UI{
				app.Label().Class("field-label").For(id).Text(it.Title.In(lang)),
				app.Input().Type("date").ID(id).Min("2020-01-01").Max("2099-12-31").
					Value(d.Answers.Deadlines[it.ID]).Aria("invalid", p.wrong[it.ID]).
					OnChange(p.set(it.ID)).OnBlur(p.set(it.ID)),
			}
			switch v := d.Answers.Deadlines[it.ID]; {
			case p.wrong[it.ID]:
				body = append(body, app.P().Class("field-error").Text(t(lang, "deadlines.invalid")))
			case assessment.ValidDate(v) && v < today():
				// kept: the enterprise may mean it, but the letter
				// would pledge a date already gone
				body = append(body, app.P().Class("field-error").Attr("role", "status").Text(t(lang, "deadlines.past")))
			}
			return app.Div().Class("field").DataSet("item", it.ID).Body(body...)
		})),
	)
}

// set stores the date typed for item id in the draft. What the browser
// cannot read as a date is kept as typed and marked, never dropped.
func (p *deadlinesPanel) set(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		ses := journey()
		if ses.draft == nil {
			return
		}
		v := strings.TrimSpace(ctx.JSSrc().Get("value").String())
		bad := v == "" && ctx.JSSrc().Get("validity").Truthy() && ctx.JSSrc().Get("validity").Get("badInput").Bool()
		if v != "" && !assessment.ValidDate(v) {
			bad = true
		}
		if p.wrong == nil {
			p.wrong = map[string]bool{}
		}
		p.wrong[id] = bad
		if !bad && ses.draft.Answers.Deadlines[id] != v {
			ses.draft.Answers.SetDeadline(id, v)
			ses.changed()
		}
	}
}
