//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"fugong/assessment"
	"fugong/assessment/pdf"
	"fugong/web/fonts"
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
	fs := flag.NewFlagSet("paper", flag.ContinueOnError)
	fs.SetOutput(stderr)
	parkArg := fs.String("park", "", "the park: its link (https://…/#p=…), its setup as JSON, or a file holding it (- reads standard input)")
	lang := fs.String("lang", "", "zh, en, ja or ko (default: the park's language, else zh)")
	day := fs.String("date", "", "the date printed in the header, as 2026-02-10 (default: today)")
	out := fs.String("o", "paper.pdf", "the PDF file to write; - writes to standard output")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: fugong paper [-park LINK|JSON|FILE] [-lang zh|en|ja|ko] [-date 2026-02-10] [-o paper.pdf]")
	}
	if err := parseInterspersed(fs, args); err != nil {
		return 2
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return 2
	}
	date := time.Now()
	if *day != "" {
		d, err := time.Parse(time.DateOnly, *day)
		if err != nil {
			fmt.Fprintf(stderr, "fugong paper: -date %q is not a date like 2026-02-10\n", *day)
			return 2
		}
		date = d
	}
	var park assessment.Park
	if *parkArg != "" {
		p, err := paperPark(*parkArg, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "fugong paper: -park: %v\n", err)
			return 2
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
		fmt.Fprintf(stderr, "fugong paper: -lang %q is not one of zh, en, ja, ko\n", l)
		return 2
	}
	font, err := pdf.LoadFont(fonts.MicroHei)
	if err != nil {
		fmt.Fprintf(stderr, "fugong paper: %v\n", err)
		return 1
	}
	var b bytes.Buffer
	subs, err := pdf.Write(&b, assessment.PaperForm(park, l, date), font)
	if err != nil {
		fmt.Fprintf(stderr, "fugong paper: %v\n", err)
		return 1
	}
	for _, s := range subs {
		fmt.Fprintf(stderr, "fugong paper: no glyph, printed as %c: %s\n", pdf.StandIn, s)
	}
	if *out == "-" {
		_, err = stdout.Write(b.Bytes())
	} else {
		err = os.WriteFile(*out, b.Bytes(), 0o644)
	}
	if err != nil {
		fmt.Fprintf(stderr, "fugong paper: %v\n", err)
		return 1
	}
	return 0
}

// paperPark reads the park -park names: a park link, JSON text, or a file
// (- for standard input) as fugong parklink reads it.
func paperPark(arg string, stdin io.Reader) (assessment.Park, error) {
	switch s := strings.TrimSpace(arg); {
	case strings.Contains(s, "#p=") || strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://"):
		return assessment.DecodeParkLink(s)
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
