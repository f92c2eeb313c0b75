package e2e

import (
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fugong/assessment"
	"fugong/parkdesk"

	"github.com/chromedp/chromedp"
)

// dataset reads data-KEY of the element selector.
func dataset(t testing.TB, b *browser, selector, key string) string {
	t.Helper()
	return eval[string](t, b, fmt.Sprintf(`(document.querySelector(%q) || {dataset: {}}).dataset[%q] || ""`, selector, key))
}

// TestDailyReport walks a daily report from the enterprise's phone to the
// park's registry: the four numbers typed (a wrong one said so), the
// message and link made, typing kept across a reload; the link opened on
// a registry that does not hold the enterprise, then on one that does;
// the same report twice, and codes dated tomorrow, cut short or altered.
func TestDailyReport(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)

	// The enterprise: a name in the form, then the daily report.
	phone.open(t, host.URL+"form")
	phone.answerQuestion(t, "name", "text", "临沂日报测试有限公司")
	phone.waitForStored(t, "the name saved", func(d map[string]storedAnswers) bool {
		return strings.Contains(namesOf(d), "临沂日报测试有限公司")
	}, 10*time.Second)
	phone.open(t, host.URL+"daily")
	phone.waitFor(t, "the daily form", `document.querySelector("#daily-on_site") !== null`, 10*time.Second)
	phone.typeText(t, "#daily-on_site", "12a")
	phone.waitFor(t, "the error of a wrong number", `document.querySelector("#daily-on_site-error") !== null`, 5*time.Second)
	if got := phone.text(t, "#daily-on_site-error"); !strings.Contains(got, "整数") {
		t.Errorf("wrong number: %q, want it to ask for a whole number (整数)", got)
	}
	if dataset(t, phone, "#daily-card", "url") != "" {
		t.Error("a report was made with a wrong number")
	}
	for sel, v := range map[string]string{"#daily-on_site": "１２0", "#daily-quarantine": "3", "#daily-temp": "1", "#daily-cases": "0"} {
		phone.typeText(t, sel, v) // full-width digits, as a Chinese keyboard types them
	}
	phone.waitFor(t, "the report", `document.querySelector("#daily-card") !== null`, 5*time.Second)
	url := dataset(t, phone, "#daily-card", "url")
	msg := eval[string](t, phone, `document.querySelector("#daily-message").value`)
	d, err := parkdesk.DecodeDaily(url)
	if err != nil {
		t.Fatalf("the page's link %q does not decode: %v", url, err)
	}
	today := time.Now().Format(time.DateOnly)
	if d.Name != "临沂日报测试有限公司" || d.Date != today || d.Counts() != (parkdesk.DailyCounts{OnSite: 120, Quarantine: 3, AbnormalTemp: 1}) {
		t.Errorf("report = %+v", d)
	}
	for _, want := range []string{"【复工日报】临沂日报测试有限公司", "在岗 120 人", "体温异常 1 人", url} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
	if !eval[bool](t, phone, `document.querySelector("#daily-qr").naturalWidth > 0`) {
		t.Error("no QR code drawn")
	}
	phone.screenshot(t, "daily-report")

	// Nothing typed is lost on leaving.
	phone.open(t, host.URL+"daily")
	phone.waitFor(t, "the daily form", `document.querySelector("#daily-card") !== null`, 10*time.Second)
	if got := dataset(t, phone, "#daily-card", "url"); got != url {
		t.Errorf("after a reload the report is %q, want %q", got, url)
	}

	// The park's registry does not hold the enterprise yet.
	phone.collect(t, url)
	if got := phone.text(t, "#collect-error"); !strings.Contains(got, "登记册中没有这家企业") {
		t.Errorf("unknown enterprise: %q", got)
	}
	phone.screenshot(t, "daily-unknown-firm")

	// Its letter scanned, the report is recorded.
	phone.open(t, host.URL+"result")
	phone.waitFor(t, "the summary link", `document.querySelector("#summary-url") !== null`, 10*time.Second)
	summaryURL := eval[string](t, phone, `document.querySelector("#summary-url").value`)
	phone.collect(t, summaryURL)
	if got := dataset(t, phone, "#collect-result", "result"); got != "added" {
		t.Fatalf("summary: result %q", got)
	}
	phone.collect(t, url)
	if got := dataset(t, phone, "#collect-result", "result"); got != "daily_added" {
		t.Fatalf("daily: result %q; page: %s", got, phone.text(t, "main"))
	}
	if got := phone.text(t, "#daily-history"); !strings.Contains(got, "120") {
		t.Errorf("history = %q, want the day with 120 on site", got)
	}
	phone.screenshot(t, "daily-collect")
	phone.collect(t, url)
	if got := dataset(t, phone, "#collect-result", "result"); got != "daily_duplicate" {
		t.Errorf("second scan: result %q, want daily_duplicate", got)
	}
	corrected := d
	corrected.OnSite = 125
	correctedURL, err := parkdesk.DailyURL(host.URL, corrected)
	if err != nil {
		t.Fatal(err)
	}
	phone.collect(t, correctedURL)
	if got := dataset(t, phone, "#collect-result", "result"); got != "daily_replaced" {
		t.Errorf("a correction: result %q, want daily_replaced", got)
	}

	tomorrow := d
	tomorrow.Date = time.Now().AddDate(0, 0, 1).Format(time.DateOnly)
	future, err := parkdesk.DailyURL(host.URL, tomorrow)
	if err != nil {
		t.Fatal(err)
	}
	// A count changed in the body, the checksum left as it was.
	prefix, payload, _ := strings.Cut(url, "#d=d1.")
	raw, err := base64.RawURLEncoding.DecodeString(payload)
	if err != nil {
		t.Fatal(err)
	}
	raw[len(raw)/2] ^= 0x01
	altered := prefix + "#d=d1." + base64.RawURLEncoding.EncodeToString(raw)
	for _, tt := range []struct {
		name, url, want string
	}{
		{"dated tomorrow", future, "晚于今天"},
		{"cut short", url[:len(url)-5], "不完整"},
		{"altered", altered, "校验不符"},
	} {
		phone.collect(t, tt.url)
		if got := phone.text(t, "#collect-error"); !strings.Contains(got, tt.want) {
			t.Errorf("%s: %q, want it to say %s", tt.name, got, tt.want)
		}
	}
	phone.screenshot(t, "daily-refused")

	// The registry's dashboard counts it: resumed, 125 on site.
	phone.openRegistry(t, host.URL)
	if got := dataset(t, phone, "#dash-firms", "n") + "/" + dataset(t, phone, "#dash-firms", "of"); got != "1/1" {
		t.Errorf("dashboard: %s enterprises resumed, want 1/1", got)
	}
}

