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

// TestPDFCommandUnusedEdits gives fugong pdf an answers file with edits
// for sections the plan takes no edit for (the letter, whose text follows
// the assessment, and an ID that is no section): the PDF is written, and
// each such edit is named on standard error as left out, not dropped
// without a word; so is a deadline before the plan's date.
func TestPDFCommandUnusedEdits(t *testing.T) {
	example, err := os.ReadFile(filepath.Join("..", "..", "testdata", "example.json"))
	if err != nil {
		t.Fatal(err)
	}
	var top map[string]any
	if err := json.Unmarshal(example, &top); err != nil {
		t.Fatal(err)
	}
	top["edits"] = map[string]string{"letter.enterprise": "我们保证", "no.such": "x", "prevention": "本企业的方案"}
	top["deadlines"] = map[string]string{"dormitory": "2026-02-09", "canteen": "2026-02-10"}
	data, err := json.Marshal(top)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "edits.json")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if code := pdfCommand([]string{file, "-o", filepath.Join(t.TempDir(), "x.pdf"), "-date", "2026-02-10"}, nil, nil, &stderr); code != 0 {
		t.Fatalf("pdfCommand = %d, want 0; stderr %s", code, stderr.String())
	}
	for _, id := range []string{"letter.enterprise", "no.such"} {
		if !strings.Contains(stderr.String(), "edits."+id) {
			t.Errorf("stderr does not name the unused edit %s:\n%s", id, stderr.String())
		}
	}
	if !strings.Contains(stderr.String(), "deadlines.dormitory: 2026-02-09") || strings.Contains(stderr.String(), "deadlines.canteen") {
		t.Errorf("stderr does not name the deadline before 2026-02-10 alone:\n%s", stderr.String())
	}
	if strings.Contains(stderr.String(), "edits.prevention") {
		t.Errorf("stderr names the used edit of prevention:\n%s", stderr.String())
	}
}
