//go:build !wasm

package ui

import (
	"os"
	"strings"
	"testing"
)

// TestLogoIsTheIcon checks that the logo drawn inline is the icon file
// tools/icons draws, with only its size and its hiding from screen
// readers added.
func TestLogoIsTheIcon(t *testing.T) {
	file, err := os.ReadFile("../../web/icons/icon.svg")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Replace(logoSVG, logoAttrs, "", 1), strings.TrimSpace(string(file)); got != want {
		t.Errorf("the inline logo is not web/icons/icon.svg:\n%s\nwant\n%s", got, want)
	}
}
