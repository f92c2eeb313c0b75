package parkdesk

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"fugong/internal/hostile"

	"fugong/assessment"
)

// csvPayloads are the held payloads with the starts a spreadsheet reads
// as a formula, in every spelling a line break can take.
func csvPayloads() []string {
	out := []string{
		"=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", "=cmd|' /C calc'!A0",
		"\t=1+1", "\r=1+1", "\n=1+1", "\r\n=1+1", "\n\n@A1", "\r\r-2",
		"=HYPERLINK(\"http://x\",\"点我\")", "-", "=", "'=1", " =1+1",
	}
	for _, p := range hostile.Payloads {
		out = append(out, p.Text)
	}
	return out
}

// liveFormula reports whether a cell read back from the file would be
// taken as a formula by a spreadsheet.
func liveFormula(cell string) bool {
	return cell != "" && strings.ContainsRune("=+-@\t\r\n", rune(cell[0]))
}

// TestCSVWriterEveryColumn writes every payload into every column of a
// registry-wide row and reads the file back: no cell may start live.
func TestCSVWriterEveryColumn(t *testing.T) {
	lineBreaks := strings.NewReplacer("\r\n", "\n", "\r", "\n") // as the CSV writer makes them
	payloads := csvPayloads()
	var buf bytes.Buffer
	cw, err := assessment.NewCSVWriter(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range payloads {
		row := make([]string, len(CSVColumns))
		for i := range row {
			row[i] = p
		}
		if err := cw.Write(row); err != nil {
			t.Fatal(err)
		}
	}
	if err := cw.Flush(); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, buf.Bytes())
	cells, live := 0, 0
	for i, row := range rows {
		for j, cell := range row {
			cells++
			if liveFormula(cell) {
				live++
				t.Errorf("payload %q in column %s reads back live: %q", payloads[i], CSVColumns[j], cell)
			}
			if want := strings.TrimPrefix(cell, "'"); want != lineBreaks.Replace(payloads[i]) && cell != lineBreaks.Replace(payloads[i]) {
				t.Errorf("payload %q reads back as %q", payloads[i], cell)
			}
		}
	}
	if want := len(payloads) * len(CSVColumns); cells != want {
		t.Fatalf("%d cells read back, want %d", cells, want)
	}
	t.Logf("%d payloads × %d columns = %d cells written and read back, %d live formulas", len(payloads), len(CSVColumns), cells, live)
}

// TestWriteCSVPayloadEntries puts every payload into every text field of a
// registry entry — plan ID, name, credit code, phone, unmet items,
// deciding answers, ruleset, flags, code — as a crafted backup or a future
// decoder might, and exports the registry in each language.
func TestWriteCSVPayloadEntries(t *testing.T) {
	payloads := csvPayloads()
	entries := make([]Entry, len(payloads))
	for i, p := range payloads {
		entries[i] = Entry{
			Code:  p,
			Added: time.Date(2026, 2, 10, 9, 0, 0, 0, time.UTC),
			Summary: Summary{
				PlanID: p, Name: p, CreditCode: p, Phone: p, Ruleset: p,
				Unmet: []string{p}, Staff: UnknownStaff,
				Facts: []assessment.Fact{{Question: p, Value: assessment.StringValue(p)}},
			},
			Flags: []Flag{{Code: p, Message: assessment.Text{Zh: p}}},
		}
	}
	cells, live := 0, 0
	for _, lang := range assessment.Languages {
		var buf bytes.Buffer
		if err := WriteCSV(&buf, entries, lang, time.UTC); err != nil {
			t.Fatal(err)
		}
		rows := readCSV(t, buf.Bytes())
		if len(rows) != len(entries)+1 {
			t.Fatalf("%s: %d rows, want %d", lang, len(rows), len(entries)+1)
		}
		for i, row := range rows[1:] {
			for j, cell := range row {
				cells++
				if liveFormula(cell) {
					live++
					t.Errorf("%s: payload %q, column %s reads back live: %q", lang, payloads[i], CSVColumns[j], cell)
				}
			}
		}
	}
	t.Logf("registry export: %d payloads × %d columns × %d languages = %d cells read back, %d live formulas",
		len(payloads), len(CSVColumns), len(assessment.Languages), cells, live)
}

// readCSV checks the byte-order mark and reads the rows after it.
func readCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	rest, ok := bytes.CutPrefix(data, []byte("\uFEFF"))
	if !ok {
		t.Fatal("no byte-order mark")
	}
	rows, err := csv.NewReader(bytes.NewReader(rest)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}
