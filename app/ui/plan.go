package ui

import (
	"time"

	"fugong/app/browser"
	"fugong/assessment"
	"fugong/documents"
	"fugong/internal/workerjob"
	"fugong/parkdesk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// planScreen shows the plan as readable text, lets the enterprise replace
// a section's text or add sections of its own (kept in Answers.Edits, so
// they survive every rebuild), and makes the PDF.
type planScreen struct {
	screen
	ses     *session
	d       *draft
	plan    *documents.Plan
	editing string // ID of the section being edited; addSection for a new one
	prefill string // the text the editor started with
	before  string // the section's edit before editing began
	hadEdit bool   // whether it had one
	basis   []byte // the section's basis before editing began; nil when none

	stale map[string][]documents.Change // edited sections whose answers changed, with the changes

	stage   pdfStage
	pdfErr  bool
	pdfURL  string // blob: URL of the last PDF
	pdfName string
	file    app.Value // the PDF as a File, when the browser can share it
	subs    string    // characters the font lacked, and where
	inApp   bool      // an app's own browser, which drops downloads
	draft   bool      // the last PDF is a draft, marked on every page

	errs []assessment.Problem // the answers' errors, listed when 生成 PDF was tapped with them
}

// OnMount builds the plan from the open draft.
func (s *planScreen) OnMount(ctx app.Context) {
	s.screen.OnMount(ctx)
	s.ses = journey()
	s.ses.watch(ctx)
	s.d = s.ses.current(s.lang)
	s.ses.at("/plan")
	s.rebuild()
	warmPDFWorker()
}

// OnDismount saves and frees the last PDF's URL.
func (s *planScreen) OnDismount() {
	journey().flush()
	browser.RevokeURL(s.pdfURL)
	s.screen.OnDismount()
}

// rebuild builds the plan again from the answers and edits. Its QR code
// carries the summary link that adds the enterprise to a park's registry.
func (s *planScreen) rebuild() {
	r := s.ses.evaluate()
	s.plan = documents.BuildPlan(s.d.Answers, r, time.Now())
	s.plan.QR = parkdesk.SummaryURL(kitBase(), s.d.Answers, r)
	s.stale = staleSections(s.d, time.Now())
}

// setEdit stores a section's own text ("" removes it) and rebuilds.
func (s *planScreen) setEdit(id, text string) {
	if s.d.Answers.Edits == nil {
		s.d.Answers.Edits = map[string]string{}
	}
	if text == "" {
		delete(s.d.Answers.Edits, id)
		delete(s.d.Basis, id)
	} else {
		s.d.Answers.Edits[id] = text
		s.d.keepBasis(id)
	}
	s.ses.changed()
	s.rebuild()
}

// generate makes the PDF, downloads it and offers to share it. When the
// answers have errors it lists them instead and asks, unless draft says
// the user chose a draft: the worker then marks every page (see
// documents.MarkDraft).
func (s *planScreen) generate(ctx app.Context, draft bool) {
	if s.stage == stageFont || s.stage == stageWrite || len(s.stale) > 0 {
		return // no PDF while an edited section may print stale numbers
	}
	s.errs = s.ses.evaluate().Errors()
	if len(s.errs) > 0 && !draft {
		browser.RevokeURL(s.pdfURL)
		s.pdfURL, s.stage, s.pdfErr = "", stageIdle, false
		ctx.Defer(func(app.Context) { scrollToID("pdf-errors") })
		return
	}
	// The list of errors stays until the draft is made: the button tapped
	// is in it, and the job's answer reaches the screen through the
	// button's context only while the button is there.
	s.draft = len(s.errs) > 0
	browser.RevokeURL(s.pdfURL)
	s.pdfURL, s.file, s.subs, s.pdfErr = "", nil, "", false
	plan := s.plan
	now := time.Now()
	name := pdfFileName(s.d.enterprise(), now)
	answers, err := s.d.Answers.MarshalJSON()
	if err != nil {
		s.stage, s.pdfErr = stageIdle, true
		return
	}
	// The worker builds the same plan from the same answers, date and
	// address (see rebuild).
	job := workerjob.Job{Kind: workerjob.Plan, Answers: answers, Date: now.Format(time.DateOnly), Base: kitBase()}
	makePDF(ctx, job,
		func(ctx app.Context, st pdfStage) { s.stage = st },
		func(ctx app.Context, pdf app.Value, subs []pdfSub, err error) {
			s.stage = stageDone
			if err == nil {
				err = browser.CatchJS(func() { s.pdfURL = browser.ObjectURL(pdf) })
			}
			if err != nil {
				s.stage, s.pdfErr = stageIdle, true
				return
			}
			s.pdfName, s.errs = name, nil
			s.subs = substitutionList(s.lang, plan, subs)
			s.file, _ = browser.ShareableFile(name, pdf)
			s.inApp = inAppUserAgent()
			browser.SaveURL(s.pdfURL, name)
		})
}

// Render draws the plan and the PDF's controls.
func (s *planScreen) Render() app.UI {
	lang := s.lang
	if s.plan == nil {
		return frame(lang, app.H1().Text(t(lang, "plan.title")), app.P().Text(t(lang, "result.loading")))
	}
	return frame(lang,
		storageNotice(lang, s.ses),
		app.H1().Text(t(lang, "plan.title")),
		app.P().Class("draft-name").Text(s.d.title(lang)),
		app.P().Class("muted").Text(t(lang, "plan.intro")),
		clashBanner(lang, assessment.InconsistenciesOn(s.d.Answers, today())),
		staleNotice(lang, s.stale, sectionTitles(s.plan)),
		s.renderPDF(),
		s.renderErrors(),
		s.renderDone(),
		&planText{Screen: s, Plan: s.plan, Editing: s.editing, Lang: lang, Stale: s.stale},
		s.renderAdd(),
	)
}

// onSaveAgain downloads the PDF again, from the button's data-url.
func onSaveAgain(ctx app.Context, e app.Event) {
	browser.SaveURL(dataOf(ctx, "url"), dataOf(ctx, "name"))
}

// renderPDF draws the button with the progress, kept in view at the top
// of the screen while the long plan scrolls.
func (s *planScreen) renderPDF() app.UI {
	lang := s.lang
	busy := s.stage == stageFont || s.stage == stageWrite
	var status app.UI
	switch {
	case busy:
		value := map[pdfStage]int{stageFont: 1, stageWrite: 2}[s.stage]
		status = app.Div().Class("pdf-progress").Body(
			app.P().Text(t(lang, map[pdfStage]string{stageFont: "pdf.stage_font", stageWrite: "pdf.stage_write"}[s.stage])),
			app.Progress().Max(3).Value(value).Aria("label", t(lang, "pdf.progress")),
		)
	case s.pdfErr:
		status = app.P().Class("notice notice-error").Text("⚠ " + t(lang, "pdf.failed"))
	case s.stage == stageDone:
		status = app.Button().Class("button button-link pdf-jump").Text(t(lang, "next.jump") + " ↓").OnClick(jumpTo("pdf-next"))
	case len(s.errs) > 0:
		status = app.Button().Class("button button-link pdf-jump").Text(t(lang, "pdf.errors_jump")).OnClick(jumpTo("pdf-errors"))
	}
	bar := app.Div().Class("pdf-box pdf-bar").Body(
		app.Button().Class("button button-primary make-pdf").Disabled(busy).
			Aria("busy", busy).Text(t(lang, "pdf.make")).
			OnClick(func(ctx app.Context, e app.Event) { s.generate(ctx, false) }),
		app.Div().Attr("role", "status").Aria("live", "polite").Body(status),
	)
	return bar
}

// renderDone draws, once the PDF is made, what to do next and the file's
// own buttons; nothing before.
func (s *planScreen) renderDone() app.UI {
	lang := s.lang
	if s.stage != stageDone || s.pdfErr {
		return nil
	}
	return app.Div().Class("pdf-done").Body(
		app.If(s.draft, func() app.UI {
			return app.P().Class("notice notice-warn pdf-draft-made").Text("⚠ " + tf(lang, "pdf.is_draft", s.draftMark()))
		}),
		s.renderNext(),
		// A button, not a link: go-app would prefix a blob: href
		// under a sub-path.
		app.Button().Class("button button-secondary pdf-link").DataSet("url", s.pdfURL).
			DataSet("name", s.pdfName).Text(t(lang, "pdf.download")).OnClick(onSaveAgain),
		app.If(s.file != nil, func() app.UI {
			return app.Button().Class("button button-secondary pdf-share").Text(t(lang, "pdf.share")).
				OnClick(func(ctx app.Context, e app.Event) { browser.Share(s.file, s.plan.Title) })
		}),
		app.If(s.subs != "", func() app.UI {
			return app.P().Class("notice notice-warn pdf-subs").Text("⚠ " + t(lang, "pdf.substituted") + s.subs)
		}),
	)
}

// inAppUserAgent reports whether the page runs in an app's own browser
// (see browser.IsInAppBrowser).
func inAppUserAgent() bool {
	ua := ""
	browser.CatchJS(func() { ua = app.Window().Get("navigator").Get("userAgent").String() })
	return browser.IsInAppBrowser(ua)
}
