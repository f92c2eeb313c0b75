// Command hello is the reference for the kit's browser benchmark
// (e2e/perf_test.go): a go-app v10 program with one component, built to
// WebAssembly with the kit's flags and served as the kit is, so that the
// kit's first-visit figures can be read as ratios to the least any go-app
// program costs.
//
// In the browser it shows one heading and marks the document when it
// mounts (data-fugong-mounted, ms after navigation), as the kit does.
// Natively, `hello DIR WASM` writes the static website into DIR with the
// wasm file WASM (see static.go).
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

type hello struct{ app.Compo }

// OnMount marks the document as the kit's top bar does.
func (h *hello) OnMount(ctx app.Context) {
	root := app.Window().Get("document").Get("documentElement")
	now := app.Window().Get("performance").Call("now").Float()
	root.Call("setAttribute", "data-fugong-mounted", int(now))
	root.Call("setAttribute", "data-fugong", "ready")
}

func (h *hello) Render() app.UI {
	return app.Main().Body(app.H1().Text("你好"), app.Input().Type("text").ID("name"))
}

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
	generate()
}
