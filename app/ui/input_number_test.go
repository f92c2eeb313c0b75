package ui

import "testing"

func TestParseNumber(t *testing.T) {
	for in, want := range map[string]float64{"12": 12, "1,200": 1200, "１２００": 1200, " 35 % ": 35, "12.5": 12.5, "-3": -3, "0.5": 0.5, "３。５": 3.5} {
		if got, ok := parseNumber(in); !ok || got != want {
			t.Errorf("parseNumber(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "1e2", "1E2", "0x10", "Inf", "-inf", "NaN", "1e309", "1.2.3", "+-", ".", "12a", "1_000"} {
		if got, ok := parseNumber(in); ok {
			t.Errorf("parseNumber(%q) = %v: read as a number", in, got)
		}
	}
}
