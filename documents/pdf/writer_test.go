package pdf

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fugong/documents"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// tool returns the path of a poppler command; without it the test is
// skipped, unless the CI variable is set: then it fails.
func tool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s not found (install poppler-utils): %v", name, err)
		}
		t.Skipf("%s not found (install poppler-utils)", name)
	}
	return path
}

// write renders plan and returns the PDF, failing the test on an error.
func write(t testing.TB, plan *documents.Plan) ([]byte, []Substitution) {
	t.Helper()
	var buf bytes.Buffer
	subs, err := Write(&buf, plan, testFont(t))
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes(), subs
}

// run writes pdf to a file and runs a poppler command on it.
func run(t *testing.T, pdf []byte, name string, args ...string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "plan.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	args = append(args, file)
	if name == "pdftotext" {
		args = append(args, "-") // to standard output
	}
	out, err := exec.Command(tool(t, name), args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", name, err, out)
	}
	return string(out)
}

func TestWriteText(t *testing.T) {
	plan := samplePlan()
	pdf, subs := write(t, plan)
	if len(subs) > 0 {
		t.Errorf("Write(sample) substituted %v, want nothing", subs)
	}
	text := squeeze(run(t, pdf, "pdftotext", "-enc", "UTF-8"))
	for _, s := range planStrings(plan) {
		if !strings.Contains(text, squeeze(s)) {
			t.Errorf("pdftotext output lacks %q", s)
		}
	}
	for n := 1; n <= 3; n++ {
		if page := squeeze(fmt.Sprintf(plan.PageFormat, n, strings.Count(string(pdf), "/Type /Page\n"))); !strings.Contains(text, page) {
			t.Errorf("pdftotext output lacks page number %q", page)
		}
	}
}

func TestWriteGolden(t *testing.T) {
	pdf, _ := write(t, samplePlan())
	got := run(t, pdf, "pdftotext", "-enc", "UTF-8", "-layout")
	golden := filepath.Join("testdata", "sample.txt")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("pdftotext -layout output differs from %s (run go test -update and review the diff)", golden)
	}
}

func TestWriteEmbedsFont(t *testing.T) {
	pdf, _ := write(t, samplePlan())
	out := run(t, pdf, "pdffonts")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("pdffonts lists %d lines, want a header and one font:\n%s", len(lines), out)
	}
	f := strings.Fields(lines[2])
	// name type encoding emb sub uni object ID; gofpdf subsets the font
	// but does not tag its name, so sub says "no".
	if !strings.Contains(strings.ToLower(f[0]), "wenquanyi") || f[len(f)-5] != "yes" || f[len(f)-3] != "yes" {
		t.Errorf("pdffonts = %q, want WenQuanYi embedded, with a Unicode map", lines[2])
	}
}

func TestWriteDeterministic(t *testing.T) {
	a, _ := write(t, samplePlan())
	b, _ := write(t, samplePlan())
	if !bytes.Equal(a, b) {
		t.Errorf("two writes of the same plan differ (%d and %d bytes)", len(a), len(b))
	}
	if !bytes.Contains(a, []byte("/CreationDate (D:20260305")) {
		t.Errorf("creation date is not the plan's date 2026-03-05")
	}
}

func TestWriteMetadata(t *testing.T) {
	pdf, _ := write(t, samplePlan())
	out := run(t, pdf, "pdfinfo")
	for _, want := range []string{"Title:           复工复产疫情防控方案", "Author:          临沂市示范精密机械制造有限公司", "Creator:         fugong", "Producer:        fugong", "Page size:       595.28 x 841.89 pts (A4)"} {
		if !strings.Contains(out, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, out)
		}
	}
	if !bytes.Contains(pdf, []byte("<rdf:li>zh-CN</rdf:li>")) {
		t.Errorf("XMP metadata lacks the language zh-CN")
	}
}

