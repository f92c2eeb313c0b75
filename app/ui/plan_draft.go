package ui

import (
	"fugong/assessment"
	"fugong/documents"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// draftMark is the watermark a draft PDF of the open answers carries.
func (s *planScreen) draftMark() string {
	return documents.DraftWatermark.In(s.d.Answers.Language())
}

// renderErrors lists the answers' errors when 生成 PDF was tapped with
// them, each linking to its question, and offers the two ways on:
// correct them (from the first one), or make a draft PDF marked on every
// page. Nothing is drawn otherwise.
func (s *planScreen) renderErrors() app.UI {
	lang := s.lang
	if len(s.errs) == 0 {
		return nil
	}
	fix := "/form"
	if _, ok := assessment.Lookup(s.errs[0].Question); ok {
		fix += "?q=" + s.errs[0].Question
	}
	return app.Section().ID("pdf-errors").Class("notice notice-warn pdf-errors").Body(
		app.H2().Text("⚠ "+tf(lang, "pdf.errors", len(s.errs))),
		problemList(lang, s.errs),
		app.P().Text(tf(lang, "pdf.draft_note", s.draftMark())),
		app.Div().Class("actions").Body(
			app.A().Class("button button-primary").ID("pdf-fix").Href(href(fix)).Text(t(lang, "pdf.fix")),
			app.Button().Class("button button-secondary").ID("pdf-draft").Text(t(lang, "pdf.draft")).
				Disabled(s.stage == stageFont || s.stage == stageWrite).
				OnClick(func(ctx app.Context, e app.Event) { s.generate(ctx, true) }),
		),
	)
}
