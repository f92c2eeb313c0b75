package sheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"fugong/roster"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// hrXLSX is an HR department's roster as Excel writes it, made by hand
// here (not by WriteXLSX): a title merged across the table, a header over
// two rows with 隔离期 merged over 开始 and 结束, shared strings (one in
// rich-text runs with a phonetic guide), a department merged down two
// people, dates as serial numbers and as text, an inline string, an
// empty row, and a row with a bad phone.
func hrXLSX(t testing.TB) []byte {
	shared := []string{"临沂精工员工花名册", "姓名", "部门", "手机", "风险等级", "返岗日期", "隔离期", "开始", "结束",
		"张三", "生产部", "高", "李四", "低", "王五", "行政部", "12345"}
	var sst strings.Builder
	for i, s := range shared {
		if i == 9 { // 张三 in two runs, with a phonetic guide to leave out
			sst.WriteString(`<si><r><t>张</t></r><r><t>三</t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh></si>`)
			continue
		}
		fmt.Fprintf(&sst, "<si><t>%s</t></si>", s)
	}
	s := func(ref string, i int) string { return fmt.Sprintf(`<c r="%s" t="s"><v>%d</v></c>`, ref, i) }
	n := func(ref, v string) string { return fmt.Sprintf(`<c r="%s"><v>%s</v></c>`, ref, v) }
	sheet := `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		`<row r="1">` + s("A1", 0) + `</row>` +
		`<row r="2">` + s("A2", 1) + s("B2", 2) + s("C2", 3) + s("D2", 4) + s("E2", 5) + s("F2", 6) + `</row>` +
		`<row r="3">` + s("F3", 7) + s("G3", 8) + `</row>` +
		`<row r="4">` + s("A4", 9) + s("B4", 10) + n("C4", "13905391234") + s("D4", 11) + n("E4", "46054") + n("F4", "46054") + `</row>` +
		`<row r="5">` + s("A5", 12) + n("C5", "13905391235") + s("D5", 13) + `<c r="E5" t="inlineStr"><is><t>2026年2月3日</t></is></c>` + `</row>` +
		`<row r="7">` + s("A7", 14) + s("B7", 15) + s("C7", 16) + `</row>` +
		`</sheetData><mergeCells count="5"><mergeCell ref="A1:G1"/><mergeCell ref="A2:A3"/><mergeCell ref="B2:B3"/><mergeCell ref="F2:G2"/><mergeCell ref="B4:B5"/></mergeCells></worksheet>`
	parts := map[string]string{
		"[Content_Types].xml":        `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"xl/workbook.xml":            `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="花名册" sheetId="1" r:id="rId7"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Target="worksheets/roster.xml"/></Relationships>`,
		"xl/sharedStrings.xml":       `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` + sst.String() + `</sst>`,
		"xl/worksheets/roster.xml":   sheet,
	}
	return zipOf(t, parts)
}

