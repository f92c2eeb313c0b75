package ui

import (
	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// resultScreen shows what the answers mean: category and batch in large
// type, priority, readiness with each unmet item and what to do, the
// answers that decided, the computed quantities, and from each a link to
// the question that changes it.
type resultScreen struct {
	screen
	ses *session
	d   *draft
	r   assessment.Result

	clashes []assessment.Inconsistency // answers that contradict each other, shown at the top
}

// OnMount works the result out, once, from the open draft.
func (s *resultScreen) OnMount(ctx app.Context) {
	s.screen.OnMount(ctx)
	s.ses = journey()
	s.ses.watch(ctx)
	s.d = s.ses.current(s.lang)
	s.ses.at("/result")
	s.r = s.ses.evaluate()
	s.clashes = assessment.InconsistenciesOn(s.d.Answers, today())
}

// questionLink leads to the question id in the form.
func questionLink(lang, id string) app.UI {
	return app.A().Class("edit-link").Href(href("/form?q="+id)).DataSet("question", id).
		Text("✎ " + questionLabel(id, lang))
}

// factLinks links to every question a rule read or missed, once each.
func factLinks(lang string, facts []assessment.Fact, missing []string) app.UI {
	seen := map[string]bool{}
	var links []app.UI
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			links = append(links, questionLink(lang, id))
		}
	}
	for _, f := range facts {
		add(f.Question)
	}
	for _, id := range missing {
		add(id)
	}
	if len(links) == 0 {
		return nil
	}
	return app.P().Class("edit-links").Body(links...)
}

// Render draws the result.
func (s *resultScreen) Render() app.UI {
	lang := s.lang
	if s.d == nil {
		return frame(lang, app.H1().Text(t(lang, "result.title")), app.P().Text(t(lang, "result.loading")))
	}
	r := s.r
	batch := t(lang, "result.batch_unknown")
	if r.Batch > 0 {
		batch = tf(lang, "result.batch", r.Batch)
		if r.BatchDate != "" {
			batch += " · " + tf(lang, "result.batch_date", r.BatchDate)
		}
	}
	return frame(lang,
		storageNotice(lang, s.ses),
		app.H1().Text(t(lang, "result.title")),
		app.P().Class("draft-name").Text(s.d.title(lang)),
		renderHeadline(lang, r),
		clashBanner(lang, s.clashes),
		app.Section().Class("verdict").ID("verdict").DataSet("category", r.Category).Body(
			app.P().Class("verdict-category").ID("category").Text(assessment.CategoryName(r.Category).In(lang)),
			app.P().Class("verdict-batch").ID("batch").Text(batch),
			app.If(r.ParkCategory > 0, func() app.UI {
				return app.P().Class("muted").Text(t(lang, "result.park_category") + assessment.CategoryName(r.ParkCategory).In(lang))
			}),
			s.renderPriority(),
		),
		rulesetNotice(lang, r),
		s.renderReadiness(),
		newDeadlinesPanel(lang, r),
		s.renderBecause(),
		s.renderQuantities(),
		newSummaryCard(lang, s.d.Answers, r),
		s.renderProblems(),
		app.Div().Class("actions actions-end").Body(
			app.A().Class("button button-primary").ID("to-plan").Href(href("/plan")).Text(t(lang, "result.to_plan")),
			app.A().Class("button button-secondary").Href(href("/form")).Text(t(lang, "result.edit")),
			app.A().Class("button button-secondary").ID("to-daily").Href(href("/daily")).Text(t(lang, "daily.open")),
		),
	)
}

func (s *resultScreen) renderPriority() app.UI {
	lang := s.lang
	if !s.r.Priority {
		return app.P().Class("verdict-priority").ID("priority").Text(t(lang, "result.no_priority"))
	}
	return app.Div().Class("verdict-priority").ID("priority").Body(
		app.P().Body(app.Strong().Text("★ "+t(lang, "result.priority"))),
		app.Ul().Body(app.Range(s.r.PriorityReasons).Slice(func(i int) app.UI {
			return app.Li().Text(s.r.PriorityReasons[i].Message.In(lang))
		})),
	)
}

