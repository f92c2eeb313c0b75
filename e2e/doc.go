// Package e2e tests the kit as a person meets it: the real WebAssembly
// build, served as a static website on 127.0.0.1, driven in Debian's
// headless Chromium at a phone's size, online and then offline.
//
// TestMain builds the static site twice (at the root and under /fugong/)
// before any test runs. Each test starts its own browser with a fresh
// profile, so no service worker or storage leaks from one test into
// another. Screenshots go to e2e/screenshots/ (ignored by git).
//
// Run with `make e2e` (or as part of `make test`); it needs
// /usr/bin/chromium (Debian package chromium).
package e2e
