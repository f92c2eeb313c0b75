package ui

import (
	"testing"
	"time"
)

// FuzzDecodeDraft checks the reading of a stored draft, which a browser
// extension, another version of the kit or a damaged disk may have
// written: no record makes decodeDraft panic, and every draft it accepts
// is stored again and read back the same.
func FuzzDecodeDraft(f *testing.F) {
	now := time.Date(2026, 2, 10, 9, 30, 0, 0, time.UTC)
	d := &draft{ID: "m6x1k2ab12cd34ef", Name: "一号厂", Updated: now, Step: 3, Answers: exampleAnswers(f)}
	d.Answers.Edits = map[string]string{"custom.001": "标题\n内容"}
	if s, err := encodeDraft(d); err == nil {
		f.Add(s)
	}
	if s, err := encodeDraft(newDraft("ko", now)); err == nil {
		f.Add(s)
	}
	f.Add(`{"v":1,"id":"x","updated":"2026-02-10T09:30:00+08:00","step":-4,"answers":{"answers":{"name":"\u202e公司\u0000","employees_total":1e309}}}`)
	f.Add(`{"v":2,"id":"x","updated":"0000-01-01T00:00:00+01:00","answers":{}}`)
	f.Add(`{"v":1,"id":"x","answers":null}`)
	f.Fuzz(func(t *testing.T, s string) {
		d, err := decodeDraft(s)
		if err != nil {
			return
		}
		again, err := encodeDraft(d)
		if err != nil {
			t.Fatalf("decodeDraft(%q) accepted a draft that cannot be stored again: %v", s, err)
		}
		back, err := decodeDraft(again)
		if err != nil {
			t.Fatalf("decodeDraft(encodeDraft(decodeDraft(%q))): %v", s, err)
		}
		if back.ID != d.ID || back.Name != d.Name || !back.Updated.Equal(d.Updated) || back.Step != d.Step {
			t.Fatalf("draft read back as %+v, want %+v", back, d)
		}
		a, b := mustEncode(t, back.Answers), mustEncode(t, d.Answers)
		if a != b {
			t.Fatalf("answers changed when stored again:\n%s\nwant\n%s", a, b)
		}
	})
}
