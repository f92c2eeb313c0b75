package assessment

// Op compares an answer with a condition's value.
type Op string

// The comparisons a condition can make.
const (
	OpEq  Op = "eq"  // equal: yes/no, number or choice ID
	OpNe  Op = "ne"  // answered and not equal
	OpGt  Op = "gt"  // number greater than
	OpGe  Op = "ge"  // number greater than or equal
	OpLt  Op = "lt"  // number less than
	OpLe  Op = "le"  // number less than or equal
	OpHas Op = "has" // several choices holding the choice ID in Value
	OpSet Op = "set" // answered at all (Value unused)
)

// Cond is a typed condition on the answers: a leaf {Question, Op, Value},
// a group of conditions that must All hold, or of which Any must hold.
// There is no expression language: nothing to parse, nothing to inject.
//
// A Cond holds when its leaf (if Question is set) holds, every condition
// in All holds, and, if Any is not empty, at least one in Any holds. The
// zero Cond always holds. A leaf on an unanswered question never holds
// (an empty number is not zero).
type Cond struct {
	Question string
	Op       Op
	Value    Value
	All      []Cond
	Any      []Cond
}

// If returns the leaf condition "question op value".
func If(question string, op Op, value Value) Cond {
	return Cond{Question: question, Op: op, Value: value}
}

// All returns a condition that holds when every one of cs holds.
func All(cs ...Cond) Cond { return Cond{All: cs} }

// Any returns a condition that holds when at least one of cs holds.
func Any(cs ...Cond) Cond { return Cond{Any: cs} }

// Holds reports whether c holds for the answers a.
func (c Cond) Holds(a *Answers) bool {
	if c.Question != "" && !c.leaf(a.Get(c.Question)) {
		return false
	}
	for _, sub := range c.All {
		if !sub.Holds(a) {
			return false
		}
	}
	if len(c.Any) == 0 {
		return true
	}
	for _, sub := range c.Any {
		if sub.Holds(a) {
			return true
		}
	}
	return false
}

// leaf compares the answer v with c.Value.
func (c Cond) leaf(v Value) bool {
	if v.IsEmpty() {
		return false
	}
	switch c.Op {
	case OpSet:
		return true
	case OpEq:
		return v.Equal(c.Value)
	case OpNe:
		return !v.Equal(c.Value)
	case OpHas:
		return v.Type == TypeList && v.Has(c.Value.Str)
	}
	if v.Type != TypeNumber || c.Value.Type != TypeNumber {
		return false
	}
	switch c.Op {
	case OpGt:
		return v.Num > c.Value.Num
	case OpGe:
		return v.Num >= c.Value.Num
	case OpLt:
		return v.Num < c.Value.Num
	case OpLe:
		return v.Num <= c.Value.Num
	}
	return false
}
