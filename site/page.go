//go:build !wasm

package site

import (
	"bytes"
	"fmt"
	"regexp"
)

// The head of every page go-app writes, finished for a static host:
//
//   - og:url and og:image are left out: go-app writes them from a domain
//     the kit does not know ("https:///form", "https://"), which is what a
//     chat app would show of a shared link;
//   - the stylesheets are put inline, so that the first screen needs no
//     request beyond the page to be drawn (a stylesheet link blocks the
//     first paint until it has arrived).
var (
	openGraphURLs = regexp.MustCompile(`\s*<meta [^>]*property="og:(?:url|image)"[^>]*>`)
	stylesheet    = regexp.MustCompile(`<link [^>]*rel="stylesheet"[^>]*>`)
	linkHref      = regexp.MustCompile(`href="([^"]*)"`)
)

// finishPage finishes a page's head; styles holds each stylesheet's text
// by the address the page links it at. A page linking a stylesheet not
// in styles is an error: it would be left render-blocking.
func finishPage(page []byte, styles map[string][]byte) ([]byte, error) {
	page = openGraphURLs.ReplaceAll(page, nil)
	var missing error
	page = stylesheet.ReplaceAllFunc(page, func(link []byte) []byte {
		m := linkHref.FindSubmatch(link)
		if m == nil {
			missing = fmt.Errorf("a stylesheet link without an address: %s", link)
			return link
		}
		css, ok := styles[string(m[1])]
		if !ok {
			missing = fmt.Errorf("the stylesheet %s cannot be put inline", m[1])
			return link
		}
		if bytes.Contains(css, []byte("</")) {
			missing = fmt.Errorf("the stylesheet %s holds %q and cannot be put inline", m[1], "</")
			return link
		}
		return append(append([]byte("<style>"), bytes.TrimSpace(css)...), "</style>"...)
	})
	return page, missing
}
