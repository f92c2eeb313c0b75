package testkit

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// XLSX makes an .xlsx file as Excel writes one, for tests of the roster's
// import, without the kit's own writer: rows of cells (text in shared
// strings, numbers — Excel's serial dates among them — as numbers, empty
// cells left out, a row of only empty cells left out as Excel does), and
// merged ranges such as "A1:H1". The workbook names its sheet through a
// relationship, as Excel and WPS do.
func XLSX(t testing.TB, rows [][]string, merges ...string) []byte {
	t.Helper()
	var shared []string
	index := map[string]int{}
	var sheet strings.Builder
	sheet.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	for r, row := range rows {
		var cells strings.Builder
		for c, v := range row {
			if v == "" {
				continue
			}
			ref := string(rune('A'+c)) + strconv.Itoa(r+1)
			if _, err := strconv.ParseFloat(v, 64); err == nil {
				fmt.Fprintf(&cells, `<c r="%s"><v>%s</v></c>`, ref, v)
				continue
			}
			i, ok := index[v]
			if !ok {
				i, index[v] = len(shared), len(shared)
				shared = append(shared, v)
			}
			fmt.Fprintf(&cells, `<c r="%s" t="s"><v>%d</v></c>`, ref, i)
		}
		if cells.Len() > 0 {
			fmt.Fprintf(&sheet, `<row r="%d">%s</row>`, r+1, cells.String())
		}
	}
	sheet.WriteString(`</sheetData>`)
	if len(merges) > 0 {
		fmt.Fprintf(&sheet, `<mergeCells count="%d">`, len(merges))
		for _, m := range merges {
			fmt.Fprintf(&sheet, `<mergeCell ref="%s"/>`, m)
		}
		sheet.WriteString(`</mergeCells>`)
	}
	sheet.WriteString(`</worksheet>`)
	var sst strings.Builder
	fmt.Fprintf(&sst, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d">`, len(shared))
	for _, s := range shared {
		sst.WriteString("<si><t>")
		xmlEscape(&sst, s)
		sst.WriteString("</t></si>")
	}
	sst.WriteString("</sst>")
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`},
		{"xl/sharedStrings.xml", sst.String()},
		{"xl/worksheets/sheet1.xml", sheet.String()},
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := z.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func xmlEscape(b *strings.Builder, s string) {
	strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").WriteString(b, s)
}
