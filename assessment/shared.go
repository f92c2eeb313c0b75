package assessment

import "time"

// The rules' helpers that the documents (package fugong/documents) write
// their text with, so that a number, a date or an answer reads the same
// in a plan as in the rules' reasons.

// FormatNumber writes a number the way people write it: no trailing
// zeros, at most two decimals.
func FormatNumber(f float64) string { return fmtNum(f) }

// FormatDate writes t as lang writes a date: 2026年2月10日,
// 10 February 2026, 2026년 2월 10일.
func FormatDate(t time.Time, lang string) string { return dateIn(t, lang) }

// Label returns the label of question id, or the ID itself.
func Label(id string) Text { return label(id) }

// AnswerText writes the answer v to question id as people read it in
// lang: a choice by its label, yes or no in words.
func AnswerText(id string, v Value, lang string) string {
	return valueText(questionByID[id], v, lang)
}

// Join concatenates texts language by language with sep between them; a
// language is kept only when every part has it.
func Join(sep Text, parts ...Text) Text { return join(sep, parts...) }

// BatchLabel names batch n's opening date.
func BatchLabel(n int) Text { return batchLabel(n) }

// SupportByID returns the park's support measure id, and whether there
// is one.
func SupportByID(id string) (SupportMeasure, bool) {
	m, ok := supportByID[id]
	return m, ok
}