// dashboardCase is a small park whose picture on 2026-02-18, with batches
// opening on 02-10, 02-17 and 02-24, was counted by hand (as in
// assessment's TestRatesHandCount): 3 of 6 enterprises resumed, 140 of
// 400 workers back, B and F due but not resumed, A with a fever.
func dashboardCase(t testing.TB) []registryRecord {
	t.Helper()
	var recs []registryRecord
	firm := func(name, cc, plan string, cat, batch, total int, unmet []string) {
		s := parkdesk.Summary{Name: name, CreditCode: cc, PlanID: plan, Category: cat, Batch: batch,
			Staff: parkdesk.UnknownStaff, Unmet: unmet, Readiness: assessment.Ready,
			Thresholds: assessment.DefaultThresholds, Ruleset: assessment.RulesetVersion}
		if len(unmet) > 0 {
			s.Readiness = assessment.NotReady
		}
		s.Staff.Total = total
		code, err := parkdesk.EncodeSummary(s)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, registryRecord{Code: code})
	}
	firm("甲精工有限公司", "91371300000000000A", "AAAA0001", 1, 1, 100, nil)
	firm("乙医疗用品有限公司", "91371300000000000B", "BBBB0000", 2, 1, 40, []string{"isolation_room"})
	firm("丙纺织有限公司", "", "CCCC0000", 3, 2, 200, nil)
	firm("丁食品有限公司", "", "DDDD0000", 4, 3, 10, nil)
	firm("戊包装有限公司", "", "EEEE0000", 3, 2, parkdesk.Unknown, nil)
	firm("己电子有限公司", "", "FFFF0000", 3, 2, 50, []string{"supplies_14d"})
	var daily []parkdesk.DailyEntry
	report := func(plan, date string, onSite, temp int) {
		d := parkdesk.DailyReport{PlanID: plan, Date: date, OnSite: onSite, AbnormalTemp: temp}
		code, err := parkdesk.EncodeDaily(d)
		if err != nil {
			t.Fatal(err)
		}
		daily = append(daily, parkdesk.DailyEntry{Code: code, Added: time.Date(2026, 2, 18, 9, 0, 0, 0, time.UTC), Report: d})
	}
	report("AAAA0001", "2026-02-10", 50, 0)
	report("AAAA0001", "2026-02-18", 80, 1)
	report("BBBB0000", "2026-02-12", 0, 0)
	report("BBBB0000", "2026-02-16", 0, 0)
	report("CCCC0000", "2026-02-16", 30, 0)
	report("CCCC0000", "2026-02-17", 60, 0)
	report("CCCC0000", "2026-02-19", 70, 0)
	report("EEEE0000", "2026-02-18", 5, 0)
	return append(recs, dailyBundles(t, recs, daily)...)
}

