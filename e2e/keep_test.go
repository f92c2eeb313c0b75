package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"fugong/assessment"
)

// startedJS is true once the app (not the pre-rendered page) runs.
const startedJS = `document.documentElement.dataset.fugong === "ready"`

// slowFirstVisit makes the phone's network a slow one (1.6 Mbit/s down,
// 150 ms) and its CPU 4× slower: the pre-rendered page is up within a
// second or two and the wasm takes about ten more, a wide enough moment
// to act before the start on a machine as loaded as a test's.
func slowFirstVisit(t testing.TB, phone *browser) {
	t.Helper()
	cond := &network.Conditions{Latency: 150, DownloadThroughput: 1.6e6 / 8, UploadThroughput: 0.75e6 / 8}
	if _, err := chromedp.Call(phone.ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		MatchedNetworkConditions: []*network.Conditions{cond}}); err != nil {
		t.Fatalf("emulating the network: %v", err)
	}
	if _, err := chromedp.Call(phone.ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: slowCPU}); err != nil {
		t.Fatalf("slowing the CPU: %v", err)
	}
}

// goTo starts loading url and returns at once, without waiting for the
// page to load: the test acts on the pre-rendered page meanwhile.
func (b *browser) goTo(t testing.TB, url string) {
	t.Helper()
	if _, err := chromedp.Call(b.ctx, page.Navigate, page.NavigateParams{URL: url}); err != nil {
		t.Fatalf("navigating to %s: %v", url, err)
	}
}

// tapEarly taps an element of a page still loading: the document may
// change under the first look-up, so a tap whose node went away is tried
// again.
func (b *browser) tapEarly(t testing.TB, selector string) {
	t.Helper()
	for try := 0; ; try++ {
		ctx, cancel := context.WithTimeout(b.ctx, 10*time.Second)
		err := chromedp.Do(ctx, chromedp.Tap(chromedp.CSS(selector)))
		cancel()
		if err == nil {
			return
		}
		if try == 3 || !strings.Contains(err.Error(), "Could not find node") {
			t.Fatalf("tapping %s: %v", selector, err)
		}
	}
}

// typeAcrossStart taps the first question on the pre-rendered form and
// types one character at a time, from before the app starts until some
// time after, as a person typing on a slow phone does. It returns what
// the field should hold, and how many keys were pressed before the start.
// The field takes at most its maxlength characters (the browser refuses
// more, before the start and after): once it is full, the next key is a
// backspace, so that every key pressed still changes the field.
func typeAcrossStart(t *testing.T, phone *browser, shot string) (typed string, before int) {
	t.Helper()
	phone.waitFor(t, "the pre-rendered first question", `document.querySelector("#f-name") !== null && !(`+startedJS+`)`, 60*time.Second)
	phone.tapEarly(t, "#f-name")
	limit := eval[int](t, phone, `document.querySelector("#f-name").maxLength`) // -1: none
	const keys = "abcdefghijklmnopqrstuvwxyz0123456789"
	after := -1
	for i := 0; after < 0 || i < after+12; i++ {
		if limit > 0 && len(typed) >= limit {
			phone.do(t, 10*time.Second, chromedp.KeyEvent(kb.Backspace))
			typed = typed[:len(typed)-1]
		} else {
			k := string(keys[i%len(keys)])
			phone.do(t, 10*time.Second, chromedp.KeyEvent(k))
			typed += k
		}
		if after < 0 && eval[bool](t, phone, startedJS) {
			after = i
			before = i // the character just typed may have gone either side
		}
		if i == 3 && shot != "" {
			phone.screenshot(t, shot)
		}
		if i > 2000 {
			t.Fatal("the app did not start while typing")
		}
		time.Sleep(30 * time.Millisecond)
	}
	return typed, before
}

// savedName reloads the form and returns its first question's value, as
// read back from the saved draft.
func savedName(t *testing.T, phone *browser, url string) string {
	t.Helper()
	time.Sleep(500 * time.Millisecond) // past the save delay
	phone.do(t, 10*time.Second, chromedp.Navigate("about:blank"))
	phone.open(t, url)
	phone.waitFor(t, "the first question", `document.querySelector("#f-name") !== null`, 10*time.Second)
	return eval[string](t, phone, `document.querySelector("#f-name").value`)
}

