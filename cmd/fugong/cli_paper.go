//go:build !wasm

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"fugong/assessment"
	"fugong/documents"
	"fugong/parkdesk"
)

// paperCommand runs "fugong paper [-park LINK|JSON|FILE] [-lang zh] [-date
// 2026-02-10] [-o paper.pdf]": it writes the paper version for an
// enterprise without a smartphone, the blank questionnaire with the park's
// settings and a blank commitment letter, as one PDF. -park takes the
// park's link, a park object (or answers file) as JSON text, or a file
// holding one; without it the questionnaire carries the ruleset's own
// settings. It returns 0 on success, 2 when the command line or the park
// is wrong, and 1 when the PDF cannot be written.
func paperCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newSubcommand("paper", "paper [-park LINK|JSON|FILE] [-lang zh|en|ja|ko] [-date 2026-02-10] [-o paper.pdf]", stdout, stderr)
	parkArg := fs.String("park", "", "the park: its link (https://…/#p=…), its setup as JSON, or a file holding it (- reads standard input)")
	lang := fs.String("lang", "", "zh, en, ja or ko (default: the park's language, else zh)")
	day := fs.String("date", "", "the date printed in the header, as 2026-02-10 (default: today)")
	out := fs.String("o", "paper.pdf", "the PDF file to write; - writes to standard output")
	if !fs.parse(args, 0) {
		return 2
	}
	date, ok := fs.date(*day)
	if !ok {
		return 2
	}
	var park assessment.Park
	if *parkArg != "" {
		p, err := paperPark(*parkArg, stdin)
		if err != nil {
			return fs.fail(2, "-park: %v", err)
		}
		park = p
	}
	l := *lang
	if l == "" {
		l = park.Lang
	}
	if l == "" {
		l = "zh"
	}
	if !assessment.ValidLang(l) {
		return fs.fail(2, "-lang %q is not one of zh, en, ja, ko", l)
	}
	return fs.writePDF(documents.PaperForm(park, l, date), *out)
}

// paperPark reads the park -park names: a park link, JSON text, or a file
// (- for standard input) as fugong parklink reads it.
func paperPark(arg string, stdin io.Reader) (assessment.Park, error) {
	switch s := strings.TrimSpace(arg); {
	case strings.Contains(s, "#p=") || strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://"):
		return parkdesk.DecodeParkLink(s)
	case strings.HasPrefix(s, "{"):
		var top map[string]json.RawMessage
		if err := json.Unmarshal([]byte(s), &top); err != nil {
			return assessment.Park{}, fmt.Errorf("not a JSON object: %v", err)
		}
		data := []byte(s)
		if raw, ok := top["park"]; ok {
			data = raw
		}
		var p assessment.Park
		if err := json.Unmarshal(data, &p); err != nil {
			return assessment.Park{}, fmt.Errorf("not a park setup: %v", err)
		}
		return p, nil
	}
	return readPark(arg, stdin)
}
