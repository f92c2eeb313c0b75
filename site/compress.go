//go:build !wasm

package site

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/andybalholm/brotli"
)

// compressible lists the kinds of file worth sending compressed.
var compressible = []string{".wasm", ".js", ".css", ".html", ".svg", ".ttf", ".webmanifest", ".json", ".txt"}

// minCompressSize is the size below which compression gains too little to
// be worth an extra file.
const minCompressSize = 1024

// Compress writes a brotli (.br) and a gzip (.gz) copy beside every large
// compressible file under dir, skipping copies newer than their source.
// It returns the number of copies written.
func Compress(dir string) (int, error) {
	written := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !servable(p) || !isCompressible(p) {
			return err
		}
		info, err := d.Info()
		if err != nil || info.Size() < minCompressSize {
			return err
		}
		for _, enc := range encodings {
			if fresh(p+enc.ext, info) {
				continue
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			packed, err := enc.compress(data)
			if err != nil {
				return err
			}
			if err := writeAtomically(p+enc.ext, packed); err != nil {
				return err
			}
			written++
		}
		return nil
	})
	return written, err
}

func isCompressible(p string) bool {
	for _, ext := range compressible {
		if strings.HasSuffix(p, ext) {
			return true
		}
	}
	return false
}

// fresh reports whether a compressed copy exists and is not older than its source.
func fresh(copyPath string, source fs.FileInfo) bool {
	info, err := os.Stat(copyPath)
	return err == nil && !info.ModTime().Before(source.ModTime())
}

// encoding is one content coding the kit precompresses with.
type encoding struct {
	name     string // the Content-Encoding token
	ext      string // the file-name suffix of the copy
	compress func([]byte) ([]byte, error)
}

// encodings is ordered by preference: brotli is smaller.
var encodings = []encoding{
	{name: "br", ext: ".br", compress: compressBrotli},
	{name: "gzip", ext: ".gz", compress: compressGzip},
}

// brotliWindow is the largest window standard brotli allows (16 MiB):
// the wasm files are larger than the default 4 MiB window, and the wide
// one makes app.wasm.br about 19 KB smaller.
const brotliWindow = 24

func compressBrotli(data []byte) ([]byte, error) {
	var b bytes.Buffer
	w := brotli.NewWriterOptions(&b, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: brotliWindow})
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	err := w.Close()
	return b.Bytes(), err
}

func compressGzip(data []byte) ([]byte, error) {
	var b bytes.Buffer
	w, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	err = w.Close()
	return b.Bytes(), err
}

// writeAtomically writes a file under a temporary name and renames it, so
// that a server never sends a half-written copy.
func writeAtomically(name string, data []byte) error {
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, name)
}
