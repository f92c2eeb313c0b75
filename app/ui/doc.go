// Package ui holds the kit's screens as go-app components, one per file.
//
// Screens read and write only through packages assessment (the rules) and
// documents (the plan and the letter) and the browser's storage; they keep no rules of their own.
// Shared state, such as the chosen language, goes through go-app's states
// (ctx.SetState / ctx.ObserveState). Every screen renders without a browser
// too, because the same components are pre-rendered into the static pages
// that a phone shows before the WebAssembly has started.
//
// The drafts live in IndexedDB (package browser, idb_drafts.go), read whole before the app
// starts (storage_open.go) and written through in strict transactions, so
// that a change survives the browser being killed; localStorage serves
// where the browser refuses IndexedDB, and memory where it refuses both.
package ui
