//go:build !wasm

package site

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
)

// Generate writes the kit as a static website into out, which it empties
// first: index.html and a page for every route in pages (as route.html and
// route/index.html, so that hosts that map either find it), 404.html (the
// app shell, for hosts that serve it for unknown paths), each with its
// stylesheets inline (see finishPage), app.js, app-worker.js and
// wasm_exec.js (minified), app.css, the manifest, every file of the
// web folder, and brotli and gzip copies of the large ones. out is what a
// host serves at the kit's prefix.
func (k *Kit) Generate(out, webDir string, pages []string) error {
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	srv := httptest.NewServer(k.Handler)
	defer srv.Close()

	files := map[string]string{ // URL path → file in out
		"/":                     "index.html",
		"/app.js":               "app.js",
		"/app-worker.js":        "app-worker.js",
		"/app.css":              "app.css",
		"/wasm_exec.js":         "wasm_exec.js",
		"/manifest.webmanifest": "manifest.webmanifest",
	}
	for _, p := range pages {
		if p == "/" || p == "" {
			continue
		}
		name := strings.Trim(p, "/")
		files[p] = name + ".html"
	}
	styles, err := k.styles(srv.URL, webDir)
	if err != nil {
		return err
	}
	for urlPath, name := range files {
		body, err := fetch(srv.URL + urlPath)
		if err != nil {
			return err
		}
		switch {
		case urlPath == "/manifest.webmanifest":
			body, err = k.Manifest(body)
		case urlPath == "/app.js":
			if body, err = patchAppJS(body, k.Prefix); err == nil {
				body, err = minifyJS(body)
			}
		case strings.HasSuffix(name, ".js"):
			body, err = minifyJS(body)
		case strings.HasSuffix(name, ".html"):
			body, err = finishPage(body, styles)
		}
		if err != nil {
			return err
		}
		if err := writeFile(filepath.Join(out, name), body); err != nil {
			return err
		}
		if strings.HasSuffix(name, ".html") && name != "index.html" {
			dirIndex := filepath.Join(out, strings.TrimSuffix(name, ".html"), "index.html")
			if err := writeFile(dirIndex, body); err != nil {
				return err
			}
		}
		if name == "index.html" {
			if err := writeFile(filepath.Join(out, "404.html"), body); err != nil {
				return err
			}
		}
	}
	// Compress the web folder in place first: its copies are kept between
	// builds and redone only when a file changes (brotli at its best
	// level takes a while for app.wasm).
	if _, err := Compress(webDir); err != nil {
		return err
	}
	for _, f := range k.files {
		src := filepath.Join(webDir, filepath.FromSlash(strings.TrimPrefix(f.Path, "/web/")))
		dst := filepath.Join(out, filepath.FromSlash(f.Path))
		for _, suffix := range []string{"", ".br", ".gz"} {
			data, err := os.ReadFile(src + suffix)
			if errors.Is(err, fs.ErrNotExist) && suffix != "" {
				continue // too small to compress
			}
			if err != nil {
				return err
			}
			if err := writeFile(dst+suffix, data); err != nil {
				return err
			}
		}
	}
	_, err = Compress(out)
	return err
}

// styles reads the stylesheets the pages link, by the address they link
// them at: go-app's own (app.css) from the handler at base, the kit's from
// the web folder.
func (k *Kit) styles(base, webDir string) (map[string][]byte, error) {
	css, err := fetch(base + "/app.css")
	if err != nil {
		return nil, err
	}
	styles := map[string][]byte{k.Prefix + "/app.css": css}
	for _, s := range k.Handler.Styles {
		if s == "/app.css" {
			continue // go-app lists its own once it has served a page
		}
		rel, ok := strings.CutPrefix(s, "/web/")
		if !ok {
			return nil, fmt.Errorf("stylesheet %s is not in the web folder", s)
		}
		css, err := os.ReadFile(filepath.Join(webDir, filepath.FromSlash(rel)))
		if err != nil {
			return nil, err
		}
		styles[k.Prefix+s] = css
	}
	return styles, nil
}

func fetch(url string) ([]byte, error) {
	res, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("generating %s: %s", url, res.Status)
	}
	return io.ReadAll(res.Body)
}

func writeFile(name string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, data, 0o644)
}
