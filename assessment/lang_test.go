package assessment

import (
	"errors"
	"strings"
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
		CodeCreditCode: msgCreditCode(l), CodePhone: MsgPhone(l), CodeDate: msgDate(l, "2026-02-30"), CodeDate + " (year)": msgDate(l, "2206-02-10"),
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

// TestDateOutOfRangeSaysTheYear: a date written right but of a year the
// kit does not take is said to be out of range, naming it, not badly
// written; a date that is no date keeps the message about the format.
func TestDateOutOfRangeSaysTheYear(t *testing.T) {
	l := label("returnees_first_return")
	for _, lang := range []string{"zh", "en", "ja", "ko"} {
		year, format := msgDate(l, "2206-02-10").In(lang), msgDate(l, "2026-02-30").In(lang)
		if !strings.Contains(year, "2206-02-10") || !strings.Contains(year, "2099") || year == format {
			t.Errorf("%s: a date of 2206 reads %q (and 2026-02-30 %q)", lang, year, format)
		}
	}
	a := &Answers{Deadlines: map[string]string{"isolation_room": "2206-02-10"}}
	ps := validateDeadlines(a)
	if len(ps) != 1 || !strings.Contains(ps[0].Message.In("zh"), "2099") {
		t.Errorf("a deadline of 2206: %+v", ps)
	}
}
