//go:build !wasm

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fugong/assessment"
	"fugong/parkdesk"
)

// reportBackup writes a registry backup of two enterprises, one of which
// reported 30 people on site on 2026-02-18, and returns its path.
func reportBackup(t *testing.T) string {
	t.Helper()
	var entries []parkdesk.Entry
	for i, name := range []string{"临沂甲机械有限公司", "=临沂乙纺织有限公司"} {
		s := parkdesk.Summary{Name: name, PlanID: []string{"AAAA0000", "BBBB0000"}[i], Category: 1, Batch: 1,
			Staff: parkdesk.UnknownStaff, Readiness: assessment.Ready, Thresholds: assessment.DefaultThresholds, Ruleset: assessment.RulesetVersion}
		s.Staff.Total = 100
		code, err := parkdesk.EncodeSummary(s)
		if err != nil {
			t.Fatal(err)
		}
		e, err := parkdesk.NewEntry(code, time.Date(2026, 2, 10, 9, 0, 0, 0, time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		entries = append(entries, e)
	}
	code, err := parkdesk.EncodeDaily(parkdesk.DailyReport{PlanID: "AAAA0000", Date: "2026-02-18", OnSite: 30})
	if err != nil {
		t.Fatal(err)
	}
	d, err := parkdesk.NewDailyEntry(code, time.Date(2026, 2, 18, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	data, err := parkdesk.EncodeRegistryBackup(entries, []parkdesk.DailyEntry{d})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "registry.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReportCommand(t *testing.T) {
	backup := reportBackup(t)
	dir := t.TempDir()
	notBackup := filepath.Join(dir, "other.json")
	if err := os.WriteFile(notBackup, []byte(`{"format":"other"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		err  string // a part of stderr when code is 2
	}{
		{"report", []string{backup, "-date", "2026-02-18", "-batch1", "2026-02-10", "-park", "临沂经济技术开发区",
			"-o", filepath.Join(dir, "report.pdf"), "-csv", filepath.Join(dir, "report.csv")}, 0, ""},
		{"bad date", []string{backup, "-date", "2026-02-30"}, 2, "-date"},
		{"bad batch date", []string{backup, "-batch2", "soon"}, 2, "-batch2"},
		{"bad language", []string{backup, "-lang", "fr"}, 2, "-lang"},
		{"no file", []string{filepath.Join(dir, "none.json")}, 2, "no such file"},
		{"not a backup", []string{notBackup}, 2, "registry backup"},
		{"no argument", nil, 2, "usage"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := reportCommand(tt.args, strings.NewReader(""), &stdout, &stderr)
			if code != tt.code {
				t.Fatalf("reportCommand(%q) = %d, want %d; stderr %s", tt.args, code, tt.code, stderr.String())
			}
			if code == 2 && !strings.Contains(stderr.String(), tt.err) {
				t.Errorf("stderr %q, want it to name %q", stderr.String(), tt.err)
			}
		})
	}

	csv, err := os.ReadFile(filepath.Join(dir, "report.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"合计,2,1,50.0%,200,30,15.0%", "'=临沂乙纺织有限公司,1,2026-02-10,未报送每日报告"} {
		if !strings.Contains(string(csv), want) {
			t.Errorf("CSV lacks %q:\n%s", want, csv)
		}
	}
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pdftotext not found (install poppler-utils)")
		}
		t.Skip("pdftotext not found")
	}
	text, err := exec.Command(pdftotext, filepath.Join(dir, "report.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"园区复工复产情况日报", "临沂经济技术开发区", "登记企业 2 家，已复工 1 家，复工率 50.0%", "=临沂乙纺织有限公司"} {
		if !strings.Contains(strings.Join(strings.Fields(string(text)), " "), want) {
			t.Errorf("PDF lacks %q:\n%s", want, text)
		}
	}
}
