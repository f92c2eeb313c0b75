//go:build !wasm

package site

import (
	"bytes"
	_ "embed"
	"errors"
	"strings"
)

// The kit's own scripts, run before go-app's: addressJS cleans an
// address Go cannot parse (__PREFIX__ is the kit's sub-path), keeperJS
// keeps what is typed before the app starts, loadingJS writes the loading
// bar's label, prefetchJS reads the registry while the app loads. Each
// file says more.
var (
	//go:embed address.js
	addressJS string
	//go:embed keeper.js
	keeperJS string
	//go:embed loading.js
	loadingJS string
	//go:embed prefetch.js
	prefetchJS string
)

// The loading bar's label is the kit's (loading.js).
var (
	showProgress       = []byte(`loaderLabel.innerText = goappLoadingLabel.replace("{progress}", progress);`)
	showProgressLabels = []byte(`loaderLabel.innerText = fugongLoadingLabel(progress);`)
)

// go-app's app.js registers the service worker before it fetches app.wasm,
// so on a first visit the worker's precache downloads the wasm a second
// time while the page is still downloading it, and the two share the
// phone's connection. The kit registers the worker once the wasm has been
// fetched and compiled instead: the precache then revalidates a file the
// browser already holds (worker.js precaches with cache: "no-cache").
// The moment the wasm is compiled is marked for the benchmarks
// ("fugong-wasm-ready").
var (
	registerEarly = []byte("\ngoappInitServiceWorker();\n")
	startWasm     = []byte("go.run(wasm.instance);")
	registerLate  = []byte(`if (self.performance && performance.mark) performance.mark("fugong-wasm-ready");
    goappInitServiceWorker();
    go.run(wasm.instance);`)
)

// go-app reads the wasm through a stream it builds itself, to show the
// download's progress, and gives the compiler that stream: a response the
// page built, which Chromium cannot keep compiled code beside (it keeps
// it beside a response it loaded itself, in its HTTP cache or in Cache
// Storage). The kit hands the compiler the response as loaded: from the
// network on a first visit, the download's progress counted on a copy;
// through the service worker from its cache on a return, where there is
// no download to show.
var (
	fetchWasm       = []byte("const response = await fetch(url);\n")
	fetchWasmCached = []byte(`const response = await fetch(url);
  if (!(navigator.serviceWorker && navigator.serviceWorker.controller)) {
    (async () => {
      const reader = response.clone().body.getReader();
      let loaded = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        loaded += value.byteLength;
        progess(Math.min(100, Math.round((loaded * 100) / goappWasmContentLength)));
      }
    })().catch(() => {});
  }
  return response; // as loaded: its compiled code can be kept
`)
)

// errAppJS says go-app's app.js no longer has the shape the kit patches.
var errAppJS = errors.New("go-app's app.js changed: cannot move the service worker's registration after the wasm download")

// storageGuard runs before anything else touches localStorage. Where the
// browser refuses storage (cookies blocked, some private modes), reading
// window.localStorage throws, and an exception thrown into Go's wasm ends
// the whole program: no recover catches it. The guard puts a storage kept
// in memory in its place and says so (fugongStorageRefused), so the kit
// starts, tells the user their answers cannot be kept, and offers the
// export.
const storageGuard = `(function () {
  try {
    window.localStorage.length;
  } catch (e) {
    const items = new Map();
    const memory = {
      getItem: (k) => (items.has(String(k)) ? items.get(String(k)) : null),
      setItem: (k, v) => { items.set(String(k), String(v)); },
      removeItem: (k) => { items.delete(String(k)); },
      clear: () => items.clear(),
      key: (i) => Array.from(items.keys())[i] ?? null,
      get length() { return items.size; },
    };
    try {
      Object.defineProperty(window, "localStorage", { value: memory, configurable: true });
      window.fugongStorageRefused = true;
    } catch (e2) {
      console.error("fugong: storage is refused and cannot be replaced", e2);
    }
  }
})();
`

// pageScripts is the kit's own script in app.js, for the release hash: a
// change of it is a new release.
func pageScripts() string { return addressJS + storageGuard + keeperJS + loadingJS + prefetchJS }

// patchAppJS adapts go-app's app.js for the kit served under prefix: the
// address cleaned and the storage guarded first, the service worker's
// registration moved to after the wasm has been fetched and compiled, and
// the cached wasm handed to the compiler as it is.
func patchAppJS(js []byte, prefix string) ([]byte, error) {
	for _, part := range [][]byte{registerEarly, startWasm, fetchWasm, showProgress} {
		if bytes.Count(js, part) != 1 {
			return nil, errAppJS
		}
	}
	js = bytes.Replace(js, registerEarly, []byte("\n"), 1)
	js = bytes.Replace(js, startWasm, registerLate, 1)
	js = bytes.Replace(js, fetchWasm, fetchWasmCached, 1)
	js = bytes.Replace(js, showProgress, showProgressLabels, 1)
	head := strings.ReplaceAll(pageScripts(), "__PREFIX__", prefix)
	return append([]byte(head), js...), nil
}
