package e2e

import (
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fugong/internal/testkit"
	"fugong/roster/sheet"

	"github.com/chromedp/chromedp"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// day is the date n days from today, as the phone's clock sees it.
func day(n int) string { return time.Now().AddDate(0, 0, n).Format(time.DateOnly) }

// serial is the date n days from today as an Excel serial number.
func serial(n int) string {
	d := time.Now().AddDate(0, 0, n)
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	return strconv.Itoa(int(time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC).Sub(base).Hours() / 24))
}

// hrRoster is an HR department's .xlsx: a title merged across, a header
// over two rows (隔离期 merged over 开始 and 结束, the others merged
// down), dates as serial numbers and as text, an empty row, a bad phone,
// a date that is no date and a person twice.
func hrRoster(t *testing.T) []byte {
	h := []string{"序号", "姓名", "部门", "手机号码", "来自地区", "风险等级", "返岗日期", "人员类别", "是否在岗", "隔离期", "隔离期"}
	return testkit.XLSX(t, [][]string{
		{"临沂精工机械有限公司员工花名册"},
		h,
		{h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8], "开始", "结束"},
		{"1", "张三", "生产部", "13905391234", "湖北武汉", "高", serial(-3), "普通隔离人员", "否"},
		{"2", "李四", "生产部", "13905391235", "山东临沂", "低", strings.ReplaceAll(day(-5), "-", "/"), "正常人员", "是"},
		{"3", "王五", "行政部", "13905391236", "境外（韩国）", "境外", day(-30), "重点隔离人员", "否", day(-30), day(-16)},
		{},
		{"4", "赵六", "仓储部", "12345", "山东临沂", "低", day(-2), "正常人员", "是"},
		{"5", "钱七", "仓储部", "13905391237", "河北", "中", "2月30日", "普通隔离人员", "否"},
		{"6", "张三", "生产部", "139 0539 1234", "湖北武汉", "高", serial(-3), "普通隔离人员", "否"},
		{"7", "孙八", "生产部", "", "山东", "低", day(-1), "正常人员", "是"},
	}, "A1:K1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:I3", "J2:K2")
}

