//go:build wasm

package main

// runNative is never reached in the browser, where app.RunWhenOnBrowser
// runs the app forever; it exists so that main compiles for WebAssembly
// without any of the native program's code.
func runNative([]string) int { return 0 }
