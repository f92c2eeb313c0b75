//go:build !noroster

package ui

import (
	"errors"
	"time"

	"fugong/app/browser"
	"fugong/internal/workerjob"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// onLogs has the PDF worker write the roster's paperwork (logbook.Logs:
// the roster, 14 days of daily health log from today, the zero report,
// disinfection and supplies logs) and downloads it.
func (s *rosterScreen) onLogs(ctx app.Context, e app.Event) {
	if s.exporting != "" || s.d == nil {
		return
	}
	answers, err := s.d.Answers.Encode()
	if err != nil {
		s.problem = err.Error()
		return
	}
	s.exporting, s.problem, s.printed = "pdf", "", ""
	name := browser.FileName(rt(s.lang, "roster.logs_file"), s.d.enterprise(), time.Now(), "pdf")
	job := workerjob.Job{Kind: workerjob.Logs, Answers: answers, People: s.rec.People, Date: today()}
	makePDF(ctx, job, func(app.Context, pdfStage) {}, func(ctx app.Context, pdf app.Value, subs []pdfSub, err error) {
		s.exporting = ""
		if err == nil {
			err = browser.DownloadBlob(name, pdf)
		}
		if err == nil {
			// The health log is signed beside each name: a name printed
			// with □ in it is said, as the plan screen says it.
			s.printed = substitutedNote(s.lang, subs)
		}
		switch {
		case errors.Is(err, errNoFont):
			s.problem = rt(s.lang, "roster.worker_error")
		case err != nil:
			s.problem = err.Error()
		}
	})
}
