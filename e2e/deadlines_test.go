package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestLetterDeadlines imports a draft made under ruleset 2026.1 that is
// not ready under 2026.2 (masks for the largest shift only, no full
// disinfection), sees on the result what changed, sets one deadline in
// the browser (after which the draft is of ruleset 2026.2 and the notice
// is gone), and reads the PDF's letter back: a pledge to correct with
// each unmet item, the date set and a blank line for the one left open.
func TestLetterDeadlines(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	downloads := phone.allowDownloads(t)

	file := exampleVariant(t, func(f, answers map[string]any) {
		f["ruleset"] = "2026.1"
		answers["masks_in_stock"] = 4000
		answers["predisinfection"] = false
		delete(answers, "returnees_in_quarantine")
		delete(answers, "safety_check_done")
	})

	phone.open(t, host.URL+"drafts")
	phone.waitFor(t, "the drafts screen", `document.querySelector("#import-file") !== null`, 10*time.Second)
	phone.do(t, 10*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file}))
	phone.waitFor(t, "the import", `document.querySelector("#import-ok") !== null`, 10*time.Second)

	phone.open(t, host.URL+"result")
	phone.waitFor(t, "the result", `document.querySelector("#readiness") !== null`, 10*time.Second)
	if r := eval[string](t, phone, `document.querySelector("#readiness").dataset.readiness`); r != "not_ready" {
		t.Fatalf("readiness = %s, want not_ready", r)
	}
	notice := phone.text(t, "#ruleset-changes")
	for _, want := range []string{"2026.1", "2026.2", "5208 只", "3360 只", "承诺书"} {
		if !strings.Contains(notice, want) {
			t.Errorf("the notice of the changed rules lacks %q:\n%s", want, notice)
		}
	}
	for _, id := range []string{"supplies_14d", "dormitory", "predisinfection"} {
		if eval[bool](t, phone, `document.querySelector("#deadline-`+id+`") === null`) {
			t.Errorf("no deadline field for %s", id)
		}
	}
	phone.do(t, 5*time.Second, chromedp.ScrollIntoView("#deadlines"))
	eval[bool](t, phone, setValue("#deadline-supplies_14d", "2026-02-12"))
	phone.screenshot(t, "letter-deadlines-result")
	// The date is kept in the draft: it is there again when the result is
	// opened anew. Changed after the notice was read, the draft is one of
	// the current ruleset: the notice is gone.
	phone.open(t, host.URL+"result")
	phone.waitFor(t, "the deadline kept", `(document.querySelector("#deadline-supplies_14d") || {}).value === "2026-02-12"`, 10*time.Second)
	if eval[bool](t, phone, `document.querySelector("#ruleset-changes") !== null`) {
		t.Error("the draft changed after the notice was read still says it was made under ruleset 2026.1")
	}

	phone.tap(t, "#to-plan")
	phone.waitFor(t, "the plan", `document.querySelector(".make-pdf") !== null`, 10*time.Second)
	phone.tap(t, ".make-pdf")
	phone.waitFor(t, "the PDF", `document.querySelector(".pdf-link") !== null`, 60*time.Second)
	name := eval[string](t, phone, `document.querySelector(".pdf-link").dataset.name`)
	pdf := waitForFile(t, filepath.Join(downloads, name))
	text := squash(pdfText(t, pdf))
	for _, want := range []string{"复工复产整改承诺书", "暂不具备复工复产条件", "本企业不复工复产", "14天防疫物资", "复工前全面消毒",
		"2026年2月12日", "＿＿＿＿年", "纳入企业信用记录", "规则2026.2"} {
		if !strings.Contains(text, squash(want)) {
			t.Errorf("the PDF's text lacks %q", want)
		}
	}
	if strings.Contains(text, "五到位") {
		t.Error("a letter of an enterprise not ready pledges the 五到位")
	}
	if out, err := exec.Command("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "30", writeTemp(t, pdf), filepath.Join("screenshots", "letter-deadlines-pdf")).CombinedOutput(); err != nil {
		t.Logf("pdftoppm: %v %s", err, out)
	}
}

// writeTemp writes data to a new file and returns its path.
func writeTemp(t *testing.T, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "file.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// exampleVariant writes the example's answers file changed by edit (f is
// the whole file, answers its answers) and returns its path.
func exampleVariant(t *testing.T, edit func(f, answers map[string]any)) string {
	t.Helper()
	data, err := os.ReadFile(exampleFile)
	if err != nil {
		t.Fatal(err)
	}
	var f map[string]any
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	edit(f, f["answers"].(map[string]any))
	out, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "answers.json")
	if err := os.WriteFile(file, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}
