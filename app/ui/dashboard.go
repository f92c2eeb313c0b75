package ui

import (
	"encoding/json"
	"strings"

	"fugong/app/browser"
	"fugong/assessment"
	"fugong/parkdesk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// dashboard is the park's picture on the registry screen: on a chosen day,
// how many of the enterprises the registry's filters select have resumed
// and how many of their workers are back, by batch and by category, the
// trend over the days, the enterprises whose batch has opened but that
// have not resumed (and why), and those whose report of the day shows
// abnormal temperatures or cases. It is worked out in Go
// (parkdesk.Rates) and drawn as SVG by the kit, numbers beside the bars.
type dashboard struct {
	day   string                           // the day of the picture, "2006-01-02"
	dates parkdesk.BatchDates              // the park's batch opening dates, kept on the phone
	hist  map[string][]parkdesk.DayFigures // every enterprise's history, worked out when the registry loads
	pic   parkdesk.Picture

	zone, industry    string   // the filters, "" for all
	zones, industries []string // the values the filters offer (dashboard_groups.go)
}

// dashDatesKey is the localStorage key of the batch dates typed on the
// dashboard.
const dashDatesKey = "fugong.dashboard.dates"

// dashListMax is how many enterprises the not-resumed and alert lists show.
const dashListMax = 30

// loadDates reads the batch dates typed before; unreadable ones are "".
func loadDashDates() parkdesk.BatchDates {
	var d parkdesk.BatchDates
	if app.IsServer {
		return d
	}
	browser.CatchJS(func() {
		if v := app.Window().Get("localStorage").Call("getItem", dashDatesKey); v.Truthy() {
			_ = json.Unmarshal([]byte(v.String()), &d) // unreadable: none
		}
	})
	for i := range d {
		if !assessment.ValidDate(d[i]) {
			d[i] = ""
		}
	}
	return d
}

// setHistory keeps the histories of the registry's reports
// (parkdesk.DailyFigures).
func (d *dashboard) setHistory(hist map[string][]parkdesk.DayFigures) {
	d.hist = hist
	if d.day == "" {
		d.day = today()
		d.dates = loadDashDates()
	}
}

// draw works the picture out for the entries at positions idx.
func (d *dashboard) draw(entries []parkdesk.Entry, idx []int) {
	d.pic = parkdesk.Rates(parkdesk.FirmsOf(entries, d.filtered(entries, idx), d.hist), d.day, d.dates)
}

func (s *registryScreen) onDashDay(ctx app.Context, e app.Event) {
	v := assessment.HalfWidth(strings.TrimSpace(ctx.JSSrc().Get("value").String()))
	if !assessment.ValidDate(v) {
		return // the browser's date field gives "" or a valid date
	}
	s.dash.day = v
	s.dash.draw(s.entries, s.idx)
	ctx.Defer(func(app.Context) { markTime("dashboardDrawn") })
}

func (s *registryScreen) onDashBatchDate(ctx app.Context, e app.Event) {
	n := selectIntData(ctx, "batch")
	v := assessment.HalfWidth(strings.TrimSpace(ctx.JSSrc().Get("value").String()))
	if n < 1 || n > 3 || v != "" && !assessment.ValidDate(v) {
		return
	}
	s.dash.dates[n] = v
	if data, err := json.Marshal(s.dash.dates); err == nil {
		browser.CatchJS(func() { app.Window().Get("localStorage").Call("setItem", dashDatesKey, string(data)) })
	}
	s.dash.draw(s.entries, s.idx)
	ctx.Defer(func(app.Context) { markTime("dashboardDrawn") })
}

// renderDashboard draws the picture.
func (s *registryScreen) renderDashboard() app.UI {
	lang, p := s.lang, s.dash.pic
	return app.Section().Class("dash").ID("dashboard").DataSet("day", p.Day).Attr("aria-label", t(lang, "dash.title")).Body(
		app.H2().Text(t(lang, "dash.title")),
		app.Div().Class("dash-controls").Body(
			app.Label().Class("reg-filter").For("dash-day").Body(app.Span().Text(t(lang, "dash.day")),
				app.Input().Type("date").ID("dash-day").Class("input").Value(s.dash.day).Max(today()).OnChange(s.onDashDay)),
			app.Details().Class("dash-dates").Body(
				app.Summary().Text(t(lang, "dash.batch_dates")),
				app.P().Class("muted").Text(t(lang, "dash.batch_dates_help")),
				app.Range([]int{1, 2, 3}).Slice(func(i int) app.UI {
					n := i + 1
					id := "dash-batch" + itoa(n)
					return app.Label().Class("reg-filter").For(id).Body(app.Span().Text(tf(lang, "registry.batch_n", n)),
						app.Input().Type("date").ID(id).Class("input").DataSet("batch", n).Value(s.dash.dates[n]).OnChange(s.onDashBatchDate))
				}),
			),
		),
		s.renderGroupFilters(),
		app.Raw(dashTilesHTML(lang, p)),
		s.renderGroups(),
		s.renderRateBars("dash-by-batch", t(lang, "dash.by_batch"), []string{
			tf(lang, "registry.batch_n", 1), tf(lang, "registry.batch_n", 2), tf(lang, "registry.batch_n", 3), t(lang, "registry.batch_unknown"),
		}, []parkdesk.Tally{p.ByBatch[1], p.ByBatch[2], p.ByBatch[3], p.ByBatch[0]}),
		s.renderRateBars("dash-by-category", t(lang, "dash.by_category"), []string{
			categoryShort(lang, 1), categoryShort(lang, 2), categoryShort(lang, 3), categoryShort(lang, 4), t(lang, "registry.category_unknown"),
		}, []parkdesk.Tally{p.ByCategory[1], p.ByCategory[2], p.ByCategory[3], p.ByCategory[4], p.ByCategory[0]}),
		s.renderTrend(),
		app.If(s.listed, s.renderDue),
		app.If(s.listed, s.renderAlerts),
		app.If(s.listed, s.renderReportButtons),
	)
}
