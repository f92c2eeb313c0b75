package ui

import (
	"fugong/app/browser"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// topBar shows the kit's name, the language choice and whether the kit
// works offline here, and offers a new release when one is ready. It also
// notes when the app mounted, for the benchmarks, and marks the document
// once its first screen is drawn (data-fugong="ready") for tests, since
// the pre-rendered page looks the same but does nothing.
type topBar struct {
	app.Compo
	lang   string
	status offlineStatus

	unwatch func() // stops following the service worker; nil while not mounted
}

// OnPreRender shows the default language before the app runs.
func (b *topBar) OnPreRender(ctx app.Context) {
	b.lang = languages[0].Code
}

// OnMount reads the language and the browser's offline abilities.
func (b *topBar) OnMount(ctx app.Context) {
	b.lang = currentLang(ctx)
	ctx.ObserveState(langState, &b.lang).OnChange(func() { markDocument(b.lang) })
	markDocument(b.lang)
	markMounted()
	b.status = readOfflineStatus(ctx)
	b.unwatch = browser.WatchController(ctx, func(ctx app.Context) { b.status = readOfflineStatus(ctx) })
	// Once the screen's first frame is drawn (go-app draws the updates of
	// every OnMount before it runs what they defer), what was typed before
	// the start is handed over (earlyinput.go), and tests are told.
	ctx.Defer(func(app.Context) {
		releaseEarlyInput()
		markDrawn()
	})
}

// OnDismount stops following the service worker: every screen mounts a
// bar of its own.
func (b *topBar) OnDismount() {
	if b.unwatch != nil {
		b.unwatch()
		b.unwatch = nil
	}
}

// OnAppUpdate is called by go-app when a service worker has activated.
// That also happens on the first visit, when the first worker takes
// control; only a worker of another release is an update.
func (b *topBar) OnAppUpdate(ctx app.Context) {
	browser.WhenNewRelease(ctx, func(ctx app.Context) { b.status.updateReady = true })
}

// OnAppInstallChange is called by go-app when the kit becomes installable
// or is installed.
func (b *topBar) OnAppInstallChange(ctx app.Context) {
	b.status.installable = ctx.IsAppInstallable() && !ctx.IsAppleBrowser()
}

// Render draws the bar.
func (b *topBar) Render() app.UI {
	return app.Header().Class("topbar").Body(
		app.Div().Class("topbar-row").Body(
			app.A().Class("brand").Href(href("/")).Body(
				logo(),
				app.Span().Text(t(b.lang, "app.name")),
			),
			b.renderLanguages(),
		),
		b.renderStatus(),
	)
}

func (b *topBar) renderLanguages() app.UI {
	return app.Nav().Class("langs").Aria("label", t(b.lang, "lang.label")).Body(
		app.Range(languages).Slice(func(i int) app.UI {
			l := languages[i]
			return app.Button().
				Class("lang").
				Lang(tagOf(l.Code)).
				Aria("pressed", l.Code == b.lang).
				DataSet("lang", l.Code).
				Text(l.Name).
				OnClick(func(ctx app.Context, e app.Event) { setLang(ctx, l.Code) })
		}),
	)
}

// renderStatus draws the status: one row, always as tall as a button, so
// that a status that changes (the app starting, a new release ready, the
// offer to install arriving) never moves the page under a finger about to
// tap. Only the iOS hint, known as the app starts, adds a line.
func (b *topBar) renderStatus() app.UI {
	s := b.status
	plain := s.known && !s.updateReady && !s.inAppBrowser && s.canCache
	return app.Div().Class("status-group").Body(
		app.Div().Class("status-row").Body(
			b.renderState(),
			app.If(plain && s.installable, func() app.UI {
				return app.Button().Class("status status-install").
					Text(t(b.lang, "status.install")).
					OnClick(func(ctx app.Context, e app.Event) { ctx.ShowAppInstallPrompt() })
			}),
		),
		app.If(plain && s.iosHint, func() app.UI {
			return app.P().Class("status status-hint").Text(t(b.lang, "status.ios"))
		}),
	)
}

// renderState draws what the status row says: a new release to load, not
// yet known (before the app runs), a warning where the kit cannot work
// offline, or whether it does yet.
func (b *topBar) renderState() app.UI {
	s := b.status
	switch {
	case s.updateReady:
		return app.Button().Class("status status-update").ID("status").
			Text(t(b.lang, "status.update")).
			OnClick(func(ctx app.Context, e app.Event) { reloadSaved(ctx) })
	case !s.known:
		return app.P().Class("status").ID("status").DataSet("state", "unknown").Text("")
	case s.inAppBrowser:
		return app.P().Class("status status-warn").ID("status").DataSet("state", "inapp").Text(t(b.lang, "status.inapp"))
	case !s.canCache:
		return app.P().Class("status status-warn").ID("status").DataSet("state", "nosw").Text(t(b.lang, "status.nosw"))
	case s.controlled:
		return app.P().Class("status status-ok").ID("status").DataSet("state", "offline").Text(t(b.lang, "status.offline"))
	}
	return app.P().Class("status").ID("status").DataSet("state", "caching").Text(t(b.lang, "status.loading"))
}
