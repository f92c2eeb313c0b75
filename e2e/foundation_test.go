package e2e

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestPrerenderedFirstScreen checks the first screen as the phone shows it
// before the WebAssembly starts: plain HTML, readable, in Chinese.
func TestPrerenderedFirstScreen(t *testing.T) {
	host := serveSite(t, rootSite, "")
	res, err := http.Get(host.URL)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	html := string(body)
	for _, want := range []string{
		`lang="zh-CN"`, "复工复产自评", "开始自评", "不上传任何服务器",
		`http-equiv="Content-Security-Policy"`, "'wasm-unsafe-eval'",
		`rel="manifest"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("pre-rendered index.html lacks %q", want)
		}
	}

	phone := newPhone(t)
	if _, err := chromedp.Call(phone.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	phone.do(t, 20*time.Second, chromedp.Navigate(host.URL), chromedp.WaitVisible(chromedp.CSS("h1")))
	if got := phone.text(t, "h1"); got != "复工复产自评" {
		t.Errorf("pre-rendered h1 = %q, want 复工复产自评", got)
	}
	phone.screenshot(t, "first-screen-prerendered")
}

// TestFirstScreen checks that the running app renders the first screen,
// reacts to a tap on the language choice, and remembers the choice.
func TestFirstScreen(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.open(t, host.URL)
	if got := phone.text(t, "h1"); got != "复工复产自评" {
		t.Errorf("h1 = %q, want 复工复产自评", got)
	}
	if got := phone.text(t, "#start"); got != "开始自评" {
		t.Errorf("start button = %q, want 开始自评", got)
	}
	phone.screenshot(t, "first-screen-zh")

	phone.do(t, 10*time.Second, chromedp.Tap(chromedp.CSS(`button[data-lang="en"]`)))
	phone.waitFor(t, "English text", `document.querySelector("h1").innerText === "Resumption self-assessment"`, 5*time.Second)
	if got := eval[string](t, phone, `document.documentElement.lang`); got != "en" {
		t.Errorf("html lang = %q after choosing English, want en", got)
	}
	phone.screenshot(t, "first-screen-en")

	phone.do(t, 20*time.Second, chromedp.Reload())
	phone.waitForApp(t)
	phone.waitFor(t, "the remembered language", `document.querySelector("h1").innerText === "Resumption self-assessment"`, 5*time.Second)

	if foreign := phone.foreignRequests(host.origin()); len(foreign) > 0 {
		t.Errorf("the page asked other origins for %v", foreign)
	}
}

// TestOffline checks that once the service worker controls the page, the
// kit reloads with no server at all, on / and on another route with a
// query string and a fragment.
func TestOffline(t *testing.T) {
	testOffline(t, rootSite, "", "offline")
}

// TestSubPathOffline does the same for the build served under /fugong/,
// and checks that links keep the prefix.
func TestSubPathOffline(t *testing.T) {
	testOffline(t, prefixSite, subPath, "subpath-offline")
}

func testOffline(t *testing.T, dir, prefix, shot string) {
	host := serveSite(t, dir, prefix)
	phone := newPhone(t)
	phone.open(t, host.URL)
	phone.waitForOffline(t)
	phone.screenshot(t, shot+"-ready")

	if got := eval[string](t, phone, `document.querySelector("a.brand").getAttribute("href")`); got != prefix+"/" && got != prefix {
		t.Errorf("brand link = %q, want the kit's root %q", got, prefix+"/")
	}
	if got := eval[string](t, phone, `document.querySelector("link[rel=manifest]").getAttribute("href")`); got != prefix+"/manifest.webmanifest" {
		t.Errorf("manifest link = %q, want %q", got, prefix+"/manifest.webmanifest")
	}
	scope := eval[string](t, phone, `navigator.serviceWorker.controller.scriptURL`)
	if !strings.HasPrefix(scope, host.URL) {
		t.Errorf("service worker %q is not the kit's under %q", scope, host.URL)
	}

	host.Stop()
	phone.do(t, 30*time.Second, chromedp.Reload())
	phone.waitForApp(t)
	if got := phone.text(t, "h1"); got != "复工复产自评" {
		t.Errorf("offline reload: h1 = %q, want 复工复产自评", got)
	}

	phone.open(t, host.URL+"about?from=poster#top")
	phone.waitFor(t, "the about page", `document.querySelector("h1").innerText === "关于本工具"`, 10*time.Second)
	phone.screenshot(t, shot+"-about")

	phone.do(t, 10*time.Second, chromedp.Tap(chromedp.CSS("a.brand")))
	phone.waitFor(t, "the first screen after tapping the brand link", `document.querySelector("h1").innerText === "复工复产自评"`, 10*time.Second)
	if got := eval[string](t, phone, `location.pathname`); got != prefix+"/" && got != prefix {
		t.Errorf("after the brand link, path = %q, want %q", got, prefix+"/")
	}

	if foreign := phone.foreignRequests(host.origin()); len(foreign) > 0 {
		t.Errorf("the page asked other origins for %v", foreign)
	}
}

// TestOtherBrowsers checks the one-line advice for browsers that cannot
// keep the kit: WeChat's in-app browser, and iPhone Safari, which has no
// install prompt.
func TestOtherBrowsers(t *testing.T) {
	host := serveSite(t, rootSite, "")
	tests := []struct {
		name, agent, selector, want string
	}{
		{
			"wechat",
			"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.0.0 Mobile Safari/537.36 MMWEBID/1234 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 NetType/WIFI Language/zh_CN",
			`#status[data-state="inapp"]`,
			"在浏览器中打开",
		},
		{
			"iphone",
			"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
			`.status-hint`,
			"添加到主屏幕",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			phone := newPhoneAs(t, tt.agent)
			phone.open(t, host.URL)
			phone.waitFor(t, "the advice", `document.querySelector('`+tt.selector+`') !== null`, 30*time.Second)
			if got := phone.text(t, tt.selector); !strings.Contains(got, tt.want) {
				t.Errorf("advice = %q, want it to say %q", got, tt.want)
			}
			phone.screenshot(t, "browser-"+tt.name)
		})
	}
}

// TestFirstVisitSendsWasmOnce checks that the service worker's precache
// does not download app.wasm a second time on a first visit: it is
// registered after the page has the wasm, and revalidates it.
func TestFirstVisitSendsWasmOnce(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.open(t, host.URL)
	phone.waitForOffline(t)
	full := 0
	for _, status := range host.statuses("/web/app.wasm") {
		if status == http.StatusOK {
			full++
		}
	}
	if full != 1 {
		t.Errorf("app.wasm was sent whole %d times on a first visit (statuses %v), want once", full, host.statuses("/web/app.wasm"))
	}
}
