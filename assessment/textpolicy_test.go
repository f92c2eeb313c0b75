package assessment

import (
	"errors"
	"strings"
	"testing"
)

func TestCheckText(t *testing.T) {
	for _, p := range hostilePayloads {
		t.Run(p.name, func(t *testing.T) {
			if got := CheckText(p.text, 100, false); got != p.want {
				t.Errorf("CheckText(%q, 100, false) = %v, want %v", p.text, got, p.want)
			}
		})
	}
	multiline := []struct {
		name string
		text string
		want TextIssue
	}{
		{"line breaks and tabs", "第一行\r\n\t第二行\n", TextOK},
		{"NUL", "a\x00", TextControl},
		{"RLO", "a\u202E", TextBidi},
		{"invalid", "a\xff", TextNotUTF8},
	}
	for _, c := range multiline {
		t.Run("multiline/"+c.name, func(t *testing.T) {
			if got := CheckText(c.text, 0, true); got != c.want {
				t.Errorf("CheckText(%q, 0, true) = %v, want %v", c.text, got, c.want)
			}
		})
	}
}

// TestTextIssueMessages: every issue has a message in each language that
// names the field.
func TestTextIssueMessages(t *testing.T) {
	label := NewText("企业名称", "Enterprise name", "企業名", "기업명")
	for _, i := range []TextIssue{TextNotUTF8, TextControl, TextBidi, TextTooLong} {
		m := i.Message(label, 100)
		for _, lang := range Languages {
			s := m.In(lang)
			if (lang != "zh" && s == m.Zh) || !strings.Contains(s, label.In(lang)) {
				t.Errorf("issue %v in %s: %q does not name the field in that language", i, lang, s)
			}
		}
		if i.Code() == "" {
			t.Errorf("issue %v has no code", i)
		}
	}
}

func TestCleanText(t *testing.T) {
	for _, p := range hostilePayloads {
		t.Run(p.name, func(t *testing.T) {
			got := CleanText(p.text, false)
			if i := CheckText(got, 0, false); i != TextOK {
				t.Errorf("CleanText(%q) = %q, which still fails the policy: %v", p.text, got, i)
			}
			if p.want == TextOK && got != strings.TrimSpace(p.text) {
				t.Errorf("CleanText(%q) = %q, changed text the policy accepts", p.text, got)
			}
		})
	}
}

