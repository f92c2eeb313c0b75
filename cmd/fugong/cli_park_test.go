//go:build !wasm

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fugong/parkdesk"
)

func TestParkLinkCommand(t *testing.T) {
	full := filepath.Join("..", "..", "assessment", "testdata", "parklink", "full.json")
	dir := t.TempDir()
	png, svg, poster := filepath.Join(dir, "qr.png"), filepath.Join(dir, "qr.svg"), filepath.Join(dir, "poster.pdf")
	var stdout, stderr bytes.Buffer
	code := parkLinkCommand([]string{full, "-base", "https://example.org/fugong/", "-qr", png, "-poster", poster}, nil, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("parkLinkCommand = %d; stderr %s", code, stderr.String())
	}
	link := strings.TrimSpace(stdout.String())
	if !strings.HasPrefix(link, "https://example.org/fugong/#p=") {
		t.Errorf("printed %q, want the link", link)
	}
	p, err := parkdesk.DecodeParkLink(link)
	if err != nil || !strings.HasPrefix(p.Name, "广西") {
		t.Errorf("the printed link decodes to %+v, %v", p, err)
	}
	for file, prefix := range map[string]string{png: "\x89PNG", poster: "%PDF-"} {
		if data, _ := os.ReadFile(file); !bytes.HasPrefix(data, []byte(prefix)) {
			t.Errorf("%s does not start with %q", file, prefix)
		}
	}
	stdout.Reset()
	if code := parkLinkCommand([]string{"-qr", svg, "-", "-base", "https://example.org"}, strings.NewReader(`{"park": {"name": "苏州工业园区"}}`), &stdout, &stderr); code != 0 {
		t.Fatalf("parkLinkCommand(answers file on stdin) = %d; stderr %s", code, stderr.String())
	}
	if !strings.HasPrefix(stdout.String(), "https://example.org/#p=") {
		t.Errorf("printed %q", stdout.String())
	}
	if data, _ := os.ReadFile(svg); !bytes.HasPrefix(data, []byte("<svg")) {
		t.Errorf("SVG file starts %q", data[:min(len(data), 10)])
	}
	for _, tt := range []struct {
		args  []string
		stdin string
	}{
		{[]string{"-"}, `{"name": ""}`},
		{[]string{"-"}, `{"name": "P", "phone": "12"}`},
		{[]string{"-"}, `[1]`},
		{[]string{"-", "-base", "javascript:alert(1)"}, `{"name": "P"}`},
		{nil, ""},
	} {
		stderr.Reset()
		if code := parkLinkCommand(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr); code != 2 {
			t.Errorf("parkLinkCommand(%q, %q) = %d, want 2", tt.args, tt.stdin, code)
		}
	}
}
