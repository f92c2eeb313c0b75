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
// # The plan
//
// BuildPlan turns answers and their Result into a Plan (document.go): the
// cover, the self-assessment, the prevention plan (防控方案) tailored to
// the enterprise, the nine-part emergency plan (应急预案), the staff
// summary, the park's support measures and the commitment letter
// (承诺书) in two copies. Every figure the kit can work out is filled in;
// a missing answer is printed as something to decide (待确定), never as
// a blank. The enterprise's own text (Answers.Edits, by section ID)
// replaces a section's text or adds sections, and survives rebuilding.
// PlanID is a short hash of the answers and the ruleset. The plan is in
// the answers' language (Chinese, English, Japanese or Korean); the letter
// always carries the Chinese text of record first, then its translation
// and a line saying the Chinese text prevails.
//
// # Files
//
// text.go (Text), form.go and questions.go (the form), condition.go
// (skip logic), value.go and answers.go (the file), park.go and support.go
// (a park's setup), validate.go, messages.go, errors.go, creditcode.go and
// phone.go (checks), classify.go, readiness.go, quantities.go, explain.go
// and evaluate.go (the rules), report.go (JSON output), document.go (the
// Plan model), plan.go, planid.go, plan_text.go and one plan_*.go file a
// chapter (the plan) and plan_plaintext.go (Plan.Text). The park's side —
// the park link, summary and daily codes, the registry, rates and the
// park's report — is package fugong/parkdesk,
// built on this one; this package never imports it.
package assessment
