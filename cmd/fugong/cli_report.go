//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"time"

	"fugong/assessment"
	"fugong/parkdesk"
)

// reportCommand runs "fugong report REGISTRY.json [-date 2026-02-18]
// [-o report.pdf] [-csv report.csv] [-batch1 D -batch2 D -batch3 D]
// [-park NAME] [-lang zh]": it reads a registry backup (as /registry
// exports it, daily reports included) and writes the park's daily report
// of that day as a PDF, or as .xlsx or .csv when -o's name ends so; -csv
// also writes it as CSV. It returns 0 on success, 2
// when the command line or the file is wrong, and 1 when a file cannot be
// written.
func reportCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newSubcommand("report", "report REGISTRY.json [-date 2026-02-18] [-o report.pdf|.xlsx|.csv] [-csv report.csv] [-batch1 2026-02-10 -batch2 … -batch3 …] [-park NAME] [-lang zh]   (REGISTRY.json - reads standard input)", stdout, stderr)
	out := fs.String("o", "report.pdf", "the file to write: .pdf, .xlsx or .csv; - writes a PDF to standard output")
	csvOut := fs.String("csv", "", "also write the report as CSV to this file")
	dayArg := fs.String("date", "", "the day of the report, as 2026-02-18 (default: today)")
	park := fs.String("park", "", "the park's name, printed on the report")
	lang := fs.String("lang", "zh", "the report's language: zh, en, ja or ko")
	var dates parkdesk.BatchDates
	for n := 1; n <= 3; n++ {
		fs.StringVar(&dates[n], fmt.Sprintf("batch%d", n), "", fmt.Sprintf("the opening date of batch %d, as 2026-02-10", n))
	}
	if !fs.parse(args, 1) {
		return 2
	}
	day, ok := fs.date(*dayArg)
	if !ok {
		return 2
	}
	for n := 1; n <= 3; n++ {
		if dates[n] != "" && !assessment.ValidDate(dates[n]) {
			return fs.fail(2, "-batch%d %q is not a date like 2026-02-10", n, dates[n])
		}
	}
	if !assessment.ValidLang(*lang) {
		return fs.fail(2, "-lang %q: use zh, en, ja or ko", *lang)
	}
	data, err := readInput(fs.Arg(0), stdin)
	if err != nil {
		return fs.fail(2, "%v", err)
	}
	entries, skipped, err := parkdesk.DecodeBackup(data)
	if err != nil {
		return fs.fail(2, "%s: %v", fs.Arg(0), err)
	}
	daily, skippedDaily := parkdesk.DecodeBackupDaily(data)
	if n := skipped + skippedDaily; n > 0 {
		fs.fail(0, "%d codes in %s do not decode and were left out", n, fs.Arg(0))
	}
	picture := parkdesk.Rates(parkdesk.Firms(entries, daily), day.Format(time.DateOnly), dates)
	if b, ok, err := reportSheet(*out, picture, *lang); ok {
		if err == nil {
			err = os.WriteFile(*out, b, 0o644)
		}
		if err != nil {
			return fs.fail(1, "%v", err)
		}
	} else if code := fs.writePDF(parkdesk.ParkReport(picture, *park, *lang), *out); code != 0 {
		return code
	}
	if *csvOut == "" {
		return 0
	}
	var c bytes.Buffer
	if err = parkdesk.WriteParkReportCSV(&c, picture, *lang); err == nil {
		err = os.WriteFile(*csvOut, c.Bytes(), 0o644)
	}
	if err != nil {
		return fs.fail(1, "%v", err)
	}
	return 0
}

// readInput reads the file name, or standard input for "-".
func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(io.LimitReader(stdin, parkdesk.MaxBackupSize+1))
	}
	return os.ReadFile(name)
}
