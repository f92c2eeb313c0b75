package ui

import (
	"time"

	"fugong/app/browser"
	"fugong/parkdesk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// registryRefusedNotice says, while the registry lives in the page only,
// that nothing is kept on the phone, and offers the backup of what the
// page holds.
func registryRefusedNotice(lang string) app.UI {
	if !browser.RegistryRefused() {
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
	for _, r := range browser.RegistryInPage() {
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
