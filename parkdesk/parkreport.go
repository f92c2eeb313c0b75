package parkdesk

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"fugong/assessment"
	"fugong/documents"
)

// The park's daily report (园区复工复产情况日报) is what the park's
// management committee sends up each day: the date, the rates overall, by
// batch and by category, the enterprises due but not resumed and why,
// those with abnormal temperatures or cases, and the last days' trend. It
// is a Plan, so the PDF writer draws it as it draws an enterprise's plan,
// and a CSV of the same figures (WriteParkReportCSV).

// parkReportText holds the report's fixed text.
var parkReportText = map[string]assessment.Text{
	"title":      documents.Msg("report.daily_report_park_resumption"),
	"park":       documents.Msg("report.park"),
	"date":       documents.Msg("report.date"),
	"summary":    documents.Msg("report.summary"),
	"by_batch":   documents.Msg("report.by_batch"),
	"by_cat":     documents.Msg("report.by_category"),
	"by_scale":   documents.Msg("report.enterprises_above_designated_size"),
	"by_zone":    documents.Msg("report.by_zone"),
	"by_ind":     documents.Msg("report.by_industry"),
	"above":      documents.Msg("report.above_designated_size"),
	"four":       documents.Msg("report.four_above"),
	"not_given":  documents.Msg("report.not_given"),
	"sum_scale":  documents.Msg("report.them_d_d_resumed"),
	"due":        documents.Msg("report.enterprises_due_but_not"),
	"alerts":     documents.Msg("report.abnormal_temperatures_or_cases"),
	"trend":      documents.Msg("report.last_seven_days"),
	"none":       documents.Msg("report.none"),
	"group":      documents.Msg("report.group"),
	"firms":      documents.Msg("report.enterprises"),
	"resumed":    documents.Msg("report.resumed"),
	"firm_rate":  documents.Msg("report.rate"),
	"workers":    documents.Msg("report.workers"),
	"on_site":    documents.Msg("report.site"),
	"work_rate":  documents.Msg("report.rate2"),
	"total":      documents.Msg("report.total"),
	"name":       documents.Msg("report.enterprise"),
	"batch":      documents.Msg("report.batch"),
	"opened":     documents.Msg("report.opened"),
	"why":        documents.Msg("report.why"),
	"unmet":      documents.Msg("report.unmet_critical_items"),
	"no_report":  documents.Msg("report.no_daily_report"),
	"none_on":    documents.Msg("report.no_one_site"),
	"temp":       documents.Msg("report.abnormal_temperature"),
	"cases":      documents.Msg("report.new_cases"),
	"day":        documents.Msg("report.date2"),
	"unknown":    documents.Msg("report.undetermined"),
	"batch_n":    documents.Msg("report.batch_d"),
	"page":       documents.Msg("report.page_d_d"),
	"sep":        assessment.Msg("punct.semicolon_full"),
	"and_more":   documents.Msg("report.d_more_not_listed"),
	"sum_firms":  documents.Msg("report.d_enterprises_registered_d"),
	"sum_work":   documents.Msg("report.d_workers_d_site"),
	"sum_due":    documents.Msg("report.d_due_but_not"),
	"sum_nowork": documents.Msg("report.enterprises_that_gave_no"),
}

func prt(key, lang string) string { return parkReportText[key].In(lang) }

// ParkReportMaxRows is how many enterprises each list of the report
// prints at most; the CSV has them all.
const ParkReportMaxRows = 200

// Pct writes a share as "81.4%".
func Pct(r float64) string {
	tenths := int(r*1000 + 0.5)
	return strconv.Itoa(tenths/10) + "." + strconv.Itoa(tenths%10) + "%"
}

// tallyRow is a table row of t labelled label.
func tallyRow(label string, t Tally) []string {
	return []string{label, strconv.Itoa(t.Firms), strconv.Itoa(t.Resumed), Pct(t.FirmRate()),
		strconv.Itoa(t.Workers), strconv.Itoa(t.OnSite), Pct(t.WorkerRate())}
}

func (p Picture) tallyTables(lang string) (byBatch, byCat [][]string) {
	byBatch = append(byBatch, tallyRow(prt("total", lang), p.All))
	for _, b := range []int{1, 2, 3, 0} {
		if p.ByBatch[b].Firms == 0 {
			continue
		}
		label := prt("unknown", lang)
		if b > 0 {
			label = fmt.Sprintf(prt("batch_n", lang), b)
		}
		byBatch = append(byBatch, tallyRow(label, p.ByBatch[b]))
	}
	for _, c := range []int{1, 2, 3, 4, 0} {
		if p.ByCategory[c].Firms > 0 {
			byCat = append(byCat, tallyRow(assessment.CategoryName(c).In(lang), p.ByCategory[c]))
		}
	}
	return byBatch, byCat
}

