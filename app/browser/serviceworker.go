package browser

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// ServiceWorker reports whether the browser has service workers
// (canCache) and whether one, with everything cached, runs this page
// (controlled).
func ServiceWorker() (canCache, controlled bool) {
	sw := app.Window().Get("navigator").Get("serviceWorker")
	return sw.Truthy(), sw.Truthy() && sw.Get("controller").Truthy()
}

// WhenControlled calls f once a service worker controls the page: at
// once where one does or where the browser has none, else when the first
// visit's worker takes control (its cache complete), so that what f
// fetches goes through it. A panic in f is recovered.
func WhenControlled(f func()) {
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() || sw.Get("controller").Truthy() {
		CatchJS(f)
		return
	}
	var onChange app.Func
	onChange = app.FuncOf(func(this app.Value, args []app.Value) any {
		sw.Call("removeEventListener", "controllerchange", onChange)
		CatchJS(f)
		return nil
	})
	sw.Call("addEventListener", "controllerchange", onChange)
}

// WatchController calls changed on the UI goroutine when a service worker
// takes control of the page, which happens once the first visit's cache
// is complete, until stop is called.
func WatchController(ctx app.Context, changed func(app.Context)) (stop func()) {
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		return func() {}
	}
	on := app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(changed)
		return nil
	})
	sw.Call("addEventListener", "controllerchange", on)
	return func() {
		sw.Call("removeEventListener", "controllerchange", on)
		on.Release()
	}
}

// WhenNewRelease calls update on the UI goroutine if the active service
// worker belongs to another release than the running page. Each release's
// worker keeps its files in the cache "fugong-<release>" and deletes the
// others when it activates, so the page's own cache is gone exactly when a
// newer worker has taken over.
func WhenNewRelease(ctx app.Context, update func(app.Context)) {
	caches := app.Window().Get("caches")
	if !caches.Truthy() {
		return
	}
	own := "fugong-" + app.Getenv("GOAPP_VERSION")
	onResult := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 && !args[0].Bool() {
			ctx.Dispatch(update)
		}
		return nil
	})
	ignore := app.FuncOf(func(this app.Value, args []app.Value) any { return nil })
	caches.Call("has", own).Call("then", onResult, ignore)
}
