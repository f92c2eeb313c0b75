//go:build !noroster

package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The roster's small builders, kept out of line: each is one call where
// a chain of go-app calls would be several, inlined, at every use, and in
// WebAssembly every call costs code where it is made. The roster is held
// to a budget of app.wasm's size (make bench).

// rosterP is a paragraph of class and id ("" for none) saying text.
//
//go:noinline
func rosterP(class, id, text string) app.HTMLP {
	p := app.P().Text(text)
	if class != "" {
		p = p.Class(class)
	}
	if id != "" {
		p = p.ID(id)
	}
	return p
}

// rosterButton is a button of class "button "+kind, with id ("" for
// none), text and handler.
//
//go:noinline
func rosterButton(kind, id, text string, onClick app.EventHandler) app.HTMLButton {
	b := app.Button().Class("button " + kind).Text(text).OnClick(onClick)
	if id != "" {
		b = b.ID(id)
	}
	return b
}
