package e2e

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"fugong/parkdesk"

	"github.com/chromedp/chromedp"
)

// dashboardGoalMS is the goal for opening and refiltering the dashboard
// at 4× CPU.
const dashboardGoalMS = 1000

// dashboardBenchDays is how many days of reports each enterprise of the
// dashboard benchmark has sent.
const dashboardBenchDays = 30

// benchDaily is dashboardBenchDays of reports, from 2026-02-01, for every
// summary code: each enterprise starts reporting on a day of its own and
// brings back more of its staff day by day. The records are those kits
// stored before the store's current form: one an enterprise, a line a
// report with its code (oldDailyBundles).
func benchDaily(t testing.TB, codes []string) []registryRecord {
	t.Helper()
	start := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	summaries := make([]registryRecord, len(codes))
	daily := make([]parkdesk.DailyEntry, 0, len(codes)*dashboardBenchDays)
	for i, c := range codes {
		summaries[i] = registryRecord{Code: c}
		s, err := parkdesk.DecodeSummary(c)
		if err != nil {
			t.Fatal(err)
		}
		for day := i % 7; day < dashboardBenchDays; day++ {
			d := parkdesk.DailyReport{Name: s.Name, CreditCode: s.CreditCode, PlanID: s.PlanID,
				Date: start.AddDate(0, 0, day).Format(time.DateOnly), OnSite: s.Staff.Total * min(day, 20) / 20,
				Quarantine: i % 3, AbnormalTemp: map[bool]int{true: 1}[i%97 == day]}
			code, err := parkdesk.EncodeDaily(d)
			if err != nil {
				t.Fatal(err)
			}
			daily = append(daily, parkdesk.DailyEntry{Code: code, Added: start.AddDate(0, 0, day), Report: d})
		}
	}
	b := oldDailyBundles(t, summaries, daily)
	t.Logf("%d daily reports in %d records", len(daily), len(b))
	return b
}

// oldDailyBundles are the records that hold daily, a record an enterprise
// of the summary records summaries, as kits stored them before the
// store's current form (parkdesk.DailyBundle): a line a report, its
// code, when it arrived and a record string, separated by tabs.
func oldDailyBundles(t testing.TB, summaries []registryRecord, daily []parkdesk.DailyEntry) []registryRecord {
	t.Helper()
	var out []registryRecord
	for _, r := range dailyBundles(t, summaries, daily) {
		back, bad, _ := parkdesk.ParseDailyBundle(r.Derived)
		if bad > 0 {
			t.Fatalf("%d reports of %s do not read back", bad, r.Code)
		}
		lines := make([]string, len(back))
		for i, e := range back {
			d := e.Report
			lines[i] = strings.Join([]string{e.DailyCode(), strconv.FormatInt(e.Added.UnixMilli(), 10),
				strings.Join([]string{"d1", d.PlanID, d.CreditCode, d.Date, d.BatchDate, strconv.Itoa(d.OnSite),
					strconv.Itoa(d.Quarantine), strconv.Itoa(d.AbnormalTemp), strconv.Itoa(d.NewCases)}, "|")}, "\t")
		}
		out = append(out, registryRecord{Code: r.Code, Derived: strings.Join(lines, "\n")})
	}
	return out
}

