// Command fugong is the resumption-of-work kit (复工复产自评).
//
// The same program runs in three places:
//
//   - in the browser, compiled to WebAssembly (web/app.wasm): the progressive
//     web app itself, which works offline after the first visit;
//   - natively as a server (`fugong serve`) that serves the kit on 127.0.0.1
//     with precompressed assets, and as a static-site generator
//     (`fugong static`) that writes dist/ for any static host;
//   - natively as a command line for the pure packages (`fugong classify`,
//     `fugong pdf`).
//
// Everything that only the native program needs lives in files built with
// `//go:build !wasm`, so none of it is compiled into the WebAssembly.
package main

import (
	"os"

	"fugong/app/ui"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	ui.Register(ui.Prefix())
	ui.OpenDraftStorage()
	app.RunWhenOnBrowser() // in the browser this never returns
	os.Exit(runNative(os.Args[1:]))
}
