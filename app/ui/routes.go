package ui

import (
	"strings"
	"sync"

	"fugong/app/browser"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Pages lists every route of the kit, for the static-site generator.
var Pages = []string{"/", "/about", "/form", "/result", "/plan", "/drafts", "/park", "/collect", "/registry", "/daily", "/roster"}

// Register binds every route to its screen. Routes are registered at their
// plain path and, when the kit is served under a sub-path, at the prefixed
// path too, each with and without a trailing slash (static hosts serve
// route/index.html as "route/").
//
// In the browser it also marks the moment Go's main begins, once the
// runtime and every package have been initialised ("fugong-main"), for
// the benchmarks.
func Register(prefix string) {
	if app.IsClient {
		browser.CatchJS(func() { app.Window().Get("performance").Call("mark", "fugong-main") })
	}
	screens := map[string]func() app.Composer{
		"/":         func() app.Composer { return &homeScreen{} },
		"/about":    func() app.Composer { return &aboutScreen{} },
		"/form":     func() app.Composer { return newFormScreen() },
		"/result":   func() app.Composer { return &resultScreen{} },
		"/plan":     func() app.Composer { return &planScreen{} },
		"/drafts":   func() app.Composer { return &draftsScreen{} },
		"/park":     func() app.Composer { return &parkScreen{} },
		"/collect":  func() app.Composer { return &collectScreen{} },
		"/registry": func() app.Composer { return &registryScreen{} },
		"/daily":    func() app.Composer { return &dailyScreen{} },
		"/roster":   func() app.Composer { return &rosterScreen{} },
	}
	for path, screen := range screens {
		for _, p := range routeVariants(prefix, path) {
			app.Route(p, screen)
		}
	}
}

func routeVariants(prefix, path string) []string {
	variants := []string{path}
	if path != "/" {
		variants = append(variants, path+"/")
	}
	if prefix != "" {
		variants = append(variants, prefix+strings.TrimSuffix(path, "/"), prefix+path)
		if path != "/" {
			variants = append(variants, prefix+path+"/")
		}
	}
	return variants
}

// Prefix is the sub-path the kit is served under ("" at the root of its
// host). In the browser it comes from go-app's environment; natively it is
// "", since the native program registers plain routes.
func Prefix() string {
	if app.IsServer {
		return ""
	}
	return browserPrefix()
}

// browserPrefix reads the sub-path from go-app's environment once: every
// link calls Prefix, and each read is a call into JavaScript.
var browserPrefix = sync.OnceValue(func() string {
	return strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
})

// href turns a route into a link. In the browser it adds the sub-path;
// when pre-rendering natively, go-app's resource resolver adds it instead.
func href(path string) string {
	return Prefix() + path
}
