//go:build !wasm

package ui

import (
	"strings"
	"testing"

	"fugong/app/browser"
	"fugong/assessment"
)

// openForm opens the form screen in a new page in language lang.
func openForm(t *testing.T, lang string) (*formScreen, *page) {
	t.Helper()
	f := newFormScreen()
	p := newPage(t, lang)
	p.show(f)
	return f, p
}

// slots returns, slot by slot of the form's step, the question drawn
// in it, or "" where the slot is hidden.
func slots(t *testing.T, f *formScreen) []string {
	t.Helper()
	var out []string
	for _, s := range drawn(t, f).byClass("field-slot") {
		id := ""
		if qs := s.byClass("field"); len(qs) > 0 {
			id = qs[0].attrs["data-question"]
		}
		if s.has("hidden") != (id == "") {
			t.Fatalf("slot %d: hidden %v, question %q", len(out), s.has("hidden"), id)
		}
		out = append(out, id)
	}
	return out
}

// storedDraft returns the draft id kept in st, or fails.
func storedDraft(t *testing.T, st browser.Memory, id string) *draft {
	t.Helper()
	v, ok := st[draftKeyPrefix+id]
	if !ok {
		t.Fatalf("draft %s is not in storage (keys %v)", id, st.Keys())
	}
	d, err := decodeDraft(v)
	if err != nil {
		t.Fatalf("draft %s in storage: %v", id, err)
	}
	return d
}

// TestFormScreenNewDraft: a new draft opens at the first step, in the
// user's language, each question in its own slot with an input named by
// the question (the name the field's handler looks the question up by),
// and nothing is written before the first answer.
func TestFormScreenNewDraft(t *testing.T) {
	for _, lang := range []string{"zh", "en", "ja", "ko"} {
		t.Run(lang, func(t *testing.T) {
			st := browser.Memory{}
			useDrafts(t, st, nil)
			f, _ := openForm(t, lang)
			page := drawn(t, f)
			step := assessment.Form()[0]
			if h := page.byID("step-title"); h == nil || h.text != step.Title.In(lang) {
				t.Errorf("title = %+v, want %q", h, step.Title.In(lang))
			}
			got := slots(t, f)
			if len(got) != len(step.Questions) {
				t.Fatalf("%d slots for the %d questions of the step", len(got), len(step.Questions))
			}
			for i, q := range step.Questions {
				if got[i] != q.ID {
					t.Errorf("slot %d holds %q, want %s", i, got[i], q.ID)
				}
				field := page.byID("q-" + q.ID)
				if field == nil || !strings.Contains(field.allText(), q.Label.In(lang)) {
					t.Errorf("question %s not drawn with its label %q", q.ID, q.Label.In(lang))
					continue
				}
				named := field.find(func(e *elem) bool { return e.tag == "input" && e.attrs["name"] == q.ID })
				if len(named) == 0 {
					t.Errorf("question %s has no input named %s", q.ID, q.ID)
				}
			}
			if keys := st.Keys(); len(keys) != 0 {
				t.Errorf("opening an empty draft wrote %v", keys)
			}
		})
	}
}

// TestFormScreenAnswerBringsQuestion: answering yes to "has a canteen"
// shows the canteen's questions in their own slots, hidden until then,
// and no other question moves (go-app matches inputs by position).
func TestFormScreenAnswerBringsQuestion(t *testing.T) {
	useDrafts(t, browser.Memory{}, nil)
	f, p := openForm(t, "zh")
	f.goTo(p.ctx, stepOf(f.steps, "has_canteen"), "")
	p.engine.ConsumeAll()
	step := f.steps[f.step]
	index := map[string]int{}
	for i, q := range step.Questions {
		index[q.ID] = i
	}
	before := slots(t, f)
	for _, id := range []string{"canteen_seats", "canteen_measures"} {
		if before[index[id]] != "" {
			t.Fatalf("%s shown before there is a canteen: %v", id, before)
		}
	}

	f.take(fieldEvent{Type: "change", Name: "has_canteen", Value: "yes", Checked: true})
	after := slots(t, f)
	for i, id := range before {
		if id != "" && after[i] != id {
			t.Errorf("slot %d held %s, now %q: a question moved", i, id, after[i])
		}
	}
	for _, id := range []string{"canteen_seats", "canteen_measures"} {
		if after[index[id]] != id {
			t.Errorf("after yes, slot %d holds %q, want %s", index[id], after[index[id]], id)
		}
	}
	if yes := drawn(t, f).byID("f-has_canteen"); yes == nil || !yes.has("checked") {
		t.Errorf("the yes the user chose is not checked: %+v", yes)
	}

	f.take(fieldEvent{Type: "change", Name: "has_canteen", Value: "no", Checked: true})
	if again := slots(t, f); again[index["canteen_seats"]] != "" {
		t.Errorf("after no, the canteen's seats are still asked: %v", again)
	}
}