// scaleRows are the rows of 规上 and 四上 enterprises, those there are.
func (p Picture) scaleRows(lang string) [][]string {
	var rows [][]string
	for _, g := range []struct {
		key string
		t   Tally
	}{{"above", p.AboveScale}, {"four", p.FourAbove}} {
		if g.t.Firms > 0 {
			rows = append(rows, tallyRow(prt(g.key, lang), g.t))
		}
	}
	return rows
}

// groupRows are the rows of groups, named by name; none when no
// enterprise gave one (a park without zones).
func groupRows(gs []Group, name func(string) string, lang string) [][]string {
	if len(gs) == 0 || gs[0].Key == "" {
		return nil
	}
	rows := make([][]string, 0, len(gs))
	for _, g := range gs {
		label := prt("not_given", lang)
		if g.Key != "" {
			label = name(g.Key)
		}
		rows = append(rows, tallyRow(label, g.Tally))
	}
	return rows
}

// zoneRows and industryRows are the tables by zone and by industry.
func (p Picture) zoneRows(lang string) [][]string {
	return groupRows(p.ByZone, func(k string) string { return k }, lang)
}

func (p Picture) industryRows(lang string) [][]string {
	return groupRows(p.ByIndustry, func(k string) string { return assessment.IndustryName(k, lang) }, lang)
}

func (p Picture) dueRows(lang string) [][]string {
	rows := make([][]string, 0, len(p.Due))
	for _, d := range p.Due {
		s := d.Firm.Entry.Summary
		why := prt("no_report", lang)
		if d.Reported {
			why = prt("none_on", lang)
		}
		unmet := make([]string, len(d.Unmet))
		for i, id := range d.Unmet {
			unmet[i] = assessment.ItemTitle(id).In(lang)
		}
		rows = append(rows, []string{s.Name, strconv.Itoa(s.Batch), d.BatchDate, why, strings.Join(unmet, prt("sep", lang))})
	}
	return rows
}

func (p Picture) alertRows() [][]string {
	rows := make([][]string, 0, len(p.Alerts))
	for _, a := range p.Alerts {
		rows = append(rows, []string{a.Firm.Entry.Summary.Name, strconv.Itoa(int(a.Report.AbnormalTemp)), strconv.Itoa(int(a.Report.NewCases))})
	}
	return rows
}

