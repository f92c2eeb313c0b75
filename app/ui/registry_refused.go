package ui

import (
	"errors"
	"sort"
	"sync"
	"time"

	"fugong/app/browser"
	"fugong/parkdesk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pageRegistry holds the registry in this page's memory while the browser
// refuses IndexedDB (a privacy mode, an embedded browser, site storage
// turned off): collecting and the registry keep working for the page,
// every screen says that nothing is kept on the phone, and offers the
// backup, which a browser that stores can import.
var pageRegistry struct {
	sync.Mutex
	refused bool
	recs    map[string]idbRecord // by code
}

// registryRefused reports whether the registry lives in the page only.
func registryRefused() bool {
	pageRegistry.Lock()
	defer pageRegistry.Unlock()
	return pageRegistry.refused
}

// refuseIfUnavailable switches the registry to the page's memory when err
// says IndexedDB is refused, and reports whether it did.
func refuseIfUnavailable(err error) bool {
	var e *browser.IDBError
	if !errors.As(err, &e) || e.Kind != "unavailable" {
		return false
	}
	pageRegistry.Lock()
	defer pageRegistry.Unlock()
	if !pageRegistry.refused {
		app.Log("registry: IndexedDB refused, the registry is kept in this page only:", err)
		pageRegistry.refused = true
		pageRegistry.recs = map[string]idbRecord{}
	}
	return true
}

// pagePut keeps records in the page's registry.
func pagePut(recs []idbRecord) {
	pageRegistry.Lock()
	defer pageRegistry.Unlock()
	for _, r := range recs {
		pageRegistry.recs[r.Code] = r
	}
}

// pageDelete removes a record from the page's registry.
func pageDelete(code string) {
	pageRegistry.Lock()
	defer pageRegistry.Unlock()
	delete(pageRegistry.recs, code)
}

// pageAll returns the page's registry, oldest first.
func pageAll() []idbRecord {
	pageRegistry.Lock()
	defer pageRegistry.Unlock()
	out := make([]idbRecord, 0, len(pageRegistry.recs))
	for _, r := range pageRegistry.recs {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Added.Before(out[j].Added) })
	return out
}

// registryRefusedNotice says, while the registry lives in the page only,
// that nothing is kept on the phone, and offers the backup of what the
// page holds.
func registryRefusedNotice(lang string) app.UI {
	if !registryRefused() {
		return nil
	}
	return app.Div().Class("notice notice-warn").ID("registry-refused").Attr("role", "alert").Body(
		app.P().Text("⚠ "+t(lang, "registry.refused")),
		app.Button().Class("button button-secondary").ID("registry-refused-export").
			Text(t(lang, "registry.backup")).
			OnClick(func(ctx app.Context, e app.Event) { downloadPageRegistry() }),
	)
}

// downloadPageRegistry saves the page's registry as a backup file.
func downloadPageRegistry() {
	var entries []parkdesk.Entry
	for _, r := range pageAll() {
		if e, err := parkdesk.NewEntry(r.Code, r.Added); err == nil {
			entries = append(entries, e)
		}
	}
	data, err := parkdesk.EncodeBackup(entries)
	if err == nil {
		err = browser.Download("fugong-registry-backup-"+time.Now().Format("2006-01-02-1504")+".json", "application/json", data)
	}
	if err != nil {
		app.Log("registry: backup of the page's registry:", err)
	}
}
