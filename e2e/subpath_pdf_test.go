package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"fugong/internal/testkit"
)

// TestSubPathPDF makes the example's PDF with the kit served under
// /fugong/, offline: the PDF worker, its program and the font are found
// under the sub-path and come from the service worker's cache, and the
// QR code on the cover links to the registry's /fugong/collect.
func TestSubPathPDF(t *testing.T) {
	values, _ := exampleValues(t)
	name := values["name"].(string)
	host := serveSite(t, prefixSite, subPath)
	phone := newPhone(t)
	downloads := phone.allowDownloads(t)
	phone.open(t, host.URL+"drafts")
	phone.waitForOffline(t)
	phone.waitFor(t, "the drafts screen", `document.querySelector("#import-file") !== null`, 10*time.Second)
	example, err := filepath.Abs(exampleFile)
	if err != nil {
		t.Fatal(err)
	}
	phone.do(t, 10*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{example}))
	phone.waitFor(t, "the import", `document.querySelector("#import-ok") !== null`, 10*time.Second)

	// The kit caches the font and the PDF worker's program in the
	// background, 3 s after it starts; after that it needs no network.
	const cached = `(async () => {
	  const keys = await (await caches.open("fugong-lazy")).keys();
	  return keys.some((r) => r.url.includes("/fugong/web/fonts/")) && keys.some((r) => r.url.includes("/fugong/web/pdf."));
	})()`
	for deadline := time.Now().Add(30 * time.Second); !await[bool](t, phone, cached); time.Sleep(200 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the font and pdf.wasm were not cached within 30 s of the start")
		}
	}
	host.Stop()

	phone.open(t, host.URL+"plan")
	phone.waitFor(t, "the plan", `document.querySelectorAll(".plan-section").length > 5`, 30*time.Second)
	phone.tap(t, ".make-pdf")
	phone.waitFor(t, "the PDF", `document.querySelector(".pdf-link, .pdf-box .notice-error") !== null`, 60*time.Second)
	if msg := phone.text(t, ".pdf-box .notice-error"); msg != "" {
		t.Fatalf("the plan screen says: %s", msg)
	}
	phone.screenshot(t, "subpath-pdf-ready")

	fileName := eval[string](t, phone, `document.querySelector(".pdf-link").dataset.name`)
	pdfData := waitForFile(t, filepath.Join(downloads, fileName))
	text := pdfText(t, pdfData)
	for _, want := range []string{name, "承诺书"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF's text lacks %q", want)
		}
	}

	pdf := filepath.Join(t.TempDir(), "plan.pdf")
	if err := os.WriteFile(pdf, pdfData, 0o644); err != nil {
		t.Fatal(err)
	}
	cover := filepath.Join(t.TempDir(), "cover")
	if out, err := exec.Command("pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", pdf, cover).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	links := testkit.Scan(t, cover+".png")
	want := host.URL + "collect#s="
	if len(links) != 1 || !strings.HasPrefix(links[0], want) {
		t.Errorf("the cover's QR code reads %q, want one link starting %q", links, want)
	}
}
