// Package browser is the kit's bridge to the browser, beside the screens
// (package fugong/app/ui) that use it: JavaScript calls that never let an
// exception reach the user (js.go), files saved and shared (download.go),
// what the service worker does for the page (serviceworker.go), the
// key–value storage the drafts are kept in (storage.go: localStorage, or
// memory where the browser refuses it and in native tests), the kit's
// IndexedDB database (indexeddb.go) with its two stores: the drafts
// (idb_drafts.go, with the note for the page's script that drafts are
// held, drafts_held.go) and the park's registry (idb_registry.go,
// idb_read.go), and the Web Worker that writes PDFs and reads and writes
// spreadsheets (worker.go: typed jobs posted, replies handed back with
// their files).
//
// It knows no screen and no message: what it returns, the screens put
// into words. Natively (the pre-rendering and the tests) each function does
// nothing or the least it can, as the doc comments say.
package browser
