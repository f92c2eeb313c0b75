//go:build !wasm

package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"fugong/site"
)

// generate writes the static website into os.Args[1], with the wasm file
// os.Args[2] as web/app.wasm and brotli and gzip copies of the large files,
// as the kit's static website has.
func generate() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: hello DIR WASM")
		os.Exit(2)
	}
	dir, wasm := os.Args[1], os.Args[2]
	data, err := os.ReadFile(wasm)
	if err == nil {
		err = os.RemoveAll(dir)
	}
	if err == nil {
		err = app.GenerateStaticWebsite(dir, &app.Handler{
			Name:              "hello",
			Title:             "hello",
			Icon:              app.Icon{Default: "/web/icon.svg", SVG: "/web/icon.svg"},
			Version:           "1",
			WasmContentLength: fmt.Sprint(len(data)),
		})
	}
	if err == nil {
		err = os.MkdirAll(filepath.Join(dir, "web"), 0o755)
	}
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, "web", "app.wasm"), data, 0o644)
	}
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, "web", "icon.svg"), []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>`), 0o644)
	}
	if err == nil {
		_, err = site.Compress(dir)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "hello:", err)
		os.Exit(1)
	}
}
