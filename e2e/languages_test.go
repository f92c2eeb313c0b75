package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"fugong/assessment"
	"fugong/documents"
)

// The Chinese headings a screen in another language must not show.
const (
	zhHomeTitle   = "复工复产自评"
	zhResultTitle = "自评结果"
	zhPlanTitle   = "复工复产方案"
)

// langTags are the page's lang attribute for each language the test walks.
var langTags = map[string]string{"en": "en", "ja": "ja", "ko": "ko"}

// simplifiedOnly are Simplified Chinese characters that Japanese does not
// write (it has 業, 這, 請, 選, 項, 復, 産…): on a Japanese screen they are
// Chinese text that was never translated.
const simplifiedOnly = "业们这个请选项复产认时进说发现应还对么吗呢务员东车门问间为无书开关检测设总码电话确职厂卫离岗资计划预紧处签诺园让给记录导动态单"

// TestLanguages walks the whole journey in English, Japanese and Korean on
// a fresh phone each: the language is chosen with a tap in the top bar,
// every step is filled in as a person does, then the result, the plan and
// the PDF. Every screen must be in the chosen language (its headings, the
// page's lang, and no text in another script except the enterprise's own
// answers and the Chinese text of record of the commitment letter), and
// the PDF must carry the translated titles, the Chinese letter and the
// enterprise's name.
func TestLanguages(t *testing.T) {
	values, want := exampleValues(t)
	host := serveSite(t, rootSite, "")
	for _, lang := range []string{"en", "ja", "ko"} {
		t.Run(lang, func(t *testing.T) {
			began := time.Now()
			walkLanguage(t, host, lang, values, want)
			t.Logf("%s: the whole journey took %v", lang, time.Since(began).Round(time.Second))
		})
	}
}

// walkLanguage is one language's journey, from the first screen to the PDF.
func walkLanguage(t *testing.T, host *staticHost, lang string, values map[string]any, want assessment.Result) {
	name := values["name"].(string)
	answers := answerTexts(values)
	phone := newPhone(t)
	downloads := phone.allowDownloads(t)
	shot := func(what string) { phone.screenshot(t, "lang-"+lang+"-"+what) }

	// The phone speaks Chinese: the kit opens in Chinese, and a tap on
	// the language button switches it.
	phone.open(t, host.URL)
	if got := eval[string](t, phone, `document.documentElement.lang`); got != "zh-CN" {
		t.Errorf("a Chinese phone opens the kit with lang %q, want zh-CN", got)
	}
	phone.tap(t, fmt.Sprintf(`button[data-lang=%q]`, lang))
	phone.waitFor(t, "the language to change", fmt.Sprintf(`document.documentElement.lang === %q && document.querySelector('button[data-lang=%q]').getAttribute("aria-pressed") === "true"`, langTags[lang], lang), 10*time.Second)
	phone.waitFor(t, "the first screen in "+lang, fmt.Sprintf(`(document.querySelector("h1") || {}).innerText !== %q`, zhHomeTitle), 5*time.Second)
	checkScreen(t, phone, lang, "the first screen", "", zhHomeTitle, answers)
	// The document's title is written once into the static pages and the
	// app does not change it with the language: known, reported, not
	// failed on.
	if title := eval[string](t, phone, `document.title`); len(foreignLines(lang, title, nil)) > 0 {
		t.Logf("known: the document's title stays %q in %s", title, lang)
	}
	shot("01-first-screen")

	phone.tap(t, "#start")
	phone.waitFor(t, "the form", `document.querySelector('.step[data-step]') !== null`, 10*time.Second)
	steps := assessment.Form()
	for i, step := range steps {
		if i > 0 {
			phone.nextStep(t, step.ID)
		}
		if got := phone.currentStep(t); got != step.ID {
			t.Fatalf("step %d is %q, want %q", i+1, got, step.ID)
		}
		phone.fillStep(t, values)
		if n := eval[int](t, phone, `document.querySelectorAll(".field-error").length`); n != 0 {
			t.Errorf("%d problems shown on step %s: %s", n, step.ID, phone.text(t, ".field-error"))
		}
		if got := phone.text(t, "#progress-text"); strings.Contains(got, "第") || !strings.Contains(got, strconv.Itoa(i+1)) {
			t.Errorf("progress on step %s = %q", step.ID, got)
		}
		checkScreen(t, phone, lang, "step "+step.ID, step.Title.In(lang), step.Title.Zh, answers)
		// The help under each question is folded away: check it too.
		eval[bool](t, phone, `(() => { document.querySelectorAll("details").forEach(d => d.open = true); return true })()`)
		checkScreen(t, phone, lang, "step "+step.ID+" (help open)", step.Title.In(lang), step.Title.Zh, answers)
		eval[bool](t, phone, `(() => { document.querySelectorAll("details").forEach(d => d.open = false); return true })()`)
		shot(fmt.Sprintf("%02d-step-%s", i+2, step.ID))
	}

	phone.tap(t, "#next")
	phone.waitFor(t, "the result", `document.querySelector("#category") !== null`, 10*time.Second)
	if got, w := phone.text(t, "#category"), assessment.CategoryName(want.Category).In(lang); got != w {
		t.Errorf("category = %q, want %q", got, w)
	}
	if got := phone.text(t, "#batch"); !strings.Contains(got, strconv.Itoa(want.Batch)) {
		t.Errorf("batch = %q, want batch %d", got, want.Batch)
	}
	if got, w := phone.text(t, "#readiness"), assessment.ReadinessName(want.Readiness).In(lang); !strings.Contains(got, w) {
		t.Errorf("readiness = %q, want %q", got, w)
	}
	if got := phone.text(t, "#because"); strings.TrimSpace(got) == "" {
		t.Error("the result does not say why")
	}
	eval[bool](t, phone, `(() => { document.querySelectorAll("details").forEach(d => d.open = true); return true })()`)
	checkScreen(t, phone, lang, "the result", "", zhResultTitle, answers)
	shot("result")

	phone.tap(t, "#to-plan")
	phone.waitFor(t, "the plan", `document.querySelectorAll(".plan-section").length > 5`, 10*time.Second)
	checkScreen(t, phone, lang, "the plan", "", zhPlanTitle, answers)
	plan := expectedPlan(t, lang)
	letter := eval[string](t, phone, `(document.querySelector('[data-section="letter.enterprise"]') || {}).innerText || ""`)
	for _, w := range []string{sectionTitle(plan, "letter.enterprise"), "复工复产承诺书", "以中文文本为准", name} {
		if !strings.Contains(letter, w) {
			t.Errorf("the plan's letter lacks %q", w)
		}
	}
	shot("plan")

	phone.tap(t, ".make-pdf")
	phone.waitFor(t, "the PDF or what stops it", `document.querySelector(".pdf-link, #pdf-errors, .pdf-box .notice-error") !== null`, 150*time.Second)
	if msg := phone.text(t, "#pdf-errors, .pdf-box .notice-error"); msg != "" {
		shot("pdf-stopped")
		t.Fatalf("no PDF in %s; the plan screen says: %s", lang, msg)
	}
	checkScreen(t, phone, lang, "the plan with its PDF", "", zhPlanTitle, answers)
	fileName := eval[string](t, phone, `document.querySelector(".pdf-link").dataset.name`)
	path := filepath.Join(downloads, fileName)
	checkPDF(t, lang, path, waitForFile(t, path), plan, name, answers)
}

