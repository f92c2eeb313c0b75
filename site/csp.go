//go:build !wasm

package site

// ContentSecurityPolicy keeps everything on the phone: scripts, connections,
// fonts, images and workers may come only from the kit's own origin.
// 'wasm-unsafe-eval' lets the browser compile app.wasm; blob: and data:
// images are made on the device (PDF page previews, QR codes).
const ContentSecurityPolicy = "default-src 'self'; " +
	"script-src 'self' 'wasm-unsafe-eval'; " +
	"connect-src 'self'; " +
	"img-src 'self' blob: data:; " +
	"font-src 'self'; " +
	"style-src 'self' 'unsafe-inline'; " +
	"worker-src 'self'; " +
	"manifest-src 'self'; " +
	"object-src 'none'; " +
	"base-uri 'self'; " +
	"form-action 'none'"
