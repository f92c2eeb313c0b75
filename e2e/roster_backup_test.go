package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestRosterBackup exports a draft whose roster holds a person and
// imports the file back: the new draft has the roster too.
func TestRosterBackup(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.openRoster(t, host.URL)
	phone.pasteOnePerson(t)

	phone.open(t, host.URL+"drafts")
	phone.waitFor(t, "the drafts screen", `document.querySelector("#import-file") !== null && document.querySelector("[id^=export-]") !== null`, 30*time.Second)
	eval[bool](t, phone, captureDownloads)
	phone.tap(t, "[id^=export-]")
	phone.waitFor(t, "the backup", `window.__blobs.length === 1`, 10*time.Second)
	_, text := lastDownload(t, phone)
	if !strings.Contains(text, `"roster": {`) || !strings.Contains(text, "郑一") {
		t.Fatalf("the draft's backup lacks its roster: %.300s", text)
	}
	file := filepath.Join(t.TempDir(), "backup.json")
	os.WriteFile(file, []byte(text), 0o644)
	phone.do(t, 10*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file}))
	phone.waitFor(t, "the import", `document.querySelector("#import-ok") !== null`, 10*time.Second)
	rosters := `JSON.parse(s) && Object.entries(JSON.parse(s)).filter(([k, v]) => k.startsWith("fugong.roster.") && v.includes("郑一")).length`
	if n := await[int](t, phone, `(async () => { const s = await `+storedDraftsJS+`; return `+rosters+`; })()`); n != 2 {
		t.Errorf("%d drafts' rosters hold the person after importing the backup, want 2", n)
	}
}
