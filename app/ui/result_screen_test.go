//go:build !wasm

package ui

import (
	"testing"
	"time"

	"fugong/app/browser"
	"fugong/assessment"
)

// keptExample writes the example's answers into st as the draft the user
// left off in, as an earlier page did.
func keptExample(t *testing.T, st browser.Storage) *draft {
	t.Helper()
	d := newDraft("zh", time.Unix(100, 0))
	d.Answers = exampleAnswers(t)
	s := openDrafts(st)
	if err := s.save(d); err != nil {
		t.Fatal(err)
	}
	s.setPlace(place{Draft: d.ID, Route: "/form"})
	return d
}

// openResult opens the result screen in page p.
func openResult(t *testing.T, p *page) *resultScreen {
	t.Helper()
	s := &resultScreen{}
	p.show(s)
	return s
}

// verdict returns the category and batch the result screen shows.
func verdict(t *testing.T, s *resultScreen) (category, batch string) {
	t.Helper()
	page := drawn(t, s)
	c, b := page.byID("category"), page.byID("batch")
	if c == nil || b == nil {
		t.Fatal("the result shows no category or no batch")
	}
	return c.text, b.text
}

// TestResultScreenOfKeptDraft: the result of the draft the user left off
// in is shown in the user's language, and the place remembered is now
// the result.
func TestResultScreenOfKeptDraft(t *testing.T) {
	a := exampleAnswers(t)
	r := assessment.Evaluate(a)
	for _, lang := range []string{"zh", "en", "ja", "ko"} {
		t.Run(lang, func(t *testing.T) {
			st := browser.Memory{}
			useDrafts(t, st, nil)
			keptExample(t, st)
			s := openResult(t, newPage(t, lang))
			category, batch := verdict(t, s)
			if want := assessment.CategoryName(r.Category).In(lang); category != want {
				t.Errorf("category %q, want %q", category, want)
			}
			if want := tf(lang, "result.batch", r.Batch) + " · " + tf(lang, "result.batch_date", r.BatchDate); batch != want {
				t.Errorf("batch %q, want %q", batch, want)
			}
			if name := drawn(t, s).byClass("draft-name"); len(name) != 1 || name[0].text != a.Str("name") {
				t.Errorf("draft name = %+v, want %q", name, a.Str("name"))
			}
			if reopened := openDrafts(st); reopened.place.Route != "/result" {
				t.Errorf("place remembered = %+v, want the result", reopened.place)
			}
		})
	}
}

// TestResultScreenFollowsAnswer: an answer changed in the form changes
// the result shown next, and a page opened later shows the same.
func TestResultScreenFollowsAnswer(t *testing.T) {
	st := browser.Memory{}
	useDrafts(t, st, nil)
	keptExample(t, st)
	p := newPage(t, "zh")
	before, _ := verdict(t, openResult(t, p))

	f := newFormScreen()
	p.show(f)
	f.take(fieldEvent{Type: "change", Name: "can_keep_1m", Value: "no", Checked: true})
	f.OnDismount()
	b := exampleAnswers(t)
	b.Set("can_keep_1m", assessment.BoolValue(false))
	want := assessment.CategoryName(assessment.Evaluate(b).Category).In("zh")
	if want == before {
		t.Fatal("the answer chosen does not change the category: choose another")
	}
	if after, _ := verdict(t, openResult(t, p)); after != want {
		t.Errorf("after the change the result shows %q, want %q (was %q)", after, want, before)
	}
	reopenPage()
	if later, _ := verdict(t, openResult(t, newPage(t, "zh"))); later != want {
		t.Errorf("a page opened later shows %q, want %q", later, want)
	}
}
