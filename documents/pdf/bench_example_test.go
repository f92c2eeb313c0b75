package pdf

import (
	"bytes"
	"os"
	"testing"
	"time"

	"fugong/assessment"
	"fugong/documents"
)

// BenchmarkExamplePlan writes the full plan of testdata/example.json, the
// PDF an enterprise prints: building the plan from the answers and
// writing it, with the font already loaded. `make bench` runs it natively
// and under WebAssembly (node).
func BenchmarkExamplePlan(b *testing.B) {
	data, err := os.ReadFile("../../testdata/example.json")
	if err != nil {
		b.Fatal(err)
	}
	a, err := assessment.ParseAnswers(data)
	if err != nil {
		b.Fatal(err)
	}
	font := testFont(b)
	date := time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		plan := documents.BuildPlan(a, assessment.Evaluate(a), date)
		if _, err := Write(&buf, plan, font); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "pdf-bytes")
	b.ReportMetric(float64(bytes.Count(buf.Bytes(), []byte("/Type /Page\n"))), "pages")
}

// BenchmarkLoadFont parses the font, which the first PDF of a visit pays
// for once.
func BenchmarkLoadFont(b *testing.B) {
	data, err := os.ReadFile(fontPath)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := LoadFont(data); err != nil {
			b.Fatal(err)
		}
	}
}
