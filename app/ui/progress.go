package ui

import (
	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// stepView is one form step as it stands: the questions that apply now
// and how many of them are answered.
type stepView struct {
	Step      assessment.Step
	Questions []assessment.Question // the applicable questions, in order
	Answered  int                   // applicable questions with an answer
	Missing   int                   // required applicable questions without one
}

// viewForm works out every step's applicable questions and counts, after
// each change of the answers (never while rendering). The list of
// quarantine ends counts only once the roster gave it: nobody types it.
func viewForm(steps []assessment.Step, a *assessment.Answers) []stepView {
	out := make([]stepView, len(steps))
	for i, s := range steps {
		v := stepView{Step: s}
		for _, q := range s.Questions {
			if !q.Applies(a) || q.Kind == assessment.KindQuarantineEnds && a.Get(q.ID).IsEmpty() {
				continue
			}
			v.Questions = append(v.Questions, q)
			switch {
			case !a.Get(q.ID).IsEmpty():
				v.Answered++
			case q.Required:
				v.Missing++
			}
		}
		out[i] = v
	}
	return out
}

// answeredShare returns how many applicable questions of every step are
// answered, and how many there are.
func answeredShare(views []stepView) (answered, total int) {
	for _, v := range views {
		answered += v.Answered
		total += len(v.Questions)
	}
	return answered, total
}

// percent is part of whole in whole percent, rounded down; 0 of 0 is 0.
func percent(part, whole int) int {
	if whole == 0 {
		return 0
	}
	return part * 100 / whole
}

// stepOf returns the index of the step that asks question id, or -1.
func stepOf(steps []assessment.Step, id string) int {
	for i, s := range steps {
		for _, q := range s.Questions {
			if q.ID == id {
				return i
			}
		}
	}
	return -1
}

// progressBar shows "step k of n" and the share of questions answered, in
// words and as a bar (so colour is never the only signal).
func progressBar(lang string, step, steps, answered, total int) app.UI {
	p := percent(answered, total)
	return app.Div().Class("progress").Body(
		app.P().Class("progress-text").ID("progress-text").Body(
			app.Strong().Text(tf(lang, "form.stepof", step+1, steps)),
			app.Text(" · "),
			app.Span().Text(tf(lang, "form.answered", answered, total)),
		),
		app.Div().Class("progress-track").
			Attr("role", "progressbar").
			Aria("valuemin", 0).Aria("valuemax", 100).Aria("valuenow", p).
			Aria("label", t(lang, "form.progress")).
			Body(app.Div().Class("progress-fill").Style("width", itoa(p)+"%")),
	)
}
