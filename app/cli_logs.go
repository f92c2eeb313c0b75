//go:build !wasm

package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"fugong/assessment/pdf"
	"fugong/roster/logbook"
	"fugong/web/fonts"
)

// logsCommand runs "fugong logs ANSWERS ROSTER [-o logs.pdf] [-date
// 2026-02-10]": it writes the roster's paperwork as a PDF — the roster, the
// daily health log for 14 days from -date (today by default) pre-filled
// with the names, the zero-report form, and the disinfection and supplies
// logs — in the answers' language, headed with the enterprise's name.
// ROSTER is a spreadsheet or a roster file; its rows that cannot be read
// are left out of the PDF and listed on stderr. Exit codes: 0 written, 1
// written but rows were left out, or the PDF could not be written, 2 a
// file cannot be read or the command line is wrong.
func logsCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("logs", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "logs.pdf", "the PDF to write (- for standard output)")
	day := fs.String("date", "", "the first day of the daily health log, as 2026-02-10 (default: today)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: fugong logs ANSWERS ROSTER [-o logs.pdf] [-date 2026-02-10]   (ANSWERS - reads standard input)")
	}
	if err := parseInterspersed(fs, args); err != nil {
		return 2
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return 2
	}
	from := time.Now().Format(time.DateOnly)
	if *day != "" {
		if _, err := time.Parse(time.DateOnly, *day); err != nil {
			fmt.Fprintf(stderr, "fugong logs: -date %q is not a date like 2026-02-10\n", *day)
			return 2
		}
		from = *day
	}
	a, err := readAnswers(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "fugong logs: %v\n", err)
		return 2
	}
	lang := a.Language()
	ros, err := loadRoster(fs.Arg(1), stdin, lang)
	if err != nil {
		fmt.Fprintf(stderr, "fugong logs: %v\n", err)
		return 2
	}
	font, err := pdf.LoadFont(fonts.MicroHei)
	if err != nil {
		fmt.Fprintf(stderr, "fugong logs: %v\n", err)
		return 1
	}
	var b bytes.Buffer
	subs, err := pdf.Write(&b, logbook.Logs(ros.People, a.Str("name"), from, lang), font)
	if err != nil {
		fmt.Fprintf(stderr, "fugong logs: %v\n", err)
		return 1
	}
	for _, s := range subs {
		fmt.Fprintf(stderr, "fugong logs: no glyph, printed as %c: %s\n", pdf.StandIn, s)
	}
	if *out == "-" {
		_, err = stdout.Write(b.Bytes())
	} else {
		err = os.WriteFile(*out, b.Bytes(), 0o644)
	}
	if err != nil {
		fmt.Fprintf(stderr, "fugong logs: %v\n", err)
		return 1
	}
	for _, x := range ros.Aside {
		fmt.Fprintf(stderr, "fugong logs: left out: %s\n", x.Describe(lang))
	}
	if len(ros.Aside) > 0 {
		return 1
	}
	return 0
}
