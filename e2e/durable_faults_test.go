package e2e

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
)

// openForm opens the form of the draft the user was in and waits for it.
func (b *browser) openForm(t *testing.T, base string) {
	t.Helper()
	b.open(t, base+"form")
	b.waitFor(t, "the form", `document.querySelector("#f-name") !== null`, 15*time.Second)
}

// value reads an input's value.
func (b *browser) value(t *testing.T, selector string) string {
	t.Helper()
	return eval[string](t, b, fmt.Sprintf(`(document.querySelector(%q) || {}).value || ""`, selector))
}

// TestTwoTabs edits one draft in two tabs. Answers to different questions
// merge; one question answered differently keeps the later tab's answer,
// keeps the other as a copy, and says so.
func TestTwoTabs(t *testing.T) {
	host := serveSite(t, rootSite, "")
	a := newPhone(t)
	a.open(t, host.URL)
	a.tap(t, "#start")
	a.waitFor(t, "the form", `document.querySelector("#f-name") !== null`, 15*time.Second)
	a.typeText(t, "#f-name", "临沂精工机械有限公司")
	a.waitForStored(t, "the name", func(d map[string]storedAnswers) bool { return namesOf(d) == "临沂精工机械有限公司" }, 5*time.Second)

	b := newTabOn(t, a)
	b.openForm(t, host.URL)
	if got := b.value(t, "#f-name"); got != "临沂精工机械有限公司" {
		t.Fatalf("the second tab opens on %q", got)
	}

	// Different questions in each tab: both kept.
	a.typeText(t, "#f-address", "山东省临沂市沂河路 88 号")
	a.waitForStored(t, "tab A's address", func(d map[string]storedAnswers) bool {
		return anyAnswer(d, "address") == "山东省临沂市沂河路 88 号"
	}, 5*time.Second)
	b.typeText(t, "#f-legal_rep", "王建国")
	drafts := b.waitForStored(t, "tab B's representative", func(d map[string]storedAnswers) bool { return anyAnswer(d, "legal_rep") == "王建国" }, 5*time.Second)
	if len(drafts) != 1 || anyAnswer(drafts, "address") != "山东省临沂市沂河路 88 号" {
		t.Errorf("after both tabs wrote, the drafts are %v: tab A's address was erased", drafts)
	}
	b.waitFor(t, "tab B to show tab A's address", `document.querySelector("#f-address").value === "山东省临沂市沂河路 88 号"`, 5*time.Second)
	if got := b.text(t, "#storage-note"); !strings.Contains(got, "另一个窗口") {
		t.Errorf("tab B's note reads %q", got)
	}
	b.screenshot(t, "durable-two-tabs-merged")

	// One question, two answers: tab B writes last; both are kept.
	a.typeText(t, "#f-contact_name", "李秀英")
	a.waitForStored(t, "tab A's contact", func(d map[string]storedAnswers) bool { return anyAnswer(d, "contact_name") == "李秀英" }, 5*time.Second)
	b.typeText(t, "#f-contact_name", "张伟")
	drafts = b.waitForStored(t, "both contacts", func(d map[string]storedAnswers) bool { return len(d) == 2 }, 5*time.Second)
	var contacts []string
	for _, d := range drafts {
		contacts = append(contacts, fmt.Sprint(d.Answers["contact_name"]))
	}
	sort.Strings(contacts)
	if strings.Join(contacts, ",") != "张伟,李秀英" {
		t.Errorf("the two drafts have contacts %v, want both tabs' answers", contacts)
	}
	if got := b.text(t, "#storage-note"); !strings.Contains(got, "另一窗口的版本") {
		t.Errorf("tab B's note reads %q", got)
	}
	if got := b.value(t, "#f-contact_name"); got != "张伟" {
		t.Errorf("tab B's contact reads %q, want what it typed", got)
	}
	b.screenshot(t, "durable-two-tabs-clash")
}

// anyAnswer returns an answer of the one stored draft that has it.
func anyAnswer(drafts map[string]storedAnswers, id string) string {
	for _, d := range drafts {
		if v, ok := d.Answers[id].(string); ok {
			return v
		}
	}
	return ""
}

// startForm opens the kit, starts a new assessment and waits for the form.
func (b *browser) startForm(t *testing.T, base string) {
	t.Helper()
	b.open(t, base)
	b.tap(t, "#start")
	b.waitFor(t, "the form", `document.querySelector("#f-name") !== null`, 15*time.Second)
}