// ParkReport is the daily report of picture p for the park named park
// ("" when unknown), in lang, as a document for the PDF writer.
func ParkReport(p Picture, park, lang string) *documents.Plan {
	title := prt("title", lang)
	head := []string{prt("group", lang), prt("firms", lang), prt("resumed", lang), prt("firm_rate", lang),
		prt("workers", lang), prt("on_site", lang), prt("work_rate", lang)}
	widths := []float64{3, 1.2, 1.2, 1.3, 1.2, 1.2, 1.3}
	byBatch, byCat := p.tallyTables(lang)
	intro := prt("date", lang) + p.Day
	if park != "" {
		intro = prt("park", lang) + park + "　" + intro
	}
	summary := fmt.Sprintf(prt("sum_firms", lang), p.All.Firms, p.All.Resumed, Pct(p.All.FirmRate())) +
		fmt.Sprintf(prt("sum_work", lang), p.All.Workers, p.All.OnSite, Pct(p.All.WorkerRate())) +
		fmt.Sprintf(prt("sum_due", lang), len(p.Due), len(p.Alerts)) + prt("sum_nowork", lang)
	var scale string
	for _, g := range []struct {
		key string
		t   Tally
	}{{"above", p.AboveScale}, {"four", p.FourAbove}} {
		if g.t.Firms > 0 {
			scale += fmt.Sprintf(prt("sum_scale", lang), prt(g.key, lang), g.t.Firms, g.t.Resumed, Pct(g.t.FirmRate()), Pct(g.t.WorkerRate()))
		}
	}
	list := func(id, key string, header []string, w []float64, rows [][]string) documents.Section {
		s := documents.Section{ID: id, Title: prt(key, lang) + "（" + strconv.Itoa(len(rows)) + "）", Level: 2}
		if len(rows) == 0 {
			s.Blocks = []documents.Block{{Kind: documents.Paragraph, Text: prt("none", lang)}}
			return s
		}
		more := len(rows) - ParkReportMaxRows
		rows = rows[:min(len(rows), ParkReportMaxRows)]
		s.Blocks = []documents.Block{{Kind: documents.TableBlock, Table: &documents.Table{Header: header, Rows: rows, Widths: w}}}
		if more > 0 {
			s.Blocks = append(s.Blocks, documents.Block{Kind: documents.Paragraph, Text: fmt.Sprintf(prt("and_more", lang), more)})
		}
		return s
	}
	tallies := func(id, key string, rows [][]string) documents.Section {
		s := documents.Section{ID: id, Title: prt(key, lang), Level: 2}
		if len(rows) == 0 {
			s.Blocks = []documents.Block{{Kind: documents.Paragraph, Text: prt("none", lang)}}
		} else {
			s.Blocks = []documents.Block{{Kind: documents.TableBlock, Table: &documents.Table{Header: head, Rows: rows, Widths: widths}}}
		}
		return s
	}
	var trend [][]string
	for _, t := range p.Trend[max(0, len(p.Trend)-7):] {
		trend = append(trend, []string{t.Day, strconv.Itoa(t.Resumed), Pct(ratio(t.Resumed, p.All.Firms)),
			strconv.Itoa(t.OnSite), Pct(ratio(t.OnSite, p.All.Workers))})
	}
	return &documents.Plan{
		ID: p.Day, Lang: lang, Title: title, Enterprise: park, Date: p.Day,
		Footer: title + " · " + p.Day, PageFormat: prt("page", lang),
		Sections: []documents.Section{
			{ID: "report", Title: title, Level: 1, Blocks: []documents.Block{
				{Kind: documents.Paragraph, Text: intro},
				{Kind: documents.Paragraph, Text: summary + scale},
			}},
			tallies("report.scale", "by_scale", p.scaleRows(lang)),
			tallies("report.zone", "by_zone", p.zoneRows(lang)),
			tallies("report.industry", "by_ind", p.industryRows(lang)),
			tallies("report.batch", "by_batch", byBatch),
			tallies("report.category", "by_cat", byCat),
			list("report.due", "due", []string{prt("name", lang), prt("batch", lang), prt("opened", lang), prt("why", lang), prt("unmet", lang)},
				[]float64{3.2, 0.8, 1.6, 1.8, 3}, p.dueRows(lang)),
			list("report.alerts", "alerts", []string{prt("name", lang), prt("temp", lang), prt("cases", lang)}, []float64{4, 1.5, 1.5}, p.alertRows()),
			list("report.trend", "trend", []string{prt("day", lang), prt("resumed", lang), prt("firm_rate", lang), prt("on_site", lang), prt("work_rate", lang)},
				nil, trend),
		},
	}
}

// ParkReportSheet is the name of the report's sheet in a spreadsheet.
const ParkReportSheet = "日报"

// ParkReportRows are the report's figures as one table in lang, as the
// CSV and the spreadsheet hold them: the tallies overall, by batch, by
// category, for 规上 and 四上, by zone and by industry, then every
// enterprise due but not resumed, then the alerts, each part under its own
// header row and after an empty row.
func ParkReportRows(p Picture, lang string) [][]string {
	rows := [][]string{
		{prt("title", lang), p.Day},
		{prt("group", lang), prt("firms", lang), prt("resumed", lang), prt("firm_rate", lang),
			prt("workers", lang), prt("on_site", lang), prt("work_rate", lang)},
	}
	byBatch, byCat := p.tallyTables(lang)
	rows = append(append(append(rows, byBatch...), byCat...), p.scaleRows(lang)...)
	for _, part := range []struct {
		key    string
		groups [][]string
	}{{"by_zone", p.zoneRows(lang)}, {"by_ind", p.industryRows(lang)}} {
		if len(part.groups) > 0 {
			rows = append(append(rows, nil, []string{prt(part.key, lang)}), part.groups...)
		}
	}
	rows = append(rows, nil, []string{prt("name", lang), prt("batch", lang), prt("opened", lang), prt("why", lang), prt("unmet", lang)})
	rows = append(rows, p.dueRows(lang)...)
	rows = append(rows, nil, []string{prt("name", lang), prt("temp", lang), prt("cases", lang)})
	return append(rows, p.alertRows()...)
}

// WriteParkReportCSV writes ParkReportRows as CSV, as the registry's CSV
// is written (NewCSVWriter: a formula is made inert).
func WriteParkReportCSV(w io.Writer, p Picture, lang string) error {
	cw, err := assessment.NewCSVWriter(w)
	if err != nil {
		return err
	}
	for _, row := range ParkReportRows(p, lang) {
		_ = cw.Write(row) // the error comes back from Flush
	}
	return cw.Flush()
}
