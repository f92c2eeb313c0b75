package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// storageNotice tells the user, in their language, that their answers
// cannot be saved on the phone (storage disabled or full), and offers the
// export, so that the draft kept in memory is not lost with the page.
func storageNotice(lang string, s *session) app.UI {
	if s == nil || s.store.err == nil {
		return nil
	}
	key := "storage.unavailable"
	if s.store.err == errStorageFull {
		key = "storage.full"
	}
	return app.Div().Class("notice notice-warn").ID("storage-notice").Attr("role", "alert").Body(
		app.P().Text("⚠ "+t(lang, key)),
		app.If(s.draft != nil, func() app.UI {
			return exportButton(lang, s.draft, "storage-export")
		}),
	)
}