// BenchmarkDashboard5000x30 measures the registry's dashboard with 5,000
// enterprises and 30 days of their daily reports in IndexedDB (about
// 135,000 reports in 5,000 records), the CPU slowed 4×: open (from the
// app's start to the registry's picture drawn with its numbers: reading
// IndexedDB, decoding the summaries, the reports' histories, the
// picture), open-lists (to the lists drawn after it: the enterprises not
// resumed, the alerts, the filters and the first page of rows) and
// refilter (a category chosen to the picture and the rows drawn again),
// each the median over b.N rounds. The registry is seeded in the form
// kits stored before; the first open, not counted in the median, moves it
// to the current form: that open and the move (from the dashboard drawn
// to the records written again) are reported once, with the length of
// the store's text in the current form (stored-chars).
func BenchmarkDashboard5000x30(b *testing.B) {
	host := serveSite(b, rootSite, "")
	phone := newPhone(b)
	phone.openRegistry(b, host.URL) // creates the database
	codes := benchCodes(b, registryBenchSize)
	seedRegistry(b, phone, codes)
	daily := benchDaily(b, codes)
	for i := 0; i < len(daily); i += 1000 {
		putRegistryRecords(b, phone, daily[i:min(i+1000, len(daily))])
	}
	throttle(b, phone, false, 4)

	first, moved := openDashboard(b, phone, host.URL)
	phone.waitFor(b, "the registry moved to the current form", fmt.Sprintf(`Number(document.documentElement.dataset.registryRestored || -1) > %f`, moved), 10*time.Minute)
	moved = markedSince(b, phone, "registryRestored", moved) - moved
	b.Logf("first open, of the registry in the former form: %.0f ms; moving it to the current form: %.0f ms more", first, moved)
	stored := storedChars(b, phone)
	var open, lists, refilter []float64
	for range b.N {
		opened, _ := openDashboard(b, phone, host.URL)
		open = append(open, opened)
		lists = append(lists, markedSince(b, phone, "registryOpenedListed", 0)-mountedAt(b, phone))
		t0 := eval[float64](b, phone, `(() => {
			const e = document.getElementById("filter-category");
			e.value = "3";
			const t = performance.now();
			e.dispatchEvent(new Event("change", {bubbles: true}));
			return t;
		})()`)
		refilter = append(refilter, markedSince(b, phone, "registryFiltered", t0)-t0)
		if got := dataset(b, phone, "#dash-firms", "of"); got != fmt.Sprint(registryBenchSize/4) {
			b.Fatalf("category 3: the dashboard counts %s enterprises, want %d", got, registryBenchSize/4)
		}
		b.Logf("refilter %.0f ms; resumed %s of %s", refilter[len(refilter)-1], dataset(b, phone, "#dash-firms", "n"), dataset(b, phone, "#dash-firms", "of"))
		if open[len(open)-1] > 10*dashboardGoalMS {
			b.Logf("open is more than ten times the goal of %d ms: one round says enough", dashboardGoalMS)
			break
		}
	}
	b.ReportMetric(median(open), "ms-open")
	b.ReportMetric(median(lists), "ms-open-lists")
	b.ReportMetric(median(refilter), "ms-refilter")
	b.ReportMetric(first, "ms-first-open")
	b.ReportMetric(moved, "ms-move")
	b.ReportMetric(dashboardGoalMS, "ms-goal")
	b.ReportMetric(stored, "stored-chars")
}

// storedChars is the length of the registry's store as the registry reads
// it when it opens: every record, as one JSON text.
func storedChars(b *testing.B, phone *browser) float64 {
	b.Helper()
	return await[float64](b, phone, storedRecordsJS+`.then(recs => JSON.stringify(recs).length)`)
}

// openDashboard opens the registry afresh and waits for its dashboard: it
// returns the time from the app's start to the dashboard drawn, and when
// it was drawn (milliseconds since navigation). The registry's page reads
// the store while the app loads (site/prefetch.js): the log gives the
// time from navigation too.
func openDashboard(b *testing.B, phone *browser, host string) (open, at float64) {
	b.Helper()
	phone.do(b, 10*time.Second, chromedp.Navigate("about:blank"))
	phone.do(b, 120*time.Second, chromedp.Navigate(host+"registry"))
	// Far beyond the goal, so that the figure is printed when it is missed.
	phone.waitFor(b, "the registry and its dashboard", `Number(document.documentElement.dataset.registryOpened || -1) > 0`, 10*time.Minute)
	opened := markedSince(b, phone, "registryOpened", 0)
	mounted := mountedAt(b, phone)
	phone.waitFor(b, "the lists", `document.querySelector("#registry").dataset.state === "ready"`, 10*time.Minute)
	if got := dataset(b, phone, "#dash-firms", "of"); got != strconv.Itoa(registryBenchSize) {
		b.Fatalf("the dashboard counts %s enterprises, want %d", got, registryBenchSize)
	}
	got, text, read := markedSince(b, phone, "registryGot", 0), markedSince(b, phone, "registryText", 0), markedSince(b, phone, "registryRead", 0)
	b.Logf("open %.0f ms after the app mounted, %.0f ms after navigation (IndexedDB read %.0f: getAll %.0f, its text to Go %.0f, parsed %.0f; records decoded %.0f, picture drawn %.0f), lists %.0f ms later",
		opened-mounted, opened, read-mounted, got-mounted, text-got, read-text, markedSince(b, phone, "registryDecoded", 0)-read,
		opened-markedSince(b, phone, "registryDecoded", 0), markedSince(b, phone, "registryOpenedListed", 0)-opened)
	return opened - mounted, opened
}
