//go:build !wasm

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fugong/roster/sheet"
)

// TestReportCommandFormats checks that -o's extension picks the format:
// .xlsx a spreadsheet that reads back with the report's rows, .csv CSV.
func TestReportCommandFormats(t *testing.T) {
	backup := reportBackup(t)
	dir := t.TempDir()
	xlsx, csv := filepath.Join(dir, "report.XLSX"), filepath.Join(dir, "report.csv")
	for _, out := range []string{xlsx, csv} {
		var stdout, stderr bytes.Buffer
		if code := reportCommand([]string{backup, "-date", "2026-02-18", "-batch1", "2026-02-10", "-o", out}, nil, &stdout, &stderr); code != 0 {
			t.Fatalf("report -o %s = %d: %s", out, code, stderr.String())
		}
	}
	data, err := os.ReadFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := sheet.Read(data)
	if err != nil {
		t.Fatalf("the .xlsx does not read back: %v", err)
	}
	if len(rows) < 3 || !slices.Equal(rows[0].Cells[:2], []string{"园区复工复产情况日报", "2026-02-18"}) {
		t.Fatalf("the .xlsx starts %+v", rows[:min(3, len(rows))])
	}
	found := false
	for _, r := range rows {
		found = found || slices.Equal(r.Cells, []string{"合计", "2", "1", "50.0%", "200", "30", "15.0%"})
	}
	if !found {
		t.Errorf("the .xlsx has no total row 合计 2 1 50.0%%: %+v", rows)
	}
	text, err := os.ReadFile(csv)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(text), "\uFEFF园区复工复产情况日报,2026-02-18") {
		t.Errorf("report -o report.csv wrote %.60q, want the CSV", text)
	}
}
