package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

var scriptTag = regexp.MustCompile(`<script[^>]*>`)

// TestPagesNeedNothingToDraw checks the head of every built page: the
// styles are inline (no stylesheet to wait for before the first paint),
// the scripts deferred (but one short inline line) and minified, and no Open Graph address made from a domain the
// kit does not know. The pre-rendered form, scripts off, is styled; the
// running app has no image without an alt.
func TestPagesNeedNothingToDraw(t *testing.T) {
	for _, dir := range []string{rootSite, prefixSite} {
		pages, err := filepath.Glob(filepath.Join(dir, "*.html"))
		if err != nil || len(pages) < 5 {
			t.Fatalf("pages of %s: %v, %v", dir, pages, err)
		}
		for _, p := range pages {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			head, _, _ := strings.Cut(string(b), "</head>")
			name := filepath.Base(filepath.Dir(p)) + "/" + filepath.Base(p)
			for _, bad := range []string{`rel="stylesheet"`, `property="og:url"`, `property="og:image"`, `https://"`} {
				if strings.Contains(head, bad) {
					t.Errorf("%s: the head has %s", name, bad)
				}
			}
			if !strings.Contains(head, "<style>") {
				t.Errorf("%s: the styles are not inline", name)
			}
			for _, script := range scriptTag.FindAllString(head, -1) {
				if strings.Contains(script, " src=") && !strings.Contains(script, " defer") {
					t.Errorf("%s: %s blocks the first paint", name, script)
				}
			}
			// The one inline script (noting presses before app.js runs)
			// waits for nothing and is a line long.
			if _, inline, ok := strings.Cut(head, "<script>"); ok {
				if code, _, _ := strings.Cut(inline, "</script>"); len(code) > 300 {
					t.Errorf("%s: an inline script of %d bytes in the head", name, len(code))
				}
			}
		}
	}

	for _, name := range []string{"app.js", "wasm_exec.js", "app-worker.js"} {
		b, err := os.ReadFile(filepath.Join(rootSite, name))
		if err != nil {
			t.Fatal(err)
		}
		if lines := strings.Count(string(b), "\n"); lines > 5 {
			t.Errorf("dist/%s has %d lines: not minified", name, lines)
		}
	}

	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	if _, err := chromedp.Call(phone.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	phone.do(t, 20*time.Second, chromedp.Navigate(host.URL+"form"))
	if got := eval[string](t, phone, `getComputedStyle(document.querySelector("#next")).backgroundColor`); got != "rgb(11, 110, 79)" {
		t.Errorf("the pre-rendered 下一步 is %s, want the kit's green: the styles did not apply", got)
	}
	phone.screenshot(t, "form-prerendered-inline-styles")

	app := newPhone(t)
	app.open(t, host.URL+"form")
	if n := eval[int](t, app, `document.querySelectorAll("img:not([alt])").length`); n != 0 {
		t.Errorf("%d images without an alt", n)
	}
	if !eval[bool](t, app, `document.querySelector('a.brand svg[aria-hidden="true"]') !== null`) {
		t.Error("the header's logo is not the decorative inline icon")
	}
}
