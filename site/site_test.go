//go:build !wasm

package site

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestCleanPrefix(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"", "", true},
		{"/", "", true},
		{"fugong", "/fugong", true},
		{"/fugong/", "/fugong", true},
		{"/a/b-c_d.e", "/a/b-c_d.e", true},
		{"/fu gong", "", false},
		{`/x"><script>`, "", false},
		{"/a/../b", "", false},
		{"/a//b", "", false},
	}
	for _, tt := range tests {
		got, err := CleanPrefix(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("CleanPrefix(%q) = %q, %v; want %q, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestAcceptsEncoding(t *testing.T) {
	tests := []struct {
		header, coding string
		want           bool
	}{
		{"gzip, deflate, br", "br", true},
		{"gzip, deflate, br", "gzip", true},
		{"gzip;q=0, br", "gzip", false},
		{"br;q=0.5", "br", true},
		{"identity", "br", false},
		{"", "gzip", false},
		{"BR", "br", true},
	}
	for _, tt := range tests {
		if got := acceptsEncoding(tt.header, tt.coding); got != tt.want {
			t.Errorf("acceptsEncoding(%q, %q) = %v, want %v", tt.header, tt.coding, got, tt.want)
		}
	}
}

// testWeb makes a web folder with a fake app.wasm large enough to compress.
func testWeb(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"app.wasm":                strings.Repeat("\x00asm wasm bytes ", 500),
		"pdf.wasm":                strings.Repeat("\x00asm pdf bytes ", 300),
		"pdf-worker.js":           "importScripts('../wasm_exec.js');",
		"fugong.css":              strings.Repeat("body { margin: 0 }\n", 100),
		"fonts/font.ttf":          strings.Repeat("glyphs ", 400),
		"fonts/embed.go":          "package fonts",
		"icons/icon-192.png":      "png",
		".hidden":                 "secret",
		"fonts/font.ttf.old.br":   "stale copy",
		"icons/maskable-512.png":  "png",
		"icons/icon-512.png":      "png",
		"icons/icon.svg":          "<svg/>",
		"release-notes/notes.txt": "notes",
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestFileServerPrecompressed(t *testing.T) {
	dir := testWeb(t)
	if n, err := Compress(dir); err != nil || n == 0 {
		t.Fatalf("Compress = %d, %v; want copies written", n, err)
	}
	if n, err := Compress(dir); err != nil || n != 0 {
		t.Errorf("Compress again = %d, %v; want 0 (copies are fresh)", n, err)
	}
	srv := httptest.NewServer(FileServer(dir))
	defer srv.Close()

	tests := []struct {
		path, accept string
		status       int
		encoding     string
		ctype        string
	}{
		{"/app.wasm", "gzip, br", 200, "br", "application/wasm"},
		{"/app.wasm", "gzip", 200, "gzip", "application/wasm"},
		{"/app.wasm", "", 200, "", "application/wasm"},
		{"/fonts/font.ttf", "br", 200, "br", "font/ttf"},
		{"/icons/icon-192.png", "br", 200, "", "image/png"},
		{"/fonts/embed.go", "", 404, "", ""},
		{"/.hidden", "", 404, "", ""},
		{"/app.wasm.br", "", 404, "", ""},
	}
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	for _, tt := range tests {
		req, _ := http.NewRequest("GET", srv.URL+tt.path, nil)
		if tt.accept != "" {
			req.Header.Set("Accept-Encoding", tt.accept)
		}
		res, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != tt.status {
			t.Errorf("GET %s (Accept-Encoding %q): status %d, want %d", tt.path, tt.accept, res.StatusCode, tt.status)
			continue
		}
		if tt.status != 200 {
			continue
		}
		if got := res.Header.Get("Content-Encoding"); got != tt.encoding {
			t.Errorf("GET %s (Accept-Encoding %q): Content-Encoding %q, want %q", tt.path, tt.accept, got, tt.encoding)
		}
		if got := res.Header.Get("Content-Type"); got != tt.ctype {
			t.Errorf("GET %s: Content-Type %q, want %q", tt.path, got, tt.ctype)
		}
	}
}

func TestKitRelease(t *testing.T) {
	dir := testWeb(t)
	a, err := New(Options{WebDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(Options{WebDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if a.Release != b.Release {
		t.Errorf("the same files gave releases %s and %s", a.Release, b.Release)
	}
	if err := os.WriteFile(filepath.Join(dir, "fugong.css"), []byte("body{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := New(Options{WebDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if c.Release == a.Release {
		t.Errorf("a changed file kept the release %s", a.Release)
	}
	prefixed, err := New(Options{WebDir: dir, Prefix: "/fugong"})
	if err != nil {
		t.Fatal(err)
	}
	if prefixed.Release == c.Release {
		t.Error("a sub-path build has the same release as the root build")
	}
	if !strings.HasPrefix(prefixed.FontURL, "/fugong/web/fonts/font.ttf?h=") {
		t.Errorf("FontURL = %q, want the prefixed font with its hash", prefixed.FontURL)
	}
	if !strings.HasPrefix(prefixed.PDFWasmURL, "/fugong/web/pdf.wasm?h=") {
		t.Errorf("PDFWasmURL = %q, want the prefixed pdf.wasm with its hash", prefixed.PDFWasmURL)
	}
	env := prefixed.Handler.Env
	if env["FUGONG_FONT_URL"] != prefixed.FontURL || env["FUGONG_PDF_WASM_URL"] != prefixed.PDFWasmURL {
		t.Errorf("the page's Env = %v, want the font's and pdf.wasm's addresses", env)
	}
	if err := os.WriteFile(filepath.Join(dir, "pdf.wasm"), []byte("\x00asm other"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := New(Options{WebDir: dir, Prefix: "/fugong"})
	if err != nil {
		t.Fatal(err)
	}
	if d.Release == prefixed.Release || d.PDFWasmURL == prefixed.PDFWasmURL {
		t.Errorf("a changed pdf.wasm kept the release %s or its address %s", d.Release, d.PDFWasmURL)
	}
	if d.FontURL != prefixed.FontURL {
		t.Errorf("a changed pdf.wasm changed the font's address to %s", d.FontURL)
	}
}

// TestNewWithoutPDFWasm: a kit built without the PDF worker's program
// still starts; the page then says the PDF cannot be made.
func TestNewWithoutPDFWasm(t *testing.T) {
	dir := testWeb(t)
	os.Remove(filepath.Join(dir, "pdf.wasm"))
	kit, err := New(Options{WebDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if kit.PDFWasmURL != "" || !strings.HasPrefix(kit.FontURL, "/web/fonts/font.ttf?h=") {
		t.Errorf("without pdf.wasm: PDFWasmURL = %q, FontURL = %q; want none and the font", kit.PDFWasmURL, kit.FontURL)
	}
}

func TestNewWithoutWasm(t *testing.T) {
	dir := testWeb(t)
	os.Remove(filepath.Join(dir, "app.wasm"))
	if _, err := New(Options{WebDir: dir}); err == nil || !strings.Contains(err.Error(), "app.wasm") {
		t.Errorf("New without app.wasm: %v; want an error naming app.wasm", err)
	}
}

func TestWorkerPrecache(t *testing.T) {
	kit, err := New(Options{WebDir: testWeb(t), Prefix: "/fugong", Pages: []string{"/", "/form", "/about/"}})
	if err != nil {
		t.Fatal(err)
	}
	js := kit.workerTemplate()
	for _, want := range []string{`"/fugong/web/app.wasm"`, `"/fugong/app.js"`, `"/fugong/"`, `"/fugong/web/icons/icon-192.png"`, `"/fugong/web/pdf-worker.js"`} {
		if !strings.Contains(js, want) {
			t.Errorf("the service worker does not precache %s", want)
		}
	}
	if !strings.Contains(js, `const pages = ["/fugong/form","/fugong/about"]`) {
		t.Error("the service worker does not keep each route's page (but the first screen's, which is the shell)")
	}
	for _, unwanted := range []string{"embed.go", ".hidden", "__PRECACHE__", "__LAZY__", "__SHELL__", "__PAGES__"} {
		if strings.Contains(js, unwanted) {
			t.Errorf("the service worker mentions %q", unwanted)
		}
	}
	if !strings.Contains(js, `const lazy = ["/fugong/web/fonts/font.ttf?h=`) {
		t.Error("the font is not cached lazily with its hash")
	}
	// pdf.wasm is not on the first visit's path: cached lazily, with its
	// content hash, never precached.
	if !strings.Contains(js, `"`+kit.PDFWasmURL+`"]`) || !strings.Contains(kit.PDFWasmURL, "?h=") {
		t.Errorf("pdf.wasm (%s) is not cached lazily with its hash", kit.PDFWasmURL)
	}
	if strings.Contains(js, `"/fugong/web/pdf.wasm"`) {
		t.Error("the service worker precaches pdf.wasm")
	}
}

func TestManifest(t *testing.T) {
	kit, err := New(Options{WebDir: testWeb(t), Prefix: "/fugong"})
	if err != nil {
		t.Fatal(err)
	}
	out, err := kit.Manifest([]byte(`{"name":"复工复产自评","scope":"/","start_url":"/fugong"}`))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]string{"scope": "/fugong/", "start_url": "/fugong/", "lang": "zh-CN", "name": "复工复产自评"} {
		if m[k] != want {
			t.Errorf("manifest %s = %v, want %q", k, m[k], want)
		}
	}
}

// TestFileServerStaleCopy checks that a compressed copy older than its
// file is never sent: a rebuilt app.wasm is served as it is until its
// copies are redone.
func TestFileServerStaleCopy(t *testing.T) {
	dir := testWeb(t)
	if _, err := Compress(dir); err != nil {
		t.Fatal(err)
	}
	wasm := filepath.Join(dir, "app.wasm")
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(wasm, later, later); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(FileServer(dir))
	defer srv.Close()
	req, _ := http.NewRequest("GET", srv.URL+"/app.wasm", nil)
	req.Header.Set("Accept-Encoding", "br, gzip")
	res, err := (&http.Client{Transport: &http.Transport{DisableCompression: true}}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if enc := res.Header.Get("Content-Encoding"); enc != "" {
		t.Errorf("a stale %s copy was sent for a newer app.wasm", enc)
	}
}

// TestAppJSRegistersWorkerAfterWasm checks the patch of go-app's app.js:
// the service worker is registered once the wasm has been compiled, not
// before the download starts.
func TestAppJSRegistersWorkerAfterWasm(t *testing.T) {
	kit, err := New(Options{WebDir: testWeb(t)})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	kit.Server(t.TempDir()).ServeHTTP(rec, httptest.NewRequest("GET", "/app.js", nil))
	if rec.Code != 200 {
		t.Fatalf("GET /app.js: %d %s", rec.Code, rec.Body.String())
	}
	js := rec.Body.String()
	register := strings.Index(js, "goappInitServiceWorker();")
	compiled := strings.Index(js, "instantiateStreaming(")
	if register < 0 || compiled < 0 || register < compiled || strings.Count(js, "goappInitServiceWorker();") != 1 {
		t.Errorf("app.js registers the worker at %d, compiles the wasm at %d: want one registration, after", register, compiled)
	}
	if !strings.Contains(js, "return response; // as loaded") {
		t.Error("app.js does not hand the cached wasm to the compiler as it is")
	}
	if !strings.HasPrefix(js, "// The address, made one Go can read.") || !strings.Contains(js, `history.replaceState(null, "", "/")`) {
		t.Error("app.js does not begin by cleaning the address for the kit's root")
	}
	if !strings.Contains(js, "window.fugongKeeper = {") || !strings.Contains(js, "loaderLabel.innerText = fugongLoadingLabel(progress);") {
		t.Error("app.js does not keep what is typed before the start, or its loading bar does not say so")
	}
	if _, err := patchAppJS([]byte("console.log(1)"), ""); err == nil {
		t.Error("patchAppJS accepted a file it does not know")
	}
}

// TestRewrittenFilesIgnoreRevalidation checks that a browser revalidating
// the manifest or app.js gets the file, not an empty 304 body rewritten
// into an error.
func TestRewrittenFilesIgnoreRevalidation(t *testing.T) {
	kit, err := New(Options{WebDir: testWeb(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/app.js", "/manifest.webmanifest"} {
		req := httptest.NewRequest("GET", path, nil)
		req.Header.Set("If-None-Match", `"`+kit.Release+`"`)
		rec := httptest.NewRecorder()
		kit.Server(t.TempDir()).ServeHTTP(rec, req)
		if rec.Code != 200 || rec.Body.Len() == 0 {
			t.Errorf("GET %s with If-None-Match: %d, %d bytes; want 200 with the file", path, rec.Code, rec.Body.Len())
		}
	}
}

// TestFileServerRedirectsUnderSubPath checks that a route asked for
// without its slash is sent to route/ under the same sub-path, with its
// query string, when the prefix was stripped before the file server.
func TestFileServerRedirectsUnderSubPath(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "drafts"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "drafts", "index.html"), []byte("<!doctype html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/fugong/", http.StripPrefix("/fugong", FileServer(dir)))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.Get(srv.URL + "/fugong/drafts?from=poster")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	loc, err := res.Location()
	if err != nil {
		t.Fatalf("no Location: %v (status %d)", err, res.StatusCode)
	}
	if res.StatusCode != http.StatusMovedPermanently || loc.Path != "/fugong/drafts/" || loc.RawQuery != "from=poster" {
		t.Errorf("redirected %d to %s, want 301 to /fugong/drafts/?from=poster", res.StatusCode, loc)
	}
	res, err = http.Get(srv.URL + "/fugong/drafts")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Request.URL.Path != "/fugong/drafts/" {
		t.Errorf("following the redirect ended at %s with %d", res.Request.URL.Path, res.StatusCode)
	}
}
