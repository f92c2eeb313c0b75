package sheet

import (
	"fmt"
	"reflect"
	"testing"

	"fugong/roster"
)

// datedXLSX is a roster as Excel writes dates: 返岗日期 a number in a
// built-in date format (14, m/d/yy), 隔离开始 in a custom Chinese one
// (yyyy"年"m"月"d"日"), a phone and a count as plain numbers, a count in a
// number format and a time, which are no dates; the second person's
// phone is bad, so that row is set aside. date1904 marks the workbook as
// counting from 1904, its serial numbers shifted to the same dates.
func datedXLSX(t testing.TB, date1904 bool) []byte {
	shift, pr := 0, ""
	if date1904 {
		shift, pr = 1462, `<workbookPr date1904="1"/>`
	}
	n := func(ref string, style, v int) string {
		return fmt.Sprintf(`<c r="%s" s="%d"><v>%d</v></c>`, ref, style, v)
	}
	str := func(ref, v string) string {
		return fmt.Sprintf(`<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, ref, v)
	}
	sheet := `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		`<row r="1">` + str("A1", "姓名") + str("B1", "手机") + str("C1", "返岗日期") + str("D1", "隔离开始") + str("E1", "备注") + str("F1", "人数") + `</row>` +
		`<row r="2">` + str("A2", "张三") + n("B2", 0, 13905391234) + n("C2", 1, 46354-shift) + n("D2", 2, 46354-shift) + n("E2", 3, 46354) + `<c r="F2" s="4"><v>0.5</v></c>` + `</row>` +
		`<row r="3">` + str("A3", "李四") + `<c r="B3"><v>12345</v></c>` + n("C3", 1, 46355-shift) + n("D3", 2, 46355-shift) + n("E3", 3, 46355) + `</row>` +
		`</sheetData></worksheet>`
	styles := `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
		`<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>` +
		`<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="176" applyNumberFormat="1"/><xf numFmtId="3"/><xf numFmtId="20"/></cellXfs></styleSheet>`
	return zipOf(t, map[string]string{
		"xl/workbook.xml":            `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` + pr + `<sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="theme/look.xml"/></Relationships>`,
		"xl/theme/look.xml":          styles,
		"xl/worksheets/sheet1.xml":   sheet,
	})
}

// TestReadDates reads a number shown as a date as the date, in both date
// systems, and a number shown as a number as the number; the row set
// aside keeps its dates as dates, so that the user fixing it reads them.
func TestReadDates(t *testing.T) {
	for _, date1904 := range []bool{false, true} {
		t.Run(fmt.Sprintf("date1904=%v", date1904), func(t *testing.T) {
			rows, err := Read(datedXLSX(t, date1904))
			if err != nil {
				t.Fatal(err)
			}
			want := [][]string{
				{"姓名", "手机", "返岗日期", "隔离开始", "备注", "人数"},
				{"张三", "13905391234", "2026-11-28", "2026-11-28", "46354", "0.5"},
				{"李四", "12345", "2026-11-29", "2026-11-29", "46355"},
			}
			var got [][]string
			for _, r := range rows {
				got = append(got, r.Cells)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("Read = %q\nwant %q", got, want)
			}
			_, labels, _ := roster.FindHeader(rows)
			r, _ := roster.Import(rows[1:], roster.GuessColumns(labels))
			if len(r.People) != 1 || r.People[0].Returned != "2026-11-28" || r.People[0].QuarantineStart != "2026-11-28" {
				t.Errorf("people %+v, want 张三 back on 2026-11-28", r.People)
			}
			if len(r.Aside) != 1 || r.Aside[0].Person.Returned != "2026-11-29" || r.Aside[0].Cells[2] != "2026-11-29" {
				t.Fatalf("aside %+v, want 李四 with the date 2026-11-29", r.Aside)
			}
			if got := r.Aside[0].Describe("zh"); got != "第 3 行：电话不是电话号码：「12345」" {
				t.Errorf("aside says %q", got)
			}
		})
	}
}

func TestIsDateFormat(t *testing.T) {
	for code, want := range map[string]bool{
		`yyyy-mm-dd`:                    true,
		`yyyy"年"m"月"d"日"`:               true,
		`[$-804]yyyy"年"m"月"d"日";@`:      true,
		`[DBNum1][$-804]m"月"d"日"`:       true,
		`mmm-yy`:                        true,
		`d\-mmm`:                        true,
		`General`:                       false,
		`0.00`:                          false,
		`#,##0_);[Red]\(#,##0\)`:        false,
		`h:mm:ss`:                       false,
		`[h]:mm`:                        false,
		`"day"0`:                        false,
		`0;"dd"`:                        false,
		`[Red]0`:                        false,
		`0 "件 (yyyy)"`:                  false,
		`0\d`:                           false,
		`"unterminated`:                 false,
		`[unterminated`:                 false,
		`@`:                             false,
		`_(* #,##0_);_(* \(#,##0\);_(*`: false,
	} {
		if got := isDateFormat(code); got != want {
			t.Errorf("isDateFormat(%q) = %v, want %v", code, got, want)
		}
	}
}
