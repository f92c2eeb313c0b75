//go:build !wasm

package site

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func init() {
	// Not every system's mime table knows these.
	mime.AddExtensionType(".webmanifest", "application/manifest+json")
	mime.AddExtensionType(".ttf", "font/ttf")
	mime.AddExtensionType(".wasm", "application/wasm")
}

// Server returns the HTTP handler that serves the kit: the web folder with
// precompressed copies, the manifest rewritten for the kit, every other
// path (pages, app.js, the service worker) from go-app; all with the
// security headers.
func (k *Kit) Server(webDir string) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/web/", http.StripPrefix("/web", FileServer(webDir)))
	mux.HandleFunc("/manifest.webmanifest", k.serveManifest)
	mux.HandleFunc("/app.js", k.serveAppJS)
	mux.Handle("/", k.Handler)
	return SecurityHeaders(mux)
}

func (k *Kit) serveManifest(w http.ResponseWriter, r *http.Request) {
	k.serveRewritten(w, r, "application/manifest+json", k.Manifest)
}

func (k *Kit) serveAppJS(w http.ResponseWriter, r *http.Request) {
	k.serveRewritten(w, r, "text/javascript", func(js []byte) ([]byte, error) { return patchAppJS(js, k.Prefix) })
}

// serveRewritten serves what go-app serves at r's path, rewritten.
func (k *Kit) serveRewritten(w http.ResponseWriter, r *http.Request, ctype string, rewrite func([]byte) ([]byte, error)) {
	rec := &bufferedResponse{header: http.Header{}}
	r2 := r.Clone(r.Context())
	r2.Header.Del("If-None-Match") // go-app would answer 304 with no body to rewrite
	k.Handler.ServeHTTP(rec, r2)
	body, err := rewrite(rec.body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(body)
}

// SecurityHeaders adds the kit's security policy to every response.
func SecurityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", ContentSecurityPolicy+"; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		next.ServeHTTP(w, r)
	})
}

// redirectToDir sends the browser from the directory name to name/. The
// Location is relative ("drafts/"), so that the kit served under a
// sub-path whose prefix was stripped (http.StripPrefix) stays under it:
// http.Redirect would make it absolute from the stripped path. The query
// string is kept (links from the park's poster carry one).
func redirectToDir(w http.ResponseWriter, r *http.Request, name string) {
	target := path.Base(name) + "/"
	if r.URL.RawQuery != "" {
		target += "?" + r.URL.RawQuery
	}
	w.Header().Set("Location", target)
	w.WriteHeader(http.StatusMovedPermanently)
}

// FileServer serves the files under dir, sending a precompressed .br or
// .gz copy when one exists, is not older than its file, and the browser
// accepts it. Go sources,
// hidden files and the copies themselves are not served by their own
// names. Directories serve their index.html, as static hosts do.
func FileServer(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := path.Clean("/" + r.URL.Path)
		if !servable(name) {
			http.NotFound(w, r)
			return
		}
		full := filepath.Join(dir, filepath.FromSlash(name))
		if info, err := os.Stat(full); err == nil && info.IsDir() {
			if !strings.HasSuffix(r.URL.Path, "/") {
				redirectToDir(w, r, name)
				return
			}
			full = filepath.Join(full, "index.html")
			name = path.Join(name, "index.html")
		}
		w.Header().Add("Vary", "Accept-Encoding")
		w.Header().Set("Cache-Control", "no-cache")
		if ctype := mime.TypeByExtension(path.Ext(name)); ctype != "" {
			w.Header().Set("Content-Type", ctype)
		}
		source, err := os.Stat(full)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		accepted := r.Header.Get("Accept-Encoding")
		for _, enc := range encodings {
			if !acceptsEncoding(accepted, enc.name) || !fresh(full+enc.ext, source) {
				continue
			}
			f, err := os.Open(full + enc.ext)
			if err != nil {
				continue
			}
			defer f.Close()
			w.Header().Set("Content-Encoding", enc.name)
			http.ServeContent(w, r, name, source.ModTime(), f)
			return
		}
		http.ServeFile(w, r, full)
	})
}

// acceptsEncoding reports whether an Accept-Encoding header names coding
// with a non-zero quality.
func acceptsEncoding(header, coding string) bool {
	for _, part := range strings.Split(header, ",") {
		token, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(token), coding) {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}

// bufferedResponse records a response in memory.
type bufferedResponse struct {
	header http.Header
	status int
	body   []byte
}

func (b *bufferedResponse) Header() http.Header { return b.header }

func (b *bufferedResponse) Write(p []byte) (int, error) {
	b.body = append(b.body, p...)
	return len(p), nil
}

func (b *bufferedResponse) WriteHeader(status int) { b.status = status }
