// Command sizes prints what the kit weighs: app.wasm raw, gzip and
// brotli, the PDF worker's pdf.wasm, and the static website in dist/ as
// stored and as served to a browser that accepts brotli. `make bench`
// runs it.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	web := flag.String("web", "web", "the web folder holding app.wasm")
	dist := flag.String("dist", "dist", "the static website")
	flag.Parse()

	rows := [][2]string{}
	wasm := filepath.Join(*web, "app.wasm")
	pdfWasm := filepath.Join(*web, "pdf.wasm")
	for _, f := range []struct{ label, path string }{
		{"app.wasm raw", wasm},
		{"app.wasm gzip", wasm + ".gz"},
		{"app.wasm brotli (first visit)", wasm + ".br"},
		{"pdf.wasm raw (PDF worker, cached when first used)", pdfWasm},
		{"pdf.wasm brotli", pdfWasm + ".br"},
	} {
		rows = append(rows, [2]string{f.label, size(f.path)})
	}
	stored, served, err := siteSizes(*dist)
	if err != nil {
		fmt.Fprintln(os.Stderr, "sizes:", err)
		os.Exit(1)
	}
	rows = append(rows,
		[2]string{"dist/ total, as stored (with .br/.gz copies)", mb(stored)},
		[2]string{"dist/ total, as served with brotli", mb(served)},
	)
	fmt.Printf("%-52s %s\n", "what", "bytes")
	fmt.Printf("%-52s %s\n", strings.Repeat("-", 52), strings.Repeat("-", 16))
	for _, r := range rows {
		fmt.Printf("%-52s %s\n", r[0], r[1])
	}
}

// siteSizes adds up the site's files as stored, and as a browser that
// accepts brotli receives them (each file's .br copy when it has one).
func siteSizes(dir string) (stored, served int64, err error) {
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		stored += info.Size()
		if strings.HasSuffix(p, ".br") || strings.HasSuffix(p, ".gz") {
			return nil
		}
		if br, err := os.Stat(p + ".br"); err == nil {
			served += br.Size()
		} else {
			served += info.Size()
		}
		return nil
	})
	return stored, served, err
}

func size(path string) string {
	info, err := os.Stat(path)
	if err != nil {
		return "missing"
	}
	return mb(info.Size())
}

func mb(n int64) string {
	return fmt.Sprintf("%d (%.2f MB)", n, float64(n)/1e6)
}
