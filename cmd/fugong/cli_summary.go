//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"fugong/assessment"
	"fugong/parkdesk"
)

// summaryCommand runs "fugong summary [-base URL] FILE": it reads an
// answers file (FILE, or - for standard input), evaluates it and prints
// the summary URL that adds the enterprise to a park's registry: BASE
// followed by "collect#s=CODE". Without -base it prints the code alone.
// With -decode, FILE is a summary code or URL instead, and it prints what
// the code carries, and any flags, as text. Exit codes: 0 done, 2 the
// file or code cannot be read or the command line is wrong (one line on
// stderr).
func summaryCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("summary", flag.ContinueOnError)
	fs.SetOutput(stderr)
	base := fs.String("base", "", "the kit's address, e.g. https://example.org/fugong/ (default: print the code alone)")
	decode := fs.Bool("decode", false, "FILE is a summary code or URL: print what it carries")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: fugong summary [-base URL] FILE | fugong summary -decode CODE")
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	if *decode {
		return decodeSummary(fs.Arg(0), stdout, stderr)
	}
	a, err := readAnswers(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "fugong summary: %v\n", err)
		return 2
	}
	s := parkdesk.NewSummary(a, assessment.Evaluate(a))
	code, err := parkdesk.EncodeSummary(s)
	if err != nil {
		fmt.Fprintf(stderr, "fugong summary: %v\n", err)
		return 2
	}
	out := code
	if *base != "" {
		out = parkdesk.CollectURL(*base, code)
	}
	fmt.Fprintln(stdout, out)
	return 0
}

func decodeSummary(code string, stdout, stderr io.Writer) int {
	e, err := parkdesk.NewEntry(code, time.Time{})
	if err != nil {
		fmt.Fprintf(stderr, "fugong summary: %v\n", err)
		return 2
	}
	s := e.Summary
	fmt.Fprintf(stdout, "name\t%s\ncredit_code\t%s\ncontact_phone\t%s\n", s.Name, s.CreditCode, s.Phone)
	fmt.Fprintf(stdout, "category\t%d\nbatch\t%d\npriority\t%v\nreadiness\t%s\n", s.Category, s.Batch, s.Priority, s.Readiness)
	fmt.Fprintf(stdout, "unmet_critical\t%v\n", s.Unmet)
	fmt.Fprintf(stdout, "staff\t%+v\n", s.Staff)
	for _, f := range s.Facts {
		fmt.Fprintf(stdout, "answer\t%s\n", assessment.FactText(f, "en"))
	}
	fmt.Fprintf(stdout, "ruleset\t%s\nplan_id\t%s\n", s.Ruleset, s.PlanID)
	for _, f := range e.Flags {
		fmt.Fprintf(stdout, "flag\t%s\t%s\n", f.Code, f.Message.In("en"))
	}
	return 0
}
