//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

// main says where the worker runs: built for any other platform (go build
// ./..., go vet ./...), the command only explains itself.
func main() {
	fmt.Fprintln(os.Stderr, "pdfworker runs in a browser's Web Worker: build it with GOOS=js GOARCH=wasm (./build.sh wasm)")
	os.Exit(2)
}
