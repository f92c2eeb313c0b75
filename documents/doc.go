// Package documents writes fugong's documents from an enterprise's
// answers and the result the rules (package fugong/assessment) give them:
// the plan and the paper form, plain data that the PDF writer, the plan
// screen and the tests all read.
//
// BuildPlan turns answers and their Result into a Plan (document.go): the
// cover, the self-assessment, the prevention plan (防控方案) tailored to
// the enterprise, the nine-part emergency plan (应急预案), the staff
// summary, the park's support measures and the commitment letter (承诺书)
// in two copies. Every figure the kit can work out is filled in; a missing
// answer is printed as something to decide (待确定), never as a blank. The
// enterprise's own text (Answers.Edits, by section ID) replaces a
// section's text or adds sections, and survives rebuilding; StaleEdit says
// when such a text may no longer match the answers. The plan is in the
// answers' language (Chinese, English, Japanese or Korean); the letter
// always carries the Chinese text of record first, then its translation
// and a line saying the Chinese text prevails. PaperForm is the kit on
// paper, for an enterprise without a smartphone; MarkDraft marks a plan
// made from answers with errors.
//
// The documents' text is data: one catalog per language
// (catalog_<code>.go), read through msg and msgf (msg.go); words the rules
// also print (units, punctuation) come from the rules' catalogs. Like the
// rules, this package imports only the standard library and
// fugong/assessment, so the same documents are built in the browser, on
// the command line and in tests; the rules never import it.
//
// # Files
//
// document.go (the Plan model), plan.go, plan_text.go and one plan_*.go
// file a chapter (the plan), plan_plaintext.go (Plan.Text), paper.go and
// paper_letter.go (the paper form), draftmark.go, stale.go, msg.go and the
// catalogs.
package documents
