package ui

import (
	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// fieldProps is what a question's field shows and whom it tells about
// the user's input.
type fieldProps struct {
	Lang    string
	Q       assessment.Question
	Value   assessment.Value
	Text    string                     // what the text input shows: what was typed, else the answer
	Problem *assessment.Problem        // shown under the input; nil when fine or not yet checked
	Clashes []assessment.Inconsistency // contradictions with other answers, shown under the input
	// On handles every input, change and blur event of the field. It must
	// find the question from the event's element (its name is the
	// question's ID, its value the choice's ID): go-app keeps the first
	// handler of an element whose handler's code is unchanged, so a
	// handler must not depend on variables it captured.
	On app.EventHandler
}

// fieldID is the HTML id of a question's input, for labels and links.
func fieldID(id string) string { return "f-" + id }

// renderField draws one question: label tied to its input, help on
// demand, the input of the question's kind, its unit and its problem.
func renderField(p fieldProps) app.UI {
	q := p.Q
	if q.Kind == assessment.KindQuarantineEnds {
		return endsField(p)
	}
	group := q.Kind == assessment.KindYesNo || q.Kind == assessment.KindChoice || q.Kind == assessment.KindChoices
	var input app.UI
	switch q.Kind {
	case assessment.KindYesNo:
		input = yesNoInput(p)
	case assessment.KindChoice, assessment.KindChoices:
		input = choiceInput(p)
	default:
		input = textInput(p)
	}
	head := []app.UI{app.Text(q.Label.In(p.Lang)), fieldTag(p.Lang, q)}
	var label app.UI = app.Label().Class("field-label").For(fieldID(q.ID)).Body(head...)
	if group {
		label = app.Legend().Class("field-label").Body(head...)
	}
	body := []app.UI{label, fieldHelp(p.Lang, q), input}
	if p.Problem != nil {
		body = append(body, app.P().Class("field-error").ID("e-"+q.ID).Attr("role", "alert").
			Text("⚠ "+p.Problem.Message.In(p.Lang)))
	}
	for _, c := range p.Clashes {
		body = append(body, clashNote(p.Lang, q.ID, c))
	}
	wrap := app.Div().Class("field").ID("q-"+q.ID).DataSet("question", q.ID).DataSet("kind", string(q.Kind))
	if group {
		return wrap.Body(app.FieldSet().Class("field-group").Body(body...))
	}
	return wrap.Body(body...)
}

// fieldTag says whether a question must be answered, in words.
func fieldTag(lang string, q assessment.Question) app.UI {
	if q.Required {
		return app.Span().Class("tag tag-required").Text(t(lang, "field.required"))
	}
	return app.Span().Class("tag").Text(t(lang, "field.optional"))
}

// fieldHelp shows a question's help on demand.
func fieldHelp(lang string, q assessment.Question) app.UI {
	help := q.Help.In(lang)
	if help == "" {
		return nil
	}
	return app.Details().Class("help").Body(
		app.Summary().Text(t(lang, "field.help")),
		app.P().Text(help),
	)
}

// textInput is the input of a question answered by typing.
func textInput(p fieldProps) app.UI {
	q := p.Q
	in := app.Input().ID(fieldID(q.ID)).Name(q.ID).Class("input").Value(p.Text).
		Aria("invalid", p.Problem != nil)
	if p.Problem != nil {
		in = in.Aria("describedby", "e-"+q.ID)
	}
	switch q.Kind {
	case assessment.KindNumber:
		mode := "decimal"
		if q.Whole {
			mode = "numeric"
		}
		in = in.Type("text").Attr("inputmode", mode).Attr("enterkeyhint", "next")
	case assessment.KindPhone, assessment.KindHotline:
		in = in.Type("tel").Attr("inputmode", "tel").Attr("autocomplete", "tel")
	case assessment.KindDate:
		in = in.Type("date").Min("2020-01-01").Max("2099-12-31")
	case assessment.KindCreditCode:
		in = in.Type("text").Attr("autocapitalize", "characters").Spellcheck(false).
			Attr("maxlength", 24).Attr("autocomplete", "off")
	default:
		// No maxlength: a browser cuts what is pasted to it without a
		// word (and counts 𠮷 or an emoji twice); validation says the
		// answer is too long and what is typed stays.
		in = in.Type("text").Attr("enterkeyhint", "next")
	}
	in = in.OnInput(p.On).On("compositionend", p.On).OnChange(p.On).OnBlur(p.On)
	unit := q.Unit.In(p.Lang)
	if unit == "" {
		return in
	}
	return app.Div().Class("input-row").Body(in, app.Span().Class("unit").Aria("hidden", true).Text(unit))
}

// yesNoInput is two large radio buttons, 是 and 否.
func yesNoInput(p fieldProps) app.UI {
	q := p.Q
	option := func(val bool, key string) app.UI {
		id := fieldID(q.ID)
		if !val {
			id += "-no"
		}
		on := p.Value.Type == assessment.TypeBool && p.Value.Bool == val
		return app.Label().Class("option").For(id).Body(
			checked(app.Input().Type("radio").ID(id).Name(q.ID).Value(key), on).OnChange(p.On),
			app.Span().Text(t(p.Lang, "field."+key)),
		)
	}
	return app.Div().Class("options options-row").Body(option(true, "yes"), option(false, "no"))
}

// choiceInput is a radio group (one choice) or checkboxes (several).
func choiceInput(p fieldProps) app.UI {
	q := p.Q
	several := q.Kind == assessment.KindChoices
	return app.Div().Class("options").Body(
		app.Range(q.Choices).Slice(func(i int) app.UI {
			c := q.Choices[i]
			id := fieldID(q.ID)
			if i > 0 {
				id += "-" + c.ID
			}
			in := app.Input().ID(id).Name(q.ID).Value(c.ID).OnChange(p.On)
			if several {
				in = checked(in.Type("checkbox"), p.Value.Has(c.ID))
			} else {
				in = checked(in.Type("radio"), p.Value.Type == assessment.TypeString && p.Value.Str == c.ID)
			}
			return app.Label().Class("option").For(id).Body(in, app.Span().Text(c.Label.In(p.Lang)))
		}),
	)
}

// checked sets an input's checked state. Pre-rendered HTML leaves it out
// when false: checked="false" would show as checked before the app runs.
func checked(in app.HTMLInput, on bool) app.HTMLInput {
	if on || !app.IsServer {
		return in.Checked(on)
	}
	return in
}
