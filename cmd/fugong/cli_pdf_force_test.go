//go:build !wasm

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fugong/assessment"
)

// answersWithErrors is testdata/example.json with a credit code whose
// check character is wrong and a name carrying a right-to-left override.
func answersWithErrors(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "example.json"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := assessment.ParseAnswers(data)
	if err != nil {
		t.Fatal(err)
	}
	a.Set("credit_code", assessment.StringValue("91371311MA3R7PQ1X5"))
	a.Set("legal_rep", assessment.StringValue("王建国\u202E"))
	out, err := a.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestPDFCommandAnswersWithErrors: answers with errors give no PDF, exit
// 1 and each problem on stderr, naming the field.
func TestPDFCommandAnswersWithErrors(t *testing.T) {
	out := filepath.Join(t.TempDir(), "plan.pdf")
	var stdout, stderr bytes.Buffer
	code := pdfCommand([]string{"-", "-o", out, "-date", "2026-02-10"}, bytes.NewReader(answersWithErrors(t)), &stdout, &stderr)
	if code != 1 {
		t.Fatalf("pdfCommand(answers with errors) = %d, want 1; stderr %s", code, stderr.String())
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a PDF was written for answers with errors: %v", err)
	}
	for _, want := range []string{"credit_code: “统一社会信用代码”不是有效的统一社会信用代码", "legal_rep: “法定代表人”含有改变文字方向", "-force"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
}

// TestPDFCommandForce: -force writes the PDF all the same, with the draft
// watermark on every page, and still lists the problems.
func TestPDFCommandForce(t *testing.T) {
	out := filepath.Join(t.TempDir(), "draft.pdf")
	var stdout, stderr bytes.Buffer
	code := pdfCommand([]string{"-", "-o", out, "-date", "2026-02-10", "-force"}, bytes.NewReader(answersWithErrors(t)), &stdout, &stderr)
	if code != 0 {
		t.Fatalf("pdfCommand -force = %d, want 0; stderr %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "credit_code") || !strings.Contains(stderr.String(), "草稿：答案有误") {
		t.Errorf("stderr does not list the problems and the draft:\n%s", stderr.String())
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("pdftotext: %v", err)
		}
		t.Fatal(err)
	}
	text, err := exec.Command("pdftotext", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Split(strings.TrimRight(string(text), "\f"), "\f")
	if len(pages) < 3 {
		t.Fatalf("%d pages, want a whole plan", len(pages))
	}
	for i, p := range pages {
		if n := strings.Count(p, "草稿：答案有误"); n != 3 {
			t.Errorf("page %d carries the watermark %d times, want 3", i+1, n)
		}
	}
}

// TestPDFCommandCleanAnswersNoWatermark: answers without errors carry no
// watermark.
func TestPDFCommandCleanAnswersNoWatermark(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := pdfCommand([]string{filepath.Join("..", "..", "testdata", "example.json"), "-o", "-", "-date", "2026-02-10", "-force"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("pdfCommand = %d; stderr %s", code, stderr.String())
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skipf("pdftotext: %v", err)
	}
	cmd := exec.Command("pdftotext", "-", "-")
	cmd.Stdin = &stdout
	text, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(text), "草稿") || stderr.Len() != 0 {
		t.Errorf("clean answers: watermark in the PDF or stderr %q", stderr.String())
	}
}