// dailyBundles are the records that hold daily, a record an enterprise
// of the summary records summaries, as the kit stores them.
func dailyBundles(t testing.TB, summaries []registryRecord, daily []parkdesk.DailyEntry) []registryRecord {
	t.Helper()
	entries := make([]parkdesk.Entry, len(summaries))
	for i, r := range summaries {
		e, err := parkdesk.NewEntry(r.Code, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		entries[i] = e
	}
	var out []registryRecord
	for key, g := range parkdesk.GroupDaily(entries, daily) {
		out = append(out, registryRecord{Code: parkdesk.DailyBundleKey(key), Derived: parkdesk.DailyBundle(g)})
	}
	return out
}

// setDate sets a date field as the phone's date picker does.
func setDate(t testing.TB, b *browser, selector, date string) {
	t.Helper()
	eval[bool](t, b, fmt.Sprintf(`(() => { const e = document.querySelector(%q); e.value = %q; e.dispatchEvent(new Event("change", {bubbles: true})); return true })()`, selector, date))
}

// TestDashboard opens the registry of dashboardCase and checks the
// picture against the hand count, then filters it by category.
func TestDashboard(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.open(t, host.URL)
	putRegistryRecords(t, phone, dashboardCase(t))
	phone.openRegistry(t, host.URL)
	phone.waitFor(t, "the dashboard", `document.querySelector("#dashboard") !== null`, 10*time.Second)

	phone.do(t, 5*time.Second, chromedp.Click(chromedp.CSS(".dash-dates summary")))
	for n, d := range []string{"2026-02-10", "2026-02-17", "2026-02-24"} {
		setDate(t, phone, fmt.Sprintf("#dash-batch%d", n+1), d)
	}
	setDate(t, phone, "#dash-day", "2026-02-18")
	phone.waitFor(t, "the picture of 02-18", `document.querySelector("#dashboard").dataset.day === "2026-02-18"`, 5*time.Second)

	check := func(what string, want map[string]string) {
		t.Helper()
		for k, w := range want {
			sel, key, _ := strings.Cut(k, "|")
			if got := dataset(t, phone, sel, key); got != w {
				t.Errorf("%s: %s data-%s = %q, want %q", what, sel, key, got, w)
			}
		}
	}
	check("all", map[string]string{
		"#dash-firms|n": "3", "#dash-firms|of": "6", "#dash-workers|n": "140", "#dash-workers|of": "400",
		"#dash-due|n": "2", "#dash-alerts|n": "1", "#dash-trend|days": "9",
		"#dash-by-batch|summary":    "第1批 1/2; 第2批 2/3; 第3批 0/1",
		"#dash-by-category|summary": "第1类 1/1; 第2类 0/1; 第3类 2/3; 第4类 0/1",
	})
	if got := phone.text(t, "#dash-firms"); !strings.Contains(got, "50.0%") {
		t.Errorf("firms tile = %q, want 50.0%%", got)
	}
	if got := phone.text(t, "#dash-due"); !strings.Contains(got, "乙医疗用品有限公司") || !strings.Contains(got, "己电子有限公司") ||
		!strings.Contains(got, "未报送每日报告") || !strings.Contains(got, "在岗 0 人") {
		t.Errorf("not resumed = %q", got)
	}
	if got := phone.text(t, "#dash-alerts"); !strings.Contains(got, "甲精工有限公司") || !strings.Contains(got, "体温异常 1 人") {
		t.Errorf("alerts = %q", got)
	}
	phone.screenshot(t, "dashboard")

	// The registry's filters select what the picture counts.
	eval[bool](t, phone, `(() => { const e = document.querySelector("#filter-category"); e.value = "3"; e.dispatchEvent(new Event("change", {bubbles: true})); return true })()`)
	phone.waitFor(t, "the filtered picture", `document.querySelector("#dash-firms").dataset.of === "3"`, 5*time.Second)
	check("category 3", map[string]string{"#dash-firms|n": "2", "#dash-workers|n": "60", "#dash-workers|of": "250", "#dash-due|n": "1"})
	phone.screenshot(t, "dashboard-filtered")

	// The daily report of what the dashboard shows: CSV and PDF.
	eval[bool](t, phone, captureDownloads)
	phone.tap(t, "#report-csv")
	phone.waitFor(t, "the report's CSV", `window.__blobs.length === 1`, 10*time.Second)
	if _, text := lastDownload(t, phone); !strings.Contains(text, "合计,3,2,66.7%,250,60,24.0%") {
		t.Errorf("report CSV:\n%s", text)
	}
	phone.tap(t, "#report-pdf")
	phone.waitFor(t, "the report's PDF", `window.__blobs.length === 2`, 120*time.Second)
	data, err := base64.StdEncoding.DecodeString(await[string](t, phone, `(async () => {
		const u8 = new Uint8Array(await window.__blobs[1].arrayBuffer());
		let s = ""; for (const c of u8) s += String.fromCharCode(c);
		return btoa(s);
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(pdfText(t, data)), " ")
	for _, want := range []string{"园区复工复产情况日报", "2026-02-18", "登记企业 3 家，已复工 2 家，复工率 66.7%", "己电子有限公司", "未报送每日报告"} {
		if !strings.Contains(text, want) {
			t.Errorf("report PDF lacks %q:\n%s", want, text)
		}
	}
	if err := os.WriteFile(filepath.Join("screenshots", "dashboard-report.pdf"), data, 0o644); err != nil {
		t.Fatal(err)
	}
}
