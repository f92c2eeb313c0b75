package ui

import "testing"

func TestRouteVariants(t *testing.T) {
	tests := []struct {
		prefix, path string
		want         []string
	}{
		{"", "/", []string{"/"}},
		{"", "/about", []string{"/about", "/about/"}},
		{"/fugong", "/", []string{"/", "/fugong", "/fugong/"}},
		{"/fugong", "/about", []string{"/about", "/about/", "/fugong/about", "/fugong/about", "/fugong/about/"}},
	}
	for _, tt := range tests {
		got := routeVariants(tt.prefix, tt.path)
		if len(got) != len(tt.want) {
			t.Errorf("routeVariants(%q, %q) = %q, want %q", tt.prefix, tt.path, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("routeVariants(%q, %q) = %q, want %q", tt.prefix, tt.path, got, tt.want)
				break
			}
		}
	}
}
