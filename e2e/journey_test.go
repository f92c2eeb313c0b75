package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fugong/assessment"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// exampleFile is the answers file the journey types in.
const exampleFile = "../testdata/example.json"

// exampleValues reads the example's answers, and the result the kit must
// show for them (the park's setup, which comes from a link, left out).
func exampleValues(t *testing.T) (map[string]any, assessment.Result) {
	t.Helper()
	data, err := os.ReadFile(exampleFile)
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Answers map[string]any `json:"answers"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	a, err := assessment.ParseAnswers(data)
	if err != nil {
		t.Fatal(err)
	}
	a.Park = assessment.Park{}
	return f.Answers, assessment.Evaluate(a)
}

// tap scrolls an element to the middle of the screen, waits until it
// stays in place, and taps it, as a person taps what they see. The app
// draws a change at its next frame (up to 33 ms on), and a message or a
// question it adds above the element moves it: a tap aimed before that
// lands on whatever took the element's place.
func (b *browser) tap(t testing.TB, selector string) {
	t.Helper()
	if !await[bool](t, b, fmt.Sprintf(settledJS, selector)) {
		t.Fatalf("tapping %s: no such element after 5 s", selector)
	}
	b.do(t, 10*time.Second, chromedp.Tap(chromedp.CSS(selector)))
}

// settledJS waits up to 5 s for the element %q, scrolls it to the
// middle of the screen and resolves once its box has not moved for 80 ms,
// longer than two of the app's frames, or after 2 s more; false when the
// element never came.
const settledJS = `new Promise(resolve => {
  const sel = %q, since = performance.now();
  let e = null, last = "", still = 0, tries = 0;
  const look = () => {
    const now = document.querySelector(sel); // the app may draw another in its place
    if (!now) return performance.now() - since > 5000 ? resolve(false) : setTimeout(look, 20);
    if (now !== e) {
      e = now;
      e.scrollIntoView({block: "center"});
    }
    const r = e.getBoundingClientRect(), box = [r.x, r.y, r.width, r.height].join();
    still = box === last ? still + 1 : 0;
    last = box;
    if (still >= 4 || ++tries > 100) return resolve(true);
    setTimeout(look, 20);
  };
  look();
})`

// typeText replaces the text of an input as a keyboard would (an IME's
// insertText, so Chinese works), then leaves the field, and checks the
// field still holds the text: a question drawn into the input's place
// meanwhile (one the previous answer brought, drawn late on a busy
// phone) would have taken it.
func (b *browser) typeText(t *testing.T, selector, text string) {
	t.Helper()
	eval[bool](t, b, fmt.Sprintf(`(() => { const e = document.querySelector(%q); e.scrollIntoView({block: "center"}); e.focus(); e.select(); return true })()`, selector))
	if _, err := chromedp.Call(b.ctx, input.InsertText, input.InsertTextParams{Text: text}); err != nil {
		t.Fatalf("typing into %s: %v", selector, err)
	}
	if got := eval[string](t, b, fmt.Sprintf(`(() => { const e = document.querySelector(%q); e.blur(); return e.value })()`, selector)); got != text {
		t.Fatalf("typed %q into %s, and it holds %q", text, selector, got)
	}
}

// answerQuestion answers one question in the open step the way a person
// does: typing, or tapping a choice.
func (b *browser) answerQuestion(t *testing.T, id, kind string, v any) {
	t.Helper()
	q := "#q-" + id
	switch kind {
	case "yesno":
		sel := "#f-" + id
		if !v.(bool) {
			sel += "-no"
		}
		b.tapChecks(t, sel)
	case "choice":
		b.tapChecks(t, fmt.Sprintf(`%s input[value=%q]`, q, v.(string)))
	case "choices":
		for _, c := range v.([]any) {
			b.tapChecks(t, fmt.Sprintf(`%s input[value=%q]`, q, c.(string)))
		}
	case "date":
		// A date picker is the phone's own dialog; set it as it would.
		eval[bool](t, b, fmt.Sprintf(`(() => { const e = document.querySelector("#f-%s"); e.value = %q; e.dispatchEvent(new Event("input", {bubbles: true})); e.dispatchEvent(new Event("change", {bubbles: true})); return true })()`, id, v.(string)))
	default:
		text, ok := v.(string)
		if !ok {
			text = strconv.FormatFloat(v.(float64), 'f', -1, 64)
		}
		b.typeText(t, "#f-"+id, text)
	}
}

// tapChecks taps a radio button or a box and waits until it is checked:
// a tap that did not take fails here, at the question, not later as an
// answer missing from the PDF.
func (b *browser) tapChecks(t *testing.T, selector string) {
	t.Helper()
	b.tap(t, selector)
	b.waitFor(t, selector+" checked", fmt.Sprintf(`(document.querySelector(%q) || {}).checked === true`, selector), 5*time.Second)
}

// fillStep answers every question the open step shows, including those
// that appear as answers come in (a canteen's seats once there is one).
func (b *browser) fillStep(t *testing.T, values map[string]any) {
	t.Helper()
	done := map[string]bool{}
	settled := false
	for {
		shown := eval[[]string](t, b, `[...document.querySelectorAll(".field")].map(e => e.dataset.question + " " + e.dataset.kind)`)
		next := ""
		for _, s := range shown {
			id, kind, _ := strings.Cut(s, " ")
			if _, ok := values[id]; ok && !done[id] {
				done[id] = true
				next = id
				b.answerQuestion(t, id, kind, values[id])
				break
			}
		}
		if next == "" {
			if settled {
				return
			}
			// Questions an answer brings appear on the next render.
			settled = true
			time.Sleep(300 * time.Millisecond)
			continue
		}
		settled = false
	}
}

// currentStep is the ID of the step on screen.
func (b *browser) currentStep(t *testing.T) string {
	return eval[string](t, b, `(document.querySelector(".step") || {dataset: {}}).dataset.step || ""`)
}

// nextStep taps Next and waits for the following step.
func (b *browser) nextStep(t *testing.T, want string) {
	t.Helper()
	b.tap(t, "#next")
	b.waitFor(t, "step "+want, fmt.Sprintf(`(document.querySelector(".step") || {dataset: {}}).dataset.step === %q`, want), 10*time.Second)
}

// newTabOn opens another tab of the same browser (same profile), at a
// phone's size, as a user reopening the kit would.
func newTabOn(t *testing.T, b *browser) *browser {
	t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx)
	t.Cleanup(cancel)
	tab := &browser{ctx: ctx}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(phoneWidth, phoneHeight, chromedp.EmulateScale(2), chromedp.EmulateMobile, chromedp.EmulateTouch)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{UserAgent: phoneAgent, AcceptLanguage: phoneLanguages}); err != nil {
		t.Fatal(err)
	}
	return tab
}

// TestJourney fills in a whole enterprise on a phone, from the first
// screen to the PDF: typing Chinese (and a pinyin composition that must
// not be saved), closing the page halfway and reopening it, finishing
// offline, then reading the downloaded PDF's text.
func TestJourney(t *testing.T) {
	values, want := exampleValues(t)
	name := values["name"].(string)
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	downloads := phone.allowDownloads(t)
	phone.open(t, host.URL)
	phone.waitForOffline(t)
	phone.screenshot(t, "journey-01-first-screen")
	began := time.Now()

	phone.tap(t, "#start")
	phone.waitFor(t, "the form", `document.querySelector('.step[data-step="enterprise"]') !== null && document.querySelector("#f-name") !== null`, 10*time.Second)

	// Unfinished pinyin is never saved: compose "linyi", wait past the
	// save delay, and the draft still has no name.
	phone.do(t, 5*time.Second, chromedp.Focus(chromedp.CSS("#f-name")))
	if _, err := chromedp.Call(phone.ctx, input.ImeSetComposition, input.ImeSetCompositionParams{Text: "linyi", SelectionStart: 5, SelectionEnd: 5}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(600 * time.Millisecond)
	if got := namesOf(storedDrafts(t, phone)); strings.Contains(got, "linyi") {
		t.Errorf("unfinished pinyin was saved: %q", got)
	}
	if _, err := chromedp.Call(phone.ctx, input.InsertText, input.InsertTextParams{Text: name}); err != nil {
		t.Fatal(err)
	}
	phone.waitForStored(t, "the name to be saved", func(d map[string]storedAnswers) bool { return namesOf(d) == name }, 3*time.Second)

	// A wrong answer is explained when the user leaves the field.
	phone.typeText(t, "#f-contact_phone", "12345")
	phone.waitFor(t, "the phone's problem", `document.querySelector("#e-contact_phone") !== null`, 3*time.Second)
	phone.screenshot(t, "journey-02-step-enterprise-problem")

	phone.fillStep(t, values)
	if n := eval[int](t, phone, `document.querySelectorAll(".field-error").length`); n != 0 {
		t.Errorf("%d problems shown after answering the enterprise step: %s", n, phone.text(t, ".field-error"))
	}
	phone.screenshot(t, "journey-02-step-enterprise")

	steps := []string{"enterprise", "production", "site", "staff", "facilities", "supplies", "team"}
	shot := 3
	for i := 1; i < 3; i++ {
		phone.nextStep(t, steps[i])
		phone.fillStep(t, values)
		phone.screenshot(t, fmt.Sprintf("journey-%02d-step-%s", shot, steps[i]))
		shot++
	}

	// Close the page halfway and open the kit again in a new tab.
	phone.do(t, 10*time.Second, chromedp.Navigate("about:blank"))
	tab := newTabOn(t, phone)
	tab.open(t, host.URL)
	tab.waitFor(t, "the kit to reopen at the step left", `(document.querySelector(".step") || {dataset: {}}).dataset.step === "site"`, 10*time.Second)
	if got := tab.text(t, "#progress-text"); !strings.Contains(got, "第 3 步") {
		t.Errorf("progress after reopening = %q, want step 3", got)
	}
	tab.screenshot(t, fmt.Sprintf("journey-%02d-reopened", shot))
	shot++
	tab.tap(t, "#overview-toggle")
	tab.waitFor(t, "the overview", `document.querySelector("#overview") !== null`, 5*time.Second)
	tab.screenshot(t, fmt.Sprintf("journey-%02d-overview", shot))
	shot++
	tab.tap(t, `.overview-step[data-step="enterprise"]`)
	tab.waitFor(t, "the enterprise step", `document.querySelector("#f-name") !== null`, 5*time.Second)
	if got := eval[string](t, tab, `document.querySelector("#f-name").value`); got != name {
		t.Errorf("name after reopening = %q, want %q", got, name)
	}
	if got := eval[string](t, tab, `document.querySelector("#f-floor_area_m2") ? "" : "ok"`); got != "ok" {
		t.Error("the enterprise step shows a question of another step")
	}
	tab.tap(t, "#overview-toggle")
	tab.tap(t, `.overview-step[data-step="site"]`)
	tab.waitFor(t, "the site step", `document.querySelector("#f-floor_area_m2") !== null`, 5*time.Second)
	if got := eval[string](t, tab, `document.querySelector("#f-floor_area_m2").value`); got != "2400" {
		t.Errorf("floor area after reopening = %q, want 2400", got)
	}

	// Offline from here on.
	host.Stop()
	for i := 3; i < len(steps); i++ {
		tab.nextStep(t, steps[i])
		tab.fillStep(t, values)
		tab.screenshot(t, fmt.Sprintf("journey-%02d-step-%s", shot, steps[i]))
		shot++
	}
	if got := tab.text(t, "#progress-text"); !strings.Contains(got, "第 7 步") {
		t.Errorf("progress on the last step = %q", got)
	}

	tab.tap(t, "#next")
	tab.waitFor(t, "the result", `document.querySelector("#category") !== null`, 10*time.Second)
	category := assessment.CategoryName(want.Category).Zh
	if got := tab.text(t, "#category"); got != category {
		t.Errorf("category = %q, want %q", got, category)
	}
	if got := tab.text(t, "#batch"); !strings.Contains(got, strconv.Itoa(want.Batch)) {
		t.Errorf("batch = %q, want batch %d", got, want.Batch)
	}
	if got := tab.text(t, "#readiness"); !strings.Contains(got, assessment.ReadinessName(want.Readiness).Zh) {
		t.Errorf("readiness = %q, want %q", got, assessment.ReadinessName(want.Readiness).Zh)
	}
	if got := tab.text(t, "#because"); !strings.Contains(got, "因为") {
		t.Errorf("the result does not say why: %q", got)
	}
	tab.screenshot(t, fmt.Sprintf("journey-%02d-result", shot))
	shot++

	// A link from the result leads to the question that changes it.
	tab.tap(t, `#quantities a[data-question="masks_in_stock"]`)
	tab.waitFor(t, "the masks question", `document.activeElement && document.activeElement.id === "f-masks_in_stock"`, 5*time.Second)
	tab.do(t, 10*time.Second, chromedp.NavigateBack())
	tab.waitFor(t, "the result again", `document.querySelector("#to-plan") !== null`, 10*time.Second)

	tab.tap(t, "#to-plan")
	tab.waitFor(t, "the plan", `document.querySelectorAll(".plan-section").length > 5`, 10*time.Second)
	tab.screenshot(t, fmt.Sprintf("journey-%02d-plan", shot))
	shot++

	// Edit a section: the text is kept in the answers and the plan.
	edit := eval[string](t, tab, `(document.querySelector("[data-edit]") || {dataset: {}}).dataset.edit || ""`)
	if edit == "" {
		t.Fatal("no section of the plan can be edited")
	}
	tab.tap(t, fmt.Sprintf(`[data-edit=%q]`, edit))
	own := "本企业另设晨检点两处，由行政部负责。"
	tab.waitFor(t, "the editor", `document.querySelector(".editor textarea") !== null`, 5*time.Second)
	tab.screenshot(t, fmt.Sprintf("journey-%02d-plan-edit", shot))
	shot++
	tab.typeText(t, ".editor textarea", own)
	tab.tap(t, "#edit-done")
	tab.waitFor(t, "the edited section", fmt.Sprintf(`document.querySelector('[data-section=%q]').innerText.includes(%q)`, edit, own), 5*time.Second)

	madeAt := time.Now()
	tab.tap(t, ".make-pdf")
	tab.waitFor(t, "the progress", `document.querySelector(".pdf-progress, .pdf-done") !== null`, 5*time.Second)
	tab.screenshot(t, fmt.Sprintf("journey-%02d-pdf-progress", shot))
	shot++
	tab.waitFor(t, "the PDF", `document.querySelector(".pdf-link") !== null`, 60*time.Second)
	t.Logf("PDF made in %v", time.Since(madeAt).Round(time.Millisecond))
	tab.screenshot(t, fmt.Sprintf("journey-%02d-pdf-ready", shot))
	t.Logf("journey from the first screen to the PDF: %v", time.Since(began).Round(time.Second))

	// The page's CSP keeps blob: out of fetch; the download itself is read.
	fileName := eval[string](t, tab, `document.querySelector(".pdf-link").dataset.name`)
	if wantName := "复工复产方案-" + name + "-" + time.Now().Format("2006-01-02") + ".pdf"; fileName != wantName {
		t.Errorf("PDF file name = %q, want %q", fileName, wantName)
	}
	pdfData := waitForFile(t, filepath.Join(downloads, fileName))
	text := pdfText(t, pdfData)
	for _, want := range []string{name, "承诺书", strings.TrimPrefix(category[strings.Index(category, "：")+len("："):], ""), own} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF's text lacks %q", want)
		}
	}
}

