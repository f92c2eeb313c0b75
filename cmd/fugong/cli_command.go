//go:build !wasm

package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"fugong/documents"
	"fugong/documents/pdf"
	"fugong/web/fonts"
)

// subcommand is what the subcommands share: their flags, parsed before
// and after the positional arguments; their messages on standard error,
// each line "fugong NAME: …"; the -date they read; and a PDF written with
// the embedded font.
type subcommand struct {
	*flag.FlagSet
	stdout, stderr io.Writer
}

// newSubcommand starts the subcommand name, whose usage line (after
// "usage: fugong ") is printed when its command line is wrong.
func newSubcommand(name, usage string, stdout, stderr io.Writer) subcommand {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprintln(stderr, "usage: fugong "+usage) }
	return subcommand{FlagSet: fs, stdout: stdout, stderr: stderr}
}

// parse parses args and reports whether they hold n positional
// arguments; when they do not, it has said what is wrong.
func (c subcommand) parse(args []string, n int) bool {
	if err := parseInterspersed(c.FlagSet, args); err != nil {
		return false
	}
	if c.NArg() != n {
		c.Usage()
		return false
	}
	return true
}

// fail says what went wrong on standard error and returns code, the exit
// status.
func (c subcommand) fail(code int, format string, a ...any) int {
	fmt.Fprintf(c.stderr, "fugong "+c.Name()+": "+format+"\n", a...)
	return code
}

// date reads a -date value, today when it is empty. A value that is not
// a date like 2026-02-10 is reported, and ok is false.
func (c subcommand) date(value string) (day time.Time, ok bool) {
	if value == "" {
		return time.Now(), true
	}
	d, err := time.Parse(time.DateOnly, value)
	if err != nil {
		c.fail(2, "-date %q is not a date like 2026-02-10", value)
		return time.Time{}, false
	}
	return d, true
}

// writePDF writes doc with the embedded font to the file out, or to
// standard output for "-", and lists on standard error each character the
// font lacks (printed as pdf.StandIn). It returns 0, or 1 when the PDF
// cannot be written.
func (c subcommand) writePDF(doc *documents.Plan, out string) int {
	font, err := pdf.LoadFont(fonts.MicroHei)
	if err != nil {
		return c.fail(1, "%v", err)
	}
	var b bytes.Buffer
	subs, err := pdf.Write(&b, doc, font)
	if err != nil {
		return c.fail(1, "%v", err)
	}
	for _, s := range subs {
		c.fail(0, "no glyph, printed as %c: %s", pdf.StandIn, s)
	}
	if out == "-" {
		_, err = c.stdout.Write(b.Bytes())
	} else {
		err = os.WriteFile(out, b.Bytes(), 0o644)
	}
	if err != nil {
		return c.fail(1, "%v", err)
	}
	return 0
}
