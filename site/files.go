//go:build !wasm

package site

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// webFile is one file of the web folder, as the kit serves it.
type webFile struct {
	Path string // URL path below the prefix, such as "/web/app.wasm"
	Size int64
	Hash string // first 12 hex digits of the SHA-256 of the content
}

// pdfWasm is the PDF worker's program (command fugong/cmd/pdfworker).
const pdfWasm = "/web/pdf.wasm"

// hashedPath is the file's path with its content hash as a query, for
// lazily cached files whose cache entry must change when the file does.
func (f webFile) hashedPath() string {
	return f.Path + "?h=" + f.Hash
}

// servable reports whether a file in the web folder belongs on the site:
// Go sources that embed a file, precompressed copies (and copies being
// written) and hidden files do not.
func servable(name string) bool {
	base := path.Base(name)
	return !strings.HasPrefix(base, ".") &&
		!strings.HasSuffix(base, ".go") &&
		!strings.HasSuffix(base, ".br") &&
		!strings.HasSuffix(base, ".gz") &&
		!strings.HasSuffix(base, ".tmp")
}

// scanWeb lists the servable files of the web folder in a stable order.
func scanWeb(dir string) ([]webFile, error) {
	var files []webFile
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if !servable(rel) {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		files = append(files, webFile{
			Path: "/web/" + rel,
			Size: int64(len(data)),
			Hash: hex.EncodeToString(sum[:6]),
		})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading the web folder: %w", err)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, nil
}

// release is a content hash of everything the browser receives: the web
// files and the settings that shape the generated pages. The same build
// gives the same release, so users are offered an update only when
// something changed.
func release(files []webFile, settings ...string) string {
	h := sha256.New()
	for _, f := range files {
		fmt.Fprintf(h, "%s %s\n", f.Path, f.Hash)
	}
	for _, s := range settings {
		fmt.Fprintf(h, "%s\n", s)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
