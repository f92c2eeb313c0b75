package assessment

// The form as an enterprise of one park sees it: the question zone offers
// the park's zones and is asked only when the park has some; the question
// industry offers the kit's industries, then the park's own, then "other".

// FormFor returns the form for an enterprise of park p. The slice is a
// copy: callers may change it freely.
func FormFor(p Park) []Step {
	out := make([]Step, 0, len(steps))
	for _, s := range steps {
		qs := make([]Question, 0, len(s.Questions))
		for _, q := range s.Questions {
			if q, ok := parkQuestion(p, q); ok {
				qs = append(qs, q)
			}
		}
		s.Questions = qs
		out = append(out, s)
	}
	return out
}

// LookupFor returns the question with the given ID as park p asks it; ok
// is false for an unknown ID and for zone when p has no zones.
func LookupFor(p Park, id string) (Question, bool) {
	q, ok := questionByID[id]
	if !ok {
		return Question{}, false
	}
	return parkQuestion(p, q)
}

// parkQuestion is q as park p asks it, or false when p does not ask it.
func parkQuestion(p Park, q Question) (Question, bool) {
	switch q.ID {
	case "zone":
		if len(p.Zones) == 0 {
			return q, false
		}
		q.Choices = make([]Choice, len(p.Zones))
		for i, z := range p.Zones {
			q.Choices[i] = Choice{ID: z, Label: Text{Zh: z}}
		}
	case "industry":
		if len(p.Industries) > 0 {
			kit := q.Choices
			q.Choices = append(append([]Choice{}, kit[:len(kit)-1]...), parkChoices(p.Industries)...)
			q.Choices = append(q.Choices, kit[len(kit)-1]) // "other" stays last
		}
	}
	return q, true
}

func parkChoices(names []string) []Choice {
	out := make([]Choice, len(names))
	for i, n := range names {
		out[i] = Choice{ID: n, Label: Text{Zh: n}}
	}
	return out
}

// IndustryIDs are the IDs of the kit's industries, in the form's order.
func IndustryIDs() []string {
	cs := questionByID["industry"].Choices
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}

// isKitIndustry reports whether id is one of the kit's industries.
func isKitIndustry(id string) bool {
	_, ok := questionByID["industry"].choice(id)
	return ok
}

// IndustryName names industry id in lang: the kit's label, else the
// park's own name as it is.
func IndustryName(id, lang string) string {
	if c, ok := questionByID["industry"].choice(id); ok {
		return c.Label.In(lang)
	}
	return id
}
