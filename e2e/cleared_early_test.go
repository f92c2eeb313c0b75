package e2e

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestClearedTooEarlyShown imports the example firm with its returnees
// from medium- and high-risk regions back three days ago and all 16
// counted as cleared: the result warns that nobody can have finished 14
// days yet, the field's link leads to the count, and the plan's PDF says
// it on its cover beside the letter it would otherwise sign as ready.
func TestClearedTooEarlyShown(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	downloads := phone.allowDownloads(t)
	now := time.Now()
	first, last := now.AddDate(0, 0, -3).Format(time.DateOnly), now.AddDate(0, 0, -1).Format(time.DateOnly)
	file := exampleVariant(t, func(f, answers map[string]any) {
		answers["returnees_first_return"] = first
		answers["returnees_last_return"] = last
	})

	phone.open(t, host.URL+"drafts")
	phone.waitFor(t, "the drafts screen", `document.querySelector("#import-file") !== null`, 10*time.Second)
	phone.do(t, 10*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file}))
	phone.waitFor(t, "the import", `document.querySelector("#import-ok") !== null`, 10*time.Second)

	phone.open(t, host.URL+"result")
	phone.waitFor(t, "the warning", `document.querySelector('#clashes li[data-check="returnees_cleared_early"]') !== null`, 10*time.Second)
	got := phone.text(t, `#clashes li[data-check="returnees_cleared_early"]`)
	for _, want := range []string{"才满 14 天医学观察", "16 人", "请核对日期或人数"} {
		if !strings.Contains(got, want) {
			t.Errorf("the warning %q lacks %q", got, want)
		}
	}
	phone.screenshot(t, "cleared-early-result")
	phone.tap(t, `#clashes li[data-check="returnees_cleared_early"] a[data-question="returnees_cleared"]`)
	phone.waitFor(t, "the cleared question", `document.activeElement && document.activeElement.id === "f-returnees_cleared"`, 10*time.Second)
	phone.waitFor(t, "its warning", clashAt("returnees_cleared", "returnees_cleared_early"), 5*time.Second)
	phone.screenshot(t, "cleared-early-field")

	phone.open(t, host.URL+"plan")
	phone.waitFor(t, "the plan", `document.querySelector(".make-pdf") !== null`, 10*time.Second)
	phone.tap(t, ".make-pdf")
	phone.waitFor(t, "the PDF", `document.querySelector(".pdf-link") !== null`, 60*time.Second)
	name := eval[string](t, phone, `document.querySelector(".pdf-link").dataset.name`)
	text := squash(pdfText(t, waitForFile(t, filepath.Join(downloads, name))))
	for _, want := range []string{"答案前后不一致", "才满14天医学观察"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF's text lacks %q", want)
		}
	}
}
