package e2e

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fugong/assessment"
	"fugong/parkdesk"

	"github.com/chromedp/chromedp"
)

// exampleSummaryURL is the collect URL of testdata/example.json for the
// kit at base.
func exampleSummaryURL(t testing.TB, base string, edit func(a *assessment.Answers)) (string, *assessment.Answers) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "example.json"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := assessment.ParseAnswers(data)
	if err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(a)
	}
	return parkdesk.SummaryURL(base, a, assessment.Evaluate(a)), a
}

// collect opens a collect URL and waits for its outcome.
func (b *browser) collect(t testing.TB, url string) {
	t.Helper()
	// From a blank page, so that the same link opened twice loads again
	// rather than only moving to its fragment.
	b.do(t, 10*time.Second, chromedp.Navigate("about:blank"))
	b.open(t, url)
	b.waitFor(t, "the collect outcome", `document.querySelector("#collect-result, #collect-error") !== null`, 30*time.Second)
}

// openRegistry opens the registry and waits until it has read its entries.
func (b *browser) openRegistry(t testing.TB, base string) {
	t.Helper()
	b.open(t, base+"registry")
	b.waitFor(t, "the registry", `(document.querySelector("#registry") || {dataset: {}}).dataset.state === "ready"`, 60*time.Second)
}

// captureDownloads keeps every Blob the page turns into an object URL, as
// a download does, in window.__blobs.
const captureDownloads = `(() => {
	if (window.__blobs) return true;
	window.__blobs = [];
	const orig = URL.createObjectURL.bind(URL);
	URL.createObjectURL = (b) => { window.__blobs.push(b); return orig(b); };
	return true;
})()`

// lastDownload returns the last captured Blob: its first three bytes as
// hex, and its text without a byte-order mark.
func lastDownload(t testing.TB, b *browser) (head string, text string) {
	t.Helper()
	out := await[string](t, b, `(async () => {
		const blob = window.__blobs[window.__blobs.length - 1];
		const u8 = new Uint8Array(await blob.arrayBuffer());
		const hex = Array.from(u8.slice(0, 3)).map(x => x.toString(16).padStart(2, "0")).join("");
		return hex + "|" + new TextDecoder().decode(u8); // drops a BOM
	})()`)
	head, text, _ = strings.Cut(out, "|")
	return head, text
}

// TestRegistryCollect opens a summary link (as a park's staff member does
// after scanning a letter), checks the confirmation, the registry list,
// a duplicate, a forged category, and the CSV export.
func TestRegistryCollect(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	url, a := exampleSummaryURL(t, host.URL, nil)
	t.Logf("summary URL (%d characters): %s", len(url), url)

	phone.collect(t, url)
	if got := eval[string](t, phone, `document.querySelector("#collect-result").dataset.result`); got != "added" {
		t.Fatalf("collect result = %q, want added; page: %s", got, phone.text(t, "main"))
	}
	if got := phone.text(t, "#collect-result"); !strings.Contains(got, "已加入登记册") {
		t.Errorf("confirmation = %q, want it to say 已加入登记册", got)
	}
	if got := phone.text(t, ".entry-name"); got != "临沂精工机械有限公司" {
		t.Errorf("entry name = %q", got)
	}
	if got := phone.text(t, ".entry-badges"); !strings.Contains(got, "第2批") || !strings.Contains(got, "第3类") {
		t.Errorf("entry badges = %q, want batch 2 and category 3", got)
	}
	if n := eval[int](t, phone, `document.querySelectorAll(".entry-flags li").length`); n != 0 {
		t.Errorf("an honest code has %d flags: %s", n, phone.text(t, ".entry-flags"))
	}
	phone.screenshot(t, "registry-collect")

	// The same letter scanned again adds nothing.
	phone.collect(t, url)
	if got := eval[string](t, phone, `document.querySelector("#collect-result").dataset.result`); got != "duplicate" {
		t.Errorf("second scan: result = %q, want duplicate", got)
	}

	// A code whose category was changed, with a valid checksum, is added
	// and flagged.
	s := parkdesk.NewSummary(a, assessment.Evaluate(a))
	s.Name, s.CreditCode, s.PlanID = "临沂伪造分类有限公司", "91371311MA3R7PQ1Y0", "0BADC0DE"
	s.Category, s.Batch = 1, 1
	code, err := parkdesk.EncodeSummary(s)
	if err != nil {
		t.Fatal(err)
	}
	phone.collect(t, parkdesk.CollectURL(host.URL, code))
	for _, flag := range []string{parkdesk.FlagCategory, parkdesk.FlagBatch} {
		if !eval[bool](t, phone, fmt.Sprintf(`document.querySelector('.entry-flags li[data-flag=%q]') !== null`, flag)) {
			t.Errorf("forged category: no %s flag; page: %s", flag, phone.text(t, "main"))
		}
	}
	phone.screenshot(t, "registry-collect-flagged")

	// A damaged code says so and adds nothing.
	phone.collect(t, url[:len(url)-6])
	if got := phone.text(t, "#collect-error"); !strings.Contains(got, "不完整") {
		t.Errorf("truncated code: %q, want it to say 不完整", got)
	}

	phone.openRegistry(t, host.URL)
	if n := eval[int](t, phone, `document.querySelectorAll(".reg-row").length`); n != 2 {
		t.Fatalf("registry shows %d rows, want 2", n)
	}
	if got := phone.text(t, "#registry-list"); !strings.Contains(got, "临沂精工机械有限公司") || !strings.Contains(got, "临沂伪造分类有限公司") {
		t.Errorf("registry list = %q", got)
	}
	if got := phone.text(t, "#registry-chart"); !strings.Contains(got, "第1批") {
		t.Errorf("chart = %q", got)
	}
	phone.do(t, 10*time.Second, chromedp.Click(chromedp.CSS(`.reg-row[data-plan="`+s.PlanID+`"] .reg-row-head`)))
	phone.waitFor(t, "the entry's details", `document.querySelector(".reg-row-body") !== null`, 5*time.Second)
	phone.screenshot(t, "registry-list")

	// Search narrows the list.
	eval[bool](t, phone, `(() => { const i = document.getElementById("registry-search"); i.value = "精工"; i.dispatchEvent(new Event("input", {bubbles: true})); return true })()`)
	phone.waitFor(t, "the search", `document.querySelectorAll(".reg-row").length === 1`, 5*time.Second)

	// CSV export of what the search selects.
	eval[bool](t, phone, captureDownloads)
	phone.do(t, 10*time.Second, chromedp.Click(chromedp.CSS("#export-csv")))
	phone.waitFor(t, "the CSV", `window.__blobs.length > 0`, 10*time.Second)
	head, text := lastDownload(t, phone)
	if head != "efbbbf" {
		t.Errorf("CSV starts with %s, want the UTF-8 BOM efbbbf", head)
	}
	rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatalf("CSV: %v\n%s", err, text)
	}
	if len(rows) != 2 {
		t.Fatalf("CSV has %d rows, want the header and 1:\n%s", len(rows), text)
	}
	if got, want := strings.Join(rows[0], ","), strings.Join(parkdesk.CSVHeader("zh"), ","); got != want {
		t.Errorf("CSV header = %s, want %s", got, want)
	}
	row := map[string]string{}
	for i, c := range parkdesk.CSVColumns {
		row[c] = rows[1][i]
	}
	for c, want := range map[string]string{
		"name": "临沂精工机械有限公司", "credit_code": "91371311MA3R7PQ1X4", "category": "3", "batch": "2",
		"employees_total": "186", "returnees_mid_high_risk": "16", "plan_id": assessment.PlanID(a),
	} {
		if row[c] != want {
			t.Errorf("CSV %s = %q, want %q", c, row[c], want)
		}
	}
	t.Logf("CSV:\n%s", text)

	// Delete, after a confirmation.
	phone.do(t, 10*time.Second, chromedp.Click(chromedp.CSS(".reg-row-head")))
	phone.waitFor(t, "the delete button", `document.querySelector(".reg-delete") !== null`, 5*time.Second)
	phone.do(t, 10*time.Second, chromedp.Click(chromedp.CSS(".reg-delete")))
	phone.waitFor(t, "the confirmation", `document.querySelector("#delete-confirm") !== null`, 5*time.Second)
	phone.do(t, 10*time.Second, chromedp.Click(chromedp.CSS("#delete-confirm")))
	phone.waitFor(t, "the deletion", `document.querySelector("#registry").dataset.count === "1"`, 10*time.Second)

	if foreign := phone.foreignRequests(host.origin()); len(foreign) > 0 {
		t.Errorf("the page asked other origins for %v", foreign)
	}
}

