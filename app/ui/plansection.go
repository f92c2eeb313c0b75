package ui

import (
	"strings"

	"fugong/documents"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// addSection is planScreen.editing while a new section is written.
const addSection = "+"

// planText draws the plan's sections. It is a component of its own so
// that the plan screen's other updates, such as the PDF's progress, do not
// render and compare the whole plan again: go-app updates it only when one
// of its fields changes (a rebuilt plan, another section in the editor,
// another language). Its buttons call the plan screen's handlers.
type planText struct {
	app.Compo
	Screen  *planScreen
	Plan    *documents.Plan
	Editing string
	Lang    string
	Stale   map[string][]documents.Change // so that a change of them redraws the plan
}

// Render draws every section.
func (p *planText) Render() app.UI {
	return app.Div().Class("plan").ID("plan").Body(
		app.Range(p.Plan.Sections).Slice(func(i int) app.UI { return p.Screen.renderSection(p.Plan.Sections[i]) }),
	)
}

// renderSection draws one section of the plan, with its editor when open.
func (s *planScreen) renderSection(sec documents.Section) app.UI {
	lang := s.lang
	var title app.UI = app.H3().Text(sec.Title)
	if sec.Level <= 1 {
		title = app.H2().Text(sec.Title)
	}
	body := []app.UI{title}
	if sec.Edited {
		body = append(body, app.P().Class("tag tag-edited").Text("✎ "+t(lang, "plan.edited")))
	}
	if cs, ok := s.stale[sec.ID]; ok && s.editing != sec.ID {
		body = append(body, s.renderStale(sec.ID, cs))
	}
	if s.editing == sec.ID {
		body = append(body, s.renderEditor(sec))
	} else {
		body = append(body, renderBlocks(sec.Blocks)...)
		if documents.EditableSection(sec.ID) {
			body = append(body, app.Button().Class("button button-secondary button-small").
				DataSet("edit", sec.ID).Text(t(lang, "plan.edit")).OnClick(s.onEdit))
		}
	}
	return app.Section().Class("plan-section").DataSet("section", sec.ID).Body(body...)
}

// renderBlocks draws a section's blocks as HTML.
func renderBlocks(blocks []documents.Block) []app.UI {
	out := make([]app.UI, 0, len(blocks))
	for _, b := range blocks {
		switch b.Kind {
		case documents.Paragraph:
			out = append(out, app.P().Class("plan-text").Text(b.Text))
		case documents.List:
			out = append(out, app.Ol().Body(app.Range(b.Items).Slice(func(i int) app.UI {
				return app.Li().Text(b.Items[i])
			})))
		case documents.TableBlock:
			if b.Table != nil {
				out = append(out, renderTable(b.Table))
			}
		case documents.SignatureBlock:
			if sig := b.Signature; sig != nil {
				lines := append(append([]string{}, sig.Signers...), sig.Seal, sig.DateLabel)
				out = append(out, app.P().Class("plan-text plan-signature").Text(strings.Join(lines, "\n")))
			}
		case documents.QRBlock:
			out = append(out, app.P().Class("muted").Text("▣ "+b.Text))
		}
	}
	return out
}

// renderTable draws a plan's table. On a phone each row reads as a card
// (web/fugong.css): every cell carries its column's name (data-label) to
// show above it.
func renderTable(tb *documents.Table) app.UI {
	return app.Div().Class("table-scroll").Body(app.Table().Body(
		app.THead().Body(app.Tr().Body(app.Range(tb.Header).Slice(func(i int) app.UI {
			return app.Th().Text(tb.Header[i])
		}))),
		app.TBody().Body(app.Range(tb.Rows).Slice(func(i int) app.UI {
			row := tb.Rows[i]
			return app.Tr().Body(app.Range(row).Slice(func(j int) app.UI {
				td := app.Td().Text(row[j])
				if j < len(tb.Header) && tb.Header[j] != "" {
					td = td.DataSet("label", tb.Header[j])
				}
				return td
			}))
		})),
	))
}

// onEdit opens the editor on the button's section, starting from its own
// text.
func (s *planScreen) onEdit(ctx app.Context, e app.Event) {
	id := dataOf(ctx, "edit")
	for _, sec := range s.plan.Sections {
		if sec.ID != id {
			continue
		}
		s.before, s.hadEdit = s.d.Answers.Edits[id]
		s.basis = s.d.Basis[id]
		s.prefill = s.before
		if !s.hadEdit {
			s.prefill = sectionText(sec)
		}
		s.editing = id
	}
}

// onType saves the editor's text as it is typed (never unfinished pinyin).
func (s *planScreen) onType(ctx app.Context, e app.Event) {
	if e.Get("isComposing").Truthy() || s.editing == "" || s.editing == addSection {
		return
	}
	if s.d.Answers.Edits == nil {
		s.d.Answers.Edits = map[string]string{}
	}
	s.d.Answers.Edits[s.editing] = ctx.JSSrc().Get("value").String()
	s.ses.changed()
	ctx.PreventUpdate()
}

// renderEditor draws the text box of the section being edited.
func (s *planScreen) renderEditor(sec documents.Section) app.UI {
	lang := s.lang
	id := "edit-" + sec.ID
	custom := strings.HasPrefix(sec.ID, documents.CustomSectionPrefix)
	resetKey := "plan.reset"
	if custom {
		resetKey = "plan.remove"
	}
	return app.Div().Class("editor").Body(
		app.Label().Class("field-label").For(id).Text(t(lang, "plan.edit_label")),
		app.Textarea().ID(id).Class("input textarea").Rows(10).Text(s.prefill).
			OnInput(s.onType).On("compositionend", s.onType),
		app.Div().Class("actions").Body(
			app.Button().Class("button button-primary").ID("edit-done").Text(t(lang, "plan.done")).OnClick(s.onEditDone),
			app.Button().Class("button button-secondary").Text(t(lang, "drafts.cancel")).OnClick(s.onEditCancel),
			app.If(sec.Edited || custom, func() app.UI {
				return app.Button().Class("button button-secondary").Text(t(lang, resetKey)).OnClick(s.onEditReset)
			}),
		),
	)
}

// onEditDone keeps the editor's text as the section's own; text left as
// generated keeps the section generated.
func (s *planScreen) onEditDone(ctx app.Context, e app.Event) {
	id := s.editing
	text := strings.TrimSpace(app.Window().GetElementByID("edit-" + id).Get("value").String())
	if !s.hadEdit && text == strings.TrimSpace(s.prefill) {
		text = ""
	}
	s.editing = ""
	s.setEdit(id, text)
}

// onEditCancel puts the section's text back as it was before editing.
func (s *planScreen) onEditCancel(ctx app.Context, e app.Event) {
	id := s.editing
	s.editing = ""
	if s.hadEdit {
		s.setEdit(id, s.before)
		// Cancelling checks nothing: the basis stays what it was.
		if s.basis != nil {
			s.d.Basis[id] = s.basis
		} else {
			delete(s.d.Basis, id)
		}
		s.rebuild()
	} else {
		s.setEdit(id, "")
	}
}

// onEditReset drops the section's own text (a custom section goes).
func (s *planScreen) onEditReset(ctx app.Context, e app.Event) {
	id := s.editing
	s.editing = ""
	s.setEdit(id, "")
}

// renderAdd draws the button and editor that add a section of the
// enterprise's own to the prevention plan.
func (s *planScreen) renderAdd() app.UI {
	lang := s.lang
	if s.editing != addSection {
		return app.Button().Class("button button-secondary").ID("add-section").Text(t(lang, "plan.add")).
			OnClick(func(ctx app.Context, e app.Event) { s.editing = addSection })
	}
	value := func(id string) string { return app.Window().GetElementByID(id).Get("value").String() }
	return app.Section().Class("editor").ID("add-editor").Body(
		app.H2().Text(t(lang, "plan.add")),
		app.Label().Class("field-label").For("add-title").Text(t(lang, "plan.add_title")),
		app.Input().Type("text").ID("add-title").Class("input").Attr("maxlength", 60),
		app.Label().Class("field-label").For("add-body").Text(t(lang, "plan.add_body")),
		app.Textarea().ID("add-body").Class("input textarea").Rows(8),
		app.Div().Class("actions").Body(
			app.Button().Class("button button-primary").ID("add-save").Text(t(lang, "plan.done")).
				OnClick(func(ctx app.Context, e app.Event) {
					title, body := value("add-title"), value("add-body")
					s.editing = ""
					if strings.TrimSpace(title) != "" {
						s.setEdit(nextCustomID(s.d.Answers.Edits), customText(title, body))
					}
				}),
			app.Button().Class("button button-secondary").Text(t(lang, "drafts.cancel")).
				OnClick(func(ctx app.Context, e app.Event) { s.editing = "" }),
		),
	)
}
