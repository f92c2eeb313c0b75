package e2e

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"fugong/assessment"
	"fugong/parkdesk"
)

// TestDashboardZones follows a park's zones from its page to its
// dashboard: the staff type two zones and an industry of their own on
// /park and get a link that carries them; an enterprise that opens such a
// link answers its zone, industry and 规上 in the form; the park collects
// its summary, and the dashboard shows its zone, industry and 规上 rows,
// and filters by zone. The report's spreadsheet comes from the worker.
func TestDashboardZones(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)

	// The park's page makes a link with the zones typed.
	phone.open(t, host.URL+"park")
	phone.waitFor(t, "the park page", `document.querySelector("#park-zones") !== null`, 10*time.Second)
	phone.typeText(t, "#park-name", "东丽经济技术开发区")
	phone.typeText(t, "#park-zones", "东区\n西区、综保区")
	phone.typeText(t, "#park-industries", "光伏")
	phone.waitFor(t, "the link", `document.querySelector("#park-link") !== null`, 10*time.Second)
	made, err := parkdesk.DecodeParkLink(eval[string](t, phone, `document.querySelector("#park-link").value`))
	if err != nil {
		t.Fatalf("the park page's link does not decode: %v", err)
	}
	if want := []string{"东区", "西区", "综保区"}; !reflect.DeepEqual(made.Zones, want) || !reflect.DeepEqual(made.Industries, []string{"光伏"}) {
		t.Errorf("the link carries zones %q and industries %q, want %q and [光伏]", made.Zones, made.Industries, want)
	}
	scrollTo(t, phone, "#park-zones")
	phone.screenshot(t, "dashboard-zones-01-park")

	// An enterprise answers its zone, industry and 规上.
	park := assessment.Park{Name: "东丽经济技术开发区", Zones: []string{"东区", "西区"}, Industries: []string{"光伏"},
		Batch1: "2026-02-10", Batch2: "2026-02-17", Batch3: "2026-02-24"}
	values, _ := exampleValues(t)
	values["zone"], values["industry"], values["above_scale"] = "西区", "光伏", true
	phone.open(t, parkLink(t, host.URL, park))
	phone.waitFor(t, "the park banner", `document.querySelector("#park-banner") !== null`, 10*time.Second)
	phone.tap(t, "#start")
	phone.waitFor(t, "the zone question", `document.querySelector("#q-zone") !== null`, 10*time.Second)
	phone.fillStep(t, values)
	scrollTo(t, phone, "#q-zone")
	phone.screenshot(t, "dashboard-zones-02-form")
	for _, step := range []string{"production", "site", "staff", "facilities", "supplies", "team"} {
		phone.nextStep(t, step)
		phone.fillStep(t, values)
	}
	phone.tap(t, "#next")
	phone.waitFor(t, "the summary", `document.querySelector("#summary-url") !== null`, 10*time.Second)
	url := eval[string](t, phone, `document.querySelector("#summary-url").value`)
	s, err := parkdesk.DecodeSummary(url)
	if err != nil {
		t.Fatalf("the result's summary link %q: %v", url, err)
	}
	if s.Zone != "西区" || s.Industry != "光伏" || s.AboveScale != parkdesk.AnsweredYes {
		t.Errorf("the summary carries zone %q, industry %q, 规上 %d; want 西区, 光伏, yes", s.Zone, s.Industry, s.AboveScale)
	}

	// The park collects it, and a second enterprise, in 东区, that
	// reported 100 people on site today.
	phone.collect(t, url)
	if got := dataset(t, phone, "#collect-result", "result"); got != "added" {
		t.Fatalf("collecting the summary: result %q", got)
	}
	other, a := exampleSummaryURL(t, host.URL, func(a *assessment.Answers) {
		a.Park = park
		a.Set("name", assessment.StringValue("东丽乙机械有限公司"))
		a.Set("zone", assessment.StringValue("东区"))
		delete(a.Values, "credit_code") // another enterprise: the plan ID tells it apart
	})
	phone.collect(t, other)
	daily, err := parkdesk.DailyURL(host.URL, parkdesk.DailyReport{Name: "东丽乙机械有限公司", PlanID: assessment.PlanID(a),
		Date: time.Now().Format(time.DateOnly), OnSite: 100})
	if err != nil {
		t.Fatal(err)
	}
	phone.collect(t, daily)
	phone.openRegistry(t, host.URL)
	phone.waitFor(t, "the zone row", `document.querySelector('#dash-by-zone tr[data-group="西区"]') !== null`, 10*time.Second)
	for sel, want := range map[string]string{
		`#dash-by-zone tr[data-group="西区"]`:       "0/1",
		`#dash-by-zone tr[data-group="东区"]`:       "100.0%",
		`#dash-by-industry tr[data-group="光伏"]`:   "0/1",
		`#dash-by-industry tr[data-group="机械装备"]`: "1/1",
		`#dash-by-scale tr[data-group="规上企业"]`:    "1/2",
		`#dash-by-zone tr[data-group="未填写"]`:      "",
	} {
		got := eval[string](t, phone, `(document.querySelector('`+sel+`') || {innerText: ""}).innerText`)
		if want == "" && got != "" || want != "" && !strings.Contains(got, want) {
			t.Errorf("%s reads %q, want %q", sel, got, want)
		}
	}
	if got := eval[int](t, phone, `document.querySelector("#dash-by-zone").getBoundingClientRect().right`); got > 390 {
		t.Errorf("the zone table ends at %d px, wider than the phone", got)
	}
	scrollTo(t, phone, "#dash-by-scale")
	phone.screenshot(t, "dashboard-zones-03-dashboard")

	// The zone filter narrows the picture; the spreadsheet is written.
	setSelect(t, phone, "#dash-zone", "东区")
	phone.waitFor(t, "the zone filtered", `document.querySelector("#dash-firms").dataset.of === "1"`, 5*time.Second)
	if got := dataset(t, phone, "#dash-firms", "n"); got != "1" {
		t.Errorf("东区: %s resumed, want 1", got)
	}
	if eval[bool](t, phone, `document.querySelector('#dash-by-zone tr[data-group="西区"]') !== null`) {
		t.Errorf("filtered by 东区, the dashboard still shows 西区")
	}
	eval[bool](t, phone, captureDownloads)
	phone.tap(t, "#report-xlsx")
	phone.waitFor(t, "the report's spreadsheet", `window.__blobs.length === 1`, 120*time.Second)
	head := eval[string](t, phone, `window.__blobs[0].type`)
	if !strings.Contains(head, "spreadsheetml") {
		t.Errorf("the spreadsheet's type is %q", head)
	}
	if n := await[int](t, phone, `window.__blobs[0].arrayBuffer().then(b => new Uint8Array(b)[0] === 0x50 ? b.byteLength : 0)`); n < 1000 {
		t.Errorf("the spreadsheet is %d bytes, or not a zip", n)
	}
}

// setSelect chooses value in the select element selector.
func setSelect(t testing.TB, b *browser, selector, value string) {
	t.Helper()
	eval[bool](t, b, `(() => { const e = document.querySelector(`+"`"+selector+"`"+`); e.value = `+"`"+value+"`"+`; e.dispatchEvent(new Event("change", {bubbles: true})); return true })()`)
}

// scrollTo brings the element selector to the top of the screen.
func scrollTo(t testing.TB, b *browser, selector string) {
	t.Helper()
	eval[bool](t, b, `(() => { const e = document.querySelector(`+"`"+selector+"`"+`); if (e) e.scrollIntoView({block: "start"}); return !!e })()`)
}
