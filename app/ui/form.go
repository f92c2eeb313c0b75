package ui

import (
	"time"

	"fugong/app/browser"
	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// formScreen is the questionnaire, one step per screen: a progress bar,
// the step's applicable questions, back and next, and an overview to jump
// to any step. Every change is saved at once (see session).
type formScreen struct {
	screen
	ses      *session // nil while pre-rendering
	d        *draft
	steps    []assessment.Step
	views    []stepView // worked out after each change
	answered int
	total    int
	step     int
	overview bool
	typed    map[string]string              // text as typed, by question ID
	shown    map[string]bool                // questions whose problems are shown
	problems map[string]*assessment.Problem // problems of shown questions
	settled  map[string]bool                // questions answered before this screen opened
	clashes  []assessment.Inconsistency     // contradictions shown: one of their fields was left or settled
	roster   *rosterRecord                  // the draft's staff roster; nil when it has none
}

// newFormScreen returns the form showing its first step, empty, as the
// pre-rendered page and the first frame before the draft is read.
func newFormScreen() *formScreen {
	f := &formScreen{}
	f.load(newDraft(languages[0].Code, time.Now()))
	return f
}

// OnMount opens the draft the user was filling in, at its step.
func (f *formScreen) OnMount(ctx app.Context) {
	f.screen.OnMount(ctx)
	f.ses = journey()
	f.ses.watch(ctx)
	f.ses.onMerged = f.merged
	f.load(f.ses.current(f.lang))
	f.roster = openRosterCounts(f.ses, f.d)
	f.refresh()
	f.ses.at("/form")
	// A question typed into before the start is on the first step; a
	// draft opened at another step goes to it, so the typing goes on.
	if id := earlyFocus(); id != "" {
		if i := stepOf(f.steps, id); i >= 0 && i != f.step {
			f.goTo(ctx, i, id)
		}
	}
}

// OnNav follows links to a question (?q=ID) or a step (?step=ID).
func (f *formScreen) OnNav(ctx app.Context) {
	query := ctx.Page().URL().Query()
	if id := query.Get("q"); id != "" {
		if i := stepOf(f.steps, id); i >= 0 {
			f.shown[id] = true
			f.refresh()
			f.goTo(ctx, i, id)
		}
		return
	}
	for i, s := range f.steps {
		if s.ID == query.Get("step") {
			f.goTo(ctx, i, "")
		}
	}
}

// OnDismount writes a pending change before the screen goes.
func (f *formScreen) OnDismount() {
	journey().flush()
	f.screen.OnDismount()
}

// load shows draft d.
func (f *formScreen) load(d *draft) {
	f.d = d
	f.steps = assessment.FormFor(d.Answers.Park)
	f.step = min(max(d.Step, 0), len(f.steps)-1)
	f.typed = map[string]string{}
	f.shown = map[string]bool{}
	f.settled = map[string]bool{}
	for id := range d.Answers.Values {
		f.settled[id] = true
	}
	f.refresh()
}

// merged shows the answers another tab wrote, once merged into the open
// draft: text still being typed stays unless its answer changed.
func (f *formScreen) merged() {
	for id, text := range f.typed {
		if q, ok := assessment.LookupFor(f.d.Answers.Park, id); !ok || !parseInput(q, text).Equal(f.d.Answers.Get(id)) {
			delete(f.typed, id)
		}
	}
	f.refresh()
}

// refresh works out what the form shows from the answers.
func (f *formScreen) refresh() {
	f.views = viewForm(f.steps, f.d.Answers)
	f.answered, f.total = answeredShare(f.views)
	f.problems = map[string]*assessment.Problem{}
	for _, v := range f.views {
		for _, q := range v.Questions {
			if f.shown[q.ID] {
				f.problems[q.ID] = assessment.ValidateAnswer(q, f.d.Answers.Get(q.ID))
			}
		}
	}
	f.clashes = shownClashes(assessment.InconsistenciesOn(f.d.Answers, today()), f.shown, f.settled)
}

// set stores an answer, saves it and updates the form.
func (f *formScreen) set(q assessment.Question, v assessment.Value) {
	if !f.d.Answers.Get(q.ID).Equal(v) {
		f.d.Answers.Set(q.ID, v)
		journey().changed()
	}
	f.refresh()
}

// onField takes an input, change or blur event of any field. The
// question is the element's name and the choice its value (see
// fieldProps.On).
func (f *formScreen) onField(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	f.take(fieldEvent{
		Type:      e.Get("type").String(),
		Name:      src.Get("name").String(),
		Value:     src.Get("value").String(),
		Checked:   src.Get("checked").Truthy(),
		Composing: e.Get("isComposing").Truthy(),
	})
}

// fieldEvent is what one event of a field says: the event's type, and the
// element's name (the question's ID), value and checked state.
type fieldEvent struct {
	Type      string // "input", "compositionend", "change" or "blur"
	Name      string
	Value     string
	Checked   bool
	Composing bool // typed amid unfinished pinyin
}

// take stores what a field's event says. Unfinished pinyin is skipped:
// its compositionend, or the change when the user leaves, brings the
// finished text.
func (f *formScreen) take(e fieldEvent) {
	q, ok := assessment.LookupFor(f.d.Answers.Park, e.Name)
	if !ok {
		return
	}
	switch q.Kind {
	case assessment.KindYesNo:
		f.shown[q.ID] = true
		f.set(q, assessment.BoolValue(e.Value == "yes"))
	case assessment.KindChoice:
		f.shown[q.ID] = true
		f.set(q, assessment.StringValue(e.Value))
	case assessment.KindChoices:
		f.shown[q.ID] = true
		f.set(q, toggleChoice(q, f.d.Answers.Get(q.ID), e.Value, e.Checked))
	default:
		if e.Type == "input" && e.Composing {
			return
		}
		f.typed[q.ID] = e.Value
		if e.Type == "change" || e.Type == "blur" {
			f.shown[q.ID] = true
		}
		f.set(q, parseInput(q, e.Value))
	}
}

// goTo shows step i, and focuses question id when given, else the step's
// title, so keyboard and screen-reader users start at the top.
func (f *formScreen) goTo(ctx app.Context, i int, id string) {
	f.overview = false
	f.step = i
	if f.d.Step != i {
		f.d.Step = i
		journey().changed()
	}
	ctx.Defer(func(ctx app.Context) {
		if id == "" {
			browser.FocusTop("step-title")
		} else {
			browser.FocusQuestion("q-"+id, fieldID(id))
		}
	})
}

// leave marks the step's questions as seen, so what is missing shows when
// the user comes back; moving on is never blocked.
func (f *formScreen) leave() {
	for _, q := range f.views[f.step].Questions {
		f.shown[q.ID] = true
	}
	f.refresh()
}

// Render draws the current step or the overview.
func (f *formScreen) Render() app.UI {
	lang := f.lang
	v := f.views[f.step]
	title := v.Step.Title.In(lang)
	if f.overview {
		title = t(lang, "form.overview")
	}
	toggle := "form.overview"
	if f.overview {
		toggle = "form.back_to_step"
	}
	return frame(lang,
		storageNotice(lang, f.ses),
		app.P().Class("draft-name").Body(
			app.Text(f.d.title(lang)+" · "),
			app.A().Href(href("/drafts")).Text(t(lang, "drafts.title")),
		),
		app.H1().ID("step-title").TabIndex(-1).Text(title),
		progressBar(lang, f.step, len(f.steps), f.answered, f.total),
		app.Button().Class("button button-secondary button-small").ID("overview-toggle").
			Aria("expanded", f.overview).
			Text(t(lang, toggle)).
			OnClick(func(ctx app.Context, e app.Event) { f.overview = !f.overview }),
		app.If(f.overview, func() app.UI {
			return renderOverview(lang, f.views, f.step, func(ctx app.Context, i int) { f.goTo(ctx, i, "") })
		}).Else(func() app.UI {
			return f.renderStep(v)
		}),
	)
}

// renderStep draws the step's questions and its navigation.
func (f *formScreen) renderStep(v stepView) app.UI {
	lang := f.lang
	last := f.step == len(f.steps)-1
	// Every question of the step has its own slot, shown or not, so that
	// a question an answer brings (or a note that appears) never moves
	// another question's input to a new place in the page: go-app matches
	// elements by position, and an input moved under a finger would take
	// the next keystrokes for the wrong question.
	fields := make([]app.UI, 0, len(v.Step.Questions))
	shown := v.Questions
	for _, q := range v.Step.Questions {
		slot := app.Div().Class("field-slot")
		if len(shown) == 0 || shown[0].ID != q.ID {
			fields = append(fields, slot.Hidden(true))
			continue
		}
		shown = shown[1:]
		val := f.d.Answers.Get(q.ID)
		text, ok := f.typed[q.ID]
		if !ok {
			text = formatValue(val)
		}
		fields = append(fields, slot.Body(
			renderField(fieldProps{Lang: lang, Q: q, Value: val, Text: text,
				Problem: f.problems[q.ID], Clashes: clashesOf(f.clashes, q.ID), On: f.onField}),
			rosterNote(lang, f.roster, q, val),
		))
	}
	stepClashes := clashesIn(f.clashes, v.Questions)
	var next app.UI
	if last {
		next = app.A().Class("button button-primary").ID("next").Href(href("/result")).
			Text(t(lang, "form.to_result")).
			OnClick(func(ctx app.Context, e app.Event) { f.leave() })
	} else {
		next = app.Button().Class("button button-primary").ID("next").Text(t(lang, "form.next")).
			OnClick(func(ctx app.Context, e app.Event) { f.leave(); f.goTo(ctx, f.step+1, "") })
	}
	return app.Div().Class("step").DataSet("step", v.Step.ID).Body(
		app.Div().Class("notice-slot").Body(rosterLink(lang, v)),
		app.Div().Class("fields").Body(fields...),
		app.If(v.Missing > 0, func() app.UI {
			return app.P().Class("step-missing").ID("step-missing").Text(tf(lang, "form.missing", v.Missing))
		}),
		app.If(len(stepClashes) > 0, func() app.UI {
			return stepClashSummary(lang, stepClashes)
		}),
		app.Nav().Class("stepnav").Aria("label", t(lang, "form.nav")).Body(
			app.If(f.step > 0, func() app.UI {
				return app.Button().Class("button button-secondary").ID("back").Text(t(lang, "form.back")).
					OnClick(func(ctx app.Context, e app.Event) { f.leave(); f.goTo(ctx, f.step-1, "") })
			}),
			next,
		),
	)
}
