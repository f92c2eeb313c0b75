package assessment

import (
	"errors"
	"testing"

	"fugong/internal/langcheck"
)

// The tests of this file hold the rules to the kit's four languages: every
// piece of text they print is there in Chinese, English, Japanese and
// Korean, and each is written in its own script.

// checkText checks one Text: all four languages filled, each in its script.
func checkText(t *testing.T, key string, x Text, typed []string) {
	t.Helper()
	langcheck.Check(t, key, x.exact, Languages, typed)
}

func TestFormInEveryLanguage(t *testing.T) {
	for _, st := range Form() {
		checkText(t, "step "+st.ID, st.Title, nil)
		for _, q := range st.Questions {
			checkText(t, "question "+q.ID+" label", q.Label, nil)
			checkText(t, "question "+q.ID+" help", q.Help, nil)
			checkText(t, "question "+q.ID+" unit", q.Unit, nil)
			for _, c := range q.Choices {
				checkText(t, "question "+q.ID+" choice "+c.ID, c.Label, nil)
			}
		}
	}
	for _, m := range SupportMeasures() {
		checkText(t, "support "+m.ID, m.Label, nil)
	}
	for n := 0; n <= 4; n++ {
		checkText(t, "category name "+string(rune('0'+n)), CategoryName(n), nil)
	}
	for _, r := range []Readiness{Ready, Phased, NotReady} {
		checkText(t, "readiness name "+string(r), ReadinessName(r), nil)
	}
	for n := 1; n <= 3; n++ {
		checkText(t, "batch label", batchLabel(n), nil)
	}
}

func TestMessagesInEveryLanguage(t *testing.T) {
	l, u := label("employees_total"), unitPeople
	for code, m := range map[string]Text{
		CodeRequired: MsgRequired(l), CodeType: msgType(l, typeName(TypeNumber)),
		CodeRange: msgRange(l, 0, 100, u), CodeWhole: msgWhole(l), CodeUnknownChoice: msgChoice(l, "x"),
		CodeCreditCode: msgCreditCode(l), CodePhone: MsgPhone(l), CodeDate: msgDate(l),
		CodeTooLong: MsgTooLong(l, 50), CodeLang: msgLang("fr"), CodeUnknownQuestion: msgUnknownQuestion("x"),
		CodeRuleset: msgRuleset("2025.1"), CodeRuleset + " (none)": msgRuleset(""),
		"missing": missingText([]string{"leader_name", "entrances"}),
	} {
		checkText(t, "message "+code, m, nil)
	}
	for _, vt := range []ValueType{TypeNumber, TypeBool, TypeList, TypeString} {
		checkText(t, "type name", typeName(vt), nil)
	}
	for _, e := range []*InputError{errTooLarge(), errEmpty(), errNotObject(), errSyntax(errors.New("x")), errShape("answers")} {
		checkText(t, "file error "+e.Code, e.Message, nil)
	}
}
