package ui

import (
	"sort"
	"strconv"

	"fugong/assessment"
	"fugong/parkdesk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The dashboard's tables of 规上/四上 enterprises, zones and industries:
// a row a group with its numbers, and beside them a small SVG bar of the
// share resumed over a thinner one of the workers back. A filter by zone
// and by industry narrows the whole picture.

// groupBarSVG is the small bar of a row: enterprises resumed, workers back.
func groupBarSVG(tl parkdesk.Tally) string {
	const w = 64.0
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 16" width="64" height="16" aria-hidden="true">` +
		svgRect(0, 1, w, 8, colorTrack) + svgRect(0, 1, w*tl.FirmRate(), 8, colorFirms) +
		svgRect(0, 11, w, 4, colorTrack) + svgRect(0, 11, w*tl.WorkerRate(), 4, colorWorker) + `</svg>`
}

// groupRow is one named tally to show.
type groupRow struct {
	label string
	tally parkdesk.Tally
}

// renderGroupTable is a titled table of rows; nothing when there are none.
func (s *registryScreen) renderGroupTable(id, title string, rows []groupRow) app.UI {
	lang := s.lang
	if len(rows) == 0 {
		return app.Text("")
	}
	return app.Div().Class("dash-table-wrap").Body(
		app.Table().Class("dash-table dash-groups").ID(id).Body(
			app.Caption().Text(title),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(t(lang, "dash.group")),
				app.Th().Scope("col").Text(t(lang, "dash.col_firms")),
				app.Th().Scope("col").Body(app.Span().Class("visually-hidden").Text(t(lang, "dash.legend_firms"))),
				app.Th().Scope("col").Text(t(lang, "dash.col_workers")),
			)),
			app.TBody().Body(app.Range(rows).Slice(func(i int) app.UI {
				r := rows[i]
				return app.Tr().DataSet("group", r.label).DataSet("n", r.tally.Resumed).DataSet("of", r.tally.Firms).Body(
					app.Th().Scope("row").Text(r.label),
					app.Td().Body(
						app.Strong().Text(parkdesk.Pct(r.tally.FirmRate())),
						app.Br(),
						app.Span().Class("dash-sub").Text(strconv.Itoa(r.tally.Resumed)+"/"+strconv.Itoa(r.tally.Firms)),
					),
					app.Td().Class("dash-bar").Body(app.Raw(`<span>`+groupBarSVG(r.tally)+`</span>`)),
					app.Td().Body(
						app.Text(parkdesk.Pct(r.tally.WorkerRate())),
						app.Br(),
						app.Span().Class("dash-sub").Text(strconv.Itoa(r.tally.OnSite)+"/"+strconv.Itoa(r.tally.Workers)),
					),
				)
			})),
		),
	)
}

// groupRows names the groups; "" is the enterprises that gave none.
func groupRows(lang string, gs []parkdesk.Group, name func(string) string) []groupRow {
	if len(gs) == 0 || gs[0].Key == "" {
		return nil // no enterprise gave one
	}
	rows := make([]groupRow, len(gs))
	for i, g := range gs {
		label := t(lang, "dash.not_given")
		if g.Key != "" {
			label = name(g.Key)
		}
		rows[i] = groupRow{label, g.Tally}
	}
	return rows
}

// renderGroups draws the tables of 规上/四上, zones and industries.
func (s *registryScreen) renderGroups() app.UI {
	lang, p := s.lang, s.dash.pic
	var scale []groupRow
	if p.AboveScale.Firms > 0 {
		scale = append(scale, groupRow{t(lang, "dash.above_scale"), p.AboveScale})
	}
	if p.FourAbove.Firms > 0 {
		scale = append(scale, groupRow{t(lang, "dash.four_above"), p.FourAbove})
	}
	if len(scale) > 0 {
		scale = append([]groupRow{{t(lang, "dash.all"), p.All}}, scale...)
	}
	return app.Div().Body(
		app.If(len(scale) > 0 || len(p.ByZone) > 0 && p.ByZone[0].Key != "" || len(p.ByIndustry) > 0 && p.ByIndustry[0].Key != "", func() app.UI {
			return app.Raw(dashLegendHTML(lang))
		}),
		s.renderGroupTable("dash-by-scale", t(lang, "dash.by_scale"), scale),
		s.renderGroupTable("dash-by-zone", t(lang, "dash.by_zone"), groupRows(lang, p.ByZone, func(k string) string { return k })),
		s.renderGroupTable("dash-by-industry", t(lang, "dash.by_industry"),
			groupRows(lang, p.ByIndustry, func(k string) string { return assessment.IndustryName(k, lang) })),
	)
}

// keep reports whether entry e passes the dashboard's zone and
// industry filters.
func (d *dashboard) keep(e *parkdesk.Entry) bool {
	return (d.zone == "" || e.Summary.Zone == d.zone) && (d.industry == "" || e.Summary.Industry == d.industry)
}

// filtered is idx narrowed to the entries the filters keep.
func (d *dashboard) filtered(entries []parkdesk.Entry, idx []int) []int {
	d.zones, d.industries = nil, nil
	seenZ, seenI := map[string]bool{}, map[string]bool{}
	out := idx
	if d.zone != "" || d.industry != "" {
		out = make([]int, 0, len(idx))
	}
	for _, i := range idx {
		e := &entries[i]
		if z := e.Summary.Zone; z != "" && !seenZ[z] {
			seenZ[z] = true
			d.zones = append(d.zones, z)
		}
		if in := e.Summary.Industry; in != "" && !seenI[in] {
			seenI[in] = true
			d.industries = append(d.industries, in)
		}
		if (d.zone != "" || d.industry != "") && d.keep(e) {
			out = append(out, i)
		}
	}
	sort.Strings(d.zones)
	sort.Strings(d.industries)
	return out
}

func (s *registryScreen) onDashFilter(ctx app.Context, e app.Event) {
	v := ctx.JSSrc().Get("value").String()
	if ctx.JSSrc().Get("id").String() == "dash-zone" {
		s.dash.zone = v
	} else {
		s.dash.industry = v
	}
	s.dash.draw(s.entries, s.idx)
	ctx.Defer(func(app.Context) { markTime("dashboardDrawn") })
}

// renderGroupFilters are the zone and industry filters, shown when some
// enterprise gave a zone or an industry.
func (s *registryScreen) renderGroupFilters() app.UI {
	lang, d := s.lang, &s.dash
	sel := func(id, label, cur string, values []string, name func(string) string) app.UI {
		if len(values) == 0 && cur == "" {
			return app.Text("")
		}
		return app.Label().Class("reg-filter").For(id).Body(app.Span().Text(label),
			app.Select().ID(id).Class("input").OnChange(s.onDashFilter).Body(
				app.Option().Value("").Selected(cur == "").Text(t(lang, "dash.filter_all")),
				app.Range(values).Slice(func(i int) app.UI {
					return app.Option().Value(values[i]).Selected(values[i] == cur).Text(name(values[i]))
				}),
			))
	}
	return app.Div().Class("dash-controls").Body(
		sel("dash-zone", t(lang, "dash.zone"), d.zone, d.zones, func(k string) string { return k }),
		sel("dash-industry", t(lang, "dash.industry"), d.industry, d.industries, func(k string) string { return assessment.IndustryName(k, lang) }),
	)
}
