// Package logbook lays out the paperwork a staff roster comes with, for
// the PDF writer: the roster, the daily health log, the zero report, the
// disinfection and supplies logs. It is apart from package roster so
// that the page's app.wasm, which needs the roster but never prints it
// (the PDF worker does), carries none of its text.
package logbook

import (
	"strconv"
	"time"

	"fugong/assessment"
	"fugong/documents"
	"fugong/roster"
)

// LogDays is how many days the daily health log covers.
const LogDays = 14

// blankRows is how many empty rows the disinfection and supplies logs have.
const blankRows = 18

// Logs is the roster's paperwork as a document for the PDF writer: the
// roster itself, the daily health log (每日健康监测台账) for the LogDays days
// from from ("2006-01-02"), one page a day pre-filled with the names, two
// temperature columns, symptoms and a signature; a zero-report form
// (零报告); and the disinfection and supplies in/out logs, to fill in by
// hand. enterprise heads every page; lang is the language of the text.
func Logs(people []roster.Person, enterprise, from, lang string) *documents.Plan {
	start, err := time.Parse(time.DateOnly, from)
	if err != nil {
		start = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	in := func(key string) string { return catalogs.Msg(key).In(lang) }
	inf := func(key string, slots ...any) string { return catalogs.Msgf(key, slots...).In(lang) }
	doc := &documents.Plan{
		Lang: lang, Title: in("title"), Enterprise: enterprise, Date: start.Format(time.DateOnly),
		Footer:     inf("footer", "n", strconv.Itoa(len(people))),
		PageFormat: in("pages"),
	}
	// The roster.
	rows := make([][]string, len(people))
	for i, p := range people {
		from := p.Region
		if p.Risk != roster.RiskNone {
			if from != "" {
				from += " · "
			}
			from += roster.RiskName(p.Risk, lang)
		}
		quarantine := ""
		if p.QuarantineStart != "" || p.QuarantineEnd != "" {
			quarantine = p.QuarantineStart + "–" + p.QuarantineEnd
		}
		class := ""
		if p.Class != roster.ClassNone {
			class = roster.ClassName(p.Class, lang)
		}
		rows[i] = []string{strconv.Itoa(i + 1), p.Name, p.Department, p.Phone, from, p.Returned, class, quarantine}
	}
	doc.Sections = append(doc.Sections, documents.Section{ID: "roster", Title: in("roster"), Level: 1, NewPage: true,
		Blocks: []documents.Block{
			{Kind: documents.Paragraph, Text: in("private")},
			{Kind: documents.TableBlock, Table: &documents.Table{
				Header: []string{"#", roster.FieldLabel(roster.FieldName, lang), roster.FieldLabel(roster.FieldDepartment, lang), roster.FieldLabel(roster.FieldPhone, lang),
					roster.FieldLabel(roster.FieldRegion, lang), roster.FieldLabel(roster.FieldReturned, lang), roster.FieldLabel(roster.FieldClass, lang), in("quarantine")},
				Rows: rows, Widths: []float64{0.35, 1.0, 1.0, 1.6, 1.25, 1.25, 1.4, 2.2}}},
		}})
	// The daily health log, a page a day.
	for d := range LogDays {
		date := start.AddDate(0, 0, d).Format(time.DateOnly)
		log := make([][]string, len(people))
		for i, p := range people {
			log[i] = []string{strconv.Itoa(i + 1), p.Name, p.Department, "", "", "", ""}
		}
		doc.Sections = append(doc.Sections, documents.Section{ID: "health." + date, Level: 1, NewPage: true,
			Title: inf("health", "date", date, "day", strconv.Itoa(d+1), "days", strconv.Itoa(LogDays)),
			Blocks: []documents.Block{
				{Kind: documents.Paragraph, Text: in("health_help")},
				{Kind: documents.TableBlock, Table: &documents.Table{
					Header: []string{"#", roster.FieldLabel(roster.FieldName, lang), roster.FieldLabel(roster.FieldDepartment, lang),
						in("morning"), in("afternoon"), in("symptoms"), in("signature")},
					Rows: log, Widths: []float64{0.5, 1.3, 1.3, 1.2, 1.2, 1.8, 1.4}}},
			}})
	}
	// The zero report.
	zero := [][]string{}
	for _, item := range zeroItems {
		zero = append(zero, []string{in(item), ""})
	}
	doc.Sections = append(doc.Sections, documents.Section{ID: "zero_report", Title: in("zero"), Level: 1, NewPage: true,
		Blocks: []documents.Block{
			{Kind: documents.Paragraph, Text: inf("zero_head", "enterprise", enterprise)},
			{Kind: documents.TableBlock, Table: &documents.Table{Header: []string{in("item"), in("number")}, Rows: zero, Widths: []float64{3, 1}}},
			{Kind: documents.Paragraph, Text: in("zero_pledge")},
			{Kind: documents.SignatureBlock, Signature: &documents.Signature{
				Signers: []string{in("reporter"), in("principal")}, DateLabel: in("date_line")}},
		}})
	blank := func(cols int) [][]string {
		rows := make([][]string, blankRows)
		for i := range rows {
			rows[i] = make([]string, cols)
		}
		return rows
	}
	doc.Sections = append(doc.Sections,
		documents.Section{ID: "disinfection", Title: in("disinfection"), Level: 1, NewPage: true,
			Blocks: []documents.Block{{Kind: documents.TableBlock, Table: &documents.Table{
				Header: textsIn(in, disinfectionCols), Rows: blank(len(disinfectionCols))}}}},
		documents.Section{ID: "supplies", Title: in("supplies"), Level: 1, NewPage: true,
			Blocks: []documents.Block{{Kind: documents.TableBlock, Table: &documents.Table{
				Header: textsIn(in, suppliesCols), Rows: blank(len(suppliesCols))}}}},
	)
	return doc
}

// catalogs are the paperwork's texts, one catalog per language
// (catalog_<code>.go), in the order of assessment.Languages.
var catalogs = assessment.Catalogs{catalogZh, catalogEn, catalogJa, catalogKo}

// The zero report's items and the columns of the disinfection and
// supplies logs, by key.
var (
	zeroItems        = []string{"zero.on_site", "zero.fever", "zero.symptoms", "zero.quarantine", "zero.cases"}
	disinfectionCols = []string{"col.date", "col.time", "col.area", "col.disinfectant", "col.method", "col.done_by", "col.checked_by"}
	suppliesCols     = []string{"col.date", "col.item", "col.size", "col.in", "col.out", "col.left", "col.taken_by", "col.handled_by"}
)

// textsIn is the text under each key, by in.
func textsIn(in func(string) string, keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = in(k)
	}
	return out
}