// answerTexts are the example's answers that are text: they are the
// enterprise's own words, in whatever language it wrote them, longest
// first so that a longer answer is taken out before a part of it.
func answerTexts(values map[string]any) []string {
	var out []string
	for _, v := range values {
		if s, ok := v.(string); ok && s != "" {
			out = append(out, s)
		}
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// screenText is every piece of text the page shows or reads out: its text
// nodes (folded help included), placeholders and labels for screen
// readers. Left out: the language buttons, each named in
// its own language, and the commitment letter, whose Chinese text is the
// text of record and is checked on its own.
const screenText = `(() => {
	const skip = e => e.closest('script, style, template, noscript, button.lang, [data-section^="letter."]');
	const parts = [];
	const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let n; (n = w.nextNode()); ) {
		if (!skip(n.parentElement) && n.nodeValue.trim() !== "") parts.push(n.nodeValue);
	}
	for (const e of document.body.querySelectorAll("[placeholder], [aria-label], [title], [alt]")) {
		if (skip(e)) continue;
		for (const a of ["placeholder", "aria-label", "title", "alt"]) {
			if (e.getAttribute(a)) parts.push(e.getAttribute(a));
		}
	}
	return parts.join("\n");
})()`

// checkScreen checks that the screen on the phone is in lang: the page's
// lang attribute, its heading (wantH1 when given, and never zhH1), and no
// text in a script the language does not use, once the enterprise's own
// answers are taken out.
func checkScreen(t *testing.T, b *browser, lang, where, wantH1, zhH1 string, answers []string) {
	t.Helper()
	if got := eval[string](t, b, `document.documentElement.lang`); got != langTags[lang] {
		t.Errorf("%s: the page's lang is %q, want %q", where, got, langTags[lang])
	}
	h1 := strings.TrimSpace(b.text(t, "h1"))
	if h1 == "" || h1 == zhH1 {
		t.Errorf("%s: the heading is %q, the Chinese one", where, h1)
	}
	if wantH1 != "" && h1 != wantH1 {
		t.Errorf("%s: the heading is %q, want %q", where, h1, wantH1)
	}
	text := eval[string](t, b, screenText)
	// The PDF's file name is the same in every language (复工复产方案-…).
	if name := eval[string](t, b, `(document.querySelector(".pdf-link") || {dataset: {}}).dataset.name || ""`); name != "" {
		text = strings.ReplaceAll(text, name, "")
	}
	for _, bad := range foreignLines(lang, text, answers) {
		t.Errorf("%s in %s shows text in another language: %q", where, lang, bad)
	}
}

// foreignLines returns the lines of text that hold a character lang does
// not write, after taking out the enterprise's answers: Chinese, kana or
// hangul in English; hangul, or a simplified Chinese character, in
// Japanese; Chinese characters or kana in Korean.
func foreignLines(lang, text string, answers []string) []string {
	for _, a := range answers {
		text = spaced(a).ReplaceAllString(text, "")
	}
	var bad []string
	for _, line := range strings.Split(text, "\n") {
		if strings.IndexFunc(line, func(r rune) bool { return foreignRune(lang, r) }) >= 0 {
			bad = append(bad, strings.TrimSpace(line))
		}
	}
	return bad
}

func foreignRune(lang string, r rune) bool {
	kana := unicode.In(r, unicode.Hiragana, unicode.Katakana) && r != 'ー' && r != '・'
	hangul := unicode.Is(unicode.Hangul, r)
	han := unicode.Is(unicode.Han, r)
	switch lang {
	case "en":
		return han || kana || hangul
	case "ja":
		return hangul || strings.ContainsRune(simplifiedOnly, r)
	case "ko":
		return han || kana
	}
	return false
}

// expectedPlan is the plan the phone makes for the example in lang, with
// no park (it came from no link) and no edits: its titles are what the
// PDF must carry.
func expectedPlan(t *testing.T, lang string) *documents.Plan {
	t.Helper()
	data, err := os.ReadFile(exampleFile)
	if err != nil {
		t.Fatal(err)
	}
	a, err := assessment.ParseAnswers(data)
	if err != nil {
		t.Fatal(err)
	}
	a.Park = assessment.Park{}
	a.Edits = nil
	a.Lang = lang
	return documents.BuildPlan(a, assessment.Evaluate(a), time.Now())
}

// sectionTitle is the title of the plan's section id.
func sectionTitle(p *documents.Plan, id string) string {
	for _, s := range p.Sections {
		if s.ID == id {
			return s.Title
		}
	}
	return ""
}

// letterWord is the word for the commitment letter in each language.
var letterWord = map[string]string{"en": "Commitment letter", "ja": "誓約書", "ko": "서약서"}

// checkPDF reads the downloaded PDF: the translated titles, the Chinese
// letter of record, the enterprise's name, and no untranslated text
// outside the letter. It renders the cover, the first page of the
// prevention plan and the letter's first page for a person to look at.
func checkPDF(t *testing.T, lang, path string, data []byte, plan *documents.Plan, name string, answers []string) {
	t.Helper()
	text := pdfText(t, data)
	flat := squash(text)
	for _, w := range []string{plan.Title, letterWord[lang], sectionTitle(plan, "letter.enterprise"), sectionTitle(plan, "prevention"),
		sectionTitle(plan, "emergency"), "复工复产承诺书", "以中文文本为准", name} {
		if !strings.Contains(flat, squash(w)) {
			t.Errorf("the %s PDF's text lacks %q", lang, w)
		}
	}
	pages := strings.Split(strings.TrimRight(text, "\f\n"), "\f")
	find := func(from int, titles ...string) int {
		for i := from; i < len(pages); i++ {
			for _, title := range titles {
				if strings.Contains(squash(pages[i]), squash(title)) {
					return i
				}
			}
		}
		return -1
	}
	letterPage := find(1, sectionTitle(plan, "letter.enterprise"))
	prevention := find(1, sectionTitle(plan, "prevention.organization"))
	if letterPage < 0 || prevention < 0 {
		t.Fatalf("the %s PDF's pages: no letter (%d) or prevention plan (%d)", lang, letterPage+1, prevention+1)
	}
	for i, p := range pages[:letterPage] {
		for _, bad := range foreignLines(lang, p, append([]string{name}, answers...)) {
			t.Errorf("page %d of the %s PDF has text in another language: %q", i+1, lang, bad)
		}
	}
	for what, i := range map[string]int{"cover": 0, "prevention": prevention, "letter": letterPage} {
		out := filepath.Join("screenshots", fmt.Sprintf("lang-%s-pdf-p%02d-%s", lang, i+1, what))
		n := strconv.Itoa(i + 1)
		if msg, err := exec.Command("pdftoppm", "-r", "50", "-png", "-f", n, "-l", n, "-singlefile", path, out).CombinedOutput(); err != nil {
			t.Errorf("pdftoppm page %s: %v\n%s", n, err, msg)
		}
	}
	t.Logf("%s PDF: %d pages, %d bytes; letter on page %d", lang, len(pages), len(data), letterPage+1)
}

// spaced matches s also where pdftotext broke it across lines: white
// space may stand between any two of its characters.
func spaced(s string) *regexp.Regexp {
	parts := make([]string, 0, len(s))
	for _, r := range s {
		parts = append(parts, regexp.QuoteMeta(string(r)))
	}
	return regexp.MustCompile(strings.Join(parts, `\s*`))
}

// squash takes out all white space, so that text pdftotext broke across
// lines still matches.
func squash(s string) string {
	return strings.Join(strings.Fields(s), "")
}
