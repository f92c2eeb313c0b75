//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestClassifyCommand(t *testing.T) {
	example := filepath.Join("..", "..", "testdata", "example.json")
	exampleData, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		stdin    string
		code     int
		category float64 // checked when code < 2
		stderr   string  // a part of the message when code is 2
	}{
		{"example", []string{example}, "", 0, 3, ""},
		{"stdin", []string{"-"}, string(exampleData), 0, 3, ""},
		{"english", []string{"-lang", "en", example}, "", 0, 3, ""},
		{"category1", []string{filepath.Join("..", "..", "testdata", "category1.json")}, "", 0, 1, ""},
		{"problems exit 1", []string{"-"}, `{"ruleset":"2026.1","answers":{"automation_share":80}}`, 1, 1, ""},
		{"not json", []string{"-"}, "{oops", 2, 0, "JSON"},
		{"not an object", []string{"-"}, "[]", 2, 0, "not an answers file"},
		{"no such file", []string{"no/such/file.json"}, "", 2, 0, "no such file"},
		{"no argument", nil, "", 2, 0, "usage"},
		{"two arguments", []string{"a", "b"}, "", 2, 0, "usage"},
		{"bad language", []string{"-lang", "fr", example}, "", 2, 0, "unknown language"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := classifyCommand(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if code != tt.code {
				t.Fatalf("classifyCommand(%q) = %d, want %d; stderr %s", tt.args, code, tt.code, stderr.String())
			}
			if code == 2 {
				if stdout.Len() != 0 || !strings.Contains(stderr.String(), tt.stderr) || strings.Count(strings.TrimSpace(stderr.String()), "\n") > 0 {
					t.Errorf("classifyCommand(%q): stdout %q, stderr %q: want one line naming %q", tt.args, stdout.String(), stderr.String(), tt.stderr)
				}
				return
			}
			var out map[string]any
			if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
				t.Fatalf("output is not JSON: %v\n%s", err, stdout.String())
			}
			for _, field := range []string{"category", "batch", "priority", "readiness", "items", "because", "quantities", "ruleset", "problems", "warnings"} {
				if _, ok := out[field]; !ok {
					t.Errorf("output lacks %q", field)
				}
			}
			if out["category"] != tt.category || out["ruleset"] != "2026.2" {
				t.Errorf("category %v ruleset %v, want %v 2026.2", out["category"], out["ruleset"], tt.category)
			}
		})
	}
}