// TestTypeBeforeStart types into the form's first question on a throttled
// first visit (slow network, CPU slowed 4×) before the app has started, keeps
// typing through the start, and finds every character in the saved
// draft, the focus still in the field; and again on an offline return.
func TestTypeBeforeStart(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	slowFirstVisit(t, phone)
	phone.goTo(t, host.URL+"form")
	typed, before := typeAcrossStart(t, phone, "keep-typing-before-start")
	if before < 3 {
		t.Fatalf("only %d characters were typed before the app started: the test did not test the hand-over", before)
	}
	t.Logf("%d keys pressed before the app started; the field should hold %d characters", before, len(typed))
	if got := eval[string](t, phone, `document.activeElement ? document.activeElement.id : ""`); got != "f-name" {
		t.Errorf("after the start the focus is on %q, want the first question", got)
	}
	phone.waitFor(t, "every character in the field", fmt.Sprintf(`document.querySelector("#f-name").value === %q`, typed), 5*time.Second)
	phone.screenshot(t, "keep-typing-after-start")
	// Handed over once: a later visit of the form within the app is not
	// sent back to the question typed into before the start.
	if got := eval[string](t, phone, `window.fugongKeeper.focusedName()`); got != "" {
		t.Errorf("after the hand-over the keeper still names the field %q", got)
	}
	throttle(t, phone, false, 1)
	if got := savedName(t, phone, host.URL+"form"); got != typed {
		t.Errorf("saved name = %q, want every character typed, %q (%d before the start)", got, typed, before)
	}

	// Return visit, offline: the draft is on the phone (typing before an
	// offline start: TestFormShellOffline).
	phone.waitForOffline(t)
	host.Stop()
	if got := savedName(t, phone, host.URL+"form"); got != typed {
		t.Errorf("offline return: name = %q, want %q", got, typed)
	}
}

// TestNextBeforeStart presses 下一步 on the pre-rendered form: the loading
// bar says the tap is noted, and once the app has started the form is on
// its second step.
func TestNextBeforeStart(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	slowFirstVisit(t, phone)
	phone.goTo(t, host.URL+"form")
	phone.waitFor(t, "the pre-rendered next button", `document.querySelector("#next") !== null && !(`+startedJS+`)`, 60*time.Second)
	phone.waitFor(t, "the loading bar's label", `(document.querySelector("#app-wasm-loader-label") || {}).innerText?.includes("现在填写的内容会保留")`, 30*time.Second)
	phone.screenshot(t, "keep-form-before-start")
	eval[bool](t, phone, `(() => { document.querySelector("#next").scrollIntoView({block: "center"}); return true })()`)
	phone.tapEarly(t, "#next")
	if eval[bool](t, phone, startedJS) {
		t.Fatal("the app started before 下一步 was pressed: the test did not test the queue")
	}
	phone.waitFor(t, "the label to say the tap is noted", `(document.querySelector("#app-wasm-loader-label") || {}).innerText?.includes("已记下您的操作") || `+startedJS, 30*time.Second)
	if !eval[bool](t, phone, startedJS) {
		phone.screenshot(t, "keep-next-queued")
	}
	phone.waitForApp(t)
	onSecondStep(t, phone)
	if n := eval[int](t, phone, `document.querySelectorAll("[aria-busy=true]").length`); n != 0 {
		t.Errorf("%d elements still say they are busy", n)
	}
	phone.screenshot(t, "keep-next-after-start")
}

// onSecondStep checks that the started app shows the form's second step,
// and still does a moment later: 下一步 was pressed once.
func onSecondStep(t *testing.T, phone *browser) {
	t.Helper()
	second := assessment.Form()[1].ID
	phone.waitFor(t, "the second step", fmt.Sprintf(`(document.querySelector(".step") || {dataset: {}}).dataset.step === %q`, second), 10*time.Second)
	time.Sleep(500 * time.Millisecond)
	if got := eval[string](t, phone, `document.querySelector(".step").dataset.step`); got != second {
		t.Errorf("after the start the form is on step %q, want %q (pressed once)", got, second)
	}
}

