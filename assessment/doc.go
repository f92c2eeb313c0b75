// Package assessment is fugong's domain: the self-assessment form, an
// enterprise's answers, and the rules that turn them into a category, a
// batch, a priority and a readiness verdict, each with its reasons. It
// imports only the standard library, so the same rules run in the browser
// (WebAssembly), on the command line and in tests.
//
// # Data, not code
//
// The form is data. Form returns its Steps; each Question has a stable ID
// (the key of its answer in every file), a Kind, labels and help in
// Chinese, English, Japanese and Korean (Text, falling back to Chinese),
// and a typed condition, When, saying when it applies (skip logic). A Cond
// is a leaf {Question, Op, Value} or a group of All or Any conditions;
// there is no expression language. A stored answer is a choice's ID,
// never its label or position.
//
// # Answers
//
// An answers file is JSON:
//
//	{"ruleset": "2026.2", "lang": "zh", "park": {…},
//	 "answers": {"automation_share": 35, "product_types": ["other"], …},
//	 "edits": {"prevention.canteen": "…"}}
//
// ParseAnswers reads one into Answers; it fails (with an *InputError,
// carrying a code and a message in Chinese and English) only when the
// file is not an answers file at all. An older or newer ruleset, unknown
// question IDs, answers of the wrong type or out of range all load, and
// Validate reports them, so that a draft is never lost. Edits, the
// enterprise's own plan text, are carried through untouched. Encode and
// MarshalJSON write the file back.
//
// # Validation
//
// ValidateAnswer checks one answer against its question (for the form,
// as the user types); Validate checks a whole file: every applicable
// question, answers against each other (cleared returnees ≤ returnees,
// the four staff classes against the total), the park's setup and unknown
// IDs. Each Problem has a Code, the question's ID, a Severity and a
// Message in every language. An empty answer is never taken as zero or
// "no".
//
// # Rules
//
// Evaluate applies ruleset 2026.2 (DOMAIN.md) and returns a Result. It
// reads only usable answers — those that pass their question's checks —
// so a wrong answer counts as missing, and the result says which answer is
// missing rather than guessing:
//
//   - Category: the first of four rules that holds (automation share;
//     urgently needed products; floor area per worker with 1 m spacing and
//     closed management; otherwise labour-intensive). If a rule cannot be
//     decided for want of answers before one has held, the category is 0,
//     undetermined. The park's thresholds (Park.Thresholds) replace the
//     defaults; the park's own category is reported beside the
//     enterprise's, never mixed in.
//   - Batch from the category, with the park's opening date.
//   - Priority: backbone enterprise, category 2, or few employees.
//   - Readiness: the applicable Items (critical, required, recommended),
//     each met or not with its reason and what to do; Ready, Phased or
//     NotReady. An item whose guard answer is missing (has_canteen,
//     dorm_residents…) applies and is unmet, naming the missing answer.
//   - Quantities: masks for 14 days, days of masks in stock, dormitory
//     people per room and area per person, canteen sittings at 1 m
//     spacing, quarantine end dates.
//
// Every conclusion carries Reasons: the rule, whether it fired, the
// answers it read with their values, and the answers it missed.
// Result.Encode writes it all as JSON in one language, as the command
// line prints it.
//
// # The documents
//
// The plan, the emergency plan, the commitment letter and the paper form
// are package fugong/documents, built on this one; this package never
// imports it. What the documents read of the rules is exported here: the
// Result, Text and its Catalog (the documents keep their own catalogs),
// and a few helpers (shared.go) so that a number, a date or an answer reads
// the same in a plan as in a reason. PlanID, the short hash of the answers
// and the ruleset printed on every page, is here, as it reads the answers
// alone.
//
// # Files
//
// text.go (Text), form.go and questions.go (the form), condition.go
// (skip logic), value.go and answers.go (the file), park.go and support.go
// (a park's setup), validate.go, messages.go, errors.go, creditcode.go and
// phone.go (checks), classify.go, readiness.go, quantities.go, explain.go
// and evaluate.go (the rules), report.go (JSON output), planid.go
// (PlanID), msg.go and shared.go (what the layers built on the rules
// read). The park's side —
// the park link, summary and daily codes, the registry, rates and the
// park's report — is package fugong/parkdesk,
// built on this one; this package never imports it.
package assessment
