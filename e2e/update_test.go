package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestNewRelease checks that a phone running the kit learns of a new
// release, offers "有新版本 — 刷新", and runs the new release after the tap.
func TestNewRelease(t *testing.T) {
	next := buildNextRelease(t)
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.open(t, host.URL)
	phone.waitForOffline(t)
	first := eval[string](t, phone, `navigator.serviceWorker.controller.scriptURL && goappGetenv("GOAPP_VERSION")`)

	host.Publish(next)
	await[bool](t, phone, `navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => true)`)
	phone.waitFor(t, "the update button", `(document.querySelector("button#status") || {}).innerText === "有新版本 — 刷新"`, 60*time.Second)
	phone.screenshot(t, "update-offered")

	phone.do(t, 10*time.Second, chromedp.Tap(chromedp.CSS("button#status")))
	phone.waitFor(t, "the new release to run", `typeof goappGetenv === "function" && goappGetenv("GOAPP_VERSION") !== "`+first+`" && document.documentElement.dataset.fugong === "ready"`, 60*time.Second)
	phone.waitFor(t, "the offline status of the new release", `document.querySelector('#status[data-state="offline"]') !== null`, 30*time.Second)
}

// buildNextRelease writes the site of a release that differs from the
// tested one by one file, as the next deployment would.
func buildNextRelease(t *testing.T) string {
	t.Helper()
	tmp := t.TempDir()
	web := filepath.Join(tmp, "web")
	if out, err := exec.Command("cp", "-a", "../web", web).CombinedOutput(); err != nil {
		t.Fatalf("copying web: %v\n%s", err, out)
	}
	if err := os.WriteFile(filepath.Join(web, "release-note.txt"), []byte("next release\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dist := filepath.Join(tmp, "dist")
	if out, err := exec.Command("../bin/fugong", "static", "-web", web, "-out", dist).CombinedOutput(); err != nil {
		t.Fatalf("building the next release: %v\n%s", err, out)
	}
	return dist
}
