package ui

import (
	"fmt"
	"time"

	"fugong/app/browser"
	"fugong/internal/workerjob"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// paperButton is the button that makes the paper version, beside the
// poster's.
func (s *parkScreen) paperButton() app.UI {
	return app.Button().Class("button button-secondary").ID("park-paper").Disabled(s.paper == "busy").
		Text(t(s.lang, "park.paper")).OnClick(s.makePaper)
}

// paperNote says what the paper version is for, and that it is being made
// or why it could not be.
func (s *parkScreen) paperNote() app.UI {
	l := s.lang
	return app.Div().Class("park-paper").Body(
		app.P().Class("muted").Text(t(l, "park.paper_help")),
		app.If(s.paper == "busy", func() app.UI {
			return app.P().Class("muted").Attr("role", "status").Text(t(l, "park.paper_busy"))
		}).ElseIf(s.paper != "", func() app.UI {
			return app.P().Class("notice notice-error").ID("park-paper-error").Attr("role", "alert").Text(s.paper)
		}),
		s.subsNote("paper"),
	)
}

// noteSubs keeps what the PDF called what (poster or paper) printed as □.
func (s *parkScreen) noteSubs(what string, subs []pdfSub) {
	if s.subs == nil {
		s.subs = map[string]string{}
	}
	s.subs[what] = substitutedNote(s.lang, subs)
}

// subsNote says which characters the PDF called what printed as □, if any.
func (s *parkScreen) subsNote(what string) app.UI {
	return app.If(s.subs[what] != "", func() app.UI {
		return app.P().Class("notice notice-warn").ID("park-"+what+"-subs").Attr("role", "status").Text(s.subs[what])
	})
}

// makePaper has the PDF worker write the paper version in the page's
// language with the park's settings as typed, then downloads it.
func (s *parkScreen) makePaper(ctx app.Context, e app.Event) {
	park, lang := s.form.park(), s.lang
	s.paper = "busy"
	s.noteSubs("paper", nil)
	job := workerjob.Job{Kind: workerjob.Paper, Park: &park, Lang: lang, Date: time.Now().Format(time.DateOnly)}
	makePDF(ctx, job, func(app.Context, pdfStage) {},
		func(ctx app.Context, pdf app.Value, subs []pdfSub, err error) {
			switch {
			case err == errNoFont:
				s.paper = fmt.Sprintf(t(lang, "park.paper_failed"), t(lang, "park.poster_nofont"))
			case err != nil:
				s.paper = fmt.Sprintf(t(lang, "park.paper_failed"), err.Error())
			default:
				s.paper = ""
				s.noteSubs("paper", subs)
				if err := browser.DownloadBlob(browser.FileName("复工复产纸质问卷", park.Name, time.Now(), "pdf"), pdf); err != nil {
					s.paper = t(lang, "park.download_failed")
				}
			}
		})
}
