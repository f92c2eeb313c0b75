// Package parkdesk is the park's side of the kit, built on the rules of
// package assessment: the link that carries a park's setup to its
// enterprises (parklink*.go), the summary code an enterprise hands its park
// (summary*.go), the daily report code (daily.go, daily_record.go), the
// park's registry of collected summaries — entries, flags, merge, query,
// CSV and backup (registry*.go) — and of daily reports (daily_registry.go,
// daily_backup.go, daily_open.go), and the rates and the park's report
// drawn from them (rates*.go, parkreport.go).
//
// It imports nothing outside the standard library but assessment (which
// imports the standard library alone), documents (the park's report is a
// documents.Plan) and the codes' codec internal/wire, so it runs the same
// natively and in the browser. Its texts are in assessment's catalogs,
// looked up with assessment.Msg and assessment.Msgf; the park's report's
// are in the documents' catalogs (documents.Msg, documents.Msgf).
package parkdesk
