package ui

import (
	"strings"
	"testing"

	"fugong/parkdesk"
)

// The dashboard's HTML escapes what it writes, in texts and attributes.
func TestHTMLOfEscapes(t *testing.T) {
	got := htmlOf("p", "<b>", "class", `a"b`, "data-x", "<&>")
	if want := `<p class="a&#34;b" data-x="&lt;&amp;&gt;"><b></p>`; got != want {
		t.Errorf("htmlOf = %s, want %s", got, want)
	}
}

// The tiles carry the numbers the page's data gives (data-n, data-of) and
// mark alerts.
func TestDashTilesHTML(t *testing.T) {
	p := parkdesk.Picture{All: parkdesk.Tally{Firms: 6, Resumed: 3, Workers: 400, OnSite: 140}, Alerts: make([]parkdesk.Alert, 1)}
	got := dashTilesHTML("zh", p)
	for _, want := range []string{
		`<div class="dash-tile" id="dash-firms" data-n="3" data-of="6">`,
		`<div class="dash-tile" id="dash-workers" data-n="140" data-of="400">`,
		`<div class="dash-tile dash-tile-alert" id="dash-alerts-n" data-n="1">`,
		`<p class="dash-tile-value">50.0%</p>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("tiles %s\nlack %s", got, want)
		}
	}
}
