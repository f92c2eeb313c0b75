//go:build !wasm

package site

import (
	"fmt"
	"strings"
)

// Options says where the kit's static files are and where it is served.
type Options struct {
	// WebDir is the folder holding app.wasm, styles, icons and fonts.
	WebDir string
	// Prefix is the sub-path the kit is served under, such as "/fugong",
	// or "" at the root of its host.
	Prefix string
	// Pages are the app's routes ("/form"); the service worker keeps
	// each one's page and answers a navigation to it with that page, so
	// that the route's first screen is on screen, and takes input, before
	// the app starts. Other addresses get the first screen's page.
	Pages []string
}

// CleanPrefix checks and normalises a sub-path: "" or "/" become "", and
// "fugong/" becomes "/fugong". Only letters, digits, '-', '_', '.' and '/'
// are accepted, so the prefix can go into HTML and JavaScript unquoted.
func CleanPrefix(p string) (string, error) {
	p = strings.Trim(p, "/")
	if p == "" {
		return "", nil
	}
	for _, r := range p {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' ||
			strings.ContainsRune("-_./", r)
		if !ok {
			return "", fmt.Errorf("prefix %q: only letters, digits and - _ . / are allowed", p)
		}
	}
	if strings.Contains(p, "..") || strings.Contains(p, "//") {
		return "", fmt.Errorf("prefix %q: no empty or parent segments", p)
	}
	return "/" + p, nil
}
