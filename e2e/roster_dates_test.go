package e2e

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"fugong/internal/testkit"

	"github.com/chromedp/chromedp"
)

// withDateColumn is the .xlsx file data with the numbers of column col
// ("C") shown as dates, as Excel formats a column of dates: a styles part
// whose cell style 1 has the built-in date format 14 (yyyy/m/d), and
// those cells in that style.
func withDateColumn(t *testing.T, data []byte, col string) []byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	number := regexp.MustCompile(`<c r="(` + col + `\d+)"><v>`)
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	write := func(name, body string) {
		f, err := w.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(f, body)
	}
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(rc)
		rc.Close()
		s := string(body)
		switch f.Name {
		case "xl/worksheets/sheet1.xml":
			s = number.ReplaceAllString(s, `<c r="$1" s="1"><v>`)
		case "xl/_rels/workbook.xml.rels":
			s = strings.Replace(s, "</Relationships>", `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`, 1)
		}
		write(f.Name, s)
	}
	write("xl/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`+
		`<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestRosterAsideDates imports an .xlsx whose return dates are Excel
// dates (serial numbers in a date format) and one of whose rows has a bad
// phone: the preview, the row set aside and its edit panel show the date
// as a date, never as its serial number, and the row fixed keeps it.
func TestRosterAsideDates(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.openRoster(t, host.URL)
	file := filepath.Join(t.TempDir(), "花名册.xlsx")
	os.WriteFile(file, withDateColumn(t, testkit.XLSX(t, [][]string{
		{"姓名", "手机号码", "返岗日期", "风险等级", "工号"},
		{"张三", "13905391234", serial(-3), "低", "1001"},
		{"李四", "12345", serial(-2), "低", "1002"},
	}), "C"), 0o644)
	phone.do(t, 10*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#roster-file"), []string{file}))
	phone.waitFor(t, "the column mapping", `(document.querySelector("#roster") || {dataset: {}}).dataset.state === "mapping"`, 60*time.Second)
	preview := phone.text(t, "#roster-preview")
	if !strings.Contains(preview, "返岗日期 "+day(-3)) || strings.Contains(preview, serial(-3)) {
		t.Errorf("preview %q, want the return date %s, not its serial number %s", preview, day(-3), serial(-3))
	}
	phone.screenshot(t, "roster-dates-preview")
	phone.tap(t, "#roster-import-go")
	phone.waitFor(t, "the import", `document.querySelector("#roster-aside .aside-row") !== null`, 20*time.Second)
	cells := phone.text(t, "#roster-aside .aside-row .hint")
	if want := "李四 | 12345 | " + day(-2) + " | 低 | 1002"; cells != want {
		t.Errorf("row set aside shows %q, want %q: the date as a date, the staff number as a number", cells, want)
	}
	phone.tap(t, `#roster-aside [data-action="fix"][data-index="0"]`)
	phone.waitFor(t, "the edit panel", `document.querySelector("#re-phone") !== null`, 10*time.Second)
	if got := eval[string](t, phone, `document.querySelector("#re-returned").value`); got != day(-2) {
		t.Errorf("the edit panel's return date is %q, want %s", got, day(-2))
	}
	phone.screenshot(t, "roster-dates-fix")
	phone.typeText(t, "#re-phone", "13905391235")
	phone.tap(t, "#roster-edit-save")
	phone.waitFor(t, "the row fixed", `document.querySelector("#roster-aside") === null`, 10*time.Second)
	if list := phone.text(t, "#roster-list"); !strings.Contains(list, "李四 · 13905391235") || !strings.Contains(list, day(-2)) {
		t.Errorf("the roster after the fix reads %q, want 李四 back on %s", list, day(-2))
	}
	phone.screenshot(t, "roster-dates-fixed")
}