// decodeBase64 decodes what a page sent as base64.
func decodeBase64(t *testing.T, s string) []byte {
	data, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// openRoster opens the roster screen and waits until it has read the
// roster.
func (b *browser) openRoster(t testing.TB, base string) {
	t.Helper()
	b.open(t, base+"roster")
	b.waitFor(t, "the roster", `(document.querySelector("#roster") || {dataset: {}}).dataset.state === "ready"`, 60*time.Second)
}

// importRoster chooses file in the roster's file picker, waits for the
// column mapping and confirms it.
func (b *browser) importRoster(t *testing.T, file string, shot string) {
	t.Helper()
	b.do(t, 10*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#roster-file"), []string{file}))
	b.waitFor(t, "the column mapping", `(document.querySelector("#roster") || {dataset: {}}).dataset.state === "mapping"`, 60*time.Second)
	if shot != "" {
		b.screenshot(t, shot)
	}
	b.tap(t, "#roster-import-go")
	b.waitFor(t, "the import", `document.querySelector("#roster-notice") !== null && document.querySelector("#roster").dataset.state === "ready"`, 20*time.Second)
}

// rosterMapping is the column mapping shown: each column's field, "-"
// for a column not imported.
func (b *browser) rosterMapping(t *testing.T) []string {
	t.Helper()
	return eval[[]string](t, b, `[...document.querySelectorAll("#roster-mapping [data-field]")].map(e => e.dataset.field)`)
}

// chooseColumn taps the button of column i (from 0) of the mapping and
// chooses field in the choice that takes its place.
func (b *browser) chooseColumn(t *testing.T, i int, field string) {
	t.Helper()
	b.tap(t, fmt.Sprintf(`#roster-mapping button[data-column="%d"]`, i))
	b.waitFor(t, "the choice of a field", fmt.Sprintf(`document.activeElement && document.activeElement.id === "roster-mapping-choice" && document.activeElement.dataset.column === "%d"`, i), 10*time.Second)
	eval[bool](t, b, fmt.Sprintf(`(() => { const e = document.querySelector("#roster-mapping-choice"); e.value = %q; e.dispatchEvent(new Event("change", {bubbles: true})); return true })()`, field))
	b.waitFor(t, "the field chosen", fmt.Sprintf(`document.querySelector("#roster-mapping-choice") === null && document.querySelector('#roster-mapping [data-column="%d"]').dataset.field === %q`, i, field), 10*time.Second)
}

// rosterPeople is the number the counts card gives.
func (b *browser) rosterPeople(t *testing.T) int {
	t.Helper()
	s := eval[string](t, b, `document.querySelector("#roster-counts strong").innerText`)
	n, err := strconv.Atoi(strings.Trim(s, "共 人"))
	if err != nil {
		t.Fatalf("counts card says %q", s)
	}
	return n
}

// TestRoster imports an HR spreadsheet on the phone: the mapping guessed
// through a merged two-row header, the bad rows set aside with their row
// numbers and reasons, the counts in the form marked and overridable, a
// row fixed, a person deleted and restored, search, the roster kept
// across a reload, the CSV export made inert, a GB18030 CSV, pasted
// text and an old .xls refused.
func TestRoster(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.openRoster(t, host.URL)
	phone.screenshot(t, "roster-empty")

	dir := t.TempDir()
	xlsx := filepath.Join(dir, "花名册.xlsx")
	os.WriteFile(xlsx, hrRoster(t), 0o644)
	phone.do(t, 10*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#roster-file"), []string{xlsx}))
	phone.waitFor(t, "the column mapping", `(document.querySelector("#roster") || {dataset: {}}).dataset.state === "mapping"`, 60*time.Second)
	want := []string{"-", "name", "department", "phone", "region", "risk", "returned", "class", "on_site", "quarantine_start", "quarantine_end"}
	if mapping := phone.rosterMapping(t); strings.Join(mapping, ",") != strings.Join(want, ",") {
		t.Errorf("guessed mapping %q, want %q", mapping, want)
	}
	// A column's field is changed with its button; a field taken from
	// another column leaves it.
	phone.chooseColumn(t, 1, "department")
	if mapping := phone.rosterMapping(t); mapping[1] != "department" || mapping[2] != "-" {
		t.Errorf("mapping after column 2 became the department: %q", mapping)
	}
	phone.chooseColumn(t, 1, "name")
	phone.chooseColumn(t, 2, "department")
	if mapping := phone.rosterMapping(t); strings.Join(mapping, ",") != strings.Join(want, ",") {
		t.Errorf("mapping after putting it back %q, want %q", mapping, want)
	}
	if got := phone.text(t, "#roster-header-row"); !strings.Contains(got, "第 3 行") {
		t.Errorf("header row line %q, want the header found ending in row 3", got)
	}
	phone.screenshot(t, "roster-import-mapping")
	phone.tap(t, "#roster-import-go")
	phone.waitFor(t, "the import", `document.querySelector("#roster-notice") !== null`, 20*time.Second)
	if n := phone.rosterPeople(t); n != 4 {
		t.Errorf("%d people imported, want 4", n)
	}
	aside := eval[[]string](t, phone, `[...document.querySelectorAll("#roster-aside .aside-row .field-error")].map(e => e.innerText)`)
	wantAside := []string{"第 8 行：电话不是电话号码：「12345」", "第 9 行：返岗日期不是日期：「2月30日」", "第 10 行：与第 4 行重复"}
	if strings.Join(aside, "\n") != strings.Join(wantAside, "\n") {
		t.Errorf("rows set aside:\n%s\nwant\n%s", strings.Join(aside, "\n"), strings.Join(wantAside, "\n"))
	}
	counts := phone.text(t, "#roster-counts")
	for _, w := range []string{"正常 2 · 普通隔离 1 · 重点隔离 1 · 感染治疗 0", "低风险 2 · 中高风险及境外 2（已解除隔离 1 · 隔离中 1）"} {
		if !strings.Contains(counts, w) {
			t.Errorf("counts %q lack %q", counts, w)
		}
	}
	phone.screenshot(t, "roster-import-bad-rows")

	// The form's staff answers follow the roster, marked; an override
	// stays, with a warning.
	for id, v := range map[string]string{"employees_total": "4", "staff_normal": "2", "staff_key_isolation": "1",
		"returnees_mid_high_risk": "2", "returnees_cleared": "1", "returnees_in_quarantine": "1", "returnees_last_return": day(-3)} {
		phone.open(t, host.URL+"form?q="+id)
		phone.waitFor(t, "question "+id, fmt.Sprintf(`document.querySelector("#f-%s") !== null && document.querySelector("[data-roster]") !== null`, id), 30*time.Second)
		if got := eval[string](t, phone, fmt.Sprintf(`document.querySelector("#f-%s").value`, id)); got != v {
			t.Errorf("form %s = %q, want %q from the roster", id, got, v)
		}
		if !eval[bool](t, phone, fmt.Sprintf(`document.querySelector('[data-roster=%q]') !== null`, id)) {
			t.Errorf("form %s is not marked 来自花名册", id)
		}
	}
	// The days quarantine ends come from the roster too, as a line of
	// text, not an input.
	phone.open(t, host.URL+"form?q=returnees_in_quarantine")
	phone.waitFor(t, "the quarantine ends", `document.querySelector('[data-roster="returnees_quarantine_ends"]') !== null`, 30*time.Second)
	if got := phone.text(t, `[data-roster="returnees_quarantine_ends"]`); !strings.HasPrefix(got, "来自花名册：") || !strings.HasSuffix(got, "日 1人") {
		t.Errorf("quarantine ends line %q, want 来自花名册：M月D日 1人", got)
	}
	if eval[bool](t, phone, `document.querySelector("#f-returnees_quarantine_ends") !== null`) {
		t.Error("the quarantine ends have an input")
	}
	phone.screenshot(t, "roster-form-ends")
	phone.open(t, host.URL+"form?q=employees_total")
	phone.waitFor(t, "the staff answers", `document.querySelector("#f-employees_total") !== null`, 30*time.Second)
	phone.typeText(t, "#f-employees_total", "120")
	phone.waitFor(t, "the override warning", `document.querySelector('[data-roster-differs="employees_total"]') !== null`, 10*time.Second)
	if got := phone.text(t, `[data-roster-differs="employees_total"]`); !strings.Contains(got, "花名册为 4") {
		t.Errorf("override warning %q", got)
	}
	phone.screenshot(t, "roster-form-counts")

	// Fix a row set aside; delete a person and undo; search.
	phone.openRoster(t, host.URL)
	phone.tap(t, `#roster-aside [data-action="fix"][data-index="0"]`)
	phone.waitFor(t, "the edit panel", `document.querySelector("#re-phone") !== null`, 10*time.Second)
	phone.typeText(t, "#re-phone", "13905391238")
	phone.tap(t, "#roster-edit-save")
	phone.waitFor(t, "the row fixed", `document.querySelectorAll("#roster-aside .aside-row").length === 2`, 10*time.Second)
	if n := phone.rosterPeople(t); n != 5 {
		t.Errorf("%d people after fixing a row, want 5", n)
	}
	phone.tap(t, `#roster-list [data-action="delete"][data-index="0"]`)
	phone.waitFor(t, "the deletion", `document.querySelector("#roster-counts strong").innerText === "共 4 人"`, 10*time.Second)
	if got := phone.text(t, "#roster-undo-bar"); !strings.Contains(got, "已删除") {
		t.Errorf("the undo bar after a deletion says %q", got)
	}
	phone.tap(t, "#roster-undo")
	phone.waitFor(t, "the undo", `document.querySelector("#roster-counts strong").innerText === "共 5 人"`, 10*time.Second)
	phone.typeText(t, "#roster-search", "仓储")
	phone.waitFor(t, "the search", `document.querySelectorAll("#roster-list .person").length === 1`, 10*time.Second)

	// Kept on the phone across a reload.
	phone.openRoster(t, host.URL)
	if n := phone.rosterPeople(t); n != 5 {
		t.Errorf("%d people after a reload, want 5", n)
	}
	phone.screenshot(t, "roster-list")

	// The CSV export: a BOM, the people, nothing a spreadsheet runs.
	eval[bool](t, phone, captureDownloads)
	phone.tap(t, "#roster-export-csv")
	phone.waitFor(t, "the CSV", `window.__blobs.length === 1`, 30*time.Second)
	head, text := lastDownload(t, phone)
	if head != "efbbbf" || !strings.Contains(text, "赵六,仓储部,13905391238") || !strings.HasPrefix(text, "姓名,部门,电话") {
		t.Errorf("CSV export starts %s: %.200q", head, text)
	}
	phone.tap(t, "#roster-export-xlsx")
	phone.waitFor(t, "the xlsx", `window.__blobs.length === 2`, 30*time.Second)
	b64 := await[string](t, phone, `(async () => { const u8 = new Uint8Array(await window.__blobs[1].arrayBuffer()); let s = ""; u8.forEach(x => s += String.fromCharCode(x)); return btoa(s); })()`)
	if rows, err := sheet.Read(decodeBase64(t, b64)); err != nil || len(rows) != 6 || rows[0].Cells[0] != "姓名" {
		t.Errorf("xlsx export reads back as %d rows, %v", len(rows), err)
	}

	// A GB18030 CSV replaces the roster; undo brings it back.
	gb, _ := simplifiedchinese.GB18030.NewEncoder().String("姓名,部门,电话\r\n\r\n周九,质检部,13905391239\r\n吴十,质检部,13905391240\r\n")
	csvFile := filepath.Join(dir, "gb.csv")
	os.WriteFile(csvFile, []byte(gb), 0o644)
	phone.importRoster(t, csvFile, "")
	if n := phone.rosterPeople(t); n != 2 || !strings.Contains(phone.text(t, "#roster-notice"), "跳过空行 1 行") {
		t.Errorf("GB18030 CSV: %d people, notice %q; want 2 and one empty row skipped", n, phone.text(t, "#roster-notice"))
	}
	phone.tap(t, "#roster-undo")
	phone.waitFor(t, "the roster back", `document.querySelector("#roster-counts strong").innerText === "共 5 人"`, 10*time.Second)

	// Pasted from Excel.
	phone.pasteOnePerson(t)

	// An old .xls is refused with what to do.
	xls := filepath.Join(dir, "old.xls")
	os.WriteFile(xls, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 old excel"), 0o644)
	phone.do(t, 10*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#roster-file"), []string{xls}))
	phone.waitFor(t, "the refusal", `document.querySelector("#roster-problem") !== null`, 30*time.Second)
	if got := phone.text(t, "#roster-problem"); !strings.Contains(got, ".xlsx") {
		t.Errorf("refusal of an .xls says %q", got)
	}
}

// pasteOnePerson pastes a roster of one person, 郑一 of 销售部, as text
// copied from Excel, confirms the columns and waits for the import.
func (b *browser) pasteOnePerson(t *testing.T) {
	t.Helper()
	b.tap(t, "#roster-paste-toggle")
	b.waitFor(t, "the paste box", `document.querySelector("#roster-paste") !== null`, 10*time.Second)
	eval[bool](t, b, `(() => { document.querySelector("#roster-paste").value = "姓名\t部门\n郑一\t销售部\n"; return true })()`)
	b.tap(t, "#roster-paste-read")
	b.waitFor(t, "the pasted mapping", `document.querySelector("#roster").dataset.state === "mapping"`, 30*time.Second)
	b.tap(t, "#roster-import-go")
	b.waitFor(t, "the pasted import", `document.querySelector("#roster-counts strong").innerText === "共 1 人"`, 20*time.Second)
}