// pdfText returns the text of a PDF, read by pdftotext.
func pdfText(t *testing.T, data []byte) string {
	t.Helper()
	return pdftotext(t, data, "-layout")
}

// pdfPages returns the text of each page of a PDF, read by pdftotext.
func pdfPages(t *testing.T, data []byte) []string {
	t.Helper()
	return strings.Split(strings.TrimRight(pdftotext(t, data), "\f"), "\f")
}

// pdftotext returns what pdftotext with flags reads in a PDF.
func pdftotext(t *testing.T, data []byte, flags ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "plan.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", append(flags, path, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// waitForFile waits until the browser has finished downloading path, and
// returns the file.
func waitForFile(t *testing.T, path string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	for ctx.Err() == nil {
		if data, err := os.ReadFile(path); err == nil && strings.HasSuffix(strings.TrimSpace(string(data)), "%%EOF") {
			return data
		}
		time.Sleep(100 * time.Millisecond)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	t.Fatalf("the browser did not download %s (found %v)", filepath.Base(path), names)
	return nil
}

// TestImport checks the backup: a corrupt file is refused with its field
// and reason and changes nothing; the example imports as a new draft.
func TestImport(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.open(t, host.URL+"drafts")
	phone.waitFor(t, "the drafts screen", `document.querySelector("#import-file") !== null`, 10*time.Second)
	before := eval[string](t, phone, `JSON.stringify(Object.entries(localStorage).sort())`) + await[string](t, phone, storedDraftsJS)

	dir := t.TempDir()
	corrupt := filepath.Join(dir, "corrupt.json")
	os.WriteFile(corrupt, []byte(`{"ruleset": "2026.1", "answers": {"automation_share": 150, "employees_total": "很多"}}`), 0o644)
	phone.do(t, 10*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{corrupt}))
	phone.waitFor(t, "the refusal", `document.querySelector("#import-error") !== null`, 10*time.Second)
	got := phone.text(t, "#import-error")
	for _, want := range []string{"自动化比例", "职工总数"} {
		if !strings.Contains(got, want) {
			t.Errorf("the refusal %q does not name %s", got, want)
		}
	}
	if after := eval[string](t, phone, `JSON.stringify(Object.entries(localStorage).sort())`) + await[string](t, phone, storedDraftsJS); after != before {
		t.Errorf("a refused import changed the storage:\n%s\nwas\n%s", after, before)
	}
	phone.screenshot(t, "journey-import-refused")

	garbage := filepath.Join(dir, "garbage.json")
	os.WriteFile(garbage, []byte("\x00\x01 not json"), 0o644)
	phone.do(t, 10*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{garbage}))
	phone.waitFor(t, "the second refusal", `document.querySelector("#import-error") && document.querySelector("#import-error").innerText.includes("JSON")`, 10*time.Second)

	example, _ := filepath.Abs(exampleFile)
	phone.do(t, 10*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{example}))
	phone.waitFor(t, "the import", `document.querySelector("#import-ok") !== null`, 10*time.Second)
	if n := eval[int](t, phone, `document.querySelectorAll("#drafts .draft").length`); n != 1 {
		t.Errorf("%d drafts after importing one, want 1", n)
	}
	phone.screenshot(t, "journey-import-ok")

	// Duplicate, rename, then delete with a confirmation.
	phone.tap(t, `[data-action="duplicate"]`)
	phone.waitFor(t, "the copy", `document.querySelectorAll("#drafts .draft").length === 2`, 5*time.Second)
	phone.tap(t, `[data-action="rename"]`)
	phone.waitFor(t, "the rename box", `document.querySelector("#rename-input") !== null`, 5*time.Second)
	phone.typeText(t, "#rename-input", "二号车间")
	phone.tap(t, "#rename-save")
	phone.waitFor(t, "the new name", `document.querySelector("#drafts").innerText.includes("二号车间")`, 5*time.Second)
	phone.tap(t, `[data-action="delete"]`)
	phone.waitFor(t, "the confirmation", `document.querySelector("#delete-confirm") !== null`, 5*time.Second)
	phone.screenshot(t, "journey-drafts-delete")
	phone.tap(t, "#delete-confirm")
	phone.waitFor(t, "one draft left", `document.querySelectorAll("#drafts .draft").length === 1`, 5*time.Second)
}
