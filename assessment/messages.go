package assessment

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// Problem codes, stable for programs and tests.
const (
	CodeRequired        = "required"         // a required question left empty
	CodeType            = "type"             // the answer has the wrong JSON type
	CodeRange           = "range"            // a number outside its question's range
	CodeWhole           = "whole"            // a count that is not a whole number
	CodeUnknownChoice   = "choice"           // not one of the question's choice IDs
	CodeCreditCode      = "credit_code"      // not a valid unified social credit code
	CodePhone           = "phone"            // not a valid phone number
	CodeDate            = "date"             // not a valid date "2006-01-02"
	CodeTooLong         = "too_long"         // text longer than allowed
	CodeUnknownQuestion = "unknown_question" // an answer to a question the form does not have
	CodeUnknownField    = "unknown_field"    // a field the file format does not have
	CodeInconsistent    = "inconsistent"     // answers that contradict each other
	CodeRuleset         = "ruleset"          // written for another ruleset version
	CodeLang            = "lang"             // an unknown language code
	CodeQuarantineEnds  = "quarantine_ends"  // a list of quarantine ends that is malformed or does not add up
)

// quoted puts a question's label in each language's quotation marks.
func quoted(label Text) Text {
	return msgf("validation.quoted", "label", label)
}

// MsgRequired says the field label must be filled in.
func MsgRequired(label Text) Text {
	q := quoted(label)
	return msgf("validation.required.please_answer", "q", q)
}

func msgType(label Text, want Text) Text {
	q := quoted(label)
	return msgf("validation.type.has_wrong_type_answer", "q", q, "want", want)
}

func msgRange(label Text, min, max float64, unit Text) Text {
	q := quoted(label)
	lo, hi := fmtNum(min), fmtNum(max)
	switch unit.Zh {
	case "", "%": // no unit, or a sign that every language writes close
		return msgf("validation.range.between", "q", q, "lo", lo, "hi", hi, "unit", unit)
	case "m²": // a Latin unit, after a space in every language
		return msgf("validation.range.between_spaced", "q", q, "lo", lo, "hi", hi, "unit", unit)
	}
	// a counting word, after a space or close as the language writes it
	return msgf("validation.range.between_counted", "q", q, "lo", lo, "hi", hi, "unit", unit)
}

func msgWhole(label Text) Text {
	q := quoted(label)
	return msgf("validation.whole.must_whole_number", "q", q)
}

func msgChoice(label Text, id string) Text {
	id = shown(id)
	q := quoted(label)
	return msgf("validation.choice.has_no_choice", "q", q, "id", id)
}

func msgCreditCode(label Text) Text {
	q := quoted(label)
	return msgf("validation.credit_code.not_valid_unified_social", "q", q)
}

// MsgPhone says the field label does not hold a valid phone number.
func MsgPhone(label Text) Text {
	q := quoted(label)
	return msgf("validation.phone.not_valid_phone_number", "q", q)
}

// msgDate says the field label does not hold the valid date v: a date
// of another century is said to be one, so that the user checks the
// year, not the way it is written.
func msgDate(label Text, v string) Text {
	q := quoted(label)
	if yearOutOfRange(v) {
		return msgf("validation.date.out_of_range", "q", q, "d", shown(v))
	}
	return msgf("validation.date.not_valid_date_e", "q", q)
}

// MsgTooLong says the field label is longer than max characters.
func MsgTooLong(label Text, max int) Text {
	q := quoted(label)
	n := strconv.Itoa(max)
	return msgf("validation.too_long.too_long_at_most", "q", q, "n", n)
}

func msgLang(lang string) Text {
	lang = shown(lang)
	return msgf("validation.lang.unknown_language_using_chinese", "lang", lang)
}

func msgUnknownQuestion(id string) Text {
	id = shown(id)
	return msgf("validation.unknown_question.file_answers_question_this", "id", id)
}

func msgRuleset(got string) Text {
	got = shown(got)
	if got == "" {
		return msgf("validation.ruleset.file_names_no_ruleset", "ruleset_version", RulesetVersion)
	}
	return msgf("validation.ruleset.file_was_written_ruleset", "got", got, "ruleset_version", RulesetVersion)
}

// fmtNum writes a number the way people write it: no trailing zeros, at
// most two decimals.
func fmtNum(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "?"
	}
	return strconv.FormatFloat(math.Round(f*100)/100, 'f', -1, 64)
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

func isWhole(f float64) bool { return f == math.Trunc(f) && !math.IsInf(f, 0) }
