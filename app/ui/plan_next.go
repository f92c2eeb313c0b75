package ui

import (
	"fugong/app/browser"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderNext says what to do with the PDF: where the file went, then
// print, sign, stamp and hand in. Inside an app's own browser (WeChat and
// the like), which drops the download, it says so and how to get the file
// instead of claiming it was saved.
func (s *planScreen) renderNext() app.UI {
	lang := s.lang
	head := t(lang, "next.title")
	where := app.P().Class("notice notice-ok pdf-where").Text("✓ " + tf(lang, "next.saved", s.pdfName))
	if s.inApp {
		head = t(lang, "next.inapp_title")
		where = app.P().Class("notice notice-warn pdf-where").Text("⚠ " + t(lang, "next.inapp"))
	}
	return app.Section().ID("pdf-next").Class("pdf-next").Aria("labelledby", "pdf-next-title").Body(
		app.H2().ID("pdf-next-title").Text(head),
		where,
		app.Ol().Class("pdf-steps").Body(
			app.Li().Text(t(lang, "next.print")),
			app.Li().Text(t(lang, "next.sign")),
			app.Li().Text(t(lang, "next.stamp")),
			app.Li().Text(t(lang, "next.hand")),
		),
	)
}

// jumpTo returns a handler that brings the element id into view, for a
// user who made the PDF from far down the plan: the next steps, or the
// answers' errors.
func jumpTo(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) { scrollToID(id) }
}

// scrollToID brings the element id, when there is one, into view.
func scrollToID(id string) {
	browser.CatchJS(func() {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Call("scrollIntoView", map[string]any{"block": "start"})
		}
	})
}
