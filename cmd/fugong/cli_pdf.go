//go:build !wasm

package main

import (
	"flag"
	"io"
	"maps"
	"slices"
	"time"

	"fugong/assessment"
	"fugong/documents"
	"fugong/parkdesk"
)

// pdfCommand runs "fugong pdf FILE [-o plan.pdf] [-date 2026-02-10] [-base URL] [-force]":
// it builds the plan of an answers file (FILE, or - for standard input)
// and writes it as a PDF. The date printed on the plan is today unless
// -date fixes it, which makes the output reproducible. Answers with
// errors (an invalid credit code, a name with control characters…) are
// listed on stderr and no PDF is written, unless -force asks for one
// anyway: it then carries documents.DraftWatermark across every page.
// Characters the font cannot draw are reported on stderr; they are
// printed as a stand-in. It returns 0 when it wrote the PDF (a draft
// with -force included), 2 when the command line or the file is wrong,
// and 1 when the answers have errors (without -force) or the PDF cannot
// be written.
func pdfCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newSubcommand("pdf", "pdf FILE [-o plan.pdf] [-date 2026-02-10] [-base https://host/fugong/] [-force]   (FILE - reads standard input)", stdout, stderr)
	out := fs.String("o", "plan.pdf", "the PDF file to write; - writes to standard output")
	day := fs.String("date", "", "the date printed on the plan, as 2026-02-10 (default: today)")
	base := fs.String("base", "", "the kit's address, such as https://host/fugong/: the QR codes then carry\nthe summary link that adds the enterprise to a park's registry (default: the plan ID)")
	force := fs.Bool("force", false, "write the PDF even when the answers have errors, marked as a draft on every page")
	if !fs.parse(args, 1) {
		return 2
	}
	date, ok := fs.date(*day)
	if !ok {
		return 2
	}
	a, err := readAnswers(fs.Arg(0), stdin)
	if err != nil {
		return fs.fail(2, "%v", err)
	}
	r := assessment.Evaluate(a)
	errs := r.Errors()
	lang := a.Language()
	for _, p := range errs {
		fs.fail(0, "%s: %s", problemField(p), p.Message.In(lang))
	}
	if len(errs) > 0 && !*force {
		return fs.fail(1, "%d error(s) in the answers: no PDF written; correct them, or add -force for a draft marked %q",
			len(errs), documents.DraftWatermark.In(lang))
	}
	for _, id := range slices.Sorted(maps.Keys(a.Edits)) {
		if !documents.EditableSection(id) {
			fs.fail(0, "edits.%s: the plan takes no edit for this section: left out", id)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(a.Deadlines)) {
		if d := a.Deadline(id); d != "" && d < date.Format(time.DateOnly) {
			fs.fail(0, "deadlines.%s: %s is before the plan's date: the letter pledges a day gone by", id, d)
		}
	}
	plan := documents.BuildPlan(a, r, date)
	if *base != "" {
		plan.QR = parkdesk.SummaryURL(*base, a, r)
	}
	draft := documents.MarkDraft(plan, a, r)
	code := fs.writePDF(plan, *out)
	if code == 0 && draft {
		fs.fail(0, "wrote a draft marked %q: the answers still have %d error(s)", plan.Watermark, len(errs))
	}
	return code
}

// problemField names what a problem is about: the question's ID, or
// "park.FIELD", or "file" for the file as a whole.
func problemField(p assessment.Problem) string {
	if p.Question == "" {
		return "file"
	}
	return p.Question
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
