package ui

import (
	"fugong/app/browser"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The page's script (site/keeper.js) keeps what the user typed, ticked or
// pressed on the pre-rendered page before the app started, and gives it
// to the app's fields as input events once they replace the pre-rendered
// ones: the answers reach the draft through the form's own handlers, as
// if typed after the start.

// earlyFocus returns the name of the field the user was in before the
// app started (on the form, a question's ID), or "".
func earlyFocus() string {
	if app.IsServer {
		return ""
	}
	name := ""
	browser.CatchJS(func() {
		if k := app.Window().Get("fugongKeeper"); k.Truthy() {
			name = k.Call("focusedName").String()
		}
	})
	return name
}

// releaseEarlyInput tells the page's script that the app has drawn its
// first screen: the last values kept and the focus are put back, buttons
// pressed before the start are pressed now, and the script stops.
func releaseEarlyInput() {
	if app.IsServer {
		return
	}
	browser.CatchJS(func() {
		if k := app.Window().Get("fugongKeeper"); k.Truthy() {
			k.Call("release")
		}
	})
}
