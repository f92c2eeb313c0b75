package ui

import (
	"html"
	"strconv"
	"strings"

	"fugong/parkdesk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The dashboard's charts are SVG written here as text (no chart library):
// a bar per group for the share of enterprises resumed and, under it, a
// thin one for the share of workers back, with the numbers beside; and a
// line a day for each share over the trend. Colours are attributes, not
// styles, so the pages' Content-Security-Policy allows them.

const (
	svgWidth    = 340
	barLeft     = 0
	barWidth    = 190
	barRowH     = 44
	colorFirms  = "#0b6e4f"
	colorWorker = "#2f7fa8"
	colorTrack  = "#eceae4"
)

func svgNum(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

// svgText is a <text> element with escaped content.
func svgText(x, y float64, size int, anchor, fill, text string) string {
	return `<text x="` + svgNum(x) + `" y="` + svgNum(y) + `" font-size="` + strconv.Itoa(size) + `" text-anchor="` + anchor +
		`" fill="` + fill + `">` + html.EscapeString(text) + `</text>`
}

func svgRect(x, y, w, h float64, fill string) string {
	return `<rect x="` + svgNum(x) + `" y="` + svgNum(y) + `" width="` + svgNum(w) + `" height="` + svgNum(h) + `" rx="2" fill="` + fill + `"/>`
}

// rateBarsSVG draws a row for each group with enterprises.
func rateBarsSVG(lang string, labels []string, tallies []parkdesk.Tally) (string, int) {
	var b strings.Builder
	rows := 0
	for i, tl := range tallies {
		if tl.Firms == 0 {
			continue
		}
		y := float64(rows * barRowH)
		b.WriteString(svgText(barLeft, y+13, 13, "start", "#222", labels[i]))
		b.WriteString(svgRect(barLeft, y+18, barWidth, 12, colorTrack))
		b.WriteString(svgRect(barLeft, y+18, barWidth*tl.FirmRate(), 12, colorFirms))
		b.WriteString(svgRect(barLeft, y+33, barWidth, 5, colorTrack))
		b.WriteString(svgRect(barLeft, y+33, barWidth*tl.WorkerRate(), 5, colorWorker))
		b.WriteString(svgText(barWidth+8, y+29, 13, "start", "#222",
			strconv.Itoa(tl.Resumed)+"/"+strconv.Itoa(tl.Firms)+" "+parkdesk.Pct(tl.FirmRate())))
		b.WriteString(svgText(barWidth+8, y+41, 11, "start", colorWorker, tf(lang, "dash.workers_short", parkdesk.Pct(tl.WorkerRate()))))
		rows++
	}
	h := max(rows*barRowH, 1)
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` + strconv.Itoa(svgWidth) + ` ` + strconv.Itoa(h) +
		`" width="100%" role="img">` + b.String() + `</svg>`, rows
}

// renderRateBars is a titled chart of rateBarsSVG, with its numbers in the
// element's data for tests and screen readers' label.
func (s *registryScreen) renderRateBars(id, title string, labels []string, tallies []parkdesk.Tally) app.UI {
	lang := s.lang
	svg, _ := rateBarsSVG(lang, labels, tallies)
	var summary []string
	for i, tl := range tallies {
		if tl.Firms > 0 {
			summary = append(summary, labels[i]+" "+strconv.Itoa(tl.Resumed)+"/"+strconv.Itoa(tl.Firms))
		}
	}
	sum := strings.Join(summary, "; ")
	return app.Raw(htmlOf("figure", htmlOf("h3", html.EscapeString(title))+dashLegendHTML(lang)+
		htmlOf("div", "<div>"+svg+"</div>", "class", "dash-svg", "aria-label", title+": "+sum, "role", "img"),
		"class", "dash-chart", "id", id, "data-summary", sum))
}

// trendSVG draws the shares of enterprises resumed and workers back, a
// point a day, with 0/50/100 % lines and the first and last day.
func trendSVG(p parkdesk.Picture) string {
	const left, right, top, bottom = 34.0, 330.0, 8.0, 128.0
	var b strings.Builder
	for _, pct := range []float64{0, 0.5, 1} {
		y := bottom - (bottom-top)*pct
		b.WriteString(`<line x1="` + svgNum(left) + `" x2="` + svgNum(right) + `" y1="` + svgNum(y) + `" y2="` + svgNum(y) + `" stroke="#ddd"/>`)
		b.WriteString(svgText(left-4, y+4, 11, "end", "#666", strconv.Itoa(int(pct*100))+"%"))
	}
	n := len(p.Trend)
	x := func(i int) float64 {
		if n == 1 {
			return right
		}
		return left + (right-left)*float64(i)/float64(n-1)
	}
	line := func(color string, share func(parkdesk.TrendPoint) float64) {
		var pts strings.Builder
		for i, pt := range p.Trend {
			pts.WriteString(svgNum(x(i)) + "," + svgNum(bottom-(bottom-top)*min(share(pt), 1)) + " ")
		}
		b.WriteString(`<polyline fill="none" stroke="` + color + `" stroke-width="2.5" points="` + strings.TrimSpace(pts.String()) + `"/>`)
		if n > 0 {
			last := p.Trend[n-1]
			b.WriteString(`<circle r="3.5" cx="` + svgNum(x(n-1)) + `" cy="` + svgNum(bottom-(bottom-top)*min(share(last), 1)) + `" fill="` + color + `"/>`)
		}
	}
	firms, workers := p.All.Firms, p.All.Workers
	line(colorWorker, func(pt parkdesk.TrendPoint) float64 { return ratio(pt.OnSite, workers) })
	line(colorFirms, func(pt parkdesk.TrendPoint) float64 { return ratio(pt.Resumed, firms) })
	if n > 0 {
		b.WriteString(svgText(left, bottom+16, 11, "start", "#666", p.Trend[0].Day[5:]))
		b.WriteString(svgText(right, bottom+16, 11, "end", "#666", p.Trend[n-1].Day[5:]))
	}
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` + strconv.Itoa(svgWidth) + ` 148" width="100%" role="img">` + b.String() + `</svg>`
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// renderTrend is the trend chart with the day's figures beside it.
func (s *registryScreen) renderTrend() app.UI {
	lang, p := s.lang, s.dash.pic
	if len(p.Trend) < 2 {
		return app.P().Class("muted").ID("dash-trend-none").Text(t(lang, "dash.trend_none"))
	}
	first, last := p.Trend[0], p.Trend[len(p.Trend)-1]
	caption := tf(lang, "dash.trend_from_to",
		first.Day, first.Resumed, parkdesk.Pct(ratio(first.OnSite, p.All.Workers)),
		last.Day, last.Resumed, parkdesk.Pct(ratio(last.OnSite, p.All.Workers)))
	return app.Raw(htmlOf("figure", htmlOf("h3", html.EscapeString(t(lang, "dash.trend")))+dashLegendHTML(lang)+
		htmlOf("div", "<div>"+trendSVG(p)+"</div>", "class", "dash-svg", "role", "img", "aria-label", t(lang, "dash.trend"))+
		htmlOf("p", html.EscapeString(caption), "class", "dash-caption"),
		"class", "dash-chart", "id", "dash-trend", "data-days", strconv.Itoa(len(p.Trend))))
}
