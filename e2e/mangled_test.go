package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"fugong/assessment"
	"fugong/parkdesk"
)

// TestMangledLinks opens links that chat apps and QR scanners mangle, each
// with an address Go's url.Parse refuses. The kit starts anyway, on its
// first screen, which says the link is incomplete; the address no longer
// holds the part that did not decode. Online and offline, at the root and
// under the sub-path.
func TestMangledLinks(t *testing.T) {
	for _, tt := range []struct {
		name, dir, prefix string
		offline           bool
	}{
		{"online", rootSite, "", false},
		{"offline", rootSite, "", true},
		{"subpath-online", prefixSite, subPath, false},
		{"subpath-offline", prefixSite, subPath, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			host := serveSite(t, tt.dir, tt.prefix)
			park, err := parkdesk.ParkLinkURL(host.URL, assessment.Park{Name: "临沂经济技术开发区"})
			if err != nil {
				t.Fatal(err)
			}
			phone := newPhone(t)
			if tt.offline {
				phone.open(t, host.URL)
				phone.waitForOffline(t)
				host.Stop()
			}
			links := []struct{ name, url string }{
				{"bad escape in the fragment", host.URL + "#%zz"},
				{"summary code cut", host.URL + "collect#s=%s"},
				{"form with a bad fragment", host.URL + "form#x%s"},
				{"park link cut mid-escape", park[:len(park)-12] + "%E5%"},
				{"bad escape in the query", host.URL + "form?from=%zz"},
			}
			for i, l := range links {
				phone.do(t, 10*time.Second, chromedp.Navigate("about:blank"))
				phone.open(t, l.url)
				phone.waitFor(t, "the broken-link notice", `document.querySelector("#link-broken") !== null`, 10*time.Second)
				if got := phone.text(t, "#link-broken"); !strings.Contains(got, "链接不完整，请重新扫码或向园区索取") {
					t.Errorf("%s: notice = %q", l.name, got)
				}
				if got := phone.text(t, "h1"); got != "复工复产自评" {
					t.Errorf("%s: h1 = %q, want the first screen", l.name, got)
				}
				if got, want := eval[string](t, phone, `location.href`), host.URL; got != want {
					t.Errorf("%s: address = %q, want it cleaned to %q", l.name, got, want)
				}
				if i == 0 {
					phone.screenshot(t, "mangled-link-"+tt.name)
				}
			}
			// The first screen works: its button leads on.
			phone.do(t, 10*time.Second, chromedp.Tap(chromedp.CSS("#start")))
			phone.waitFor(t, "the form", `document.querySelector("#step-title") !== null`, 10*time.Second)

			// A link that decodes is left as it is, and says nothing.
			phone.do(t, 10*time.Second, chromedp.Navigate("about:blank"))
			phone.open(t, host.URL+"about?from=poster#top")
			phone.waitFor(t, "the about page", `document.querySelector("h1").innerText === "关于本工具"`, 10*time.Second)
			if eval[bool](t, phone, `document.querySelector("#link-broken") !== null`) {
				t.Error("a good link shows the broken-link notice")
			}
			if got := eval[string](t, phone, `location.search + location.hash`); got != "?from=poster#top" {
				t.Errorf("a good link's query and fragment became %q", got)
			}
		})
	}
}
