package ui

import (
	"strconv"
	"strings"

	"fugong/assessment"
)

// parseInput turns what the user typed into q's input into an answer.
// Full-width characters from Chinese keyboards become ASCII where the
// kind wants ASCII; a number that cannot be read is kept as text, so
// nothing typed is lost and validation says what is wrong.
func parseInput(q assessment.Question, s string) assessment.Value {
	if strings.TrimSpace(s) == "" {
		return assessment.Value{}
	}
	switch q.Kind {
	case assessment.KindNumber:
		if f, ok := parseNumber(s); ok {
			return assessment.NumberValue(f)
		}
		return assessment.StringValue(s)
	case assessment.KindPhone, assessment.KindHotline, assessment.KindDate:
		return assessment.StringValue(strings.TrimSpace(assessment.HalfWidth(s)))
	case assessment.KindCreditCode:
		return assessment.StringValue(strings.ToUpper(strings.Join(strings.Fields(assessment.HalfWidth(s)), "")))
	}
	return assessment.StringValue(s)
}

// parseNumber reads a number as people type it: full-width digits,
// spaces and thousands separators allowed ("1,200", "１２００", "35 %").
// Only digits, a sign and a decimal point make a number: "1e2", "0x10"
// or "Inf", which a program would read, are text nobody means as 100,
// 16 or infinity.
func parseNumber(s string) (float64, bool) {
	s = assessment.HalfWidth(s)
	s = strings.TrimSuffix(strings.TrimSpace(s), "%")
	s = strings.NewReplacer(" ", "", ",", "", "。", ".").Replace(s)
	if !plainDecimal(s) {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f != f { // reject NaN
		return 0, false
	}
	return f, true
}

// formatValue writes a stored answer as q's input shows it.
func formatValue(v assessment.Value) string {
	switch v.Type {
	case assessment.TypeNumber:
		return strconv.FormatFloat(v.Num, 'f', -1, 64)
	case assessment.TypeString:
		return v.Str
	}
	return ""
}

// toggleChoice returns the several-choices answer v with choice id added
// (on) or taken out, its choices in the question's order.
func toggleChoice(q assessment.Question, v assessment.Value, id string, on bool) assessment.Value {
	var ids []string
	for _, c := range q.Choices {
		has := v.Has(c.ID)
		if c.ID == id {
			has = on
		}
		if has {
			ids = append(ids, c.ID)
		}
	}
	if len(ids) == 0 {
		return assessment.Value{}
	}
	return assessment.ListValue(ids...)
}

// plainDecimal reports whether s is digits with an optional sign before
// them and at most one decimal point among them.
func plainDecimal(s string) bool {
	s = strings.TrimLeft(s, "+-")
	digits, points := 0, 0
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
			points++
		default:
			return false
		}
	}
	return digits > 0 && points <= 1
}
