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
	"fugong/internal/testkit"
)

// TestPaperCommand writes the paper version from a park link, from JSON
// text and from a file, in each language, and reads its text back: every
// question of the form in the form's order, a box to tick, the park's
// settings and both copies of the blank letter, which offers the three
// forms a letter may take with none ticked.
func TestPaperCommand(t *testing.T) {
	park := testkit.FullPark(t)
	link := testkit.FullLink(t)
	dir := t.TempDir()
	for _, c := range []struct {
		name, park, lang string
	}{
		{"link, Chinese", link, "zh"},
		{"JSON, English", `{"park": {"name": "苏州工业园区", "batch2": "2026-02-17", "hotline": "0512-12345"}}`, "en"},
		{"file, Japanese", filepath.Join("..", "..", "testdata", "example.json"), "ja"},
		{"link, Korean", link, "ko"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(dir, c.lang+".pdf")
			var stderr bytes.Buffer
			if code := paperCommand([]string{"-park", c.park, "-lang", c.lang, "-date", "2026-02-10", "-o", out}, nil, nil, &stderr); code != 0 {
				t.Fatalf("paperCommand = %d, want 0; stderr %s", code, stderr.String())
			}
			raw, err := exec.Command("pdftotext", "-enc", "UTF-8", out, "-").Output()
			if err != nil {
				if os.Getenv("CI") == "" {
					t.Skipf("pdftotext: %v", err)
				}
				t.Fatalf("pdftotext: %v", err)
			}
			text := strings.Join(strings.Fields(string(raw)), "")
			squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
			at := 0
			for _, st := range assessment.Form() {
				for _, q := range st.Questions {
					if q.Kind == assessment.KindQuarantineEnds { // from the roster: not on paper
						continue
					}
					label := squeeze(q.Label.In(c.lang))
					i := strings.Index(text[at:], label)
					if i < 0 {
						t.Errorf("question %s %q missing, or out of the form's order", q.ID, label)
						continue
					}
					at += i + len(label)
				}
			}
			var wants []string
			switch c.name {
			case "JSON, English":
				wants = []string{"苏州工业园区", "2026-02-17", "0512-12345"}
			case "file, Japanese":
				wants = []string{"临沂经济技术开发区", "0539-8123400", "2026-02-24"}
			default:
				wants = []string{park.Name, park.Hotline, park.BatchDate(2)}
			}
			wants = append(wants, "□", "复工复产承诺书（企业留存联）", "复工复产承诺书（园区存档联）", "＿＿＿＿年＿＿月＿＿日")
			for _, w := range wants {
				if !strings.Contains(text, squeeze(w)) {
					t.Errorf("the paper version lacks %q", w)
				}
			}
			// Each copy of the blank letter offers the three forms, each
			// behind an empty box, and is never a pledge to correct.
			for _, form := range []string{"□具备复工复产条件：", "□部分具备复工复产条件：", "□暂不具备复工复产条件（整改承诺）："} {
				if n := strings.Count(text, form); n != 2 {
					t.Errorf("the blank letter offers %q %d times, want once in each copy", form, n)
				}
			}
			for _, wrong := range []string{"复工复产整改承诺书", "☑", "■"} {
				if strings.Contains(text, wrong) {
					t.Errorf("the blank letter holds %q", wrong)
				}
			}
		})
	}
}

func TestPaperCommandErrors(t *testing.T) {
	for _, c := range []struct {
		name   string
		args   []string
		stderr string
	}{
		{"stray argument", []string{"extra"}, "usage"},
		{"bad language", []string{"-lang", "fr"}, "-lang"},
		{"bad date", []string{"-date", "10/02/2026"}, "not a date"},
		{"altered link", []string{"-park", "https://example.org/#p=ZZZZ"}, "-park"},
		{"bad JSON", []string{"-park", "{oops"}, "not a JSON object"},
		{"missing file", []string{"-park", "no-such-file.json"}, "-park"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var stderr bytes.Buffer
			out := filepath.Join(t.TempDir(), "paper.pdf")
			if code := paperCommand(append(c.args, "-o", out), nil, nil, &stderr); code != 2 {
				t.Errorf("paperCommand(%q) = %d, want 2", c.args, code)
			}
			if !strings.Contains(stderr.String(), c.stderr) {
				t.Errorf("stderr %q does not mention %q", stderr.String(), c.stderr)
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("a PDF was written all the same")
			}
		})
	}
}
