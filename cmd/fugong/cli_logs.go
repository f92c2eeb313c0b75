//go:build !wasm

package main

import (
	"io"
	"time"

	"fugong/roster/logbook"
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
	fs := newSubcommand("logs", "logs ANSWERS ROSTER [-o logs.pdf] [-date 2026-02-10]   (ANSWERS - reads standard input)", stdout, stderr)
	out := fs.String("o", "logs.pdf", "the PDF to write (- for standard output)")
	day := fs.String("date", "", "the first day of the daily health log, as 2026-02-10 (default: today)")
	if !fs.parse(args, 2) {
		return 2
	}
	from, ok := fs.date(*day)
	if !ok {
		return 2
	}
	a, err := readAnswers(fs.Arg(0), stdin)
	if err != nil {
		return fs.fail(2, "%v", err)
	}
	lang := a.Language()
	ros, err := loadRoster(fs.Arg(1), stdin, lang)
	if err != nil {
		return fs.fail(2, "%v", err)
	}
	if code := fs.writePDF(logbook.Logs(ros.People, a.Str("name"), from.Format(time.DateOnly), lang), *out); code != 0 {
		return code
	}
	for _, x := range ros.Aside {
		fs.fail(0, "left out: %s", x.Describe(lang))
	}
	if len(ros.Aside) > 0 {
		return 1
	}
	return 0
}
