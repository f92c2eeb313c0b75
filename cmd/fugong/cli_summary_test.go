//go:build !wasm

package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"fugong/parkdesk"
)

func TestSummaryCommand(t *testing.T) {
	example := filepath.Join("..", "..", "testdata", "example.json")
	tests := []struct {
		name   string
		args   []string
		code   int
		prefix string // of stdout, or a part of stderr when code is 2
	}{
		{"code alone", []string{example}, 0, "s2."},
		{"url", []string{"-base", "https://yq.example.cn/fugong", example}, 0, "https://yq.example.cn/fugong/collect#s=s2."},
		{"no file", []string{"no/such/file.json"}, 2, "no such file"},
		{"no argument", nil, 2, "usage"},
		{"bad code", []string{"-decode", "s1.AAAA"}, 2, "summary code"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := summaryCommand(tt.args, strings.NewReader(""), &stdout, &stderr)
			if code != tt.code {
				t.Fatalf("summaryCommand(%q) = %d, want %d; stderr %s", tt.args, code, tt.code, stderr.String())
			}
			if code == 2 {
				if !strings.Contains(stderr.String(), tt.prefix) || stdout.Len() != 0 {
					t.Errorf("stderr %q, stdout %q: want one message naming %q", stderr.String(), stdout.String(), tt.prefix)
				}
				return
			}
			out := strings.TrimSpace(stdout.String())
			if !strings.HasPrefix(out, tt.prefix) {
				t.Fatalf("stdout = %q, want it to start with %q", out, tt.prefix)
			}
			s, err := parkdesk.DecodeSummary(out)
			if err != nil || s.Name != "临沂精工机械有限公司" || s.Category != 3 {
				t.Errorf("the printed code decodes to %+v, %v", s, err)
			}
			var dec bytes.Buffer
			if summaryCommand([]string{"-decode", out}, nil, &dec, &stderr) != 0 || !strings.Contains(dec.String(), "category\t3") {
				t.Errorf("-decode printed %q, stderr %q", dec.String(), stderr.String())
			}
		})
	}
}