func zipOf(t testing.TB, parts map[string]string) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for name, body := range parts {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadXLSX(t *testing.T) {
	rows, err := Read(hrXLSX(t))
	if err != nil {
		t.Fatal(err)
	}
	data, labels, ok := roster.FindHeader(rows)
	if !ok || data != 3 {
		t.Fatalf("FindHeader = %d, %q, %v, want the data from index 3 (row 4)", data, labels, ok)
	}
	cols := roster.GuessColumns(labels)
	want := roster.Columns{roster.FieldName, roster.FieldDepartment, roster.FieldPhone, roster.FieldRisk, roster.FieldReturned,
		roster.FieldQuarantineStart, roster.FieldQuarantineEnd}
	if !reflect.DeepEqual(cols, want) {
		t.Fatalf("GuessColumns(%q) = %q, want %q", labels, cols, want)
	}
	r, empty := roster.Import(rows[data:], cols)
	people := []roster.Person{
		{Name: "张三", Department: "生产部", Phone: "13905391234", Risk: roster.RiskHigh, Returned: "2026-02-01",
			QuarantineStart: "2026-02-01", QuarantineEnd: "2026-02-15"},
		{Name: "李四", Department: "生产部", Phone: "13905391235", Risk: roster.RiskLow, Returned: "2026-02-03"},
	}
	if !reflect.DeepEqual(r.People, people) || empty != 0 {
		t.Errorf("Import = %+v, %d empty\nwant %+v", r.People, empty, people)
	}
	if len(r.Aside) != 1 || r.Aside[0].Describe("zh") != "第 7 行：电话不是电话号码：「12345」" {
		t.Errorf("Aside = %+v, want row 7 with a bad phone", r.Aside)
	}
}

func TestReadText(t *testing.T) {
	const csvText = "姓名,部门,电话,返岗日期\r\n张三,生产部,13905391234,2026/2/1\r\n\"李,四\",\"行政\r\n部\",,46054\r\n"
	gb, err := simplifiedchinese.GB18030.NewEncoder().String(csvText)
	if err != nil {
		t.Fatal(err)
	}
	utf16le := []byte{0xFF, 0xFE}
	const tsvText = "姓名\t部门\t电话\t返岗日期\r\n张三\t生产部\t13905391234\t2026/2/1\r\n\"李,四\"\t\"行政\r\n部\"\t\t46054\r\n"
	for _, r := range tsvText {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	want := [][]string{{"姓名", "部门", "电话", "返岗日期"}, {"张三", "生产部", "13905391234", "2026/2/1"}, {"李,四", "行政\n部", "", "46054"}} // encoding/csv reads a quoted CRLF as \n
	tests := []struct {
		name string
		data []byte
		want [][]string
	}{
		{"utf-8", []byte(csvText), want},
		{"utf-8 with bom", []byte("\xEF\xBB\xBF" + csvText), want},
		{"gb18030", []byte(gb), want},
		{"utf-16 tab-separated", utf16le, want},
		{"pasted from excel", []byte("姓名\t电话\n张三\t13905391234\n"), [][]string{{"姓名", "电话"}, {"张三", "13905391234"}}},
		{"semicolons", []byte("姓名;电话\n张三;1\n"), [][]string{{"姓名", "电话"}, {"张三", "1"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := Read(tt.data)
			if err != nil {
				t.Fatal(err)
			}
			var got [][]string
			for i, r := range rows {
				if r.Line != i+1 {
					t.Errorf("row %d numbered %d", i+1, r.Line)
				}
				got = append(got, r.Cells)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Read = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"old excel", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"), ErrOldExcel},
		{"empty", []byte(""), ErrNoRows},
		{"only spaces", []byte(" \r\n "), ErrNoRows},
		{"binary", []byte{0x81, 0x00, 0xFF, 0x00}, ErrNotSheet},
		{"broken zip", []byte("PK\x03\x04broken"), ErrBadContent},
		{"zip that is no workbook", zipOf(t, map[string]string{"a.txt": "x"}), ErrNotSheet},
		{"sheet with bad xml", zipOf(t, map[string]string{"xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": "<worksheet><sheetData><row>"}), ErrBadContent},
		{"too many columns", zipOf(t, map[string]string{"xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": `<worksheet><sheetData><row r="1"><c r="ZZ1"><v>1</v></c></row></sheetData></worksheet>`}), ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Read(tt.data); !errors.Is(err, tt.want) {
				t.Errorf("Read = %v, want %v", err, tt.want)
			}
			for _, lang := range []string{"zh", "en", "ja", "ko"} {
				if Message(tt.want, lang) == "" {
					t.Errorf("Message(%v, %s) is empty", tt.want, lang)
				}
			}
		})
	}
}

func TestWriteReadBack(t *testing.T) {
	rows := [][]string{{"姓名", "备注"}, {"张三", "=HYPERLINK(\"x\")"}, {"李四", "a,\"b\"\nc"}, {"", "@x"}, {"<&>", "-1"}}
	var x bytes.Buffer
	if err := WriteXLSX(&x, "花名册", rows); err != nil {
		t.Fatal(err)
	}
	got, err := Read(x.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range got {
		if !reflect.DeepEqual(r.Cells, rows[i]) || r.Line != i+1 {
			t.Errorf("xlsx row %d = %d %q, want %q", i+1, r.Line, r.Cells, rows[i])
		}
	}
	var c bytes.Buffer
	if err := WriteCSV(&c, rows); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(c.Bytes(), []byte("\xEF\xBB\xBF姓名,备注\r\n")) {
		t.Errorf("CSV starts %q", c.String()[:20])
	}
	back, err := Read(c.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	wantCSV := [][]string{{"姓名", "备注"}, {"张三", "'=HYPERLINK(\"x\")"}, {"李四", "a,\"b\"\nc"}, {"", "'@x"}, {"<&>", "'-1"}}
	for i, r := range back {
		if !reflect.DeepEqual(r.Cells, wantCSV[i]) {
			t.Errorf("csv row %d = %q, want %q", i+1, r.Cells, wantCSV[i])
		}
	}
}

// TestTwoThousand reads a 2,000-person roster written as xlsx and as
// GB18030 CSV and finds every person.
func TestTwoThousand(t *testing.T) {
	rows := bigRoster(2000)
	var x bytes.Buffer
	if err := WriteXLSX(&x, "花名册", rows); err != nil {
		t.Fatal(err)
	}
	var c bytes.Buffer
	WriteCSV(&c, rows)
	gb, _ := simplifiedchinese.GB18030.NewEncoder().Bytes(bytes.TrimPrefix(c.Bytes(), []byte("\xEF\xBB\xBF")))
	for name, data := range map[string][]byte{"xlsx": x.Bytes(), "gb18030 csv": gb} {
		t.Run(name, func(t *testing.T) {
			got, err := Read(data)
			if err != nil {
				t.Fatal(err)
			}
			start, labels, _ := roster.FindHeader(got)
			r, _ := roster.Import(got[start:], roster.GuessColumns(labels))
			if len(r.People) != 2000 || len(r.Aside) != 0 {
				t.Errorf("Import read %d people, set %d aside, want 2000, 0", len(r.People), len(r.Aside))
			}
		})
	}
}

// bigRoster is a header and n people, a third of them back from
// medium-risk regions.
func bigRoster(n int) [][]string {
	rows := [][]string{{"姓名", "部门", "手机", "来自地区", "风险等级", "返岗日期", "人员类别", "是否在岗"}}
	for i := range n {
		risk, class, onSite := "低", "正常人员", "是"
		if i%3 == 0 {
			risk, class, onSite = "中", "普通隔离人员", "否"
		}
		rows = append(rows, []string{fmt.Sprintf("员工%04d", i), fmt.Sprintf("车间%d", i%7), fmt.Sprintf("139%08d", i),
			"山东临沂", risk, fmt.Sprintf("2026-02-%02d", 1+i%20), class, onSite})
	}
	return rows
}

func BenchmarkRead2000XLSX(b *testing.B) {
	var x bytes.Buffer
	WriteXLSX(&x, "花名册", bigRoster(2000))
	for b.Loop() {
		rows, err := Read(x.Bytes())
		if err != nil {
			b.Fatal(err)
		}
		start, labels, _ := roster.FindHeader(rows)
		r, _ := roster.Import(rows[start:], roster.GuessColumns(labels))
		roster.Count(r.People, "2026-02-10")
	}
}

// TestBlankLines keeps a CSV's blank lines as empty rows, so that every
// row keeps the number a spreadsheet shows, after a field with line
// breaks too.
func TestBlankLines(t *testing.T) {
	rows, err := ReadText([]byte("姓名,备注\r\n\r\n张三,\"a\r\nb\"\r\n\r\n\r\n李四,x\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, fmt.Sprintf("%d:%s", r.Line, strings.Join(r.Cells, "|")))
	}
	want := []string{"1:姓名|备注", "2:", "3:张三|a\nb", "4:", "5:", "6:李四|x"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadText = %q, want %q", got, want)
	}
}
