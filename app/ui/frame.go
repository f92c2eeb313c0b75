package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// frame lays out a screen: the top bar (title, language choice, offline
// status), the screen's own content, and a footer.
func frame(lang string, content ...app.UI) app.UI {
	return app.Div().Class("page").Body(
		&topBar{},
		app.Main().ID("main").Class("content").Body(content...),
		app.Footer().Class("footer").Body(
			app.A().Href(href("/")).Text(t(lang, "nav.home")),
			app.Text(" · "),
			app.A().Href(href("/about")).Text(t(lang, "home.about")),
			app.Text(" · "),
			app.A().Href(href("/park")).Text(t(lang, "park.staff_link")),
			app.Text(" · "),
			app.A().Href(href("/registry")).Text(t(lang, "registry.title")),
		),
	)
}

// screen is embedded by every screen: it tracks the chosen language.
type screen struct {
	app.Compo
	lang string
}

// OnPreRender renders pre-built pages in the default language.
func (s *screen) OnPreRender(ctx app.Context) {
	s.lang = languages[0].Code
}

// OnMount picks the language and follows later changes of it.
func (s *screen) OnMount(ctx app.Context) {
	s.lang = currentLang(ctx)
	ctx.ObserveState(langState, &s.lang)
}

// OnDismount has the session let go of the screen's context (a screen
// with an OnDismount of its own calls this one).
func (s *screen) OnDismount() {
	if theSession != nil {
		theSession.forgetGone()
	}
}
