package assessment

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseAnswersErrors(t *testing.T) {
	tests := []struct {
		in, code string
	}{
		{"", "empty"},
		{"   ", "empty"},
		{"{", "syntax"},
		{"[1,2]", "not_object"},
		{"null", "not_object"},
		{`"x"`, "not_object"},
		{`{"answers": []}`, "shape"},
		{`{"ruleset": 2026}`, "shape"},
		{`{"edits": {"a": 1}}`, "shape"},
		{`{"park": {"category": "一"}}`, "shape"},
		{`{"park": []}`, "shape"},
		{strings.Repeat(" ", MaxFileSize+1), "too_large"},
	}
	for _, tt := range tests {
		_, err := ParseAnswers([]byte(tt.in))
		var fe *InputError
		if !errors.As(err, &fe) || fe.Code != tt.code {
			t.Errorf("ParseAnswers(%.20q) error = %v, want code %s", tt.in, err, tt.code)
			continue
		}
		if fe.Message.Zh == "" || fe.Message.exact("en") == "" || !strings.Contains(err.Error(), fe.Message.exact("en")) {
			t.Errorf("ParseAnswers(%.20q): message %+v needs zh and en", tt.in, fe.Message)
		}
	}
	_, err := ParseAnswers([]byte(`{"park": {"category": "一"}}`))
	if fe := (*InputError)(nil); errors.As(err, &fe) && fe.Field != "park.category" {
		t.Errorf("shape error names %q, want park.category", fe.Field)
	}
}

// TestRoundTrip reads every example file and writes it back: answers,
// edits and the park survive unchanged.
func TestRoundTrip(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*.json")
	files = append(files, "testdata/base.json")
	if len(files) < 4 {
		t.Fatalf("found %d example files", len(files))
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		a, err := ParseAnswers(data)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		out, err := a.Encode()
		if err != nil {
			t.Fatal(err)
		}
		b, err := ParseAnswers(out)
		if err != nil {
			t.Fatalf("%s: re-reading: %v", file, err)
		}
		again, _ := b.Encode()
		if !bytes.Equal(out, again) {
			t.Errorf("%s: Encode is not stable:\n%s\n%s", file, out, again)
		}
		if len(a.Values) != len(b.Values) || len(a.Edits) != len(b.Edits) {
			t.Errorf("%s: round trip lost answers or edits", file)
		}
		for id, v := range a.Values {
			if !b.Values[id].Equal(v) {
				t.Errorf("%s: %s = %+v after round trip, want %+v", file, id, b.Values[id], v)
			}
		}
		for id, e := range a.Edits {
			if b.Edits[id] != e {
				t.Errorf("%s: edit %s changed", file, id)
			}
		}
	}
}

func TestExampleFilesAreClean(t *testing.T) {
	for _, tt := range []struct {
		file      string
		category  int
		readiness Readiness
	}{
		{"example.json", 3, Phased},
		{"category1.json", 1, Ready},
		{"category2.json", 2, Ready},
		{"category4.json", 4, NotReady},
	} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		a, err := ParseAnswers(data)
		if err != nil {
			t.Fatal(err)
		}
		r := Evaluate(a)
		if len(r.Problems) > 0 {
			t.Errorf("%s: Problems = %+v, want none", tt.file, r.Problems)
		}
		if r.Category != tt.category || r.Readiness != tt.readiness {
			t.Errorf("Evaluate(%s) = category %d, %s, want %d, %s", tt.file, r.Category, r.Readiness, tt.category, tt.readiness)
		}
		for _, s := range Form() {
			for _, q := range s.Questions {
				// The roster fills the list of quarantine ends; nobody types it.
				if q.Applies(a) && a.Get(q.ID).IsEmpty() && tt.file == "example.json" && q.Kind != KindQuarantineEnds {
					t.Errorf("example.json leaves %s unanswered", q.ID)
				}
			}
		}
	}
}

func TestInvalidValueRoundTrips(t *testing.T) {
	a, err := ParseAnswers([]byte(`{"ruleset":"2026.1","answers":{"automation_share":{"x":1},"product_types":[1,2],"big":1e999}}`))
	if err != nil {
		t.Fatal(err)
	}
	if a.Get("automation_share").Type != TypeInvalid || a.Get("product_types").Type != TypeInvalid || a.Get("big").Type != TypeInvalid {
		t.Errorf("odd JSON should load as TypeInvalid: %+v", a.Values)
	}
	out, _ := a.MarshalJSON()
	if !bytes.Contains(out, []byte(`{"x":1}`)) || !bytes.Contains(out, []byte(`[1,2]`)) {
		t.Errorf("MarshalJSON lost invalid values: %s", out)
	}
	p := ValidateAnswer(questionByID["automation_share"], a.Get("automation_share"))
	if p == nil || p.Code != CodeType {
		t.Errorf("ValidateAnswer(object) = %+v, want a type problem", p)
	}
}
