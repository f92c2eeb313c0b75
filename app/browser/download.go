package browser

import (
	"strings"
	"time"
	"unicode"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// NewBlob wraps bytes in a JavaScript Blob of the given type.
func NewBlob(data []byte, mime string) app.Value {
	return JSBlob(BytesToJS(data), mime)
}

// JSBlob wraps a JavaScript byte array or string in a Blob of the given
// type, without copying it through Go.
func JSBlob(bytes app.Value, mime string) app.Value {
	parts := app.Window().Get("Array").New(bytes)
	return app.Window().Get("Blob").New(parts, map[string]any{"type": mime})
}

// ObjectURL returns a blob: URL for b; revoke it with RevokeURL.
func ObjectURL(b app.Value) string {
	return app.Window().Get("URL").Call("createObjectURL", b).String()
}

// RevokeURL frees a blob: URL made by ObjectURL.
func RevokeURL(url string) {
	if url == "" || app.IsServer {
		return
	}
	CatchJS(func() { app.Window().Get("URL").Call("revokeObjectURL", url) })
}

// SaveURL has the browser save the file at url under name, through a
// temporary <a download>.
func SaveURL(url, name string) error {
	return CatchJS(func() {
		doc := app.Window().Get("document")
		a := doc.Call("createElement", "a")
		a.Set("href", url)
		a.Set("download", name)
		a.Set("rel", "noopener")
		a.Get("style").Set("display", "none")
		doc.Get("body").Call("appendChild", a)
		a.Call("click")
		a.Call("remove")
	})
}

// Download saves data as a file named name.
func Download(name, mime string, data []byte) error {
	var blob app.Value
	if err := CatchJS(func() { blob = NewBlob(data, mime) }); err != nil {
		return err
	}
	return DownloadBlob(name, blob)
}

// DownloadBlob saves the JavaScript Blob blob as a file named name.
func DownloadBlob(name string, blob app.Value) error {
	var url string
	if err := CatchJS(func() { url = ObjectURL(blob) }); err != nil {
		return err
	}
	if err := SaveURL(url, name); err != nil {
		RevokeURL(url)
		return err
	}
	After(time.Minute, func() { RevokeURL(url) })
	return nil
}

// ShareableFile returns the Blob blob as a File for the system share
// sheet, or false when the browser cannot share files.
func ShareableFile(name string, blob app.Value) (file app.Value, ok bool) {
	err := CatchJS(func() {
		nav := app.Window().Get("navigator")
		if !nav.Get("canShare").Truthy() || !nav.Get("share").Truthy() {
			return
		}
		parts := app.Window().Get("Array").New(blob)
		f := app.Window().Get("File").New(parts, name, map[string]any{"type": blob.Get("type").String()})
		files := app.Window().Get("Array").New(f)
		if nav.Call("canShare", map[string]any{"files": files}).Bool() {
			file, ok = f, true
		}
	})
	return file, ok && err == nil
}

// Share opens the system share sheet with file. Call it from a tap (the
// browser requires one); it returns at once, and a cancelled or failed
// Share is ignored: the file was also downloaded.
func Share(file app.Value, title string) {
	CatchJS(func() {
		p := app.Window().Get("navigator").Call("share", map[string]any{
			"files": app.Window().Get("Array").New(file),
			"title": title,
		})
		ignore := app.FuncOf(func(this app.Value, args []app.Value) any { return nil })
		p.Call("then", ignore, ignore)
	})
}

// FileName builds "<prefix>-<enterprise>-<date>.<ext>", with characters
// file systems refuse taken out of the enterprise's name.
func FileName(prefix, enterprise string, day time.Time, ext string) string {
	name := strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || strings.ContainsRune(`/\:*?"<>|`, r) {
			return -1
		}
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, enterprise)
	name = strings.Join(strings.Fields(name), " ")
	if r := []rune(name); len(r) > 60 {
		name = string(r[:60])
	}
	if name == "" {
		name = "未命名企业"
	}
	return prefix + "-" + name + "-" + day.Format(time.DateOnly) + "." + ext
}
