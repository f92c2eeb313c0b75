package e2e

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"fugong/assessment"
	"fugong/parkdesk"
)

// Text meant to run as markup or script if it were ever put into the page
// as HTML or into a link.
var hostile = []string{
	`"><script>alert(1)</script>`,
	`<img src=x onerror=alert(1)>`,
	`javascript:alert(1)`,
	`<svg/onload=alert(1)>`,
	`</textarea><img src=x onerror=alert(1)>`,
	`' onmouseover='alert(1)`,
	`<iframe src=javascript:alert(1)>`,
	`{{.}}<b>b</b>&lt;&amp;`,
	`<a href="javascript:alert(1)">x</a>`,
}

// trapDialogs makes every alert, confirm and prompt of the page (and of
// pages it navigates to) count instead of showing, and counts any dialog
// Chromium opens anyway.
func trapDialogs(t *testing.T, b *browser) *atomic.Int32 {
	t.Helper()
	var dialogs atomic.Int32
	if err := chromedp.Listen(b.ctx, func(ev any) {
		if _, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			dialogs.Add(1)
			go chromedp.Call(b.ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(b.ctx, page.Enable, page.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	trap := `window.__fugongAlerts = 0; for (const f of ["alert", "confirm", "prompt"]) { window[f] = () => { window.__fugongAlerts++; }; }`
	if _, err := chromedp.Call(b.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: trap}); err != nil {
		t.Fatal(err)
	}
	return &dialogs
}

// checkInert fails when any script ran or any markup from hostile text
// became an element.
func checkInert(t *testing.T, b *browser, dialogs *atomic.Int32) {
	t.Helper()
	if n := eval[int](t, b, `window.__fugongAlerts || 0`); n > 0 {
		t.Errorf("alert() was called %d times", n)
	}
	if n := dialogs.Load(); n > 0 {
		t.Errorf("%d JavaScript dialogs opened", n)
	}
	injected := eval[string](t, b, `[...document.querySelectorAll("img, script, svg, iframe, b, a")].filter(e =>
		(e.tagName === "IMG" && /(^|\/)x$/.test(e.getAttribute("src") || "")) ||
		(e.tagName === "SCRIPT" && e.textContent.includes("alert")) ||
		((e.tagName === "SVG" || e.tagName === "svg") && !e.closest("a.brand")) || e.tagName === "IFRAME" || e.tagName === "B" ||
		(e.tagName === "A" && (e.getAttribute("href") || "").startsWith("javascript"))
	).map(e => e.outerHTML).join("\n")`)
	if injected != "" {
		t.Errorf("hostile text became elements:\n%s", injected)
	}
}

// setValue types into an input as a person would: the value, then the
// input and change events.
func setValue(selector, value string) string {
	return fmt.Sprintf(`(() => { const el = document.querySelector(%q); el.value = %q;
		el.dispatchEvent(new Event("input", {bubbles: true})); el.dispatchEvent(new Event("change", {bubbles: true})); return true })()`, selector, value)
}

// bannerWired reports whether the first screen shows the park banner yet
// (the lead places parkBanner in home.go).
func bannerWired() bool {
	src, err := os.ReadFile("../app/ui/home.go")
	return err == nil && strings.Contains(string(src), "parkBanner")
}

// TestParkStaffPage: staff fill in the page, the link and its QR code
// appear, the QR code reads back as the link, and the link opened on
// another phone sets the kit up for the park.
func TestParkStaffPage(t *testing.T) {
	host := serveSite(t, rootSite, "")
	staff := newPhone(t)
	staff.open(t, host.URL+"park")
	staff.waitFor(t, "the staff form", `document.querySelector("#park-name") !== null`, 10*time.Second)
	if got := staff.text(t, "#park-link-missing"); !strings.Contains(got, "园区名称") {
		t.Errorf("before a name, the link box says %q", got)
	}
	for _, s := range [][2]string{
		{"#park-name", "临沂经济技术开发区"},
		{"#park-district", "山东省临沂市"},
		{"#park-phone", "0539-8765432"},
		{"#park-batch1", "2026-02-10"},
		{"#park-batch2", "2026-02-17"},
		{"#park-few_workers_max", "30"},
	} {
		eval[bool](t, staff, setValue(s[0], s[1]))
	}
	staff.tap(t, "#park-measure-rent_relief")
	staff.waitFor(t, "the measure's note", `document.querySelector("#park-note-rent_relief") !== null`, 5*time.Second)
	eval[bool](t, staff, setValue("#park-note-rent_relief", "免收两个月租金，联系资产公司"))
	staff.waitFor(t, "the link", `(document.querySelector("#park-link") || {}).value?.includes("#p=")`, 10*time.Second)
	staff.waitFor(t, "the QR code", `(document.querySelector("#park-qr") || {}).naturalWidth > 0`, 10*time.Second)
	link := eval[string](t, staff, `document.querySelector("#park-link").value`)
	if !strings.HasPrefix(link, host.URL+"#p=") {
		t.Fatalf("link = %q, want %s#p=…", link, host.URL)
	}
	t.Logf("link (%d characters): %s; %s", len(link), link, staff.text(t, "#park-link-stats"))
	staff.tap(t, "#park-copy")
	staff.waitFor(t, "the copy note", `document.querySelector("#park-copy-note") !== null`, 5*time.Second)
	staff.screenshot(t, "park-staff-page")

	// The QR code on the page reads back as the link.
	if zbar, err := exec.LookPath("zbarimg"); err == nil {
		src := eval[string](t, staff, `document.querySelector("#park-qr").src`)
		png, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(src, "data:image/png;base64,"))
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(t.TempDir(), "qr.png")
		os.WriteFile(file, png, 0o644)
		out, err := exec.Command(zbar, "--raw", "-q", file).Output()
		if got := strings.TrimSpace(string(out)); err != nil || got != link {
			t.Errorf("zbarimg read %q (%v), want the link %q", got, err, link)
		}
	} else if os.Getenv("CI") != "" {
		t.Error("zbarimg not found (install zbar-tools)")
	}

	// A fresh phone opens the link.
	phone := newPhone(t)
	phone.open(t, link)
	phone.waitFor(t, "the park stored", `localStorage.getItem("fugong.park") !== null`, 10*time.Second)
	var stored assessment.Park
	if err := json.Unmarshal([]byte(eval[string](t, phone, `localStorage.getItem("fugong.park")`)), &stored); err != nil {
		t.Fatal(err)
	}
	if stored.Name != "临沂经济技术开发区" || stored.Batch2 != "2026-02-17" || len(stored.Support) != 1 ||
		stored.Support[0].Note != "免收两个月租金，联系资产公司" || stored.FewWorkersMax == nil || *stored.FewWorkersMax != 30 {
		t.Errorf("stored park = %+v", stored)
	}
	if hash := eval[string](t, phone, `location.hash`); hash != "" {
		t.Errorf("the link's fragment stays in the address: %q", hash)
	}
	if bannerWired() {
		phone.waitFor(t, "the park banner", `document.querySelector("#park-banner") !== null`, 10*time.Second)
		got := phone.text(t, "#park-banner")
		for _, want := range []string{"由园区设置", "临沂经济技术开发区", "2026-02-17"} {
			if !strings.Contains(got, want) {
				t.Errorf("banner %q lacks %q", got, want)
			}
		}
	} else {
		t.Log("parkBanner is not on the first screen yet (home.go): banner not checked")
	}
	phone.screenshot(t, "park-link-opened")
}

// TestParkLinkHostile opens a link whose every text field holds markup or
// script, and fills the staff page with the same: all of it shows as text
// and nothing runs.
func TestParkLinkHostile(t *testing.T) {
	host := serveSite(t, rootSite, "")
	park := assessment.Park{Name: hostile[0], District: hostile[1], Contact: hostile[2], Batch1: "2026-02-10"}
	for i, m := range assessment.SupportMeasures() {
		park.Support = append(park.Support, assessment.Offer{ID: m.ID, Note: hostile[i%len(hostile)]})
	}
	link, err := parkdesk.ParkLinkURL(host.URL, park)
	if err != nil {
		t.Fatal(err)
	}
	phone := newPhone(t)
	dialogs := trapDialogs(t, phone)
	phone.open(t, link)
	phone.waitFor(t, "the park stored", `localStorage.getItem("fugong.park") !== null`, 10*time.Second)
	if bannerWired() {
		phone.waitFor(t, "the park banner", `document.querySelector("#park-banner") !== null`, 10*time.Second)
		if got := phone.text(t, ".park-banner-name"); got != hostile[0] {
			t.Errorf("banner name = %q, want the text %q", got, hostile[0])
		}
	}
	time.Sleep(500 * time.Millisecond) // an injected onerror would fire by now
	checkInert(t, phone, dialogs)
	phone.screenshot(t, "park-link-hostile")

	// The staff page with hostile text in every field.
	phone.open(t, host.URL+"park")
	phone.waitFor(t, "the staff form", `document.querySelector("#park-name") !== null`, 10*time.Second)
	for i, id := range []string{"#park-name", "#park-district", "#park-contact"} {
		eval[bool](t, phone, setValue(id, hostile[i]))
	}
	eval[bool](t, phone, setValue("#park-phone", hostile[3]))
	phone.waitFor(t, "the phone error", `document.querySelector("#park-phone-error") !== null`, 5*time.Second)
	for _, m := range []string{"legal_aid", "tax_deferral"} {
		phone.tap(t, "#park-measure-"+m)
		phone.waitFor(t, "the note", fmt.Sprintf(`document.querySelector("#park-note-%s") !== null`, m), 5*time.Second)
		eval[bool](t, phone, setValue("#park-note-"+m, hostile[4]))
	}
	eval[bool](t, phone, setValue("#park-phone", "13905391234"))
	phone.waitFor(t, "the link", `(document.querySelector("#park-link") || {}).value?.includes("#p=")`, 10*time.Second)
	if got := eval[string](t, phone, `document.querySelector("#park-name").value`); got != hostile[0] {
		t.Errorf("name input = %q", got)
	}
	staffLink := eval[string](t, phone, `document.querySelector("#park-link").value`)
	got, err := parkdesk.DecodeParkLink(staffLink)
	if err != nil || got.Name != hostile[0] || got.Support[0].Note != hostile[4] {
		t.Errorf("the staff page's link decodes to %+v, %v", got, err)
	}
	time.Sleep(300 * time.Millisecond)
	checkInert(t, phone, dialogs)
}

// TestParkLinkBroken opens a cut and an altered link: the first screen
// says plainly what is wrong and still works, with nothing stored.
func TestParkLinkBroken(t *testing.T) {
	host := serveSite(t, rootSite, "")
	good, err := parkdesk.ParkLinkURL(host.URL, assessment.Park{Name: "苏州工业园区", Batch1: "2026-02-10",
		Support: []assessment.Offer{{ID: "tax_deferral", Note: "携营业执照到税务局办理"}}})
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(good, "#p=") + 3 + 10
	altered := good[:i] + string("ABCDEFGHIJ"[(strings.IndexByte("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", good[i])+1)%10]) + good[i+1:]
	for _, tt := range []struct {
		name, link, code, want string
	}{
		{"truncated", good[:len(good)-12], "truncated", "不完整"},
		{"altered", altered, "altered", "损坏"},
		{"not a link", host.URL + "#p=<img src=x onerror=alert(1)>", "malformed", "不是有效的园区链接"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			phone := newPhone(t)
			dialogs := trapDialogs(t, phone)
			phone.open(t, tt.link)
			if bannerWired() {
				phone.waitFor(t, "the link error", `document.querySelector("#park-link-error") !== null`, 10*time.Second)
				if got := phone.text(t, "#park-link-error"); !strings.Contains(got, tt.want) {
					t.Errorf("error = %q, want it to say %q", got, tt.want)
				}
				if code := eval[string](t, phone, `document.querySelector("#park-link-error").dataset.code`); code != tt.code {
					t.Errorf("error code = %q, want %q", code, tt.code)
				}
			}
			if got := eval[bool](t, phone, `localStorage.getItem("fugong.park") === null`); !got {
				t.Error("a broken link stored a park")
			}
			if got := phone.text(t, "h1"); got != "复工复产自评" {
				t.Errorf("h1 = %q, want the first screen", got)
			}
			if tt.name == "truncated" {
				phone.screenshot(t, "park-link-broken")
			}
			phone.do(t, 10*time.Second, chromedp.Tap(chromedp.CSS("#start")))
			phone.waitFor(t, "the next screen", `document.querySelector("h1") && document.querySelector("h1").innerText !== "复工复产自评"`, 10*time.Second)
			checkInert(t, phone, dialogs)
		})
	}
}
