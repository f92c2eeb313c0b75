package e2e

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// wasmTraceCategories are the trace categories in which Chromium and V8
// report how a wasm module was compiled and whether its code cache was
// read (v8.wasm.moduleCacheHit) or written (v8.wasm.cachedModule).
var wasmTraceCategories = []string{"v8.wasm", "devtools.timeline", "disabled-by-default-devtools.timeline"}

// traceWasm records the wasm events of the trace taken while load runs,
// by name, with their count and the milliseconds spent in them, and the URL each streaming compilation was
// given (wasm.SetUrl; "" for a response the page built itself).
func traceWasm(t *testing.T, phone *browser, load func()) (seen map[string]int, spent map[string]float64, urls []string) {
	t.Helper()
	var mu sync.Mutex
	seen = map[string]int{}
	spent = map[string]float64{}
	done := make(chan struct{}, 1)
	if err := chromedp.Listen(phone.ctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			defer mu.Unlock()
			for _, raw := range e.Value {
				var event struct {
					Name string          `json:"name"`
					Dur  float64         `json:"dur"`
					Args json.RawMessage `json:"args"`
				}
				if json.Unmarshal(raw, &event) == nil {
					seen[event.Name]++
					spent[event.Name] += event.Dur / 1000
					var args struct {
						URL string `json:"url"`
					}
					if event.Name == "wasm.SetUrl" && json.Unmarshal(event.Args, &args) == nil {
						urls = append(urls, args.URL)
					}
				}
			}
		case *tracing.EventTracingComplete:
			select { // a listener of an earlier trace must not block the next
			case done <- struct{}{}:
			default:
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(phone.ctx, tracing.Start, tracing.StartParams{
		TraceConfig:  &tracing.TraceConfig{IncludedCategories: wasmTraceCategories},
		TransferMode: tracing.StartTransferModeReportEvents}); err != nil {
		t.Fatal(err)
	}
	load()
	if _, err := chromedp.Call(phone.ctx, tracing.End, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the trace did not complete")
	}
	mu.Lock()
	defer mu.Unlock()
	return seen, spent, urls
}

// eagerCodeCache makes V8 keep a module's compiled code as soon as any
// of it is optimised. By default it waits for far more optimised code
// than a visit of the kit produces (a start optimises 15-20 functions),
// so a phone never writes the cache in a test's time; with this the test
// can check that the kit loads app.wasm in a way Chromium can keep code
// for at all.
const eagerCodeCache = "--wasm-caching-threshold=1 --wasm-caching-timeout-ms=0"

// TestWasmCodeCached visits the kit once, then opens it anew offline (as
// from the home screen) twice, and reads in a trace how app.wasm was
// compiled each time: by streaming from the response the browser loaded
// (from the network, then the service worker's answer from Cache
// Storage), a response Chromium keeps compiled code beside. With V8 told
// to keep code early (eagerCodeCache), the code is kept during each visit
// (v8.wasm.cachedModule) and read back when the kit is opened again
// (v8.wasm.moduleCacheHit). It logs how many functions were compiled on
// first call meanwhile: the cache holds only optimised code, so most of a
// start's compiling remains.
func TestWasmCodeCached(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhoneWithProfile(t, phoneAgent, t.TempDir(), chromedp.Flag("js-flags", eagerCodeCache))
	visits := []struct {
		name string
		load func()
	}{
		{"first visit", func() { phone.open(t, host.URL) }},
		{"offline open 1", func() { phone.do(t, 10*time.Second, chromedp.Navigate("about:blank")); phone.open(t, host.URL) }},
		{"offline open 2", func() { phone.do(t, 10*time.Second, chromedp.Navigate("about:blank")); phone.open(t, host.URL) }},
	}
	for i, v := range visits {
		seen, spent, urls := traceWasm(t, phone, func() {
			v.load()
			time.Sleep(3 * time.Second) // a short visit: V8 optimises its hottest functions meanwhile
		})
		if len(urls) != 1 || !strings.HasSuffix(urls[0], "/web/app.wasm") {
			t.Errorf("%s: the wasm compiled by streaming came from %q, want app.wasm's response: a response the page built has no URL and keeps no code", v.name, urls)
		}
		hits := seen["v8.wasm.moduleCacheHit"] - seen["v8.wasm.moduleCacheInvalid"] - seen["v8.wasm.moduleCacheInvalidDigest"]
		t.Logf("%s: code kept %d times, read %d; %d functions compiled on first call (%.0f ms), %d optimised",
			v.name, seen["v8.wasm.cachedModule"], hits, seen["wasm.CompileLazy"], spent["wasm.CompileLazy"], seen["wasm.TopTierCompilation"])
		if seen["v8.wasm.cachedModule"] == 0 {
			t.Errorf("%s: the compiled code was not kept", v.name)
		}
		if i > 1 && hits == 0 {
			t.Errorf("%s: the compiled code kept on the visit before was not read", v.name)
		}
		if i == 0 {
			phone.waitForOffline(t)
			host.Stop()
		}
	}
}
