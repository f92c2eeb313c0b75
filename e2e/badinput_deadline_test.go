package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestDeadlineInThePast sets, for an enterprise not ready, the date by
// which it will meet an item to yesterday: the letter would pledge a date
// already gone, so the field says so, and keeps the date typed; a date
// to come clears the message.
func TestDeadlineInThePast(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	file := exampleVariant(t, func(f, answers map[string]any) { answers["predisinfection"] = false; answers["masks_in_stock"] = 10 })
	phone.open(t, host.URL+"drafts")
	phone.waitFor(t, "the drafts screen", `document.querySelector("#import-file") !== null`, 10*time.Second)
	phone.do(t, 10*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file}))
	phone.waitFor(t, "the import", `document.querySelector("#import-ok") !== null`, 10*time.Second)
	phone.open(t, host.URL+"result")
	phone.waitFor(t, "the deadline field", `document.querySelector("#deadline-supplies_14d") !== null`, 10*time.Second)

	past := `(document.querySelector('[data-item="supplies_14d"] .field-error') || {textContent: ""}).textContent`
	eval[bool](t, phone, setValue("#deadline-supplies_14d", day(-1)))
	phone.waitFor(t, "the past date's message", past+`.includes("已经过去")`, 5*time.Second)
	if got := eval[string](t, phone, `document.querySelector("#deadline-supplies_14d").value`); got != day(-1) {
		t.Errorf("the field holds %q, want the date typed, %s", got, day(-1))
	}
	phone.screenshot(t, "badinput-deadline-past")
	eval[bool](t, phone, setValue("#deadline-supplies_14d", day(5)))
	phone.waitFor(t, "the message to clear", past+` === ""`, 5*time.Second)
}