func (s *resultScreen) renderReadiness() app.UI {
	lang := s.lang
	var met, suggested []assessment.Item
	for _, it := range s.r.Items {
		switch {
		case it.Met:
			met = append(met, it)
		case it.Level == assessment.Recommended:
			suggested = append(suggested, it)
		}
	}
	unmet := mustDo(s.r)
	item := func(it assessment.Item) app.UI {
		return app.Li().Class("item item-"+string(it.Level)).DataSet("item", it.ID).Body(
			app.P().Class("item-title").Body(
				app.Span().Class("tag tag-"+string(it.Level)).Text(t(lang, "level."+string(it.Level))),
				app.Text(" "+it.Title.In(lang)),
			),
			app.P().Text(it.Reason.In(lang)),
			app.P().Body(app.Strong().Text(t(lang, "result.todo")), app.Text(it.Action.In(lang))),
			factLinks(lang, it.Answers, it.Missing),
		)
	}
	return app.Section().Class("readiness").ID("readiness").DataSet("readiness", string(s.r.Readiness)).Body(
		app.H2().Text(t(lang, "result.readiness")+t(lang, "punct.colon")+assessment.ReadinessName(s.r.Readiness).In(lang)),
		app.Ul().Class("items").Body(app.Range(unmet).Slice(func(i int) app.UI { return item(unmet[i]) })),
		app.If(len(suggested) > 0, func() app.UI {
			return app.Details().Class("suggested").Body(
				app.Summary().Text(tf(lang, "result.suggested", len(suggested))),
				app.Ul().Class("items").Body(app.Range(suggested).Slice(func(i int) app.UI { return item(suggested[i]) })),
			)
		}),
		app.If(len(met) > 0, func() app.UI {
			return app.Details().Class("met").Body(
				app.Summary().Text(tf(lang, "result.met", len(met))),
				app.Ul().Body(app.Range(met).Slice(func(i int) app.UI {
					return app.Li().Text("✓ " + met[i].Title.In(lang) + t(lang, "punct.colon") + met[i].Reason.In(lang))
				})),
			)
		}),
	)
}

func (s *resultScreen) renderBecause() app.UI {
	lang := s.lang
	return app.Section().Class("because").ID("because").Body(
		app.H2().Text(t(lang, "result.because_title")),
		app.Ol().Body(app.Range(s.r.Because).Slice(func(i int) app.UI {
			b := s.r.Because[i]
			mark := "✗ "
			switch {
			case b.Fired:
				mark = "✓ "
			case len(b.Missing) > 0:
				mark = "? "
			}
			return app.Li().DataSet("rule", b.Rule).Body(
				app.P().Text(mark+t(lang, "result.because")+b.Message.In(lang)),
				factLinks(lang, b.Answers, b.Missing),
			)
		})),
	)
}

func (s *resultScreen) renderQuantities() app.UI {
	lang := s.lang
	rows := quantityRows(lang, s.r.Quantities)
	if len(rows) == 0 {
		return nil
	}
	return app.Section().Class("quantities").ID("quantities").Body(
		app.H2().Text(t(lang, "result.quantities")),
		app.Dl().Body(app.Range(rows).Slice(func(i int) app.UI {
			row := rows[i]
			return app.Div().Class("qty").Body(
				app.Dt().Text(t(lang, row.Key)),
				app.Dd().Body(app.Strong().Text(row.Value), app.Text(" "), questionLink(lang, row.Question)),
			)
		})),
	)
}

func (s *resultScreen) renderProblems() app.UI {
	lang := s.lang
	var errs []assessment.Problem
	for _, p := range s.r.Errors() {
		if p.Code != assessment.CodeInconsistent {
			errs = append(errs, p)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return app.Section().Class("problems").ID("problems").Body(
		app.H2().Text(tf(lang, "result.problems", len(errs))),
		problemList(lang, errs),
	)
}
