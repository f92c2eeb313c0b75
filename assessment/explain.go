package assessment

// Fact is one answer that a rule read, with its value; Value is empty when
// the answer was missing or unusable.
type Fact struct {
	Question string
	Value    Value
}

// Reason is one rule tested on the answers: whether it fired, why, on
// which answers, and which missing answers kept it from being decided.
type Reason struct {
	Rule    string   // e.g. "category.3", "batch", "priority.few_workers"
	Fired   bool     // the rule's condition held
	Message Text     // the rule and the values, for people
	Answers []Fact   // the answers the rule read, in the order it read them
	Missing []string // question IDs whose absence left the rule undecided
}

// probe reads usable answers for a rule, recording each as a Fact and
// each absent one as missing.
type probe struct {
	u       *Answers
	facts   []Fact
	missing []string
}

func (p *probe) read(id string) Value {
	v := p.u.Get(id)
	p.facts = append(p.facts, Fact{Question: id, Value: v})
	if v.IsEmpty() {
		p.missing = append(p.missing, id)
	}
	return v
}

// num reads a number answer.
func (p *probe) num(id string) (float64, bool) {
	v := p.read(id)
	return v.Num, v.Type == TypeNumber
}

// yes reads a yes/no answer: (answer, answered).
func (p *probe) yes(id string) (bool, bool) {
	v := p.read(id)
	return v.Bool, v.Type == TypeBool
}

// str reads a text or choice answer.
func (p *probe) str(id string) (string, bool) {
	v := p.read(id)
	return v.Str, v.Type == TypeString && v.Str != ""
}

// missingText names the missing answers: "缺少：A、B" / "missing: A, B".
func missingText(ids []string) Text {
	names := make([]Text, len(ids))
	for i, id := range ids {
		names[i] = quoted(label(id))
	}
	return msgf("explain.missing_text", "list", join(msg("punct.enum_comma"), names...))
}
