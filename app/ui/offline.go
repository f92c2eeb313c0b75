package ui

import (
	"fugong/app/browser"

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

// readOfflineStatus asks the browser what it can do.
func readOfflineStatus(ctx app.Context) offlineStatus {
	nav := app.Window().Get("navigator")
	ua := nav.Get("userAgent").String()
	standalone := nav.Get("standalone").Truthy() ||
		app.Window().Call("matchMedia", "(display-mode: standalone)").Get("matches").Bool()
	canCache, controlled := browser.ServiceWorker()
	return offlineStatus{
		known:        true,
		canCache:     canCache,
		controlled:   controlled,
		inAppBrowser: browser.IsInAppBrowser(ua),
		iosHint:      browser.IsIOS(ua) && !standalone,
		installable:  ctx.IsAppInstallable() && !ctx.IsAppleBrowser(),
	}
}

// markDocument sets the page's language and title.
func markDocument(lang string) {
	doc := app.Window().Get("document")
	doc.Set("title", t(lang, "app.name")+" · fugong")
	doc.Get("documentElement").Call("setAttribute", "lang", tagOf(lang))
}

// markMounted notes, once per page, when the app mounted its first
// screen: data-fugong-mounted, the milliseconds from the navigation, which
// the benchmarks measure from.
func markMounted() {
	root := app.Window().Get("document").Get("documentElement")
	if !root.Call("hasAttribute", "data-fugong-mounted").Bool() {
		now := app.Window().Get("performance").Call("now").Float()
		root.Call("setAttribute", "data-fugong-mounted", int(now))
	}
}

// markDrawn tells tests the app runs and its first screen is drawn with
// what it read at mount (the open draft's answers, not the empty frame
// before them): data-fugong="ready".
func markDrawn() {
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-fugong", "ready")
}
