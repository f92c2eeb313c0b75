package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fugong/assessment"
	"fugong/parkdesk"
)

// rareName holds 𠮷 (U+20BB7), a name character outside the font: every
// PDF prints it as □, and the page must say so.
const rareName = "𠮷野家"

// TestPosterAndPaperSayWhatTheFontLacks makes the park's poster and paper
// version for a park whose name holds a character the font lacks: the
// page says which characters were printed as □, as the plan screen does,
// in the page's language.
func TestPosterAndPaperSayWhatTheFontLacks(t *testing.T) {
	host := serveSite(t, rootSite, "")
	for _, tt := range []struct{ lang, says string }{
		{"zh", "这些字符字体中没有，已用 □ 代替：𠮷"},
		{"en", "The font lacks these characters; they are printed as □: 𠮷"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			staff := newPhone(t)
			if tt.lang != "zh" {
				staff.open(t, host.URL)
				staff.tap(t, fmt.Sprintf(`button[data-lang=%q]`, tt.lang))
				staff.waitFor(t, "the language to change", fmt.Sprintf(`document.documentElement.lang === %q`, langTags[tt.lang]), 10*time.Second)
			}
			staff.open(t, host.URL+"park")
			staff.waitFor(t, "the staff form", `document.querySelector("#park-name") !== null`, 20*time.Second)
			for _, s := range [][2]string{{"#park-name", rareName + "园区"}, {"#park-batch1", "2026-02-10"}} {
				eval[bool](t, staff, setValue(s[0], s[1]))
			}
			eval[bool](t, staff, captureDownloads)
			staff.waitFor(t, "the poster button", `document.querySelector("#park-poster") !== null`, 10*time.Second)
			staff.tap(t, "#park-poster")
			staff.waitFor(t, "the poster", `window.__blobs.length === 1`, 120*time.Second)
			staff.waitFor(t, "the poster's note", `document.querySelector("#park-poster-subs") !== null`, 5*time.Second)
			if got := staff.text(t, "#park-poster-subs"); !strings.Contains(got, tt.says) {
				t.Errorf("poster note = %q, want it to hold %q", got, tt.says)
			}
			staff.tap(t, "#park-paper")
			staff.waitFor(t, "the paper version", `window.__blobs.length === 2`, 120*time.Second)
			staff.waitFor(t, "the paper version's note", `document.querySelector("#park-paper-subs") !== null`, 5*time.Second)
			if got := staff.text(t, "#park-paper-subs"); !strings.Contains(got, tt.says) {
				t.Errorf("paper note = %q, want it to hold %q", got, tt.says)
			}
			staff.screenshot(t, "badinput-park-subs-"+tt.lang)
		})
	}
}

// TestParkReportSaysWhatTheFontLacks makes the park's daily report PDF
// of a registry holding an enterprise whose name the font cannot print
// whole: the notice that the report was saved says which characters were
// printed as □.
func TestParkReportSaysWhatTheFontLacks(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.open(t, host.URL)
	s := parkdesk.Summary{Name: rareName + "机械有限公司", PlanID: "AAAA0002", Category: 3, Batch: 2,
		Staff: parkdesk.UnknownStaff, Readiness: assessment.Ready,
		Thresholds: assessment.DefaultThresholds, Ruleset: assessment.RulesetVersion}
	code, err := parkdesk.EncodeSummary(s)
	if err != nil {
		t.Fatal(err)
	}
	putRegistryRecords(t, phone, []registryRecord{{Code: code}})
	phone.openRegistry(t, host.URL)
	phone.waitFor(t, "the dashboard", `document.querySelector("#dashboard") !== null`, 10*time.Second)
	phone.tap(t, ".dash-dates summary")
	for n, d := range []string{"2026-02-10", "2026-02-17", "2026-02-24"} {
		setDate(t, phone, fmt.Sprintf("#dash-batch%d", n+1), d)
	}
	setDate(t, phone, "#dash-day", "2026-02-18")
	phone.waitFor(t, "the picture of 02-18", `document.querySelector("#dashboard").dataset.day === "2026-02-18"`, 5*time.Second)
	eval[bool](t, phone, captureDownloads)
	phone.tap(t, "#report-pdf")
	phone.waitFor(t, "the report's PDF", `window.__blobs.length === 1`, 120*time.Second)
	phone.waitFor(t, "the notice", `(document.querySelector("#registry-notice") || {innerText: ""}).innerText.includes("□")`, 5*time.Second)
	if got := phone.text(t, "#registry-notice"); !strings.Contains(got, "这些字符字体中没有，已用 □ 代替：𠮷") {
		t.Errorf("notice = %q, want it to name 𠮷", got)
	}
	phone.screenshot(t, "badinput-report-subs")
}
