//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"fugong/assessment"
	"fugong/roster"
	"fugong/roster/sheet"
)

// rosterCommand runs "fugong roster [-lang zh] [-date 2026-02-10] FILE":
// it reads a staff roster from a spreadsheet (.xlsx, CSV, tab-separated
// text; FILE or - for standard input) or a roster file the kit wrote, and
// prints it as JSON: a roster file (format fugong.roster) with the column
// mapping guessed from the header, every row set aside with its problems
// described in lang, the number of empty rows, and the counts for the
// assessment form on date. Exit codes: 0 every row read, 1 some rows set
// aside, 2 the file cannot be read or the command line is wrong (one line
// on stderr).
func rosterCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newSubcommand("roster", "roster [-lang zh] [-date 2026-02-10] FILE|-", stdout, stderr)
	lang := fs.String("lang", "zh", "the language of the problems: zh, en, ja or ko")
	dateArg := fs.String("date", "", "the day the counts are for (default: today)")
	if !fs.parse(args, 1) {
		return 2
	}
	if !assessment.ValidLang(*lang) {
		fs.Usage()
		return 2
	}
	day, ok := fs.date(*dateArg)
	if !ok {
		return 2
	}
	date := day.Format(time.DateOnly)
	imp, err := loadRoster(fs.Arg(0), stdin, *lang)
	if err != nil {
		return fs.fail(2, "%v", err)
	}
	type problem struct {
		roster.Problem
		Message string `json:"message"`
	}
	type aside struct {
		roster.Aside
		Problems []problem `json:"problems"`
		Message  string    `json:"message"`
	}
	type column struct {
		Label string       `json:"label"`
		Field roster.Field `json:"field"`
	}
	out := struct {
		Format    string          `json:"format"`
		Version   int             `json:"version"`
		Columns   []column        `json:"columns,omitempty"`
		People    []roster.Person `json:"people"`
		Aside     []aside         `json:"aside"`
		EmptyRows int             `json:"empty_rows"`
		Counts    roster.Counts   `json:"counts"`
		Answers   map[string]any  `json:"answers"`
	}{Format: roster.Format, Version: roster.Version, People: imp.People, Aside: []aside{}, EmptyRows: imp.empty,
		Counts: roster.Count(imp.People, date), Answers: map[string]any{}}
	if out.People == nil {
		out.People = []roster.Person{}
	}
	for i, l := range imp.labels {
		out.Columns = append(out.Columns, column{Label: l, Field: imp.columns[i]})
	}
	for _, a := range imp.Aside {
		x := aside{Aside: a, Message: a.Describe(*lang)}
		for _, p := range a.Problems {
			x.Problems = append(x.Problems, problem{Problem: p, Message: p.Describe(*lang)})
		}
		out.Aside = append(out.Aside, x)
	}
	for _, a := range out.Counts.Answers() {
		if a.Value.Type == assessment.TypeNumber {
			out.Answers[a.ID] = a.Value.Num
		} else {
			out.Answers[a.ID] = a.Value.Str
		}
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return fs.fail(2, "%v", err)
	}
	if len(imp.Aside) > 0 {
		return 1
	}
	return 0
}

// importedRoster is a roster as read from a file, with how it was read.
type importedRoster struct {
	roster.Roster
	labels  []string
	columns roster.Columns
	empty   int
}

// loadRoster reads a roster from a spreadsheet, through the column
// mapping guessed from its header, or from a roster file the kit wrote.
func loadRoster(name string, stdin io.Reader, lang string) (importedRoster, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return importedRoster{}, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, sheet.MaxBytes+1))
	if err != nil {
		return importedRoster{}, err
	}
	if len(data) > sheet.MaxBytes {
		return importedRoster{}, fmt.Errorf("%s: %s", name, sheet.Message(sheet.ErrTooLarge, lang))
	}
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '{' {
		ros, err := roster.Decode(data)
		if err != nil {
			return importedRoster{}, fmt.Errorf("%s: %w", name, err)
		}
		return importedRoster{Roster: ros}, nil
	}
	rows, err := sheet.Read(data)
	if err != nil {
		return importedRoster{}, fmt.Errorf("%s: %s", name, sheet.Message(err, lang))
	}
	start, labels, ok := roster.FindHeader(rows)
	if !ok {
		return importedRoster{}, fmt.Errorf("%s: %s", name, roster.FileMessage(roster.FileNoHeader, lang))
	}
	cols := roster.GuessColumns(labels)
	if !cols.Has(roster.FieldName) {
		return importedRoster{}, fmt.Errorf("%s: %s", name, roster.FileMessage(roster.FileNoHeader, lang))
	}
	ros, empty := roster.Import(rows[start:], cols)
	return importedRoster{Roster: ros, labels: labels, columns: cols, empty: empty}, nil
}