// wantProblem finds a problem on field with the payload's code; it fails
// the test when the payload passes the policy and a problem was found, or
// it does not and none was.
func wantProblem(t *testing.T, ps []Problem, field string, p hostilePayload, max int) {
	t.Helper()
	want := CheckText(p.text, max, false).Code()
	var got []string
	for _, q := range ps {
		if q.Question == field && q.Severity == Error {
			got = append(got, q.Code)
		}
	}
	switch {
	case want == "" && len(got) > 0:
		t.Errorf("%s = %q: problems %v, want none", field, p.text, got)
	case want != "" && !containsString(got, want):
		t.Errorf("%s = %q: problems %v, want %q", field, p.text, got, want)
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestTextPolicyAnswers: each payload typed as the enterprise's name in
// the form, and written into an answers file as the name, the legal
// representative and the park's name.
func TestTextPolicyAnswers(t *testing.T) {
	name := questionByID["name"]
	for _, p := range hostilePayloads {
		t.Run("form/"+p.name, func(t *testing.T) {
			got := ValidateAnswer(name, StringValue(p.text))
			want := CheckText(p.text, 100, false).Code()
			switch {
			case want == "" && got != nil:
				t.Errorf("ValidateAnswer(name, %q) = %v, want nil", p.text, got.Message.Zh)
			case want != "" && (got == nil || got.Code != want):
				t.Errorf("ValidateAnswer(name, %q) = %+v, want code %q", p.text, got, want)
			case got != nil && !strings.Contains(got.Message.Zh, "企业名称"):
				t.Errorf("ValidateAnswer(name, %q): message %q does not name the field", p.text, got.Message.Zh)
			}
		})
		t.Run("file/"+p.name, func(t *testing.T) {
			v := jsonRawString(p.text)
			data := []byte(`{"ruleset":"` + RulesetVersion + `","park":{"name":` + v + `},"answers":{"name":` + v + `,"legal_rep":` + v + `}}`)
			a, err := ParseAnswers(data)
			if CheckText(p.text, 0, false) == TextNotUTF8 {
				var fe *InputError
				if !errors.As(err, &fe) || fe.Code != "encoding" || fe.Field != "answers.legal_rep" {
					t.Fatalf("ParseAnswers(name %q) = %v, want an encoding error naming answers.legal_rep", p.text, err)
				}
				if !strings.Contains(fe.Message.Zh, "法定代表人") {
					t.Errorf("encoding error %q does not name the question", fe.Message.Zh)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseAnswers: %v", err)
			}
			if a.Values["name"].Str != p.text {
				t.Fatalf("name read as %q, want %q", a.Values["name"].Str, p.text)
			}
			ps := Validate(a)
			wantProblem(t, ps, "name", p, 100)
			wantProblem(t, ps, "legal_rep", p, 50)
			wantProblem(t, ps, "park.name", p, 100)
		})
	}
}

// TestTextPolicyEdits: a plan section's own text may run over several
// lines, and is otherwise held to the same policy.
func TestTextPolicyEdits(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
	}{
		{"lines", "第一段\n\n第二段\t（续）", ""},
		{"NUL", "第一段\x00", CodeControl},
		{"RLO", "第一段\u202E", CodeHidden},
		{"too long", strings.Repeat("字", MaxEditLen+1), CodeTooLong},
	}
	for _, c := range tests {
		t.Run(c.name, func(t *testing.T) {
			a := NewAnswers("zh")
			a.Edits = map[string]string{"prevention.org": c.text}
			var got string
			for _, p := range Validate(a) {
				if p.Question == "edits.prevention.org" {
					got = p.Code
				}
			}
			if got != c.want {
				t.Errorf("edit %q: problem %q, want %q", c.name, got, c.want)
			}
		})
	}
}

// TestOddNumbers: numbers beyond float64 are out of range, not "not a
// number", in answers and in the park's thresholds.
func TestOddNumbers(t *testing.T) {
	tests := []struct {
		name  string
		file  string
		field string
		code  string // the Problem's code, or the InputError's when fileErr
		file2 bool
	}{
		{"1e309 people", `{"answers":{"employees_total":1e309}}`, "employees_total", CodeRange, false},
		{"-1e309 share", `{"answers":{"automation_share":-1e309}}`, "automation_share", CodeRange, false},
		{"1e400 area", `{"answers":{"floor_area_m2":1E400}}`, "floor_area_m2", CodeRange, false},
		{"1e-400 is zero", `{"answers":{"automation_share":1e-400}}`, "automation_share", "", false},
		{"number as text", `{"answers":{"employees_total":"12"}}`, "employees_total", CodeType, false},
		{"full-width digits", `{"answers":{"employees_total":"１２"}}`, "employees_total", CodeType, false},
		{"negative zero", `{"answers":{"employees_total":-0}}`, "employees_total", "", false},
		{"object", `{"answers":{"employees_total":{"n":1}}}`, "employees_total", CodeType, false},
		{"threshold 1e309", `{"park":{"cat1_min_automation_share":1e309}}`, "park.cat1_min_automation_share", "range", true},
		{"threshold as text", `{"park":{"cat1_min_automation_share":"70"}}`, "park.cat1_min_automation_share", "shape", true},
	}
	for _, c := range tests {
		t.Run(c.name, func(t *testing.T) {
			a, err := ParseAnswers([]byte(c.file))
			if c.file2 {
				var fe *InputError
				if !errors.As(err, &fe) || fe.Code != c.code || fe.Field != c.field {
					t.Fatalf("ParseAnswers(%s) = %v, want a %q error on %s", c.file, err, c.code, c.field)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got string
			for _, p := range Validate(a) {
				if p.Question == c.field {
					got = p.Code
					if p.Code == CodeRange && !strings.Contains(p.Message.Zh, "应在") {
						t.Errorf("range message %q", p.Message.Zh)
					}
				}
			}
			if got != c.code {
				t.Errorf("Validate(%s): problem %q on %s, want %q", c.file, got, c.field, c.code)
			}
		})
	}
}

func TestShown(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain ID", "staff_count", "staff_count"},
		{"Chinese", "职工人数", "职工人数"},
		{"RLO", "a\u202Eb", `"a\u202eb"`},
		{"NUL", "a\x00b", `"a\x00b"`},
		{"not UTF-8", "a\xffb", "\"a\uFFFDb\""},
		{"long", strings.Repeat("x", 50), `"` + strings.Repeat("x", 40) + `…"`},
	}
	for _, c := range tests {
		t.Run(c.name, func(t *testing.T) {
			if got := shown(c.in); got != c.want {
				t.Errorf("shown(%q) = %s, want %s", c.in, got, c.want)
			}
		})
	}
}

// TestMessagesNeverCarryPayload: wherever an answers file's own text comes
// back in a message (an unknown ID or key, a choice that is not one, a
// language, a ruleset), the message passes the text policy.
func TestMessagesNeverCarryPayload(t *testing.T) {
	for _, p := range hostilePayloads {
		t.Run(p.name, func(t *testing.T) {
			v := jsonRawString(p.text)
			data := []byte(`{"ruleset":` + v + `,"lang":` + v + `,` + v + `:1,"park":{` + v + `:1,"lang":` + v + `},` +
				`"answers":{"industry":` + v + `,"product_types":[` + v + `,` + v + `],` + v + `:1},"edits":{` + v + `:"x"}}`)
			a, err := ParseAnswers(data)
			if err != nil {
				if CheckText(p.text, 0, false) != TextNotUTF8 {
					t.Fatalf("ParseAnswers: %v", err)
				}
				return
			}
			for _, pr := range Validate(a) {
				for _, lang := range Languages {
					if i := CheckText(pr.Message.In(lang), 0, false); i != TextOK {
						t.Errorf("%s message of %s carries what the policy refuses (%v): %q", lang, pr.Question, i, pr.Message.In(lang))
					}
				}
			}
		})
	}
}
