package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// homeScreen is the first screen: what the kit is and a way in. It is
// written to read well as plain pre-rendered HTML, before the app runs.
// When the user comes back to the kit, it opens where they left off.
type homeScreen struct {
	screen
	resume string // title of the draft to continue; "" when none
}

// resumed is set once the kit has taken the user back to where they left
// off, so that the home screen stays reachable afterwards.
var resumed bool

// OnMount takes a returning user back to their place, once per page
// load, and otherwise offers to continue their draft. Opened by a broken
// link, it stays, to say so.
func (h *homeScreen) OnMount(ctx app.Context) {
	h.screen.OnMount(ctx)
	s := journey()
	p := s.store.place
	// A park's link lands here, with its banner, not on an old screen;
	// so does a link that did not decode, with its notice.
	if !resumed && p.Route != "" && !linkOutcome.read && !linkBroken() {
		resumed = true
		ctx.Defer(func(ctx app.Context) { ctx.Navigate(href(p.Route)) })
		return
	}
	resumed = true
	if d := s.store.get(p.Draft); d != nil {
		h.resume = d.title(h.lang)
	}
}

// Render draws the first screen.
func (h *homeScreen) Render() app.UI {
	start := app.A().Class("button button-primary").ID("start").Href(href("/form")).Text(t(h.lang, "home.start"))
	if h.resume != "" {
		start = app.A().Class("button button-primary").ID("start").Href(href("/form")).
			Text(t(h.lang, "home.continue") + h.resume)
	}
	return frame(h.lang,
		brokenLinkNotice(h.lang),
		&parkBanner{},
		&parkOffer{},
		app.Section().Class("hero").Body(
			app.H1().Text(t(h.lang, "app.name")),
			app.P().Class("lead").Text(t(h.lang, "app.tagline")),
			start,
			app.If(h.resume != "", func() app.UI {
				return app.A().Class("button button-secondary button-wide").ID("all-drafts").Href(href("/drafts")).
					Text(t(h.lang, "drafts.title"))
			}),
			app.P().Class("muted").Text(t(h.lang, "home.steps")),
		),
		app.P().Class("note").Text(t(h.lang, "home.private")),
	)
}
