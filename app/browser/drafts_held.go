package browser

import (
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// DraftsHeldKey is the localStorage key that says the phone holds
// drafts: "1", or absent. The drafts themselves are in IndexedDB, which
// a page cannot read before its scripts wait for it; the page's script
// (site/keeper.js) reads this key at once, so that on a return visit the
// pre-rendered form says the saved answers are being read instead of
// offering empty fields as if they were the answers.
const DraftsHeldKey = "fugong.drafts"

var draftsHeld struct {
	sync.Mutex
	known, held bool
}

// NoteDraftsHeld records whether the phone holds drafts, writing only
// when that changes. A refused localStorage is left alone: the page then
// offers its fields as on a first visit, and the app keeps a stored
// answer over what was typed before it started. Natively it does nothing.
func NoteDraftsHeld(held bool) {
	if app.IsServer {
		return
	}
	draftsHeld.Lock()
	defer draftsHeld.Unlock()
	if draftsHeld.known && draftsHeld.held == held {
		return
	}
	err := CatchJS(func() {
		ls := app.Window().Get("localStorage")
		if held {
			ls.Call("setItem", DraftsHeldKey, "1")
		} else {
			ls.Call("removeItem", DraftsHeldKey)
		}
	})
	draftsHeld.known, draftsHeld.held = err == nil, held
}
