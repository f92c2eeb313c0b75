//go:build !wasm

package site

import (
	"bytes"
	"errors"
)

// go-app's app.js registers the service worker before it fetches app.wasm,
// so on a first visit the worker's precache downloads the wasm a second
// time while the page is still downloading it, and the two share the
// phone's connection. The kit registers the worker once the wasm has been
// fetched and compiled instead: the precache then revalidates a file the
// browser already holds (worker.js precaches with cache: "no-cache").
var (
	registerEarly = []byte("\ngoappInitServiceWorker();\n")
	startWasm     = []byte("go.run(wasm.instance);")
	registerLate  = []byte("goappInitServiceWorker();\n    go.run(wasm.instance);")
)

// errAppJS says go-app's app.js no longer has the shape the kit patches.
var errAppJS = errors.New("go-app's app.js changed: cannot move the service worker's registration after the wasm download")

// patchAppJS moves the service worker's registration in go-app's app.js
// to after the wasm has been fetched and compiled.
func patchAppJS(js []byte) ([]byte, error) {
	if bytes.Count(js, registerEarly) != 1 || bytes.Count(js, startWasm) != 1 {
		return nil, errAppJS
	}
	js = bytes.Replace(js, registerEarly, []byte("\n"), 1)
	return bytes.Replace(js, startWasm, registerLate, 1), nil
}
