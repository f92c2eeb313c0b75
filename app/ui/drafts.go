package ui

import (
	"time"

	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// draftsScreen lists the drafts on this phone: open, duplicate, rename,
// export or delete one (after a confirmation), start a new one, or import
// an answers file.
type draftsScreen struct {
	screen
	drafts   []*draft
	progress map[string][2]int // answered and applicable questions, by draft ID
	renaming string            // ID of the draft being renamed
	deleting string            // ID of the draft awaiting confirmation of its deletion
	imported string            // title of the draft just imported
	refused  []importProblem
}

// OnMount reads the drafts.
func (s *draftsScreen) OnMount(ctx app.Context) {
	s.screen.OnMount(ctx)
	journey().watch(ctx)
	s.refresh()
}

func (s *draftsScreen) refresh() {
	journey().flush()
	s.drafts = journey().store.list()
	s.progress = map[string][2]int{}
	for _, d := range s.drafts {
		answered, total := answeredShare(viewForm(assessment.FormFor(d.Answers.Park), d.Answers))
		s.progress[d.ID] = [2]int{answered, total}
	}
}

// onOpen makes the button's draft the one being filled in and shows the
// form.
func (s *draftsScreen) onOpen(ctx app.Context, e app.Event) {
	if d := journey().store.get(dataOf(ctx, "draft")); d != nil {
		journey().open(d)
		ctx.Navigate(href("/form"))
	}
}

// onDuplicate copies the button's draft.
func (s *draftsScreen) onDuplicate(ctx app.Context, e app.Event) {
	d := journey().store.get(dataOf(ctx, "draft"))
	if d == nil {
		return
	}
	if c, err := d.clone(tf(s.lang, "drafts.copy_of", d.title(s.lang)), time.Now()); err == nil {
		journey().store.save(c)
		s.refresh()
	}
}

// onRename opens the rename box of the button's draft.
func (s *draftsScreen) onRename(ctx app.Context, e app.Event) {
	s.renaming, s.deleting = dataOf(ctx, "draft"), ""
}

// onDelete asks to confirm the deletion of the button's draft.
func (s *draftsScreen) onDelete(ctx app.Context, e app.Event) {
	s.deleting, s.renaming = dataOf(ctx, "draft"), ""
}

// onRenameSave names the draft being renamed as typed.
func (s *draftsScreen) onRenameSave(ctx app.Context, e app.Event) {
	if d := journey().store.get(s.renaming); d != nil {
		d.Name = app.Window().GetElementByID("rename-input").Get("value").String()
		journey().store.save(d)
	}
	s.renaming = ""
	s.refresh()
}

// onDeleteConfirm deletes the draft awaiting confirmation.
func (s *draftsScreen) onDeleteConfirm(ctx app.Context, e app.Event) {
	ses := journey()
	if ses.draft != nil && ses.draft.ID == s.deleting {
		ses.draft = nil
	}
	ses.store.remove(s.deleting)
	s.deleting = ""
	s.refresh()
}

// Render draws the list.
func (s *draftsScreen) Render() app.UI {
	lang := s.lang
	var ses *session
	if !app.IsServer {
		ses = journey()
	}
	return frame(lang,
		storageNotice(lang, ses),
		app.H1().Text(t(lang, "drafts.title")),
		app.Button().Class("button button-primary").ID("new-draft").Text(t(lang, "drafts.new")).
			OnClick(func(ctx app.Context, e app.Event) {
				journey().create(lang)
				ctx.Navigate(href("/form"))
			}),
		app.If(len(s.drafts) == 0, func() app.UI {
			return app.P().Class("muted").Text(t(lang, "drafts.none"))
		}),
		app.Ul().Class("drafts").ID("drafts").Body(
			app.Range(s.drafts).Slice(func(i int) app.UI { return s.renderDraft(s.drafts[i]) }),
		),
		s.renderImport(),
	)
}

// renderDraft draws one draft with its actions.
func (s *draftsScreen) renderDraft(d *draft) app.UI {
	lang := s.lang
	n := s.progress[d.ID]
	meta := tf(lang, "drafts.meta", d.Updated.Local().Format("2006-01-02 15:04"), n[0], n[1])
	li := app.Li().Class("draft").DataSet("draft", d.ID)
	switch {
	case s.renaming == d.ID:
		return li.Body(
			app.Label().For("rename-input").Class("field-label").Text(t(lang, "drafts.rename_label")),
			app.Input().Type("text").ID("rename-input").Class("input").Value(d.title(lang)).Attr("maxlength", 60),
			app.Div().Class("actions").Body(
				app.Button().Class("button button-primary").ID("rename-save").Text(t(lang, "drafts.save")).
					OnClick(s.onRenameSave),
				app.Button().Class("button button-secondary").Text(t(lang, "drafts.cancel")).
					OnClick(func(ctx app.Context, e app.Event) { s.renaming = "" }),
			),
		)
	case s.deleting == d.ID:
		return li.Body(
			app.P().Class("confirm").Attr("role", "alert").Text(tf(lang, "drafts.confirm_delete", d.title(lang))),
			app.Div().Class("actions").Body(
				app.Button().Class("button button-danger").ID("delete-confirm").Text(t(lang, "drafts.delete")).
					OnClick(s.onDeleteConfirm),
				app.Button().Class("button button-secondary").ID("delete-cancel").Text(t(lang, "drafts.cancel")).
					OnClick(func(ctx app.Context, e app.Event) { s.deleting = "" }),
			),
		)
	}
	return li.Body(
		app.Button().Class("draft-open").DataSet("draft", d.ID).Body(
			app.Strong().Text(d.title(lang)),
			app.Span().Class("muted").Text(meta),
		).OnClick(s.onOpen),
		app.Div().Class("actions").Body(
			app.Button().Class("button button-secondary button-small").DataSet("action", "duplicate").
				DataSet("draft", d.ID).Text(t(lang, "drafts.duplicate")).OnClick(s.onDuplicate),
			app.Button().Class("button button-secondary button-small").DataSet("action", "rename").
				DataSet("draft", d.ID).Text(t(lang, "drafts.rename")).OnClick(s.onRename),
			exportButton(lang, d, "export-"+d.ID),
			app.Button().Class("button button-secondary button-small").DataSet("action", "delete").
				DataSet("draft", d.ID).Text(t(lang, "drafts.delete")).OnClick(s.onDelete),
		),
	)
}

// renderImport draws the import of an answers file and its outcome.
func (s *draftsScreen) renderImport() app.UI {
	lang := s.lang
	return app.Section().Class("import").Body(
		app.H2().Text(t(lang, "backup.import_title")),
		app.P().Class("muted").Text(t(lang, "backup.import_help")),
		app.Label().Class("button button-secondary file-button").For("import-file").Body(
			app.Text(t(lang, "backup.import")),
			app.Input().Type("file").ID("import-file").Class("visually-hidden").
				Accept(".json,application/json").
				OnChange(func(ctx app.Context, e app.Event) {
					src := ctx.JSSrc()
					readFile(ctx, src, s.onImport)
					src.Set("value", "")
				}),
		),
		app.If(len(s.refused) > 0, func() app.UI {
			return app.Div().Class("notice notice-error").ID("import-error").Attr("role", "alert").Body(
				app.P().Text("⚠ "+t(lang, "backup.refused")),
				app.Ul().Body(app.Range(s.refused).Slice(func(i int) app.UI {
					p := s.refused[i]
					return app.Li().Body(app.Strong().Text(p.Field+t(lang, "punct.colon")), app.Text(p.Message))
				})),
			)
		}),
		app.If(s.imported != "", func() app.UI {
			return app.P().Class("notice notice-ok").ID("import-ok").Attr("role", "status").
				Text("✓ " + tf(lang, "backup.imported", s.imported))
		}),
	)
}

// onImport adds an imported answers file as a new draft; a refused file
// changes nothing.
func (s *draftsScreen) onImport(ctx app.Context, data []byte, err error) {
	s.imported, s.refused = "", nil
	if err != nil {
		s.refused = []importProblem{{Field: t(s.lang, "backup.file"), Message: t(s.lang, "backup.unreadable")}}
		return
	}
	a, rec, problems, err := readImport(data, s.lang)
	if err != nil {
		s.refused = problems
		return
	}
	d := newDraft(s.lang, time.Now())
	d.Answers = a
	journey().store.save(d)
	if rec != nil {
		if err := saveRoster(journey().store.st, d.ID, rec); err != nil {
			s.refused = []importProblem{{Field: t(s.lang, "roster.title"), Message: tf(s.lang, "roster.save_error", err.Error())}}
		}
	}
	s.imported = d.title(s.lang)
	s.refresh()
}