func TestWriteHostile(t *testing.T) {
	long := strings.Repeat("疫情防控，人人有责；", 1000) // 10,000 characters
	tests := []struct {
		name    string
		section documents.Section
		want    []rune // substituted characters, in order
	}{
		{"Han outside the BMP", section(para("吉祥的𠮷字")), []rune{'𠮷'}},
		{"emoji with joiner and variation selector", section(para("口罩😷，👨‍👩‍👧，❤️")), []rune{'😷', '👨', '👩', '👧', '❤'}},
		{"blank glyph", section(para("体温37.3℃")), []rune{'℃'}},
		{"Arabic", section(para("العمل")), []rune{'ا', 'ل', 'ع', 'م'}},
		{"Hebrew", section(para("עבודה")), []rune{'ע', 'ב', 'ו', 'ד', 'ה'}},
		{"invalid UTF-8", section(para("a\xffb")), []rune{'\uFFFD'}},
		{"control characters", section(para("a\x00b\x1bc\r\nd\te")), nil},
		{"10,000 characters", section(para(long)), nil},
		{"one long word", section(para(strings.Repeat("x", 5000))), nil},
		{"empty paragraph", section(para("")), nil},
		{"empty list", section(documents.Block{Kind: documents.List}), nil},
		{"list of empty items", section(documents.Block{Kind: documents.List, Items: []string{"", ""}}), nil},
		{"nil table", section(documents.Block{Kind: documents.TableBlock}), nil},
		{"empty table", section(documents.Block{Kind: documents.TableBlock, Table: &documents.Table{}}), nil},
		{"ragged table", section(documents.Block{Kind: documents.TableBlock, Table: &documents.Table{
			Header: []string{"a"}, Rows: [][]string{{}, {"1", "2", "3"}}, Widths: []float64{-1, 0}}}), nil},
		{"table cell taller than a page", section(documents.Block{Kind: documents.TableBlock, Table: &documents.Table{
			Header: []string{"项目", "说明"}, Rows: [][]string{{"1", long}}}}), nil},
		{"header taller than a page", section(documents.Block{Kind: documents.TableBlock, Table: &documents.Table{
			Header: []string{long}, Rows: [][]string{{"1"}}}}), nil},
		{"nil signature", section(documents.Block{Kind: documents.SignatureBlock}), nil},
		{"empty signature", section(documents.Block{Kind: documents.SignatureBlock, Signature: &documents.Signature{}}), nil},
		{"empty section", documents.Section{}, nil},
		{"level out of range", documents.Section{ID: "s", Title: "标题", Level: 9}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := samplePlan()
			tt.section.ID = "hostile"
			plan.Sections = append(plan.Sections, tt.section)
			_, subs := write(t, plan)
			var got []rune
			for _, s := range subs {
				if s.Section != "hostile" {
					t.Errorf("substitution %v outside the hostile section", s)
				}
				got = append(got, s.Char)
			}
			if string(got) != string(tt.want) {
				t.Errorf("substituted %q, want %q", string(got), string(tt.want))
			}
		})
	}
}

func TestWriteEmptyPlan(t *testing.T) {
	if _, subs := write(t, &documents.Plan{}); len(subs) != 0 {
		t.Errorf("Write(empty plan) substituted %v", subs)
	}
}

func TestWriteErrors(t *testing.T) {
	tests := []struct {
		name string
		plan *documents.Plan
		font *Font
		want error
	}{
		{"no font", samplePlan(), nil, ErrNoFont},
		{"no plan", nil, testFont(t), ErrNoPlan},
		{"unknown block", &documents.Plan{Sections: []documents.Section{section(documents.Block{Kind: 99})}}, testFont(t), ErrBlockKind},
		{"QR text too long", &documents.Plan{QR: strings.Repeat("x", 5000), Sections: []documents.Section{section(documents.Block{Kind: documents.QRBlock})}}, testFont(t), ErrQR},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			_, err := Write(&buf, tt.plan, tt.font)
			if !errors.Is(err, tt.want) {
				t.Errorf("Write = %v, want %v", err, tt.want)
			}
			if buf.Len() != 0 {
				t.Errorf("Write wrote %d bytes despite the error", buf.Len())
			}
		})
	}
}

func TestSubstitutionString(t *testing.T) {
	s := Substitution{Char: '𠮷', Section: "prevention.canteen", Where: "paragraph 1", Count: 2}
	if got, want := s.String(), "U+20BB7 𠮷 in prevention.canteen (paragraph 1), 2 times"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func section(blocks ...documents.Block) documents.Section {
	return documents.Section{ID: "hostile", Title: "测试", Level: 2, Blocks: blocks}
}

func para(text string) documents.Block {
	return documents.Block{Kind: documents.Paragraph, Text: text}
}

func BenchmarkWrite(b *testing.B) {
	font, plan := testFont(b), samplePlan()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if _, err := Write(&buf, plan, font); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "pdf-bytes")
	b.ReportMetric(float64(bytes.Count(buf.Bytes(), []byte("/Type /Page\n"))), "pages")
}

func FuzzWrite(f *testing.F) {
	for _, s := range []string{"", "复工复产，", "𠮷😷℃", "a\xffb\x00", "（“《", strings.Repeat("。", 300), "العمل עבודה", "한국어 日本語", "%1000000d%d"} {
		f.Add(s)
	}
	font := testFont(f)
	f.Fuzz(func(t *testing.T, text string) {
		plan := &documents.Plan{Title: text, Enterprise: text, Footer: text, PageFormat: text, Sections: []documents.Section{
			{ID: "fuzz", Title: text, Blocks: []documents.Block{para(text), {Kind: documents.List, Items: []string{text}},
				{Kind: documents.TableBlock, Table: &documents.Table{Header: []string{text}, Rows: [][]string{{text, text}}}}}},
		}}
		var buf bytes.Buffer
		if _, err := Write(&buf, plan, font); err != nil {
			t.Errorf("Write(%q) = %v, want no error", text, err)
		}
	})
}

func TestWriteLongParagraphFlows(t *testing.T) {
	long := strings.Repeat("疫情防控，人人有责；", 1000) // 10,000 characters
	plan := &documents.Plan{Sections: []documents.Section{section(para(long))}}
	pdf, _ := write(t, plan)
	if pages := bytes.Count(pdf, []byte("/Type /Page\n")); pages < 4 {
		t.Errorf("a 10,000-character paragraph fills %d pages, want at least 4", pages)
	}
	text := squeeze(run(t, pdf, "pdftotext", "-enc", "UTF-8"))
	text = regexp.MustCompile(`\d+/\d+`).ReplaceAllString(text, "") // page numbers
	if !strings.Contains(text, long) {
		t.Errorf("pdftotext does not give the 10,000-character paragraph back whole")
	}
}
