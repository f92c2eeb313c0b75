package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// storedDraftsJS is a promise of the drafts' records in the kit's
// IndexedDB, as JSON text: {key: value}. It opens the database without
// a version, so that it never upgrades it, and closes it at once, so that
// it never blocks the kit's own upgrade.
const storedDraftsJS = `new Promise((resolve, reject) => {
	const r = indexedDB.open("fugong");
	r.onerror = () => reject(r.error);
	r.onsuccess = () => {
		const db = r.result;
		if (!db.objectStoreNames.contains("drafts")) { db.close(); resolve("{}"); return; }
		const q = db.transaction("drafts").objectStore("drafts").getAll();
		q.onerror = () => { db.close(); reject(q.error); };
		q.onsuccess = () => {
			const out = {};
			for (const rec of q.result) out[rec.key] = rec.data;
			db.close();
			resolve(JSON.stringify(out));
		};
	};
})`

// storedAnswers is one stored draft: its own name and its answers.
type storedAnswers struct {
	Name    string
	Answers map[string]any
}

// storedDrafts reads the drafts the kit stored in IndexedDB, by draft ID.
func storedDrafts(t testing.TB, b *browser) map[string]storedAnswers {
	t.Helper()
	var records map[string]string
	if err := json.Unmarshal([]byte(await[string](t, b, storedDraftsJS)), &records); err != nil {
		t.Fatal(err)
	}
	out := map[string]storedAnswers{}
	for k, v := range records {
		id, ok := strings.CutPrefix(k, "fugong.draft.")
		if !ok {
			continue
		}
		var rec struct {
			Name    string `json:"name"`
			Answers struct {
				Answers map[string]any `json:"answers"`
			} `json:"answers"`
		}
		if err := json.Unmarshal([]byte(v), &rec); err != nil {
			t.Fatalf("draft %s is not stored as a draft: %v", id, err)
		}
		out[id] = storedAnswers{Name: rec.Name, Answers: rec.Answers.Answers}
	}
	return out
}

// namesOf lists the enterprise names of stored drafts, sorted, joined by |.
func namesOf(drafts map[string]storedAnswers) string {
	var names []string
	for _, d := range drafts {
		n, _ := d.Answers["name"].(string)
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, "|")
}

