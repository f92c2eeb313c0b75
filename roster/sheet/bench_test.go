package sheet

import (
	"archive/zip"
	"bytes"
	"testing"
)

// BenchmarkReadXLSX2000 reads a 2,000-person roster's .xlsx: the cells
// alone, without the import that follows.
func BenchmarkReadXLSX2000(b *testing.B) {
	var x bytes.Buffer
	if err := WriteXLSX(&x, "花名册", bigRoster(2000)); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(x.Len()))
	for b.Loop() {
		if _, err := ReadXLSX(x.Bytes()); err != nil {
			b.Fatal(err)
		}
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
				if _, err := sheetOf(read(sheet), shared); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
