package sheet

import (
	"archive/zip"
	"bytes"
	"strconv"
	"testing"

	"fugong/internal/testkit"
)

// BenchmarkReadXLSX2000 reads a 2,000-person roster's .xlsx, the cells
// alone without the import that follows: as the kit writes it (inline
// strings) and as Excel does (shared strings, dates as serial numbers).
func BenchmarkReadXLSX2000(b *testing.B) {
	var kit bytes.Buffer
	if err := WriteXLSX(&kit, "花名册", bigRoster(2000)); err != nil {
		b.Fatal(err)
	}
	excel := bigRoster(2000)
	for _, r := range excel[1:] {
		r[5] = strconv.Itoa(46054 + int(r[5][8]-'0'))
	}
	for name, file := range map[string][]byte{"inline": kit.Bytes(), "shared": testkit.XLSX(b, excel)} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(file)))
			for b.Loop() {
				if _, err := ReadXLSX(file); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSheetXML reads the cells of a 2,000-person worksheet, already
// unzipped, with the scanner and with encoding/xml.
func BenchmarkSheetXML(b *testing.B) {
	var x bytes.Buffer
	if err := WriteXLSX(&x, "花名册", bigRoster(2000)); err != nil {
		b.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(x.Bytes()), int64(x.Len()))
	if err != nil {
		b.Fatal(err)
	}
	parts := map[string][]byte{}
	for _, f := range z.File {
		if parts[f.Name], err = readPart(f); err != nil {
			b.Fatal(err)
		}
	}
	sheet := parts["xl/worksheets/sheet1.xml"]
	if sheet == nil {
		b.Fatalf("no sheet1.xml among %d parts", len(parts))
	}
	for name, read := range map[string]func([]byte) tokens{
		"scanner":      func(p []byte) tokens { return newScanner(p) },
		"encoding-xml": xmlOf,
	} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(sheet)))
			for b.Loop() {
				shared, err := sharedOf(read(parts["xl/sharedStrings.xml"]))
				if err != nil {
					b.Fatal(err)
				}
				if _, err := sheetOf(read(sheet), shared, styles{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
