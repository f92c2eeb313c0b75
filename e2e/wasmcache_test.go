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
// by name, with their count, and the URL each streaming compilation was
// given (wasm.SetUrl; "" for a response the page built itself).
func traceWasm(t *testing.T, phone *browser, load func()) (seen map[string]int, urls []string) {
	t.Helper()
	var mu sync.Mutex
	seen = map[string]int{}
	done := make(chan struct{}, 1)
	if err := chromedp.Listen(phone.ctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			defer mu.Unlock()
			for _, raw := range e.Value {
				var event struct {
					Name string          `json:"name"`
					Args json.RawMessage `json:"args"`
				}
				if json.Unmarshal(raw, &event) == nil {
					seen[event.Name]++
					var args struct {
						URL string `json:"url"`
					}
					if event.Name == "wasm.SetUrl" && json.Unmarshal(event.Args, &args) == nil {
						urls = append(urls, args.URL)
					}
				}
			}
		case *tracing.EventTracingComplete:
			done <- struct{}{}
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
	return seen, urls
}

// TestWasmStreamsFromCachedResponse opens the kit anew offline (as from
// the home screen) and reads in a trace how app.wasm was compiled: by
// streaming, from a response that has its URL (the service worker's
// cache entry, not a response the page built), which is what Chromium
// needs to keep the module's compiled code between visits. (On a first
// visit go-app's progress bar builds its own response, whose URL is "".) Whether V8
// wrote or read the code cache is logged: it writes it only once enough
// of the module has been optimised (1 MB of top-tier code by default),
// which a visit of a few seconds does not reach.
func TestWasmStreamsFromCachedResponse(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.open(t, host.URL)
	phone.waitForOffline(t)
	host.Stop()
	seen, urls := traceWasm(t, phone, func() {
		phone.do(t, 10*time.Second, chromedp.Navigate("about:blank"))
		phone.open(t, host.URL)
		time.Sleep(3 * time.Second)
	})
	if seen["v8.wasm.streamFromResponseCallback"] == 0 || seen["wasm.StartStreamingCompilation"] == 0 {
		t.Errorf("app.wasm was not compiled by streaming from a response (trace: %v)", seen)
	}
	if len(urls) != 1 || !strings.HasSuffix(urls[0], "/web/app.wasm") {
		t.Errorf("the streaming compilation was given the URLs %q, want app.wasm's: a response without one is never cached", urls)
	}
	t.Logf("code cache: read %d, written %d; functions optimised meanwhile: %d",
		seen["v8.wasm.moduleCacheHit"], seen["v8.wasm.cachedModule"], seen["wasm.TopTierCompilation"])
}
