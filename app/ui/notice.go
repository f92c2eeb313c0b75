package ui

import (
	"fugong/app/browser"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// storageNotice tells the user, in their language, that their answers
// cannot be saved on the phone (storage disabled or full), and offers the
// export, so that the draft kept in memory is not lost with the page.
func storageNotice(lang string, s *session) app.UI {
	// The notice always has its place, empty or not, so that its coming
	// never redraws what follows it (go-app matches elements by
	// position): a field being typed into keeps its focus.
	return app.Div().Class("notice-slot").Body(storageNoticeBody(lang, s))
}

// storageNoticeBody is the notice itself, or nil.
func storageNoticeBody(lang string, s *session) app.UI {
	if s == nil {
		return nil
	}
	if s.store.err == nil {
		return storageNote(lang, s)
	}
	key := "storage.unavailable"
	if s.store.err == browser.ErrFull {
		key = "storage.full"
	}
	return app.Div().Class("notice notice-warn").ID("storage-notice").Attr("role", "alert").Body(
		app.P().Text("⚠ "+t(lang, key)),
		app.If(s.draft != nil, func() app.UI {
			return exportButton(lang, s.draft, "storage-export")
		}),
	)
}

// storageNote tells the user what the storage did on its own: drafts
// written again after the browser cleared them, or another tab's answers
// merged into this one's.
func storageNote(lang string, s *session) app.UI {
	if s.store.note == "" {
		return nil
	}
	return app.P().Class("notice notice-warn").ID("storage-note").Attr("role", "status").
		Text(tf(lang, s.store.note, s.store.noteArgs...))
}