// TestFormScreenAnswersKeptOnReopen: what is typed (pinyin only once
// finished) and chosen is written to storage, and a page opened later
// shows it again, at the step the user was on.
func TestFormScreenAnswersKeptOnReopen(t *testing.T) {
	st := browser.Memory{}
	useDrafts(t, st, nil)
	f, p := openForm(t, "zh")
	f.take(fieldEvent{Type: "input", Name: "name", Value: "临沂"})
	f.take(fieldEvent{Type: "input", Name: "name", Value: "临沂jing", Composing: true})
	if got := f.d.Answers.Str("name"); got != "临沂" {
		t.Errorf("unfinished pinyin taken as the answer: %q", got)
	}
	f.take(fieldEvent{Type: "compositionend", Name: "name", Value: "临沂精工"})
	f.take(fieldEvent{Type: "change", Name: "name", Value: "临沂精工"})
	f.take(fieldEvent{Type: "input", Name: "employees_total", Value: "１８６"})
	f.take(fieldEvent{Type: "blur", Name: "employees_total", Value: "１８６"})
	f.take(fieldEvent{Type: "change", Name: "industry", Value: q0Choice(t, "industry")})
	f.goTo(p.ctx, 2, "")
	p.engine.ConsumeAll()
	f.OnDismount()

	saved := storedDraft(t, st, f.d.ID)
	if saved.Answers.Str("name") != "临沂精工" || !saved.Answers.Get("employees_total").Equal(assessment.NumberValue(186)) ||
		saved.Answers.Str("industry") != q0Choice(t, "industry") {
		t.Errorf("stored answers = %v", saved.Answers.Values)
	}

	reopenPage()
	g, p2 := openForm(t, "zh")
	if g.d.ID != f.d.ID || g.step != 2 {
		t.Fatalf("reopened draft %s at step %d, want %s at step 2", g.d.ID, g.step, f.d.ID)
	}
	g.goTo(p2.ctx, 0, "")
	p2.engine.ConsumeAll()
	page := drawn(t, g)
	for id, want := range map[string]string{"f-name": "临沂精工", "f-employees_total": "186"} {
		if in := page.byID(id); in == nil || in.attrs["value"] != want {
			t.Errorf("reopened, %s shows %+v, want %q", id, in, want)
		}
	}
	if c := page.byID("f-industry"); c == nil || !c.has("checked") {
		t.Errorf("reopened, the industry chosen is not checked: %+v", c)
	}
}

// q0Choice returns the first choice of question id.
func q0Choice(t *testing.T, id string) string {
	t.Helper()
	return question(t, id).Choices[0].ID
}

// TestFormScreenBadNumber: a number that cannot be read stays in its
// input as typed, is kept, and once the user leaves the field its
// problem is said in the user's language.
func TestFormScreenBadNumber(t *testing.T) {
	for _, lang := range []string{"zh", "en", "ja", "ko"} {
		t.Run(lang, func(t *testing.T) {
			st := browser.Memory{}
			useDrafts(t, st, nil)
			f, _ := openForm(t, lang)
			f.take(fieldEvent{Type: "input", Name: "employees_total", Value: "很多"})
			if drawn(t, f).byID("e-employees_total") != nil {
				t.Error("the problem is shown while the user is still typing")
			}
			f.take(fieldEvent{Type: "blur", Name: "employees_total", Value: "很多"})
			page := drawn(t, f)
			if in := page.byID("f-employees_total"); in == nil || in.attrs["value"] != "很多" || !in.on("aria-invalid") {
				t.Errorf("input = %+v, want the text typed, marked invalid", in)
			}
			p := assessment.ValidateAnswer(question(t, "employees_total"), assessment.StringValue("很多"))
			if p == nil {
				t.Fatal("no problem with a number that is not one")
			}
			msg := p.Message.In(lang)
			if lang != "zh" && msg == p.Message.In("zh") {
				t.Fatalf("the problem has no %s wording", lang)
			}
			if e := page.byID("e-employees_total"); e == nil || !strings.Contains(e.text, msg) {
				t.Errorf("problem drawn = %+v, want %q", e, msg)
			}
			if got := storedDraft(t, st, f.d.ID).Answers.Str("employees_total"); got != "很多" {
				t.Errorf("stored %q, want the text typed", got)
			}
		})
	}
}

// TestFormScreenStorageRefused: where the browser refuses storage or
// it is full, the form says so in the user's language and offers the
// export, and what the user types stays on the screen and in the draft.
func TestFormScreenStorageRefused(t *testing.T) {
	for _, tt := range []struct {
		name string
		st   browser.Storage
		err  error
		key  string
	}{
		{"refused", browser.Refused{Memory: browser.Memory{}}, browser.ErrUnavailable, "storage.unavailable"},
		{"full", fullStorage{browser.Memory{}}, browser.ErrFull, "storage.full"},
	} {
		for _, lang := range []string{"zh", "en", "ja", "ko"} {
			t.Run(tt.name+"/"+lang, func(t *testing.T) {
				useDrafts(t, tt.st, tt.err)
				f, _ := openForm(t, lang)
				f.take(fieldEvent{Type: "input", Name: "name", Value: "临沂精工"})
				f.take(fieldEvent{Type: "change", Name: "name", Value: "临沂精工"})
				page := drawn(t, f)
				want := inLang(lang, tt.key)
				if lang != "zh" && want == t0(tt.key) {
					t.Fatalf("%s has no %s wording", tt.key, lang)
				}
				notice := page.byID("storage-notice")
				if notice == nil || !strings.Contains(notice.allText(), want) {
					t.Fatalf("notice = %+v, want %q", notice, want)
				}
				if notice.byID("storage-export") == nil {
					t.Error("the notice offers no export")
				}
				if in := page.byID("f-name"); in == nil || in.attrs["value"] != "临沂精工" {
					t.Errorf("the name typed is gone from its input: %+v", in)
				}
				if got := journey().draft.Answers.Str("name"); got != "临沂精工" {
					t.Errorf("the draft lost the name typed: %q", got)
				}
			})
		}
	}
}

// inLang is the catalogue's text of key in lang (t is the test there).
func inLang(lang, key string) string { return t(lang, key) }
