package ui

import (
	"sync"

	"fugong/app/browser"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// linkBroken reports whether the page was opened with an address that
// does not decode (a link cut short or mangled by a chat app). The page's
// script (site/address.js) has already taken it out of the address and
// sent the page to the first screen, so that go-app could start; the
// first screen says so.
var linkBroken = sync.OnceValue(func() bool {
	if app.IsServer {
		return false
	}
	broken := false
	browser.CatchJS(func() { broken = app.Window().Get("fugongLinkBroken").Truthy() })
	return broken
})

// brokenLinkNotice tells the user that the link they opened is
// incomplete, or nothing when it was not.
func brokenLinkNotice(lang string) app.UI {
	if !linkBroken() {
		return nil
	}
	return app.Div().Class("notice notice-warn").ID("link-broken").Attr("role", "alert").Body(
		app.P().Text("⚠ " + t(lang, "link.broken")),
	)
}
