//go:build !wasm

// Package site turns the kit into something a browser can load: the go-app
// handler that describes the progressive web app (name, icons, manifest,
// service worker, security policy), a file server that sends precompressed
// brotli or gzip copies, and a generator that writes the whole kit as a
// static website for any static host, at the root or under a sub-path.
//
// It is native-only: nothing here is compiled into the WebAssembly.
package site
