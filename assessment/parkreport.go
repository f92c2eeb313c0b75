package assessment

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// The park's daily report (园区复工复产情况日报) is what the park's
// management committee sends up each day: the date, the rates overall, by
// batch and by category, the enterprises due but not resumed and why,
// those with abnormal temperatures or cases, and the last days' trend. It
// is a Plan, so the PDF writer draws it as it draws an enterprise's plan,
// and a CSV of the same figures (WriteParkReportCSV).

// parkReportText holds the report's fixed text.
var parkReportText = map[string]Text{
	"title":      txt("园区复工复产情况日报", "Daily report on the park's resumption", "園区の操業再開状況日報", "단지 업무 재개 현황 일일 보고"),
	"park":       txt("园区：", "Park: ", "園区：", "단지: "),
	"date":       txt("日期：", "Date: ", "日付：", "날짜: "),
	"summary":    txt("概况", "Summary", "概況", "개요"),
	"by_batch":   txt("按批次", "By batch", "陣別", "차수별"),
	"by_cat":     txt("按类别", "By category", "分類別", "분류별"),
	"by_scale":   txt("规上与“四上”企业", "Enterprises above designated size and “four above”", "規上・「四上」企業", "규상·‘사상’ 기업"),
	"by_zone":    txt("按片区", "By zone", "区域別", "구역별"),
	"by_ind":     txt("按行业", "By industry", "業種別", "업종별"),
	"above":      txt("规上企业", "Above designated size", "規上企業", "규상 기업"),
	"four":       txt("“四上”企业", "“Four above”", "「四上」企業", "‘사상’ 기업"),
	"not_given":  txt("未填写", "not given", "未回答", "미기재"),
	"sum_scale":  txt("其中%s %d 家，已复工 %d 家，复工率 %s，到岗率 %s。", "Of them, %s: %d, %d resumed (%s), workers on site %s.", "うち%s %d 社、再開 %d 社、再開率 %s、出勤率 %s。", "그중 %s %d곳, 재개 %d곳, 재개율 %s, 출근율 %s."),
	"due":        txt("应复工未复工企业", "Enterprises due but not resumed", "再開予定で未再開の企業", "재개 예정 미재개 기업"),
	"alerts":     txt("体温异常或病例", "Abnormal temperatures or cases", "体温異常・症例", "체온 이상·환자"),
	"trend":      txt("近七日", "The last seven days", "直近7日間", "최근 7일"),
	"none":       txt("无。", "None.", "なし。", "없음."),
	"group":      txt("分组", "Group", "区分", "구분"),
	"firms":      txt("企业数", "Enterprises", "企業数", "기업 수"),
	"resumed":    txt("已复工", "Resumed", "再開済み", "재개"),
	"firm_rate":  txt("复工率", "Rate", "再開率", "재개율"),
	"workers":    txt("职工数", "Workers", "従業員数", "직원 수"),
	"on_site":    txt("到岗", "On site", "出勤", "출근"),
	"work_rate":  txt("到岗率", "Rate", "出勤率", "출근율"),
	"total":      txt("合计", "Total", "合計", "합계"),
	"name":       txt("企业名称", "Enterprise", "企業名", "기업명"),
	"batch":      txt("批次", "Batch", "陣", "차수"),
	"opened":     txt("开工日期", "Opened", "再開日", "재개일"),
	"why":        txt("原因", "Why", "理由", "사유"),
	"unmet":      txt("未具备的关键条件", "Unmet critical items", "未達の重要項目", "미충족 핵심 항목"),
	"no_report":  txt("未报送每日报告", "no daily report", "日報なし", "일일 보고 없음"),
	"none_on":    txt("在岗 0 人", "no one on site", "出勤0人", "현장 근무 0명"),
	"temp":       txt("体温异常", "Abnormal temperature", "体温異常", "체온 이상"),
	"cases":      txt("新增病例", "New cases", "新規症例", "신규 환자"),
	"day":        txt("日期", "Date", "日付", "날짜"),
	"unknown":    txt("未定", "undetermined", "未定", "미정"),
	"batch_n":    txt("第%d批", "Batch %d", "第%d陣", "%d차"),
	"page":       txt("第 %d / %d 页", "Page %d of %d", "%d / %d ページ", "%d / %d 쪽"),
	"sep":        txt("；", "; ", "；", "; "),
	"and_more":   txt("另有 %d 家未列出", "%d more not listed", "ほか %d 社は省略", "외 %d곳 생략"),
	"sum_firms":  txt("登记企业 %d 家，已复工 %d 家，复工率 %s；", "%d enterprises registered, %d resumed (%s); ", "登録企業 %d 社、再開 %d 社、再開率 %s；", "등록 기업 %d곳, 재개 %d곳, 재개율 %s; "),
	"sum_work":   txt("职工 %d 人，到岗 %d 人，到岗率 %s。", "%d workers, %d on site (%s).", "従業員 %d 人、出勤 %d 人、出勤率 %s。", "직원 %d명, 출근 %d명, 출근율 %s."),
	"sum_due":    txt("应复工未复工 %d 家；当日体温异常或病例 %d 家。", " %d due but not resumed; %d with abnormal temperatures or cases that day.", "再開予定で未再開 %d 社、当日の体温異常・症例 %d 社。", " 재개 예정 미재개 %d곳, 당일 체온 이상·환자 %d곳."),
	"sum_nowork": txt("未填写职工总数的企业不计入到岗率。", " Enterprises that gave no staff total are left out of the workers' rate.", "従業員数の未回答の企業は出勤率に含めません。", " 직원 수를 답하지 않은 기업은 출근율에서 제외합니다."),
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
			byCat = append(byCat, tallyRow(CategoryName(c).In(lang), p.ByCategory[c]))
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
	return groupRows(p.ByIndustry, func(k string) string { return IndustryName(k, lang) }, lang)
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
			unmet[i] = ItemTitle(id).In(lang)
		}
		rows = append(rows, []string{s.Name, strconv.Itoa(s.Batch), d.BatchDate, why, strings.Join(unmet, prt("sep", lang))})
	}
	return rows
}

