package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// startTop records where "开始自评" sits on the pre-rendered page, before
// the app runs.
const startTop = `document.addEventListener("DOMContentLoaded", () => { const s = document.querySelector("#start"); if (s) window.__preRenderedTop = s.getBoundingClientRect().top })`

// TestStatusDoesNotMoveThePage checks that what the status line comes to
// say does not move the page under a finger about to tap: the app
// starting ("正在准备离线使用…", then "可离线使用") and the browser's offer
// to install arriving leave "开始自评" where it was drawn before the app ran.
// The offer came, in the middle of a tap, on a busy machine: the tap
// landed above the button and nothing happened.
func TestStatusDoesNotMoveThePage(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	if _, err := chromedp.Call(phone.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: startTop}); err != nil {
		t.Fatal(err)
	}
	phone.open(t, host.URL)
	top := `document.querySelector("#start").getBoundingClientRect().top`
	before := eval[float64](t, phone, `window.__preRenderedTop`)
	if mounted := eval[float64](t, phone, top); mounted != before {
		t.Errorf("the app's start moved 开始自评 from %.0f px to %.0f px", before, mounted)
	}
	phone.waitFor(t, "the offline status", `document.querySelector('#status[data-state="offline"]') !== null`, 90*time.Second)
	if offline := eval[float64](t, phone, top); offline != before {
		t.Errorf("“可离线使用” moved 开始自评 from %.0f px to %.0f px", before, offline)
	}
	// What Chromium fires once the kit may be installed; go-app keeps it to
	// show the prompt later.
	eval[bool](t, phone, `window.dispatchEvent(new Event("beforeinstallprompt", {cancelable: true})), true`)
	phone.waitFor(t, "the offer to install", `document.querySelector(".status-install") !== null`, 10*time.Second)
	if offered := eval[float64](t, phone, top); offered != before {
		t.Errorf("the offer to install moved 开始自评 from %.0f px to %.0f px", before, offered)
	}
	phone.screenshot(t, "status-install-offered")
}
