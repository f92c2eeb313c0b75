package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// The drafts' trust on a return: what the user typed before a reload is
// what the form opens on, and a key pressed while the form opens never
// replaces it.

// savedFirmName is the answer the user typed before the reload.
const savedFirmName = "临沂精工机械有限公司"

// typeDraftAndLeave types the enterprise's name on the form, waits until
// it is stored and leaves the page, as a user closing the tab does.
func typeDraftAndLeave(t *testing.T, phone *browser, url string) {
	t.Helper()
	phone.open(t, url)
	phone.typeText(t, "#f-name", savedFirmName)
	phone.waitForStored(t, "the name in the draft", func(d map[string]storedAnswers) bool {
		return strings.Contains(namesOf(d), savedFirmName)
	}, 10*time.Second)
	phone.do(t, 10*time.Second, chromedp.Navigate("about:blank"))
}

// storedName returns the one stored draft's name, after the save delay.
func storedName(t *testing.T, phone *browser) string {
	t.Helper()
	time.Sleep(500 * time.Millisecond)
	drafts := storedDrafts(t, phone)
	if len(drafts) != 1 {
		t.Fatalf("%d drafts are stored, want the one typed: %v", len(drafts), drafts)
	}
	return namesOf(drafts)
}

// keyAtDrawJS presses a key in the first question the moment the app
// draws it (the field that takes the pre-rendered one's place), as a
// person typing on: the key goes after what the field shows then, which
// is noted in window.__shownAtKey.
const keyAtDrawJS = `(() => {
  let shell = null;
  document.addEventListener("DOMContentLoaded", () => {
    shell = document.querySelector("#f-name");
    new MutationObserver((_, observer) => {
      const f = document.querySelector("#f-name");
      if (!f || f === shell) return;
      observer.disconnect();
      window.__shownAtKey = f.value;
      f.focus();
      f.value = f.value + "x";
      f.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: "x" }));
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
})()`

// TestReloadTypeAtStart types a draft, reloads the form and presses a key
// in the first question the moment the app draws it: the field already
// shows the stored answer, and the key is added to it, not taken as the
// whole answer of an empty form over the stored one.
func TestReloadTypeAtStart(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	typeDraftAndLeave(t, phone, host.URL+"form")
	if _, err := chromedp.Call(phone.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: keyAtDrawJS}); err != nil {
		t.Fatal(err)
	}
	phone.open(t, host.URL+"form")
	phone.waitFor(t, "the key pressed in the app's field", `window.__shownAtKey !== undefined`, 10*time.Second)
	if got := eval[string](t, phone, `window.__shownAtKey`); got != savedFirmName {
		t.Errorf("the app first drew the name as %q, want the stored %q", got, savedFirmName)
	}
	want := savedFirmName + "x"
	if got := phone.fieldAfterStart(t, "#f-name", want, 5*time.Second); got != want {
		t.Errorf("after the key the field shows %q, want %q", got, want)
	}
	if got := storedName(t, phone); got != want {
		t.Errorf("the stored name is %q, want %q: the key was taken over the stored answer", got, want)
	}
}

// holdStartJS holds the app's start (the wasm's compilation) until the
// test calls window.__letStart(): the page before the start stays as
// long as the test needs, however fast or slow the machine.
const holdStartJS = `(() => {
  const compile = WebAssembly.instantiateStreaming;
  const held = new Promise((resolve) => { window.__letStart = resolve; });
  WebAssembly.instantiateStreaming = async (...args) => {
    await held;
    return compile.apply(WebAssembly, args);
  };
})()`

// TestReloadTypeBeforeStart opens the form anew on a return visit, the
// app's start held back, and types into the first question of the page
// before the start, as a person does who sees a field: the page says the
// saved answers are being read and the field takes no key; once the app
// has started the field shows the stored answer, the caret after it, and
// the stored answer is still what is stored.
func TestReloadTypeBeforeStart(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	typeDraftAndLeave(t, phone, host.URL+"form")
	if _, err := chromedp.Call(phone.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: holdStartJS}); err != nil {
		t.Fatal(err)
	}
	phone.goTo(t, host.URL+"form")
	phone.waitFor(t, "the pre-rendered first question", `document.querySelector("#f-name") !== null && !!window.fugongKeeper && !(`+startedJS+`)`, 60*time.Second)
	phone.tapEarly(t, "#f-name")
	for _, k := range "abc" {
		phone.do(t, 10*time.Second, chromedp.KeyEvent(string(k)))
	}
	if eval[bool](t, phone, startedJS) {
		t.Fatal("the app started while its start was held")
	}
	if got := eval[string](t, phone, `document.querySelector("#f-name").value`); got != "" {
		t.Errorf("before the start the page's field took %q, as if it were the answer", got)
	}
	note := eval[string](t, phone, `(document.querySelector("#draft-reading") || {innerText: ""}).innerText`)
	if !strings.Contains(note, "正在读取") {
		t.Errorf("before the start the page says %q, want that the saved answers are being read", note)
	}
	phone.viewShot(t, "reload-before-start")
	eval[bool](t, phone, `(() => { window.__letStart(); return true })()`)
	phone.waitForApp(t)
	if got := phone.value(t, "#f-name"); got != savedFirmName {
		t.Errorf("after the start the field shows %q, want the stored %q", got, savedFirmName)
	}
	if at := eval[string](t, phone, `(() => { const f = document.querySelector("#f-name"); return document.activeElement === f ? f.selectionStart + "/" + f.value.length : "not in the field" })()`); at != "10/10" {
		t.Errorf("after the start the caret is at %s, want after the stored name (10/10), so that typing goes on after it", at)
	}
	phone.screenshot(t, "reload-after-start")
	if got := storedName(t, phone); got != savedFirmName {
		t.Errorf("the stored name is %q, want %q: typing before the start replaced it", got, savedFirmName)
	}
}
