package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// phone is the viewport, user agent and languages of the phone the tests
// use: a Chinese Android phone's Chrome, 390×844 CSS pixels, touch.
const (
	phoneLanguages = "zh-CN,zh;q=0.9"
	phoneWidth     = 390
	phoneHeight    = 844
	phoneAgent     = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36"
)

// browser is one headless Chromium with a fresh profile, one tab, and a
// log of every URL the page asked for.
type browser struct {
	ctx      context.Context
	mu       sync.Mutex
	requests []string
}

// newPhone starts Chromium emulating a phone. It is closed when the test ends.
func newPhone(t testing.TB) *browser {
	t.Helper()
	return newPhoneAs(t, phoneAgent)
}

// newPhoneAs starts Chromium emulating a phone whose browser has the
// given user agent.
func newPhoneAs(t testing.TB, userAgent string) *browser {
	t.Helper()
	return newPhoneWithProfile(t, userAgent, t.TempDir())
}

// newPhoneWithProfile starts Chromium emulating a phone, on the profile
// (user data) in dir: a second one started on the same dir after the first
// is gone finds what the first stored, as a relaunched browser does.
// Options in extra are added to those of every phone.
func newPhoneWithProfile(t testing.TB, userAgent, dir string, extra ...chromedp.ExecAllocatorOption) *browser {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.UserDataDir(dir),
		chromedp.WindowSize(phoneWidth, phoneHeight),
	}
	opts = append(opts, extra...)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(func() { cancel(); cancelAlloc() })

	b := &browser{ctx: ctx}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(phoneWidth, phoneHeight, chromedp.EmulateScale(2), chromedp.EmulateMobile, chromedp.EmulateTouch)); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{UserAgent: userAgent, AcceptLanguage: phoneLanguages}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			b.mu.Lock()
			b.requests = append(b.requests, e.Request.URL)
			b.mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}
	return b
}

// do runs actions with a time limit.
func (b *browser) do(t testing.TB, limit time.Duration, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, limit)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression.
func eval[T any](t testing.TB, b *browser, expr string) T {
	t.Helper()
	return evaluate[T](t, b, expr)
}

// await evaluates a JavaScript expression whose value is a promise, and
// returns what the promise resolves to.
func await[T any](t testing.TB, b *browser, expr string) T {
	t.Helper()
	return evaluate[T](t, b, expr, chromedp.EvalAwaitPromise)
}

func evaluate[T any](t testing.TB, b *browser, expr string, opts ...chromedp.EvaluateOption) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, opts...))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// waitFor polls a JavaScript predicate until it is true. A page that
// navigates meanwhile (a reload, a new route) is polled again once loaded.
func (b *browser) waitFor(t testing.TB, what, predicate string, limit time.Duration) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		left := time.Until(deadline)
		ctx, cancel := context.WithTimeout(b.ctx, left+5*time.Second)
		_, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](predicate, chromedp.WithPollingTimeout(left), chromedp.WithPollingInterval(50*time.Millisecond)))
		cancel()
		if err == nil {
			return
		}
		if time.Now().After(deadline) || !navigatedAway(err) {
			t.Fatalf("waiting for %s (%s): %v; the page: %s", what, predicate, err, b.where())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// fieldAfterStart returns the value of the field selector once it holds
// want, or what it holds when limit has passed: for a key pressed as the
// app starts, which the app's handler takes and draws a moment later.
// The stored draft itself is drawn before the app is marked started:
// read it with value.
func (b *browser) fieldAfterStart(t testing.TB, selector, want string, limit time.Duration) string {
	t.Helper()
	value := fmt.Sprintf(`(document.querySelector(%q) || {value: ""}).value`, selector)
	deadline := time.Now().Add(limit)
	for {
		got := eval[string](t, b, value)
		if got == want || time.Now().After(deadline) {
			return got
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// where describes the page for a failure's message: its address and the
// start of its text, or why they could not be read.
func (b *browser) where() string {
	ctx, cancel := context.WithTimeout(b.ctx, 5*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`location.href + " (" + document.readyState + ", app " + (document.documentElement.dataset.fugong || "not started") + "): " + (document.body ? document.body.innerText.replace(/\s+/g, " ").slice(0, 300) : "no body")`))
	if err != nil {
		return "unreadable: " + err.Error()
	}
	return v
}

// navigatedAway reports whether an evaluation failed because the page
// went away under it.
func navigatedAway(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "Cannot find context") ||
		strings.Contains(msg, "Execution context was destroyed") ||
		strings.Contains(msg, "Inspected target navigated")
}

// open navigates and waits until the app (not only the pre-rendered page)
// runs: the top bar marks the document when it mounts.
func (b *browser) open(t testing.TB, url string) {
	t.Helper()
	b.do(t, 30*time.Second, chromedp.Navigate(url))
	b.waitForApp(t)
}

// waitForApp waits for the mounted app's marker.
func (b *browser) waitForApp(t testing.TB) {
	t.Helper()
	b.waitFor(t, "the app to start", `document.documentElement.dataset.fugong === "ready"`, 120*time.Second)
}

// waitForOffline waits until the service worker, its cache complete,
// controls the page, and the status line says so.
func (b *browser) waitForOffline(t testing.TB) {
	t.Helper()
	b.waitFor(t, "the service worker to control the page", `navigator.serviceWorker.controller !== null`, 90*time.Second)
	b.waitFor(t, "the offline status", `document.querySelector('#status[data-state="offline"]') !== null`, 10*time.Second)
}

// screenshot saves the whole page as e2e/screenshots/NAME.png. The plan
// is some 20,000 px tall at 390 px wide: on a busy machine its capture
// takes well over 20 s.
func (b *browser) screenshot(t testing.TB, name string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.MkdirAll("screenshots", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("screenshots", name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// foreignRequests lists the requests that went anywhere but origin.
func (b *browser) foreignRequests(origin string) []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var foreign []string
	for _, u := range b.requests {
		if strings.HasPrefix(u, origin+"/") || strings.HasPrefix(u, "data:") || strings.HasPrefix(u, "blob:"+origin+"/") {
			continue
		}
		foreign = append(foreign, u)
	}
	return foreign
}

// requestCount is the number of requests made so far.
func (b *browser) requestCount() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.requests)
}

// text returns the text of the first element matching a CSS selector.
func (b *browser) text(t testing.TB, selector string) string {
	t.Helper()
	return eval[string](t, b, fmt.Sprintf(`(document.querySelector(%q) || {}).innerText || ""`, selector))
}

// allowDownloads makes the browser save downloads into a new folder,
// which it returns, so that a test can read the files the kit offers.
func (b *browser) allowDownloads(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	events := true
	if _, err := chromedp.CallBrowser(b.ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir, EventsEnabled: &events}); err != nil {
		t.Fatal(err)
	}
	return dir
}
