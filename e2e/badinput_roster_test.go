package e2e

import (
	"strings"
	"testing"
	"time"
)

// TestRosterLogsSayWhatTheFontLacks prints the roster's paperwork (防疫台账)
// for a roster holding a person whose name the font cannot print whole
// (𠮷田): the health log is signed by each person beside their name, so
// the page must say which characters were printed as □, as the plan
// screen does.
func TestRosterLogsSayWhatTheFontLacks(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.openRoster(t, host.URL)
	phone.tap(t, "#roster-paste-toggle")
	phone.waitFor(t, "the paste box", `document.querySelector("#roster-paste") !== null`, 10*time.Second)
	eval[bool](t, phone, `(() => { document.querySelector("#roster-paste").value = "姓名\t部门\n`+rareName+`\t销售部\n"; return true })()`)
	phone.tap(t, "#roster-paste-read")
	phone.waitFor(t, "the pasted mapping", `document.querySelector("#roster").dataset.state === "mapping"`, 30*time.Second)
	phone.tap(t, "#roster-import-go")
	phone.waitFor(t, "the pasted import", `document.querySelector("#roster-counts strong").innerText === "共 1 人"`, 20*time.Second)
	eval[bool](t, phone, captureDownloads)
	phone.tap(t, "#roster-logs")
	phone.waitFor(t, "the logs", `window.__blobs.length === 1`, 120*time.Second)
	says := `[...document.querySelectorAll("#roster .notice")].map(e => e.innerText).join("\n")`
	phone.waitFor(t, "a note on the □", says+`.includes("□")`, 5*time.Second)
	if got := eval[string](t, phone, says); !strings.Contains(got, "𠮷") {
		t.Errorf("the roster's notes = %q, want them to name 𠮷", got)
	}
}
