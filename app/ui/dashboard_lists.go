package ui

import (
	"strings"

	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderDue lists the enterprises whose batch has opened but that have
// not resumed, with why: no report since, or no one on site, and the
// critical items they have not met.
func (s *registryScreen) renderDue() app.UI {
	lang, due := s.lang, s.dash.pic.Due
	if len(due) == 0 {
		return app.P().Class("muted").ID("dash-due-none").Text(t(lang, "dash.due_none"))
	}
	shown := due[:min(len(due), dashListMax)]
	return app.Section().Class("dash-list").ID("dash-due").DataSet("n", len(due)).Body(
		app.H3().Text(tf(lang, "dash.due_title", len(due))),
		app.Ul().Body(app.Range(shown).Slice(func(i int) app.UI {
			d := shown[i]
			sum := d.Firm.Entry.Summary
			why := t(lang, "dash.why_no_report")
			if d.Reported {
				why = t(lang, "dash.why_none_on_site")
			}
			var unmet []string
			for _, id := range d.Unmet {
				unmet = append(unmet, assessment.ItemTitle(id).In(lang))
			}
			return app.Li().DataSet("plan", sum.PlanID).Body(
				app.Strong().Text(nameOr(lang, sum.Name)),
				app.Span().Class("muted").Text(" · "+tf(lang, "registry.batch_n", sum.Batch)+" · "+tf(lang, "dash.opened", d.BatchDate)),
				app.Br(),
				app.Span().Class("dash-why").Text(why),
				app.If(len(unmet) > 0, func() app.UI {
					return app.Span().Class("dash-unmet").Text(" · " + t(lang, "dash.unmet") + strings.Join(unmet, "、"))
				}),
			)
		})),
		app.If(len(due) > len(shown), func() app.UI {
			return app.P().Class("muted").Text(tf(lang, "dash.more", len(due)-len(shown)))
		}),
	)
}

// renderAlerts lists the reports of the day with abnormal temperatures
// or new cases.
func (s *registryScreen) renderAlerts() app.UI {
	lang, alerts := s.lang, s.dash.pic.Alerts
	if len(alerts) == 0 {
		return app.P().Class("muted").ID("dash-alerts-none").Text(t(lang, "dash.alerts_none"))
	}
	shown := alerts[:min(len(alerts), dashListMax)]
	return app.Section().Class("dash-list dash-list-alert").ID("dash-alerts").DataSet("n", len(alerts)).Body(
		app.H3().Text(tf(lang, "dash.alerts_title", len(alerts))),
		app.Ul().Body(app.Range(shown).Slice(func(i int) app.UI {
			a := shown[i]
			sum := a.Firm.Entry.Summary
			return app.Li().DataSet("plan", sum.PlanID).Body(
				app.Strong().Text(nameOr(lang, sum.Name)),
				app.Span().Text(" · "+tf(lang, "dash.alert_counts", a.Report.AbnormalTemp, a.Report.NewCases)),
			)
		})),
		app.If(len(alerts) > len(shown), func() app.UI {
			return app.P().Class("muted").Text(tf(lang, "dash.more", len(alerts)-len(shown)))
		}),
	)
}
