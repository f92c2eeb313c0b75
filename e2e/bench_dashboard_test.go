package e2e

import (
	"fmt"
	"strconv"
	"testing"
	"time"

	"fugong/assessment"

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
// brings back more of its staff day by day. The records are those the kit
// stores: one an enterprise (dailyBundles).
func benchDaily(t testing.TB, codes []string) []registryRecord {
	t.Helper()
	start := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	summaries := make([]registryRecord, len(codes))
	daily := make([]assessment.DailyEntry, 0, len(codes)*dashboardBenchDays)
	for i, c := range codes {
		summaries[i] = registryRecord{Code: c}
		s, err := assessment.DecodeSummary(c)
		if err != nil {
			t.Fatal(err)
		}
		for day := i % 7; day < dashboardBenchDays; day++ {
			d := assessment.DailyReport{Name: s.Name, CreditCode: s.CreditCode, PlanID: s.PlanID,
				Date: start.AddDate(0, 0, day).Format(time.DateOnly), OnSite: s.Staff.Total * min(day, 20) / 20,
				Quarantine: i % 3, AbnormalTemp: map[bool]int{true: 1}[i%97 == day]}
			code, err := assessment.EncodeDaily(d)
			if err != nil {
				t.Fatal(err)
			}
			daily = append(daily, assessment.DailyEntry{Code: code, Added: start.AddDate(0, 0, day), Report: d})
		}
	}
	b := dailyBundles(t, summaries, daily)
	t.Logf("%d daily reports in %d records", len(daily), len(b))
	return b
}

// BenchmarkDashboard5000x30 measures the registry's dashboard with 5,000
// enterprises and 30 days of their daily reports in IndexedDB (about
// 135,000 reports in 5,000 records), the CPU slowed 4×: open (from the app's start to the
// registry and its dashboard drawn: reading IndexedDB, decoding the
// summaries, the reports' histories, the picture) and refilter (a category
// chosen to the picture and the rows drawn again), each the median over
// b.N rounds (one round when open is far beyond the goal of 1 s).
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

	var open, refilter []float64
	for range b.N {
		phone.do(b, 10*time.Second, chromedp.Navigate("about:blank"))
		phone.do(b, 120*time.Second, chromedp.Navigate(host.URL+"registry"))
		// Far beyond the goal, so that the figure is printed when it is missed.
		phone.waitFor(b, "the registry and its dashboard", `Number(document.documentElement.dataset.registryOpened || -1) > 0`, 10*time.Minute)
		opened := markedSince(b, phone, "registryOpened", 0)
		open = append(open, opened-mountedAt(b, phone))
		if got := dataset(b, phone, "#dash-firms", "of"); got != strconv.Itoa(registryBenchSize) {
			b.Fatalf("the dashboard counts %s enterprises, want %d", got, registryBenchSize)
		}
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
		mounted := mountedAt(b, phone)
		b.Logf("open %.0f ms after the app mounted (IndexedDB read %.0f, records decoded %.0f, histories, picture and first page %.0f), refilter %.0f ms; resumed %s of %s",
			open[len(open)-1], markedSince(b, phone, "registryRead", 0)-mounted, markedSince(b, phone, "registryDecoded", 0)-markedSince(b, phone, "registryRead", 0),
			opened-markedSince(b, phone, "registryDecoded", 0), refilter[len(refilter)-1], dataset(b, phone, "#dash-firms", "n"), dataset(b, phone, "#dash-firms", "of"))
		if open[len(open)-1] > 10*dashboardGoalMS {
			b.Logf("open is more than ten times the goal of %d ms: one round says enough", dashboardGoalMS)
			break
		}
	}
	b.ReportMetric(median(open), "ms-open")
	b.ReportMetric(median(refilter), "ms-refilter")
}
