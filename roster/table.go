package roster

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
		onSite := "word.no"
		if p.OnSite {
			onSite = "word.yes"
		}
		rows = append(rows, []string{p.Name, p.Department, p.Phone, p.Region,
			word(p.Risk != RiskNone, RiskName(p.Risk, lang)), p.Returned,
			word(p.Class != ClassNone, ClassName(p.Class, lang)), p.QuarantineStart, p.QuarantineEnd,
			msg(onSite).In(lang), word(p.Health != HealthUnknown, HealthName(p.Health, lang)), p.Note})
	}
	return rows
}