// waitForStored polls the stored drafts until ok accepts them.
func (b *browser) waitForStored(t testing.TB, what string, ok func(map[string]storedAnswers) bool, limit time.Duration) map[string]storedAnswers {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		drafts := storedDrafts(t, b)
		if ok(drafts) {
			return drafts
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: stored drafts are %v", what, drafts)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// kill ends the browser at once, as Android ends a backgrounded browser
// or a flat battery does: SIGKILL to the browser process and every
// process it started, with no chance to write anything more. It returns
// once they are gone.
func (b *browser) kill(t testing.TB) {
	t.Helper()
	c := chromedp.FromContext(b.ctx)
	if c == nil || c.Browser == nil || c.Browser.Process() == nil {
		t.Fatal("no browser process to kill")
	}
	pids := append([]int{c.Browser.Process().Pid}, descendants(c.Browser.Process().Pid)...)
	for _, pid := range pids {
		syscall.Kill(pid, syscall.SIGKILL)
	}
	deadline := time.Now().Add(10 * time.Second)
	for _, pid := range pids {
		for alive(pid) && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
	}
}

// descendants lists every process under pid, from /proc.
func descendants(pid int) []int {
	var out []int
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/children", pid))
	for _, f := range tasks {
		data, _ := os.ReadFile(f)
		for _, field := range strings.Fields(string(data)) {
			if child, err := strconv.Atoi(field); err == nil {
				out = append(out, child)
				out = append(out, descendants(child)...)
			}
		}
	}
	return out
}

// alive reports whether a process still runs (a zombie does not count).
func alive(pid int) bool {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	_, rest, _ := strings.Cut(string(data), ") ")
	return !strings.HasPrefix(rest, "Z")
}

// openingDrafts returns how long the page waited, before go-app started,
// for the drafts to be read (and moved from localStorage): from the mark
// the program sets first to the one set once they are.
func openingDrafts(t testing.TB, b *browser) float64 {
	t.Helper()
	return eval[float64](t, b, `Number(document.documentElement.dataset.draftsOpened) - performance.getEntriesByName("fugong-main")[0].startTime`)
}

// TestDraftSurvivesKill types into the form, kills the whole browser
// 300 ms after the last character, relaunches it on the same profile and
// finds every character typed.
func TestDraftSurvivesKill(t *testing.T) {
	host := serveSite(t, rootSite, "")
	profile := t.TempDir()
	phone := newPhoneWithProfile(t, phoneAgent, profile)
	phone.open(t, host.URL)
	phone.tap(t, "#start")
	phone.waitFor(t, "the form", `document.querySelector("#f-name") !== null`, 15*time.Second)

	typed := map[string]string{
		"name":         "临沂精工机械有限公司",
		"address":      "山东省临沂市经济技术开发区沂河路 88 号",
		"legal_rep":    "王建国",
		"contact_name": "李秀英",
	}
	// How long a change takes to be on disk: from the input event to the
	// mark the kit sets at the end of each strict write.
	eval[bool](t, phone, `(document.addEventListener("input", () => { window.__typedAt = performance.now() }, true), true)`)
	phone.typeText(t, "#f-name", typed["name"])
	phone.waitFor(t, "the first write", `window.__typedAt > 0 && Number(document.documentElement.dataset.draftWritten || 0) > window.__typedAt`, 5*time.Second)
	t.Logf("a change was on disk %.0f ms after it was typed", eval[float64](t, phone, `Number(document.documentElement.dataset.draftWritten) - window.__typedAt`))
	t.Logf("reading the drafts delayed the app's start by %.0f ms", openingDrafts(t, phone))

	for _, id := range []string{"address", "legal_rep", "contact_name"} {
		phone.typeText(t, "#f-"+id, typed[id])
	}
	time.Sleep(300 * time.Millisecond)
	phone.kill(t)

	again := newPhoneWithProfile(t, phoneAgent, profile)
	again.open(t, host.URL+"form")
	again.waitFor(t, "the form", `document.querySelector("#f-name") !== null`, 15*time.Second)
	t.Logf("reading the drafts after the kill delayed the app's start by %.0f ms", openingDrafts(t, again))
	for id, want := range typed {
		if got := again.value(t, "#f-"+id); got != want {
			t.Errorf("after the kill, %s reads %q, want %q", id, got, want)
		}
	}
	again.screenshot(t, "durable-after-kill")
}

// TestStorageDurabilityMeasured measures, on this Chromium, which of the
// browser's stores keep a value written 300 ms before the browser is
// killed: IndexedDB with a strict transaction must (the drafts rely on
// it); localStorage and a default IndexedDB transaction are reported.
func TestStorageDurabilityMeasured(t *testing.T) {
	host := serveSite(t, rootSite, "")
	profile := t.TempDir()
	phone := newPhoneWithProfile(t, phoneAgent, profile)
	phone.open(t, host.URL+"about")
	const write = `new Promise((resolve, reject) => {
		localStorage.setItem("probe.local", "kept");
		const r = indexedDB.open("probe", 1);
		r.onupgradeneeded = () => { r.result.createObjectStore("strict"); r.result.createObjectStore("default"); };
		r.onerror = () => reject(r.error);
		r.onsuccess = () => {
			const db = r.result;
			const def = db.transaction("default", "readwrite");
			def.objectStore("default").put("kept", "v");
			const start = performance.now();
			const tx = db.transaction("strict", "readwrite", {durability: "strict"});
			tx.objectStore("strict").put("kept", "v");
			tx.oncomplete = () => resolve(performance.now() - start);
			tx.onerror = () => reject(tx.error);
		};
	})`
	t.Logf("a strict transaction of one small value took %.0f ms to complete", await[float64](t, phone, write))
	time.Sleep(300 * time.Millisecond)
	phone.kill(t)

	again := newPhoneWithProfile(t, phoneAgent, profile)
	again.open(t, host.URL+"about")
	const read = `new Promise((resolve) => {
		const out = {local: localStorage.getItem("probe.local") || ""};
		const r = indexedDB.open("probe", 1);
		r.onupgradeneeded = () => { r.result.createObjectStore("strict"); r.result.createObjectStore("default"); };
		r.onsuccess = () => {
			const tx = r.result.transaction(["strict", "default"]);
			const s = tx.objectStore("strict").get("v"), d = tx.objectStore("default").get("v");
			tx.oncomplete = () => { out.strict = s.result || ""; out.default = d.result || ""; resolve(JSON.stringify(out)); };
		};
	})`
	var got struct{ Local, Strict, Default string }
	if err := json.Unmarshal([]byte(await[string](t, again, read)), &got); err != nil {
		t.Fatal(err)
	}
	t.Logf("kept 300 ms after writing, browser killed: localStorage %q, IndexedDB default %q, IndexedDB strict %q", got.Local, got.Default, got.Strict)
	if got.Strict != "kept" {
		t.Errorf("a strict IndexedDB transaction did not survive the kill")
	}
}

// TestDraftsMoveFromLocalStorage starts the kit on a phone whose drafts an
// earlier release kept in localStorage: they move into IndexedDB, none is
// lost, and localStorage no longer holds them.
func TestDraftsMoveFromLocalStorage(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.open(t, host.URL+"about")
	old := func(id, name, address string) string {
		rec := map[string]any{"v": 1, "id": id, "updated": "2026-02-10T08:00:00Z", "step": 0,
			"answers": map[string]any{"ruleset": "2026.1", "lang": "zh", "answers": map[string]any{"name": name, "address": address}}}
		data, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	drafts := map[string][2]string{
		"moa1": {"临沂精工机械有限公司", "山东省临沂市沂河路 88 号"},
		"moa2": {"兰山食品有限公司", "临沂市兰山区"},
	}
	for id, d := range drafts {
		eval[bool](t, phone, fmt.Sprintf(`(localStorage.setItem(%q, %q), true)`, "fugong.draft."+id, old(id, d[0], d[1])))
	}
	eval[bool](t, phone, `(localStorage.setItem("fugong.place", JSON.stringify({draft: "moa1", route: "/form"})), true)`)
	phone.open(t, host.URL+"drafts")
	t.Logf("reading the drafts and moving two delayed the app's start by %.0f ms", openingDrafts(t, phone))
	phone.waitFor(t, "both drafts listed", `document.body.innerText.includes("临沂精工机械有限公司") && document.body.innerText.includes("兰山食品有限公司")`, 10*time.Second)
	phone.screenshot(t, "durable-moved")

	stored := storedDrafts(t, phone)
	for id, d := range drafts {
		if got := stored[id].Answers; got["name"] != d[0] || got["address"] != d[1] {
			t.Errorf("draft %s in IndexedDB: %v, want name %q and address %q", id, got, d[0], d[1])
		}
	}
	if left := eval[string](t, phone, `Object.keys(localStorage).filter(k => k.startsWith("fugong.draft.") || k === "fugong.place").join(",")`); left != "" {
		t.Errorf("localStorage still holds %s", left)
	}
	phone.open(t, host.URL+"form")
	if got := phone.value(t, "#f-name"); got != "临沂精工机械有限公司" {
		t.Errorf("the form opens on %q, want the draft the user was in", got)
	}
}
