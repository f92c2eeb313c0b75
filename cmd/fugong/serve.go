//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"fugong/app/ui"
	"fugong/site"
)

// serveCommand serves the kit until the process is stopped.
func serveCommand(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("fugong serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8000", "address to listen on")
	webDir := fs.String("web", "web", "folder with app.wasm, styles, icons and fonts")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	kit, err := site.New(site.Options{WebDir: *webDir, Pages: ui.Pages})
	if err != nil {
		fmt.Fprintln(stderr, "fugong serve:", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "fugong serve:", err)
		return 1
	}
	fmt.Fprintf(stderr, "fugong %s: serving the kit on http://%s/\n", kit.Release, ln.Addr())
	// Brotli at its best level takes a while for app.wasm: serve at once,
	// uncompressed until the copies are written (the server never sends a
	// copy older than its file).
	go func() {
		if _, err := site.Compress(*webDir); err != nil {
			fmt.Fprintln(stderr, "fugong serve: compressing:", err)
			return
		}
		fmt.Fprintln(stderr, "fugong serve: brotli and gzip copies ready")
	}()
	srv := &http.Server{Handler: kit.Server(*webDir), ReadHeaderTimeout: 10 * time.Second}
	if err := srv.Serve(ln); err != nil {
		fmt.Fprintln(stderr, "fugong serve:", err)
		return 1
	}
	return 0
}
