//go:build !wasm

package ui

import (
	"os"
	"strings"
	"testing"
	"time"

	"fugong/app/browser"
	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// keptDraft writes a draft of the enterprise name, changed at updated,
// into st, as an earlier page did.
func keptDraft(t *testing.T, st browser.Storage, name string, updated time.Time) *draft {
	t.Helper()
	d := newDraft("zh", updated)
	d.Answers.Set("name", assessment.StringValue(name))
	if err := openDrafts(st).save(d); err != nil {
		t.Fatal(err)
	}
	return d
}

// openDraftsScreen opens the drafts screen in a new page in language lang.
func openDraftsScreen(t *testing.T, lang string) (*draftsScreen, *page) {
	t.Helper()
	s := &draftsScreen{}
	p := newPage(t, lang)
	p.show(s)
	return s, p
}

// listed returns the titles the drafts screen lists, in order.
func listed(t *testing.T, s *draftsScreen) []string {
	t.Helper()
	var out []string
	for _, li := range drawn(t, s).byClass("draft") {
		if open := li.byClass("draft-open"); len(open) > 0 {
			out = append(out, open[0].kids[0].text)
		}
	}
	return out
}

// TestDraftsScreenListAndDelete: the drafts kept on the phone are listed,
// the last changed first; deleting one asks first, in the user's
// language, then takes it out of storage, so a page opened later no
// longer lists it.
func TestDraftsScreenListAndDelete(t *testing.T) {
	st := browser.Memory{}
	useDrafts(t, st, nil)
	old := keptDraft(t, st, "一号厂", time.Unix(100, 0))
	keptDraft(t, st, "二号厂", time.Unix(200, 0))

	s, p := openDraftsScreen(t, "en")
	if got := strings.Join(listed(t, s), ","); got != "二号厂,一号厂" {
		t.Fatalf("listed %s, want the last changed first", got)
	}

	s.deleting = old.ID // as the draft's delete button does
	want := tf("en", "drafts.confirm_delete", "一号厂")
	if c := drawn(t, s).byClass("confirm"); len(c) != 1 || c[0].text != want {
		t.Fatalf("confirmation = %+v, want %q", c, want)
	}
	s.onDeleteConfirm(p.ctx, app.Event{})
	if _, ok := st[draftKeyPrefix+old.ID]; ok {
		t.Error("the deleted draft is still in storage")
	}
	reopenPage()
	again, _ := openDraftsScreen(t, "en")
	if got := strings.Join(listed(t, again), ","); got != "二号厂" {
		t.Errorf("a page opened later lists %s", got)
	}
}

// TestDraftsScreenImport: an answers file becomes a new draft, kept in
// storage and listed; a file with a wrong answer is refused with its
// reasons in the user's language, and adds nothing.
func TestDraftsScreenImport(t *testing.T) {
	example, err := os.ReadFile("../../testdata/example.json")
	if err != nil {
		t.Fatal(err)
	}
	name := exampleAnswers(t).Str("name")
	for _, lang := range []string{"zh", "en", "ja", "ko"} {
		t.Run(lang, func(t *testing.T) {
			st := browser.Memory{}
			useDrafts(t, st, nil)
			s, p := openDraftsScreen(t, lang)

			s.onImport(p.ctx, []byte(`{"answers": {"automation_share": 150}}`), nil)
			page := drawn(t, s)
			refused := page.byID("import-error")
			if refused == nil || !strings.Contains(refused.allText(), inLang(lang, "backup.refused")) {
				t.Fatalf("refusal = %+v, want %q", refused, inLang(lang, "backup.refused"))
			}
			label := question(t, "automation_share").Label.In(lang)
			if lang != "zh" && label == question(t, "automation_share").Label.In("zh") {
				t.Fatalf("automation_share has no %s label", lang)
			}
			if !strings.Contains(refused.allText(), label) {
				t.Errorf("the refusal does not name the answer %q: %q", label, refused.allText())
			}
			if len(st.Keys()) != 0 || len(listed(t, s)) != 0 {
				t.Errorf("a refused file added %v", st.Keys())
			}

			s.onImport(p.ctx, example, nil)
			page = drawn(t, s)
			if ok := page.byID("import-ok"); ok == nil || !strings.Contains(ok.text, tf(lang, "backup.imported", name)) {
				t.Errorf("import told = %+v, want %q", ok, tf(lang, "backup.imported", name))
			}
			if page.byID("import-error") != nil {
				t.Error("the earlier refusal is still shown")
			}
			if got := listed(t, s); len(got) != 1 || got[0] != name {
				t.Errorf("listed %v, want the imported draft", got)
			}
			reopenPage()
			staff := exampleAnswers(t).Get("employees_total")
			if got := journey().store.list(); len(got) != 1 || staff.IsEmpty() || !got[0].Answers.Get("employees_total").Equal(staff) {
				t.Errorf("storage holds %d drafts after the import, want the imported one", len(got))
			}
		})
	}
}