// TestRegistryOffline adds an enterprise with no network: the service
// worker serves the collect route from its cache.
func TestRegistryOffline(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.open(t, host.URL)
	phone.waitForOffline(t)
	host.Stop()

	url, _ := exampleSummaryURL(t, host.URL, func(a *assessment.Answers) {
		a.Set("name", assessment.StringValue("临沂离线登记测试有限公司"))
	})
	phone.collect(t, url)
	if got := eval[string](t, phone, `(document.querySelector("#collect-result") || {dataset: {}}).dataset.result`); got != "added" {
		t.Fatalf("offline collect: result = %q, want added; page: %s", got, phone.text(t, "main"))
	}
	phone.screenshot(t, "registry-collect-offline")
	phone.openRegistry(t, host.URL)
	if got := phone.text(t, "#registry-list"); !strings.Contains(got, "临沂离线登记测试有限公司") {
		t.Errorf("offline registry list = %q", got)
	}
}

// TestRegistryBackup exports a backup and imports it into another phone's
// registry that already holds one of the entries: nothing is doubled.
func TestRegistryBackup(t *testing.T) {
	host := serveSite(t, rootSite, "")
	one, _ := exampleSummaryURL(t, host.URL, nil)
	two, _ := exampleSummaryURL(t, host.URL, func(a *assessment.Answers) {
		a.Set("name", assessment.StringValue("临沂第二家有限公司"))
	})

	first := newPhone(t)
	first.collect(t, one)
	first.collect(t, two)
	first.openRegistry(t, host.URL)
	eval[bool](t, first, captureDownloads)
	first.do(t, 10*time.Second, chromedp.Click(chromedp.CSS("#export-backup")))
	first.waitFor(t, "the backup", `window.__blobs.length > 0`, 10*time.Second)
	_, text := lastDownload(t, first)
	backup := text
	if !json.Valid([]byte(backup)) || !strings.Contains(backup, parkdesk.BackupFormat) {
		t.Fatalf("backup = %q", backup)
	}

	second := newPhone(t)
	second.collect(t, one)
	second.openRegistry(t, host.URL)
	second.chooseBackup(t, backup)
	second.waitFor(t, "the import", `document.querySelector("#registry").dataset.count === "2"`, 20*time.Second)
	if got := second.text(t, "#registry-notice"); !strings.Contains(got, "已导入 1 家新企业") {
		t.Errorf("import notice = %q", got)
	}
}
