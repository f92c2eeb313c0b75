package roster

import (
	"strconv"
	"strings"

	"fugong/assessment"
)

// catalogs are the roster's texts, one catalog per language
// (catalog_<code>.go), in the order of assessment.Languages.
var catalogs = assessment.Catalogs{catalogZh, catalogEn, catalogJa, catalogKo}

// msg is the text under key in every language.
func msg(key string) assessment.Text { return catalogs.Msg(key) }

// msgf is the template under key in every language, its {slots} filled.
func msgf(key string, slots ...any) assessment.Text { return catalogs.Msgf(key, slots...) }

// known reports whether the catalogs hold key.
func known(key string) bool {
	_, ok := catalogs[0][key]
	return ok
}

// name is the name in lang of value among kind's (field, class, risk,
// health): the empty value is named "none"; a value with no name is "".
func name(kind, value, lang string) string {
	if value == "" {
		value = "none"
	}
	key := kind + "." + value
	if !known(key) {
		return ""
	}
	return msg(key).In(lang)
}

// FieldLabel is the name of field f in lang.
func FieldLabel(f Field, lang string) string { return name("field", string(f), lang) }

// Describe says what is wrong in lang: "返岗日期不是日期：「2月30日」".
func (p Problem) Describe(lang string) string {
	s := p.Code
	if key := "problem." + p.Code; known(key) {
		s = msgf(key, "field", FieldLabel(p.Field, lang), "row", strconv.Itoa(p.Other)).In(lang)
	}
	if p.Value != "" && p.Code != ProblemDuplicate {
		s += msgf("problem.value", "value", p.Value).In(lang)
	}
	return s
}

// Describe says everything wrong with a row set aside, in lang:
// "第 7 行：返岗日期不是日期：「2月30日」；…".
func (a Aside) Describe(lang string) string {
	parts := make([]string, len(a.Problems))
	for i, p := range a.Problems {
		parts[i] = p.Describe(lang)
	}
	return msgf("row", "row", strconv.Itoa(a.Row)).In(lang) + strings.Join(parts, msg("problems.sep").In(lang))
}

// ClassName is the name of class c in lang.
func ClassName(c Class, lang string) string { return name("class", string(c), lang) }

// RiskName is the name of risk level r in lang.
func RiskName(r Risk, lang string) string { return name("risk", string(r), lang) }

// HealthName is the name of health status h in lang.
func HealthName(h Health, lang string) string { return name("health", string(h), lang) }
