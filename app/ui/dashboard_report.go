package ui

import (
	"bytes"

	"fugong/app/browser"
	"fugong/internal/workerjob"
	"fugong/parkdesk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The park's daily report (园区复工复产情况日报) of the dashboard's
// picture — the day and the filters chosen — as a PDF, written by the PDF
// worker from the document the page builds (parkdesk.ParkReport), and as
// CSV, and as a spreadsheet the PDF worker writes (its sheet-write job:
// app.wasm carries no .xlsx writer).

// reportName is the file name of the daily report of day.
func reportName(day, ext string) string { return "园区复工复产情况日报-" + day + "." + ext }

// onReportPDF has the PDF worker write the report, then downloads it.
func (s *registryScreen) onReportPDF(ctx app.Context, e app.Event) {
	lang, pic := s.lang, s.dash.pic
	s.busy = true
	makePDF(ctx, workerjob.Job{Kind: workerjob.Document, Doc: parkdesk.ParkReport(pic, "", lang)}, func(app.Context, pdfStage) {},
		func(ctx app.Context, pdf app.Value, subs []pdfSub, err error) {
			s.busy = false
			switch {
			case err == errNoFont:
				s.notice, s.kind = t(lang, "dash.report_nofont"), "notice-error"
			case err != nil:
				s.notice, s.kind = t(lang, "dash.report_failed")+" "+err.Error(), "notice-error"
			case browser.DownloadBlob(reportName(pic.Day, "pdf"), pdf) != nil:
				s.notice, s.kind = t(lang, "registry.export_failed"), "notice-error"
			case len(subs) > 0:
				s.notice, s.kind = tf(lang, "dash.report_saved", reportName(pic.Day, "pdf"))+" "+substitutedNote(lang, subs), "notice-warn"
			default:
				s.notice, s.kind = tf(lang, "dash.report_saved", reportName(pic.Day, "pdf")), "notice-ok"
			}
			ctx.Defer(func(app.Context) { markTime("reportSaved") })
		})
}

// onReportCSV downloads the report's figures as CSV.
func (s *registryScreen) onReportCSV(ctx app.Context, e app.Event) {
	var buf bytes.Buffer
	name := reportName(s.dash.pic.Day, "csv")
	if err := parkdesk.WriteParkReportCSV(&buf, s.dash.pic, s.lang); err != nil || browser.Download(name, "text/csv;charset=utf-8", buf.Bytes()) != nil {
		s.notice, s.kind = t(s.lang, "registry.export_failed"), "notice-error"
		return
	}
	s.notice, s.kind = tf(s.lang, "dash.report_saved", name), "notice-ok"
}

// onReportXLSX has the worker write the report's figures as .xlsx, then
// downloads it.
func (s *registryScreen) onReportXLSX(ctx app.Context, e app.Event) {
	lang, pic := s.lang, s.dash.pic
	name := reportName(pic.Day, "xlsx")
	s.busy = true
	job := workerjob.Job{Kind: workerjob.SheetWrite, Table: parkdesk.ParkReportRows(pic, lang), Format: "xlsx", Sheet: parkdesk.ParkReportSheet}
	postSheetWrite(ctx, job, func(ctx app.Context, blob app.Value, err error) {
		s.busy = false
		if err != nil || browser.DownloadBlob(name, blob) != nil {
			s.notice, s.kind = t(lang, "registry.export_failed"), "notice-error"
		} else {
			s.notice, s.kind = tf(lang, "dash.report_saved", name), "notice-ok"
		}
		ctx.Defer(func(app.Context) { markTime("reportSaved") })
	})
}

// renderReportButtons are the report's buttons.
func (s *registryScreen) renderReportButtons() app.UI {
	lang := s.lang
	return app.Div().Class("actions").Body(
		app.Button().Class("button button-primary").ID("report-pdf").Disabled(s.busy).OnClick(s.onReportPDF).Text(t(lang, "dash.report_pdf")),
		app.Button().Class("button button-secondary").ID("report-xlsx").Disabled(s.busy).OnClick(s.onReportXLSX).Text(t(lang, "dash.report_xlsx")),
		app.Button().Class("button button-secondary").ID("report-csv").Disabled(s.busy).OnClick(s.onReportCSV).Text(t(lang, "dash.report_csv")),
	)
}
