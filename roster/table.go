package roster

import "fugong/assessment"

// Table is the roster as a spreadsheet's rows: a header of the fields'
// names in lang, in the order of Fields, then one row per person with
// values in words. Import reads it back (the headers name their fields).
func Table(people []Person, lang string) [][]string {
	head := make([]string, len(Fields))
	for i, f := range Fields {
		head[i] = FieldLabel(f, lang)
	}
	rows := [][]string{head}
	word := func(ok bool, name string) string {
		if ok {
			return name
		}
		return ""
	}
	for _, p := range people {
		onSite := yesNo[0]
		if p.OnSite {
			onSite = yesNo[1]
		}
		rows = append(rows, []string{p.Name, p.Department, p.Phone, p.Region,
			word(p.Risk != RiskNone, RiskName(p.Risk, lang)), p.Returned,
			word(p.Class != ClassNone, ClassName(p.Class, lang)), p.QuarantineStart, p.QuarantineEnd,
			onSite.In(lang), word(p.Health != HealthUnknown, HealthName(p.Health, lang)), p.Note})
	}
	return rows
}

// yesNo are no and yes, as Table writes them.
var yesNo = [2]assessment.Text{tx("否", "no", "いいえ", "아니요"), tx("是", "yes", "はい", "예")}
