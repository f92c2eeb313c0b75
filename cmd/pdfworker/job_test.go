package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"fugong/assessment"
	"fugong/documents"
	"fugong/documents/pdf"
	"fugong/internal/workerjob"
	"fugong/parkdesk"
	"fugong/web/fonts"
)

const base = "https://fugong.example.gov.cn/fugong/"

func testFont(t *testing.T) *pdf.Font {
	t.Helper()
	f, err := pdf.LoadFont(fonts.MicroHei)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// readPark reads the fullest park setup, as the page sends it.
func readPark(t *testing.T) assessment.Park {
	t.Helper()
	var p assessment.Park
	if err := json.Unmarshal([]byte(readFile(t, "../../assessment/testdata/parklink/full.json")), &p); err != nil {
		t.Fatal(err)
	}
	return p
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestBuildPlan checks that the worker writes the same PDF as the plan
// built natively from the same answers on the same date; answers with
// errors give a draft, marked on every page.
func TestBuildPlan(t *testing.T) {
	example := readFile(t, "../../testdata/example.json")
	wrong := strings.Replace(example, "91371311MA3R7PQ1X4", "91371311MA3R7PQ1X5", 1) // its check character wrong
	font := testFont(t)
	for _, tt := range []struct {
		name, answers, watermark string
	}{
		{"clean", example, ""},
		{"with errors", wrong, "草稿：答案有误"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, subs, err := build(workerjob.Job{ID: 7, Kind: workerjob.Plan, Answers: json.RawMessage(tt.answers), Date: "2026-02-10", Base: base}, font)
			if err != nil {
				t.Fatalf("build: %v", err)
			}
			if len(subs) != 0 {
				t.Errorf("build substituted %v", subs)
			}
			a, err := assessment.ParseAnswers([]byte(tt.answers))
			if err != nil {
				t.Fatal(err)
			}
			r := assessment.Evaluate(a)
			plan := documents.BuildPlan(a, r, time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC))
			plan.QR = parkdesk.SummaryURL(base, a, r)
			plan.Watermark = tt.watermark
			var want bytes.Buffer
			if _, err := pdf.Write(&want, plan, font); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want.Bytes()) {
				t.Errorf("build(plan) wrote %d bytes, differing from pdf.Write's %d with the watermark %q", len(got), want.Len(), tt.watermark)
			}
		})
	}
}

func TestBuildPoster(t *testing.T) {
	park := readPark(t)
	font := testFont(t)
	fromBase, _, err := build(workerjob.Job{Kind: workerjob.Poster, Park: &park, Base: base}, font)
	if err != nil {
		t.Fatalf("build(poster): %v", err)
	}
	if !bytes.HasPrefix(fromBase, []byte("%PDF-")) {
		t.Errorf("build(poster) = %.20q…, want a PDF", fromBase)
	}
	p, link := assessment.Park{Name: "苏州工业园区", Contact: "𠮷田"}, ""
	link, err = parkdesk.ParkLinkURL(base, p)
	if err != nil {
		t.Fatal(err)
	}
	_, subs, err := build(workerjob.Job{Kind: workerjob.Poster, Park: &p, Link: link}, font)
	if err != nil {
		t.Fatalf("build(poster with link): %v", err)
	}
	if len(subs) != 1 || subs[0].Char != "𠮷" || subs[0].Count != 1 {
		t.Errorf("substitutions = %+v, want 𠮷 once", subs)
	}
}

// TestBuildDocument checks that a document the page built, sent as JSON,
// is written as the PDF writer writes it natively.
func TestBuildDocument(t *testing.T) {
	font := testFont(t)
	doc := parkdesk.ParkReport(parkdesk.Rates(nil, "2026-02-18", parkdesk.BatchDates{}), "临沂经济技术开发区", "zh")
	data, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var sent documents.Plan // as the page sends it
	if err := json.Unmarshal(data, &sent); err != nil {
		t.Fatal(err)
	}
	got, _, err := build(workerjob.Job{Kind: workerjob.Document, Doc: &sent}, font)
	if err != nil {
		t.Fatalf("build(document): %v", err)
	}
	var want bytes.Buffer
	if _, err := pdf.Write(&want, doc, font); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Errorf("the worker's PDF (%d bytes) differs from the native one (%d bytes)", len(got), want.Len())
	}
}

// TestBuildPaper checks that the paper version the worker writes is the
// one the PDF writer writes natively.
func TestBuildPaper(t *testing.T) {
	p := readPark(t)
	font := testFont(t)
	got, _, err := build(workerjob.Job{Kind: workerjob.Paper, Park: &p, Lang: "en", Date: "2026-02-10"}, font)
	if err != nil {
		t.Fatalf("build(paper): %v", err)
	}
	var want bytes.Buffer
	if _, err := pdf.Write(&want, documents.PaperForm(p, "en", time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC)), font); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Errorf("build(paper) wrote %d bytes, differing from pdf.Write's %d of PaperForm", len(got), want.Len())
	}
}

func TestBuildErrors(t *testing.T) {
	font := testFont(t)
	for _, tc := range []struct {
		name string
		req  workerjob.Job
		font *pdf.Font
		want string
	}{
		{"unknown kind", workerjob.Job{Kind: "letter"}, font, "unknown kind"},
		{"answers not an answers file", workerjob.Job{Kind: workerjob.Plan, Answers: json.RawMessage(`[]`), Date: "2026-02-10"}, font, "reading the answers"},
		{"bad date", workerjob.Job{Kind: workerjob.Plan, Answers: json.RawMessage(`{}`), Date: "10.2.2026"}, font, "date"},
		{"no park", workerjob.Job{Kind: workerjob.Poster}, font, "no park"},
		{"no document", workerjob.Job{Kind: workerjob.Document}, font, "no document"},
		{"paper: no park", workerjob.Job{Kind: workerjob.Paper, Date: "2026-02-10"}, font, "no park"},
		{"paper: bad date", workerjob.Job{Kind: workerjob.Paper, Park: &assessment.Park{}, Date: "2026/02/10"}, font, "date"},
		{"no font", workerjob.Job{Kind: workerjob.Plan, Answers: json.RawMessage(`{}`), Date: "2026-02-10"}, nil, "font"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, _, err := build(tc.req, tc.font)
			if err == nil || !strings.Contains(errorText(err), tc.want) || data != nil {
				t.Errorf("build(%+v) = %d bytes, %v; want an error about %q", tc.req, len(data), err, tc.want)
			}
		})
	}
}

func TestFontCache(t *testing.T) {
	calls := 0
	fetch := func(url string) ([]byte, error) {
		calls++
		if url == "/offline.ttf" {
			return nil, errors.New("offline")
		}
		if url == "/broken.ttf" {
			return []byte("not a font"), nil
		}
		return fonts.MicroHei, nil
	}
	var c fontCache
	for _, url := range []string{"", "/offline.ttf", "/broken.ttf"} {
		if _, err := c.get(url, fetch); errorText(err) != workerjob.ErrFontUnavailable {
			t.Errorf("get(%q) error = %v, want %s", url, err, workerjob.ErrFontUnavailable)
		}
	}
	f1, err := c.get("/font.ttf?h=1", fetch)
	if err != nil {
		t.Fatal(err)
	}
	f2, _ := c.get("/font.ttf?h=1", fetch)
	if f1 != f2 || calls != 3 {
		t.Errorf("the font was fetched %d times for 4 different addresses, want it kept once fetched", calls)
	}
	if errorText(nil) != "" {
		t.Errorf("errorText(nil) = %q, want empty", errorText(nil))
	}
}
