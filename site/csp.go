//go:build !wasm

package site

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"strings"
)

// earlyJS is the one script in the pages themselves: until app.js runs
// (it is deferred), it notes the buttons pressed, which the keeper then
// queues (keeper.js). A press on the page before it would otherwise do
// nothing, and be forgotten.
//
//go:embed early.js
var earlyJS string

// earlyScript is the page's inline script element.
var earlyScript = "<script>" + strings.TrimSpace(earlyJS) + "</script>"

// ContentSecurityPolicy keeps everything on the phone: scripts, connections,
// fonts, images and workers may come only from the kit's own origin, and
// the one inline script is allowed by its hash. 'wasm-unsafe-eval' lets
// the browser compile app.wasm; blob: and data: images are made on the
// device (PDF page previews, QR codes).
var ContentSecurityPolicy = "default-src 'self'; " +
	"script-src 'self' 'wasm-unsafe-eval' '" + scriptHash(strings.TrimSpace(earlyJS)) + "'; " +
	"connect-src 'self'; " +
	"img-src 'self' blob: data:; " +
	"font-src 'self'; " +
	"style-src 'self' 'unsafe-inline'; " +
	"worker-src 'self'; " +
	"manifest-src 'self'; " +
	"object-src 'none'; " +
	"base-uri 'self'; " +
	"form-action 'none'"

// scriptHash is an inline script's hash as a policy names it.
func scriptHash(script string) string {
	sum := sha256.Sum256([]byte(script))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}
