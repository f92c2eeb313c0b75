//go:build !wasm

package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"fugong/assessment"
	"fugong/assessment/pdf"
	"fugong/web/fonts"
)

// pdfCommand runs "fugong pdf FILE [-o plan.pdf] [-date 2026-02-10] [-base URL]": it
// builds the plan of an answers file (FILE, or - for standard input) and
// writes it as a PDF. The date printed on the plan is today unless -date
// fixes it, which makes the output reproducible. Characters the font
// cannot draw are reported on stderr; they are printed as a stand-in. It
// returns 0 on success, 2 when the command line or the file is wrong, and
// 1 when the PDF cannot be written.
func pdfCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("pdf", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "plan.pdf", "the PDF file to write; - writes to standard output")
	day := fs.String("date", "", "the date printed on the plan, as 2026-02-10 (default: today)")
	base := fs.String("base", "", "the kit's address, such as https://host/fugong/: the QR codes then carry\nthe summary link that adds the enterprise to a park's registry (default: the plan ID)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: fugong pdf FILE [-o plan.pdf] [-date 2026-02-10] [-base https://host/fugong/]   (FILE - reads standard input)")
	}
	if err := parseInterspersed(fs, args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	date := time.Now()
	if *day != "" {
		d, err := time.Parse(time.DateOnly, *day)
		if err != nil {
			fmt.Fprintf(stderr, "fugong pdf: -date %q is not a date like 2026-02-10\n", *day)
			return 2
		}
		date = d
	}
	a, err := readAnswers(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "fugong pdf: %v\n", err)
		return 2
	}
	font, err := pdf.LoadFont(fonts.MicroHei)
	if err != nil {
		fmt.Fprintf(stderr, "fugong pdf: %v\n", err)
		return 1
	}
	r := assessment.Evaluate(a)
	plan := assessment.BuildPlan(a, r, date)
	if *base != "" {
		plan.QR = assessment.SummaryURL(*base, a, r)
	}
	var b bytes.Buffer
	subs, err := pdf.Write(&b, plan, font)
	if err != nil {
		fmt.Fprintf(stderr, "fugong pdf: %v\n", err)
		return 1
	}
	for _, s := range subs {
		fmt.Fprintf(stderr, "fugong pdf: no glyph, printed as %c: %s\n", pdf.StandIn, s)
	}
	if *out == "-" {
		_, err = stdout.Write(b.Bytes())
	} else {
		err = os.WriteFile(*out, b.Bytes(), 0o644)
	}
	if err != nil {
		fmt.Fprintf(stderr, "fugong pdf: %v\n", err)
		return 1
	}
	return 0
}

// parseInterspersed parses flags before and after the positional
// arguments, so that both "pdf -o x.pdf FILE" and "pdf FILE -o x.pdf" work.
func parseInterspersed(fs *flag.FlagSet, args []string) error {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
	return fs.Parse(positional)
}
