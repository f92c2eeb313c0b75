package assessment

// Kind is the kind of answer a question takes; it fixes the answer's JSON
// form and how it is checked.
type Kind string

// The kinds of question.
const (
	KindText       Kind = "text"        // free text: JSON string
	KindNumber     Kind = "number"      // JSON number within [Min, Max], whole when Whole
	KindYesNo      Kind = "yesno"       // JSON true or false
	KindChoice     Kind = "choice"      // one choice: the choice's ID as a JSON string
	KindChoices    Kind = "choices"     // several choices: a JSON array of choice IDs
	KindDate       Kind = "date"        // "2006-01-02"
	KindPhone      Kind = "phone"       // a mainland mobile or landline number (ValidPhone)
	KindHotline    Kind = "hotline"     // a phone or a public service number (ValidHotline)
	KindCreditCode Kind = "credit_code" // a unified social credit code (ValidCreditCode)
	// KindQuarantineEnds is filled from the staff roster, never typed: a
	// JSON array of "2006-01-02:N" entries (QuarantineEndsID). The form
	// shows it as a line of text, not as an input.
	KindQuarantineEnds Kind = "quarantine_ends"
)

// Step is one page of the form.
type Step struct {
	ID        string
	Title     Text
	Questions []Question
}

// Question is one question of the form. Its ID is stable: it is the key of
// the answer in every answers file.
type Question struct {
	ID       string
	Kind     Kind
	Label    Text
	Help     Text
	Unit     Text     // for numbers: "人", "m²", "%"
	Min, Max float64  // for numbers: the sane range, both ends allowed
	Whole    bool     // for numbers: counts of people or things
	MaxLen   int      // for text: longest answer in characters; 0 means 200
	Required bool     // must be answered whenever it applies
	Choices  []Choice // for KindChoice and KindChoices
	When     Cond     // when the question applies; the zero Cond is always
}

// Choice is one option of a choice question. Answers store its ID, never
// its label or position.
type Choice struct {
	ID    string
	Label Text
}

// Applies reports whether q is asked, given the answers so far (skip
// logic). A question that does not apply is neither required nor checked.
func (q Question) Applies(a *Answers) bool { return q.When.Holds(a) }

// Form returns the whole form, step by step, as an enterprise with no
// park's setup sees it (FormFor). The slice is a copy: callers may change
// it freely.
func Form() []Step { return FormFor(Park{}) }

// Lookup returns the question with the given ID.
func Lookup(id string) (Question, bool) {
	q, ok := questionByID[id]
	return q, ok
}

// questionByID indexes every question of steps.
var questionByID = func() map[string]Question {
	m := map[string]Question{}
	for _, s := range steps {
		for _, q := range s.Questions {
			m[q.ID] = q
		}
	}
	return m
}()

// label returns the label of question id, or the ID itself.
func label(id string) Text {
	if q, ok := questionByID[id]; ok {
		return q.Label
	}
	return Text{Zh: id}
}

// maxLen is the longest text answer q accepts.
func (q Question) maxLen() int {
	if q.MaxLen > 0 {
		return q.MaxLen
	}
	return 200
}

// choice returns q's choice with the given ID.
func (q Question) choice(id string) (Choice, bool) {
	for _, c := range q.Choices {
		if c.ID == id {
			return c, true
		}
	}
	return Choice{}, false
}