// TestNextBeforeAppJS presses 下一步 on the pre-rendered form while app.js
// (the keeper's script) has not even arrived: the page's own early
// script notes the press, the keeper queues it once it runs, and once
// the app has started the form is on its second step.
func TestNextBeforeAppJS(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	appJS := phone.hold(t, "*/app.js")
	phone.goTo(t, host.URL+"form")
	appJS.wait(t)
	phone.waitFor(t, "the pre-rendered next button", `document.querySelector("#next") !== null`, 30*time.Second)
	eval[bool](t, phone, `(() => { document.querySelector("#next").scrollIntoView({block: "center"}); return true })()`)
	phone.tapEarly(t, "#next")
	if got := eval[string](t, phone, `typeof window.fugongKeeper + " " + (window.fugongEarly || []).length`); got != "undefined 1" {
		t.Fatalf("before app.js: keeper and presses noted = %q, want no keeper yet and one press", got)
	}
	appJS.release(t)
	phone.waitForApp(t)
	onSecondStep(t, phone)
}

// heldRequest is a request of the page held back until the test lets it
// go, so that the page stays as it is without what the request brings.
type heldRequest struct {
	b       *browser
	pattern string
	ids     chan fetch.RequestID
	id      fetch.RequestID
}

// hold holds back the page's next request for a URL matching pattern
// (a Fetch domain pattern, such as "*/app.js") until release.
func (b *browser) hold(t testing.TB, pattern string) *heldRequest {
	t.Helper()
	h := &heldRequest{b: b, pattern: pattern, ids: make(chan fetch.RequestID, 1)}
	if err := chromedp.Listen(b.ctx, func(ev any) {
		if e, ok := ev.(*fetch.EventRequestPaused); ok {
			h.ids <- e.RequestID
		}
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(b.ctx, fetch.Enable, fetch.EnableParams{
		Patterns: []*fetch.RequestPattern{{URLPattern: pattern, RequestStage: fetch.RequestStageRequest}}}); err != nil {
		t.Fatal(err)
	}
	return h
}

// wait waits until the page has asked for the held URL.
func (h *heldRequest) wait(t testing.TB) {
	t.Helper()
	select {
	case h.id = <-h.ids:
	case <-time.After(60 * time.Second):
		t.Fatalf("the page did not ask for %s", h.pattern)
	}
}

// release lets the held request go, and holds back no more.
func (h *heldRequest) release(t testing.TB) {
	t.Helper()
	if _, err := chromedp.Call(h.b.ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: h.id}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(h.b.ctx, fetch.Disable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
}

// typeIfEarlyJS types into the form's first question, as a keyboard does
// (an input event), if the page's field is up and the app has not yet
// started: in one step of the page's thread, so that the app cannot start
// in between. It notes which it found in window.__typedEarly.
const typeIfEarlyJS = `(() => {
  if (window.__typedEarly !== undefined) return true;
  if (document.documentElement.dataset.fugong === "ready") {
    window.__typedEarly = false;
    return true;
  }
  const f = document.querySelector("#f-name");
  if (!f || !window.fugongKeeper) return false;
  f.focus();
  f.value = "离线输入";
  f.dispatchEvent(new Event("input", { bubbles: true }));
  window.__typedEarly = true;
  return true;
})()`

// TestFormShellOffline opens /form anew on an offline return visit at 4×
// CPU: the service worker answers with the form's own page, whose first
// question takes typing before the app has started, and what was typed
// is in the app's field and the saved draft after.
func TestFormShellOffline(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.open(t, host.URL)
	phone.waitForOffline(t)
	host.Stop()
	phone.do(t, 10*time.Second, chromedp.Navigate("about:blank"))
	throttle(t, phone, false, slowCPU)
	phone.goTo(t, host.URL+"form")
	phone.waitFor(t, "the form's page or the app", typeIfEarlyJS, 30*time.Second)
	if !eval[bool](t, phone, `window.__typedEarly`) {
		t.Fatal("offline, the app started before the page had a field to type into: the form's page was not served")
	}
	phone.waitForApp(t)
	phone.waitFor(t, "the text typed before the start in the app's field", `document.querySelector("#f-name").value === "离线输入"`, 10*time.Second)
	throttle(t, phone, false, 1)
	if got := savedName(t, phone, host.URL+"form"); got != "离线输入" {
		t.Errorf("saved name = %q, want the text typed before the offline start", got)
	}
}
