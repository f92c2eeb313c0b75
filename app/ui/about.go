package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// aboutScreen says what the kit does, how it treats the user's data and
// how it works offline.
type aboutScreen struct{ screen }

// Render draws the page.
func (a *aboutScreen) Render() app.UI {
	return frame(a.lang,
		app.H1().Text(t(a.lang, "about.title")),
		app.P().Text(t(a.lang, "about.what")),
		app.P().Text(t(a.lang, "home.private")),
		app.P().Text(t(a.lang, "about.offline")),
	)
}
