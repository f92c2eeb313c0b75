package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// homeScreen is the first screen: what the kit is and a way in. It is
// written to read well as plain pre-rendered HTML, before the app runs.
type homeScreen struct{ screen }

// Render draws the first screen.
func (h *homeScreen) Render() app.UI {
	return frame(h.lang,
		app.Section().Class("hero").Body(
			app.H1().Text(t(h.lang, "app.name")),
			app.P().Class("lead").Text(t(h.lang, "app.tagline")),
			app.A().Class("button button-primary").ID("start").Href(href("/about")).Text(t(h.lang, "home.start")),
			app.P().Class("muted").Text(t(h.lang, "home.steps")),
		),
		app.P().Class("note").Text(t(h.lang, "home.private")),
	)
}
