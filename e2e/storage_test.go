package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestStorageTrouble checks what a user sees when the phone will not keep
// the draft: storage full (QuotaExceededError on every write, IndexedDB
// and localStorage alike) and storage refused (private browsing, where
// reading indexedDB and localStorage throws). The kit says so in the
// user's language, offers the export, and keeps what was typed in the
// page.
func TestStorageTrouble(t *testing.T) {
	host := serveSite(t, rootSite, "")
	tests := []struct {
		name, breakStorage, want string
	}{
		{
			"full",
			`Storage.prototype.setItem = function (k) { throw new DOMException("Failed to execute 'setItem' on 'Storage': Setting the value of '" + k + "' exceeded the quota.", "QuotaExceededError") };
			IDBObjectStore.prototype.put = function () { throw new DOMException("Failed to execute 'put' on 'IDBObjectStore': the quota has been exceeded.", "QuotaExceededError") }`,
			"存储空间已满",
		},
		{
			"refused",
			`Object.defineProperty(window, "localStorage", { configurable: true, get() { throw new DOMException("denied", "SecurityError") } });
			` + throwingIndexedDB,
			"不允许在本机保存",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			phone := newPhone(t)
			if _, err := chromedp.Call(phone.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: tt.breakStorage}); err != nil {
				t.Fatal(err)
			}
			phone.open(t, host.URL)
			phone.tap(t, "#start")
			phone.waitFor(t, "the form", `document.querySelector("#f-name") !== null`, 15*time.Second)
			phone.typeText(t, "#f-name", "临沂精工机械有限公司")
			phone.typeText(t, "#f-address", "山东省临沂市")
			phone.waitFor(t, "the storage notice", `(document.querySelector("#storage-notice") || {innerText: ""}).innerText.includes("`+tt.want+`")`, 10*time.Second)
			phone.waitFor(t, "the export offered", `document.querySelector("#storage-export") !== null`, 5*time.Second)
			if got := eval[string](t, phone, `document.querySelector("#f-name").value`); got != "临沂精工机械有限公司" {
				t.Errorf("the typed name is gone: %q", got)
			}
			phone.screenshot(t, "storage-"+tt.name)
		})
	}
}