// TestUpdateWhileTyping offers a new release while the form is open; the
// user types and taps "有新版本 — 刷新" at once: the new release opens on
// the draft with everything typed.
func TestUpdateWhileTyping(t *testing.T) {
	next := buildNextRelease(t)
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.startForm(t, host.URL)
	phone.waitForOffline(t)
	phone.typeText(t, "#f-name", "临沂精工机械有限公司")
	first := eval[string](t, phone, `goappGetenv("GOAPP_VERSION")`)

	host.Publish(next)
	await[bool](t, phone, `navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => true)`)
	phone.waitFor(t, "the update button", `(document.querySelector("button#status") || {}).innerText === "有新版本 — 刷新"`, 60*time.Second)
	phone.typeText(t, "#f-address", "山东省临沂市沂河路 88 号")
	phone.do(t, 10*time.Second, chromedp.Tap(chromedp.CSS("button#status")))
	phone.waitFor(t, "the new release", `typeof goappGetenv === "function" && goappGetenv("GOAPP_VERSION") !== "`+first+`" && document.documentElement.dataset.fugong === "ready"`, 60*time.Second)
	phone.openForm(t, host.URL)
	for id, want := range map[string]string{"name": "临沂精工机械有限公司", "address": "山东省临沂市沂河路 88 号"} {
		if got := phone.value(t, "#f-"+id); got != want {
			t.Errorf("in the new release, %s reads %q, want %q", id, got, want)
		}
	}
	phone.screenshot(t, "durable-after-update")
}

// origin is the scheme, host and port of a URL.
func origin(url string) string {
	scheme, rest, _ := strings.Cut(url, "://")
	host, _, _ := strings.Cut(rest, "/")
	return scheme + "://" + host
}

// TestStorageQuotaFull has the phone's storage full while the user types:
// the kit says so, offers the export and keeps what was typed on the
// page; once there is room again, the next change writes everything.
// (Chromium checks a database's quota as of when the page opened it, so
// the quota is set before the page opens, as a phone already full is.)
func TestStorageQuotaFull(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	setQuota := func(size *float64) {
		if _, err := chromedp.Call(phone.ctx, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: origin(host.URL), QuotaSize: size}); err != nil {
			t.Fatal(err)
		}
	}
	full := 1.0
	setQuota(&full)
	phone.startForm(t, host.URL)
	phone.typeText(t, "#f-name", "临沂精工机械有限公司")
	address := strings.Repeat("山东省临沂市经济技术开发区沂河路 88 号，", 8)
	phone.typeText(t, "#f-address", address)
	phone.waitFor(t, "the storage notice", `(document.querySelector("#storage-notice") || {innerText: ""}).innerText.includes("存储空间已满")`, 10*time.Second)
	phone.waitFor(t, "the export offered", `document.querySelector("#storage-export") !== null`, 5*time.Second)
	if got := phone.value(t, "#f-address"); got != address {
		t.Errorf("the typed address is gone from the page: %q", got)
	}
	if got := storedDrafts(t, phone); len(got) != 0 {
		t.Errorf("with the storage full, drafts were stored: %v", got)
	}
	phone.screenshot(t, "durable-quota-full")

	setQuota(nil)
	phone.typeText(t, "#f-legal_rep", "王建国")
	phone.waitForStored(t, "everything, once there is room", func(d map[string]storedAnswers) bool {
		return anyAnswer(d, "address") == address && anyAnswer(d, "legal_rep") == "王建国"
	}, 10*time.Second)
	phone.waitFor(t, "the notice gone", `document.querySelector("#storage-notice") === null`, 5*time.Second)
	phone.openForm(t, host.URL)
	for id, want := range map[string]string{"name": "临沂精工机械有限公司", "address": address, "legal_rep": "王建国"} {
		if got := phone.value(t, "#f-"+id); got != want {
			t.Errorf("after a reload, %s reads %q, want %q", id, got, want)
		}
	}
}

// TestStorageClearedWhileOpen clears the site's data (as the browser's
// settings do) while the form is open: the kit writes the drafts it holds
// again, says so, and a reload finds everything typed before and after.
func TestStorageClearedWhileOpen(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.startForm(t, host.URL)
	phone.typeText(t, "#f-name", "临沂精工机械有限公司")
	phone.waitForStored(t, "the name", func(d map[string]storedAnswers) bool { return anyAnswer(d, "name") == "临沂精工机械有限公司" }, 5*time.Second)

	if _, err := chromedp.Call(phone.ctx, storage.ClearDataForOrigin, storage.ClearDataForOriginParams{Origin: origin(host.URL), StorageTypes: "all"}); err != nil {
		t.Fatal(err)
	}
	phone.typeText(t, "#f-address", "山东省临沂市沂河路 88 号")
	phone.waitForStored(t, "the drafts written again", func(d map[string]storedAnswers) bool {
		return anyAnswer(d, "name") == "临沂精工机械有限公司" && anyAnswer(d, "address") == "山东省临沂市沂河路 88 号"
	}, 10*time.Second)
	phone.waitFor(t, "the note", `(document.querySelector("#storage-note") || {innerText: ""}).innerText.includes("浏览器清除了")`, 5*time.Second)
	phone.screenshot(t, "durable-cleared")

	phone.openForm(t, host.URL)
	for id, want := range map[string]string{"name": "临沂精工机械有限公司", "address": "山东省临沂市沂河路 88 号"} {
		if got := phone.value(t, "#f-"+id); got != want {
			t.Errorf("after a reload, %s reads %q, want %q", id, got, want)
		}
	}
}