func (p Picture) alertRows() [][]string {
	rows := make([][]string, 0, len(p.Alerts))
	for _, a := range p.Alerts {
		rows = append(rows, []string{a.Firm.Entry.Summary.Name, strconv.Itoa(a.Report.AbnormalTemp), strconv.Itoa(a.Report.NewCases)})
	}
	return rows
}

// ParkReport is the daily report of picture p for the park named park
// ("" when unknown), in lang, as a document for the PDF writer.
func ParkReport(p Picture, park, lang string) *Plan {
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
	list := func(id, key string, header []string, w []float64, rows [][]string) Section {
		s := Section{ID: id, Title: prt(key, lang) + "（" + strconv.Itoa(len(rows)) + "）", Level: 2}
		if len(rows) == 0 {
			s.Blocks = []Block{{Kind: Paragraph, Text: prt("none", lang)}}
			return s
		}
		more := len(rows) - ParkReportMaxRows
		rows = rows[:min(len(rows), ParkReportMaxRows)]
		s.Blocks = []Block{{Kind: TableBlock, Table: &Table{Header: header, Rows: rows, Widths: w}}}
		if more > 0 {
			s.Blocks = append(s.Blocks, Block{Kind: Paragraph, Text: fmt.Sprintf(prt("and_more", lang), more)})
		}
		return s
	}
	tallies := func(id, key string, rows [][]string) Section {
		s := Section{ID: id, Title: prt(key, lang), Level: 2}
		if len(rows) == 0 {
			s.Blocks = []Block{{Kind: Paragraph, Text: prt("none", lang)}}
		} else {
			s.Blocks = []Block{{Kind: TableBlock, Table: &Table{Header: head, Rows: rows, Widths: widths}}}
		}
		return s
	}
	var trend [][]string
	for _, t := range p.Trend[max(0, len(p.Trend)-7):] {
		trend = append(trend, []string{t.Day, strconv.Itoa(t.Resumed), Pct(ratio(t.Resumed, p.All.Firms)),
			strconv.Itoa(t.OnSite), Pct(ratio(t.OnSite, p.All.Workers))})
	}
	return &Plan{
		ID: p.Day, Lang: lang, Title: title, Enterprise: park, Date: p.Day,
		Footer: title + " · " + p.Day, PageFormat: prt("page", lang),
		Sections: []Section{
			{ID: "report", Title: title, Level: 1, Blocks: []Block{
				{Kind: Paragraph, Text: intro},
				{Kind: Paragraph, Text: summary + scale},
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
	cw, err := NewCSVWriter(w)
	if err != nil {
		return err
	}
	for _, row := range ParkReportRows(p, lang) {
		_ = cw.Write(row) // the error comes back from Flush
	}
	return cw.Flush()
}
