package assessment

import "strings"

// ReadinessShort is a verdict in two or three words, for lists.
func ReadinessShort(r Readiness) Text {
	switch r {
	case Ready:
		return msg("registry.readiness_short.ready")
	case Phased:
		return msg("registry.readiness_short.phased")
	case NotReady:
		return msg("registry.readiness_short.not_ready")
	}
	return msg("registry.readiness_short.unknown")
}

// ItemTitle returns the title of the readiness item id, or id itself.
func ItemTitle(id string) Text {
	for _, d := range itemDefs {
		if d.id == id {
			return d.title
		}
	}
	return Text{Zh: id}
}

// FactText writes a deciding answer as "label: value" in lang.
func FactText(f Fact, lang string) string {
	q, ok := questionByID[f.Question]
	label := f.Question
	if ok {
		label = q.Label.In(lang)
	}
	return label + msg("punct.colon").In(lang) + valueText(q, f.Value, lang)
}

func valueText(q Question, v Value, lang string) string {
	switch v.Type {
	case TypeBool:
		if v.Bool {
			return msg("registry.value_text.yes").In(lang)
		}
		return msg("registry.value_text.no").In(lang)
	case TypeNumber:
		return fmtNum(v.Num)
	case TypeString:
		return v.Str
	case TypeList:
		names := make([]string, len(v.List))
		for i, id := range v.List {
			names[i] = id
			if c, ok := q.choice(id); ok {
				names[i] = c.Label.In(lang)
			}
		}
		return strings.Join(names, msg("punct.enum_comma").In(lang))
	}
	return msg("registry.value_text.none").In(lang)
}
