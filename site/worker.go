//go:build !wasm

package site

import (
	_ "embed"
	"strings"
)

// The service worker: its script (worker.js, a template), what it
// precaches and what it caches only when first used. The page registers
// it once the wasm is compiled (appjs.go); the app follows it from
// package fugong/app/browser (serviceworker.go).

//go:embed worker.js
var workerTemplate string

// lazy reports whether a file is left out of the service worker's
// precache and cached only when first used: the PDF font and the PDF
// worker's program are large and only needed when a PDF is made, so the
// first visit does not load them (the app warms both in the background).
func (f webFile) lazy() bool {
	return f.Path == pdfWasm || strings.HasPrefix(f.Path, "/web/fonts/") && strings.HasSuffix(f.Path, ".ttf")
}

// workerTemplate fills in what the service worker precaches; go-app fills
// in the release.
func (k *Kit) workerTemplate() string {
	precache := []string{k.Prefix + "/"}
	for _, p := range []string{"/app.js", "/app.css", "/wasm_exec.js", "/manifest.webmanifest"} {
		precache = append(precache, k.Prefix+p)
	}
	var lazy []string
	for _, f := range k.files {
		if f.lazy() {
			lazy = append(lazy, k.Prefix+f.hashedPath())
		} else {
			precache = append(precache, k.Prefix+f.Path)
		}
	}
	r := strings.NewReplacer(
		"__PRECACHE__", jsonText(precache),
		"__LAZY__", jsonText(lazy),
		"__SHELL__", jsonText(k.Prefix+"/"),
		"__PAGES__", jsonText(k.pages),
	)
	return r.Replace(workerTemplate)
}
