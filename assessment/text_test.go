package assessment

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestTextJSON checks that a Text is written as {"zh": …, "en": …, …}
// with empty translations left out, that the enclosing encoder's HTML
// escaping applies as for any string, and that it reads back the same.
func TestTextJSON(t *testing.T) {
	tests := []struct {
		text       Text
		want, html string
	}{
		{NewText("中", "en", "ja", "ko"), `{"zh":"中","en":"en","ja":"ja","ko":"ko"}`, ""},
		{NewText("只有中文"), `{"zh":"只有中文"}`, ""},
		{Text{}, `{"zh":""}`, ""},
		{NewText("a<b", "", "", "x&y"), `{"zh":"a<b","ko":"x&y"}`, `{"zh":"a\u003cb","ko":"x\u0026y"}`},
		{NewText("line\u2028", `"q"`), `{"zh":"line\u2028","en":"\"q\""}`, ""},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(tt.text); err != nil {
			t.Fatal(err)
		}
		if got := b.String(); got != tt.want+"\n" {
			t.Errorf("encoded %#v as %s, want %s", tt.text, got, tt.want)
		}
		html := tt.html
		if html == "" {
			html = tt.want
		}
		if got, _ := json.Marshal(tt.text); string(got) != html {
			t.Errorf("json.Marshal(%#v) = %s, want %s", tt.text, got, html)
		}
		var back Text
		if err := json.Unmarshal([]byte(tt.want), &back); err != nil || back != tt.text {
			t.Errorf("read %s back as %#v (%v), want %#v", tt.want, back, err, tt.text)
		}
	}
	var bad Text
	if err := json.Unmarshal([]byte(`["zh"]`), &bad); err == nil {
		t.Error("a JSON array was read as a Text")
	}
}

// TestJoinKeepsWholeLanguages checks that join keeps a language only when
// every part has it.
func TestJoinKeepsWholeLanguages(t *testing.T) {
	got := join(NewText("、", ", "), NewText("甲", "A", "甲"), NewText("乙", "B"))
	if want := NewText("甲、乙", "A, B"); got != want {
		t.Errorf("join = %#v, want %#v", got, want)
	}
}
