//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"io"

	"fugong/app/ui"
	"fugong/site"
)

// staticCommand writes the kit as a static website.
func staticCommand(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("fugong static", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "dist", "folder to write the website into (emptied first)")
	prefix := fs.String("prefix", "", "sub-path the site is served under, such as /fugong")
	webDir := fs.String("web", "web", "folder with app.wasm, styles, icons and fonts")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	kit, err := site.New(site.Options{WebDir: *webDir, Prefix: *prefix, Pages: ui.Pages})
	if err != nil {
		fmt.Fprintln(stderr, "fugong static:", err)
		return 1
	}
	if err := kit.Generate(*out, *webDir, ui.Pages); err != nil {
		fmt.Fprintln(stderr, "fugong static:", err)
		return 1
	}
	fmt.Fprintf(stdout, "fugong %s: wrote %s (prefix %q)\n", kit.Release, *out, kit.Prefix+"/")
	return 0
}
