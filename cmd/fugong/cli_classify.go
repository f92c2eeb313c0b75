//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"fugong/assessment"
)

// classifyCommand runs "fugong classify [-lang zh|en|ja|ko] FILE": it reads
// an answers file (FILE, or - for standard input), evaluates it and prints
// the result as JSON in the file's language (or -lang). It returns the
// exit code: 0 when the answers have no errors, 1 when the result was
// printed but lists errors (problems), 2 when the file cannot be read as
// an answers file or the command line is wrong — then one message goes to
// stderr and nothing to stdout.
func classifyCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("classify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "", "language of the messages: zh, en, ja or ko (default: the file's)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: fugong classify [-lang zh|en|ja|ko] FILE   (FILE - reads standard input)")
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	if *lang != "" && !assessment.ValidLang(*lang) {
		fmt.Fprintf(stderr, "fugong classify: unknown language %q (zh, en, ja or ko)\n", *lang)
		return 2
	}
	name := fs.Arg(0)
	a, err := readAnswers(name, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "fugong classify: %v\n", err)
		return 2
	}
	if *lang == "" {
		*lang = a.Language()
	}
	r := assessment.Evaluate(a)
	out, err := r.Encode(*lang)
	if err != nil {
		fmt.Fprintf(stderr, "fugong classify: %v\n", err)
		return 2
	}
	if _, err := stdout.Write(out); err != nil {
		fmt.Fprintf(stderr, "fugong classify: %v\n", err)
		return 2
	}
	if len(r.Errors()) > 0 {
		return 1
	}
	return 0
}

// readAnswers reads and parses an answers file; name "-" reads stdin. It
// reads at most one byte more than an answers file may hold, so that a
// huge file is refused without being read whole.
func readAnswers(name string, stdin io.Reader) (*assessment.Answers, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, assessment.MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	a, err := assessment.ParseAnswers(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return a, nil
}
