package ui

import (
	"html"
	"strconv"
	"strings"

	"fugong/parkdesk"
)

// The dashboard's tiles and charts are written as HTML and shown as one
// piece each (app.Raw): they have no handler, and the browser makes a
// piece of HTML into elements far faster than go-app makes them one by
// one, with a call out of WebAssembly an element, a text and an
// attribute (at 4× CPU the picture of a registry took some 150 ms so).
// What they show, their IDs, classes and data are those the elements
// had.

// htmlElem is the element tag with attrs (name, value, name, value…), its
// body (HTML) and its end tag.
func htmlElem(b *strings.Builder, tag, body string, attrs ...string) {
	b.WriteString("<" + tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		b.WriteString(" " + attrs[i] + `="` + html.EscapeString(attrs[i+1]) + `"`)
	}
	b.WriteString(">" + body + "</" + tag + ">")
}

// htmlOf is htmlElem as a string.
func htmlOf(tag, body string, attrs ...string) string {
	var b strings.Builder
	htmlElem(&b, tag, body, attrs...)
	return b.String()
}

// dashTilesHTML are the tiles of the rates of p and of its alerts.
func dashTilesHTML(lang string, p parkdesk.Picture) string {
	var b strings.Builder
	tile := func(id, class, label, value, sub string, n, of int) {
		attrs := []string{"class", class, "id", id, "data-n", strconv.Itoa(n)}
		if of >= 0 {
			attrs = append(attrs, "data-of", strconv.Itoa(of))
		}
		htmlElem(&b, "div", htmlOf("p", html.EscapeString(label), "class", "dash-tile-label")+
			htmlOf("p", html.EscapeString(value), "class", "dash-tile-value")+
			htmlOf("p", html.EscapeString(sub), "class", "dash-tile-sub"), attrs...)
	}
	tile("dash-firms", "dash-tile", t(lang, "dash.rate_firms"), parkdesk.Pct(p.All.FirmRate()),
		tf(lang, "dash.n_of", p.All.Resumed, p.All.Firms), p.All.Resumed, p.All.Firms)
	tile("dash-workers", "dash-tile", t(lang, "dash.rate_workers"), parkdesk.Pct(p.All.WorkerRate()),
		tf(lang, "dash.n_of", p.All.OnSite, p.All.Workers), p.All.OnSite, p.All.Workers)
	alerts, class := len(p.Alerts), "dash-tile"
	if alerts > 0 {
		class += " dash-tile-alert"
	}
	tile("dash-alerts-n", class, t(lang, "dash.alerts"), itoa(alerts), tf(lang, "dash.due_n", len(p.Due)), alerts, -1)
	return htmlOf("div", b.String(), "class", "dash-tiles")
}

// dashLegendHTML is the key of a chart's colours.
func dashLegendHTML(lang string) string {
	return htmlOf("p", htmlOf("span", html.EscapeString(t(lang, "dash.legend_firms")), "class", "dash-key dash-key-firms")+
		htmlOf("span", html.EscapeString(t(lang, "dash.legend_workers")), "class", "dash-key dash-key-workers"),
		"class", "dash-legend")
}
