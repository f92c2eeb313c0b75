//go:build !wasm

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestPDFCommand(t *testing.T) {
	example := filepath.Join("..", "..", "testdata", "example.json")
	dir := t.TempDir()
	first := filepath.Join(dir, "first.pdf")
	second := filepath.Join(dir, "second.pdf")

	var stderr bytes.Buffer
	if code := pdfCommand([]string{example, "-o", first, "-date", "2026-02-10"}, nil, nil, &stderr); code != 0 {
		t.Fatalf("pdfCommand(example) = %d, want 0; stderr %s", code, stderr.String())
	}
	if code := pdfCommand([]string{"-date", "2026-02-10", "-o", second, example}, nil, nil, &stderr); code != 0 {
		t.Fatalf("pdfCommand with flags first = %d, want 0; stderr %s", code, stderr.String())
	}
	a, _ := os.ReadFile(first)
	b, _ := os.ReadFile(second)
	if !bytes.HasPrefix(a, []byte("%PDF-")) {
		t.Fatalf("output does not start as a PDF: %q", a[:min(len(a), 16)])
	}
	if !bytes.Equal(a, b) {
		t.Errorf("the same answers and date gave different PDFs (%d and %d bytes)", len(a), len(b))
	}

	text, err := exec.Command("pdftotext", "-layout", first, "-").Output()
	if err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("pdftotext: %v", err)
		}
		t.Fatalf("pdftotext: %v", err)
	}
	for _, want := range []string{"临沂精工机械有限公司", "复工复产承诺书", "第三类", "2026年2月10日"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("the PDF's text lacks %q", want)
		}
	}
}

func TestPDFCommandErrors(t *testing.T) {
	example := filepath.Join("..", "..", "testdata", "example.json")
	tests := []struct {
		name   string
		args   []string
		stdin  string
		stderr string
	}{
		{"no file", nil, "", "usage"},
		{"bad date", []string{example, "-date", "10/02/2026"}, "", "not a date"},
		{"not json", []string{"-"}, "{oops", "JSON"},
		{"missing file", []string{"no/such.json"}, "", "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := pdfCommand(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if code != 2 || !strings.Contains(stderr.String(), tt.stderr) || stdout.Len() != 0 {
				t.Errorf("pdfCommand(%q) = %d, stderr %q; want 2 and a message naming %q", tt.args, code, stderr.String(), tt.stderr)
			}
		})
	}
}

// TestPDFCommandSummaryQR checks that with -base the QR codes carry the
// summary link a park's registry collects, and that it scans from print.
func TestPDFCommandSummaryQR(t *testing.T) {
	for _, tool := range []string{"pdftoppm", "zbarimg"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") == "" {
				t.Skipf("%s: %v", tool, err)
			}
			t.Fatalf("%s: %v", tool, err)
		}
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "plan.pdf")
	base := "https://yq.example.cn/fugong/"
	var stderr bytes.Buffer
	if code := pdfCommand([]string{filepath.Join("..", "..", "testdata", "example.json"), "-o", out, "-date", "2026-02-10", "-base", base}, nil, nil, &stderr); code != 0 {
		t.Fatalf("pdfCommand -base = %d; stderr %s", code, stderr.String())
	}
	if err := exec.Command("pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", out, filepath.Join(dir, "cover")).Run(); err != nil {
		t.Fatal(err)
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "cover*.png"))
	if len(pages) != 1 {
		t.Fatalf("rendered %d cover pages, want 1", len(pages))
	}
	scanned, err := exec.Command("zbarimg", "-q", "--raw", pages[0]).Output()
	if err != nil {
		t.Fatalf("zbarimg found no QR code on the cover: %v", err)
	}
	if got := strings.TrimSpace(string(scanned)); !strings.HasPrefix(got, base+"collect#s=s2.") {
		t.Errorf("the cover's QR code reads %q, want the summary link under %s", got, base)
	}
}
