package ui

import "testing"

// TestTagOf checks the page's lang attribute for each language and for
// a code the kit does not speak.
func TestTagOf(t *testing.T) {
	for code, want := range map[string]string{"zh": "zh-CN", "en": "en", "ja": "ja", "ko": "ko", "xx": "zh-CN", "": "zh-CN"} {
		if got := tagOf(code); got != want {
			t.Errorf("tagOf(%q) = %q, want %q", code, got, want)
		}
	}
}
