package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fugong/assessment"
	"fugong/parkdesk"
)

// chooseBackup gives the registry's import input a file holding text, as
// a user choosing the file does.
func (b *browser) chooseBackup(t testing.TB, text string) {
	t.Helper()
	eval[bool](t, b, fmt.Sprintf(`(() => {
		const input = document.getElementById("import-backup");
		const dt = new DataTransfer();
		dt.items.add(new File([%q], "backup.json", {type: "application/json"}));
		input.files = dt.files;
		input.dispatchEvent(new Event("change", {bubbles: true}));
		return true;
	})()`, text))
}

// TestRegistryImportBadRecords imports a backup whose good records sit
// among bad ones: a time that is not a time, a code cut short, a record
// that is not one. The good ones are imported — one of them the same
// summary as a held entry, spelled with line breaks, which stays one
// entry — and each bad one is listed with its position and reason.
func TestRegistryImportBadRecords(t *testing.T) {
	host := serveSite(t, rootSite, "")
	one, _ := exampleSummaryURL(t, host.URL, nil)
	two, _ := exampleSummaryURL(t, host.URL, func(a *assessment.Answers) {
		a.Set("name", assessment.StringValue("临沂第二家有限公司"))
	})
	three, _ := exampleSummaryURL(t, host.URL, func(a *assessment.Answers) {
		a.Set("name", assessment.StringValue("临沂第三家有限公司"))
	})
	code := func(u string) string { return parkdesk.SummaryCode(u) }
	broken := func(c string) string { // as a chat app breaks a long code
		var parts []string
		for len(c) > 24 {
			parts = append(parts, c[:24])
			c = c[24:]
		}
		return strings.Join(append(parts, c), "\n")
	}
	rec := func(c, added string) string {
		return fmt.Sprintf(`{"code": %q, "added": %s}`, c, added)
	}
	backup := `{"format": "fugong.registry", "version": 1, "entries": [` + strings.Join([]string{
		rec(broken(code(one)), `"2026-02-09T08:00:00Z"`),
		rec(code(two), `"yesterday"`),
		rec(code(two), `"2026-02-10T09:00:00Z"`),
		rec(code(three)[:40], `"2026-02-10T09:00:00Z"`),
		`"not a record"`,
		rec(code(three), `"2026-02-10T10:00:00Z"`),
	}, ",\n") + `]}`

	phone := newPhone(t)
	phone.collect(t, one)
	phone.openRegistry(t, host.URL)
	phone.chooseBackup(t, backup)
	phone.waitFor(t, "the import", `document.querySelector("#registry-refused") !== null`, 20*time.Second)
	phone.screenshot(t, "registry-import-refused")

	if n := eval[string](t, phone, `document.querySelector("#registry").dataset.count`); n != "3" {
		t.Errorf("registry holds %s entries after the import, want 3 (one held, two new)", n)
	}
	if got := phone.text(t, "#registry-notice"); !strings.Contains(got, "已导入 2 家新企业，1 家已在登记册中") || !strings.Contains(got, "以下 3 条记录未导入") {
		t.Errorf("import notice = %q", got)
	}
	items := eval[[]string](t, phone, `Array.from(document.querySelectorAll("#registry-refused li")).map(li => li.textContent)`)
	want := []string{"第 2 条：登记时间 \"yesterday\" 不是有效的时间", "第 4 条：汇总码不完整", "第 5 条：不是登记记录"}
	if len(items) != len(want) {
		t.Fatalf("refused list = %q, want %d items", items, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(items[i], w) {
			t.Errorf("refused item %d = %q, want it to start %q", i+1, items[i], w)
		}
	}
	if n := eval[int](t, phone, `document.querySelectorAll(".badge-flag").length`); n != 0 {
		t.Errorf("%d entries flagged (the line-broken spelling of a held summary must not read as other content)", n)
	}
}

// TestRegistryRespelledRecords: a registry kept before codes were
// normalised may hold one summary under two spellings (one with the line
// breaks a chat app put in). Opened now, it shows one entry, and its
// storage keeps one record, under the one spelling, with the earlier
// arrival.
func TestRegistryRespelledRecords(t *testing.T) {
	host := serveSite(t, rootSite, "")
	one, _ := exampleSummaryURL(t, host.URL, nil)
	code := parkdesk.SummaryCode(one)
	broken := code[:30] + "\r\n" + code[30:60] + "\n" + code[60:]

	phone := newPhone(t)
	phone.open(t, host.URL)
	phone.waitForApp(t)
	seedRegistry(t, phone, []string{code, broken}) // the broken spelling arrived a minute earlier
	phone.openRegistry(t, host.URL)
	if n := eval[string](t, phone, `document.querySelector("#registry").dataset.count`); n != "1" {
		t.Errorf("the registry shows %s entries, want 1", n)
	}
	if n := eval[int](t, phone, `document.querySelectorAll(".badge-flag").length`); n != 0 {
		t.Errorf("%d entries flagged, want none", n)
	}
	phone.waitFor(t, "one record under the one spelling", fmt.Sprintf(`%s.then(recs => { window.__recs = recs; return true; })
		&& window.__recs && window.__recs.length === 1 && window.__recs[0].code === %q`, storedRecordsJS, code), 20*time.Second)
	added := eval[float64](t, phone, `window.__recs[0].added`)
	if now := eval[float64](t, phone, `Date.now()`); now-added < 59000 {
		t.Errorf("the record was added %.0f s ago, want the earlier arrival, a minute ago", (now-added)/1000)
	}
}
