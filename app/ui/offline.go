package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// offlineStatus is what the browser lets the kit do offline.
type offlineStatus struct {
	known        bool // read from the browser (false while pre-rendered)
	canCache     bool // the browser has service workers
	controlled   bool // the service worker, with everything cached, runs this page
	inAppBrowser bool // WeChat or another app's browser, which drops caches
	iosHint      bool // iOS Safari outside the home screen: no install prompt
	installable  bool // the browser offers an install prompt
	updateReady  bool // a new release is cached; reloading shows it
}

// inAppMarkers are user-agent fragments of the in-app browsers of
// messaging and social apps, where park staff's links are usually opened.
var inAppMarkers = []string{
	"micromessenger", "wxwork", "qq/", "weibo", "dingtalk", "alipayclient",
	"toutiao", "newsarticle", "aweme", "fban", "fbav", "instagram", "line/",
	"kakaotalk", "naver(inapp",
}

// isInAppBrowser reports whether a user agent is an app's embedded browser.
func isInAppBrowser(userAgent string) bool {
	ua := strings.ToLower(userAgent)
	for _, m := range inAppMarkers {
		if strings.Contains(ua, m) {
			return true
		}
	}
	return false
}

// isIOS reports whether a user agent is an iPhone's or iPad's.
func isIOS(userAgent string) bool {
	return strings.Contains(userAgent, "iPhone") || strings.Contains(userAgent, "iPad") || strings.Contains(userAgent, "iPod")
}

// readOfflineStatus asks the browser what it can do.
func readOfflineStatus(ctx app.Context) offlineStatus {
	nav := app.Window().Get("navigator")
	ua := nav.Get("userAgent").String()
	sw := nav.Get("serviceWorker")
	standalone := nav.Get("standalone").Truthy() ||
		app.Window().Call("matchMedia", "(display-mode: standalone)").Get("matches").Bool()
	return offlineStatus{
		known:        true,
		canCache:     sw.Truthy(),
		controlled:   sw.Truthy() && sw.Get("controller").Truthy(),
		inAppBrowser: isInAppBrowser(ua),
		iosHint:      isIOS(ua) && !standalone,
		installable:  ctx.IsAppInstallable() && !ctx.IsAppleBrowser(),
	}
}

// watchController calls changed on the UI goroutine when a service worker
// takes control of the page, which happens once the first visit's cache
// is complete, until stop is called.
func watchController(ctx app.Context, changed func(app.Context)) (stop func()) {
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

// markDocument sets the page's language and title, and tells tests the
// app runs:
// data-fugong="ready", and data-fugong-mounted, the milliseconds from the
// navigation to the first mount, which the benchmarks read.
func markDocument(lang string) {
	doc := app.Window().Get("document")
	doc.Set("title", t(lang, "app.name")+" · fugong")
	root := doc.Get("documentElement")
	root.Call("setAttribute", "lang", tagOf(lang))
	if root.Call("getAttribute", "data-fugong").String() != "ready" {
		now := app.Window().Get("performance").Call("now").Float()
		root.Call("setAttribute", "data-fugong-mounted", int(now))
		root.Call("setAttribute", "data-fugong", "ready")
	}
}

// whenNewRelease calls update on the UI goroutine if the active service
// worker belongs to another release than the running page. Each release's
// worker keeps its files in the cache "fugong-<release>" and deletes the
// others when it activates, so the page's own cache is gone exactly when a
// newer worker has taken over.
func whenNewRelease(ctx app.Context, update func(app.Context)) {
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
