package e2e

import (
	"strings"
	"testing"
	"time"

	"fugong/parkdesk"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// throwingIndexedDB makes reading window.indexedDB throw, as some privacy
// modes and embedded browsers do.
const throwingIndexedDB = `Object.defineProperty(window, "indexedDB", { configurable: true, get() { throw new DOMException("The user denied permission to access the database.", "SecurityError") } })`

// TestIndexedDBRefused opens the kit in a browser where reading indexedDB
// throws. /collect still adds the scanned enterprise, says that the
// registry is kept in the page only and offers the backup; /registry
// lists it, says the same; the drafts fall back to localStorage and keep
// what is typed.
func TestIndexedDBRefused(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	if _, err := chromedp.Call(phone.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: throwingIndexedDB}); err != nil {
		t.Fatal(err)
	}
	url, _ := exampleSummaryURL(t, host.URL, nil)
	phone.collect(t, url)
	if got := phone.text(t, "#collect-result"); !strings.Contains(got, "已加入登记册") {
		t.Errorf("collect says %q; page: %s", got, phone.text(t, "main"))
	}
	if got := phone.text(t, "#registry-refused"); !strings.Contains(got, "不允许在本机保存登记册") {
		t.Errorf("the refusal reads %q", got)
	}
	phone.screenshot(t, "durable-idb-refused-collect")

	eval[bool](t, phone, captureDownloads)
	phone.tap(t, "#registry-refused-export")
	phone.waitFor(t, "the backup", `window.__blobs.length > 0`, 10*time.Second)
	code := parkdesk.SummaryCode(url)
	if _, text := lastDownload(t, phone); !strings.Contains(text, code) {
		t.Errorf("the backup offered does not hold the scanned code: %.200s", text)
	}

	// In-app navigation keeps the page, and with it the registry.
	phone.tap(t, "#to-registry")
	phone.waitFor(t, "the registry", `(document.querySelector("#registry") || {dataset: {}}).dataset.state === "ready"`, 30*time.Second)
	if got := phone.text(t, "#registry-refused"); !strings.Contains(got, "不允许在本机保存登记册") {
		t.Errorf("the registry's refusal reads %q", got)
	}
	if got := eval[string](t, phone, `document.querySelector("#registry").dataset.count`); got != "1" {
		t.Errorf("the registry holds %s entries, want the one scanned", got)
	}
	phone.screenshot(t, "durable-idb-refused-registry")

	// Opened afresh, /registry says so at once rather than loading forever.
	phone.openRegistry(t, host.URL)
	if got := phone.text(t, "#registry-refused"); !strings.Contains(got, "不允许在本机保存登记册") {
		t.Errorf("a fresh registry's refusal reads %q", got)
	}

	// The drafts fall back to localStorage.
	phone.open(t, host.URL)
	phone.tap(t, "#start")
	phone.waitFor(t, "the form", `document.querySelector("#f-name") !== null`, 15*time.Second)
	phone.typeText(t, "#f-name", "临沂精工机械有限公司")
	phone.waitFor(t, "the draft in localStorage", `Object.keys(localStorage).some(k => k.startsWith("fugong.draft.") && localStorage.getItem(k).includes("临沂精工机械有限公司"))`, 5*time.Second)
	phone.open(t, host.URL+"form")
	if got := phone.value(t, "#f-name"); got != "临沂精工机械有限公司" {
		t.Errorf("after a reload the name reads %q", got)
	}
}
