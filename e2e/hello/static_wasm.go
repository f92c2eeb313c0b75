//go:build wasm

package main

// generate does nothing in the browser.
func generate() {}
