package e2e

import (
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// BenchmarkFirstVisit measures a first visit: a fresh browser profile (no
// cache, no service worker) on the local network, from navigation to the
// mounted first screen. It reports the median in milliseconds.
func BenchmarkFirstVisit(b *testing.B) {
	host := serveSite(b, rootSite, "")
	var times []float64
	for range b.N {
		phone := newPhone(b)
		phone.open(b, host.URL)
		times = append(times, mountedAt(b, phone))
	}
	b.ReportMetric(median(times), "ms-to-first-screen")
}

// BenchmarkOfflineReload measures a return visit with no network: the
// service worker serves everything from its cache.
func BenchmarkOfflineReload(b *testing.B) {
	host := serveSite(b, rootSite, "")
	phone := newPhone(b)
	phone.open(b, host.URL)
	phone.waitForOffline(b)
	host.Stop()
	var times []float64
	for range b.N {
		phone.do(b, 30*time.Second, chromedp.Reload())
		phone.waitForApp(b)
		times = append(times, mountedAt(b, phone))
	}
	b.ReportMetric(median(times), "ms-to-first-screen")
}

// mountedAt reads when the app mounted, in milliseconds after navigation.
func mountedAt(t testing.TB, phone *browser) float64 {
	t.Helper()
	ms, err := strconv.ParseFloat(eval[string](t, phone, `document.documentElement.dataset.fugongMounted`), 64)
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	n := len(s)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
