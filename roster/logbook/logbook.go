// Package logbook lays out the paperwork a staff roster comes with, for
// the PDF writer: the roster, the daily health log, the zero report, the
// disinfection and supplies logs. It is apart from package roster so
// that the page's app.wasm, which needs the roster but never prints it
// (the PDF worker does), carries none of its text.
package logbook

import (
	"fmt"
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
	in := func(t assessment.Text) string { return t.In(lang) }
	doc := &documents.Plan{
		Lang: lang, Title: in(logTexts.title), Enterprise: enterprise, Date: start.Format(time.DateOnly),
		Footer:     fmt.Sprintf(in(logTexts.footer), len(people)),
		PageFormat: in(logTexts.pages),
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
	doc.Sections = append(doc.Sections, documents.Section{ID: "roster", Title: in(logTexts.roster), Level: 1, NewPage: true,
		Blocks: []documents.Block{
			{Kind: documents.Paragraph, Text: in(logTexts.private)},
			{Kind: documents.TableBlock, Table: &documents.Table{
				Header: []string{"#", roster.FieldLabel(roster.FieldName, lang), roster.FieldLabel(roster.FieldDepartment, lang), roster.FieldLabel(roster.FieldPhone, lang),
					roster.FieldLabel(roster.FieldRegion, lang), roster.FieldLabel(roster.FieldReturned, lang), roster.FieldLabel(roster.FieldClass, lang), in(logTexts.quarantine)},
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
			Title: fmt.Sprintf(in(logTexts.health), date, d+1, LogDays),
			Blocks: []documents.Block{
				{Kind: documents.Paragraph, Text: in(logTexts.healthHelp)},
				{Kind: documents.TableBlock, Table: &documents.Table{
					Header: []string{"#", roster.FieldLabel(roster.FieldName, lang), roster.FieldLabel(roster.FieldDepartment, lang),
						in(logTexts.morning), in(logTexts.afternoon), in(logTexts.symptoms), in(logTexts.signature)},
					Rows: log, Widths: []float64{0.5, 1.3, 1.3, 1.2, 1.2, 1.8, 1.4}}},
			}})
	}
	// The zero report.
	zero := [][]string{}
	for _, item := range logTexts.zeroItems {
		zero = append(zero, []string{in(item), ""})
	}
	doc.Sections = append(doc.Sections, documents.Section{ID: "zero_report", Title: in(logTexts.zero), Level: 1, NewPage: true,
		Blocks: []documents.Block{
			{Kind: documents.Paragraph, Text: fmt.Sprintf(in(logTexts.zeroHead), enterprise)},
			{Kind: documents.TableBlock, Table: &documents.Table{Header: []string{in(logTexts.item), in(logTexts.number)}, Rows: zero, Widths: []float64{3, 1}}},
			{Kind: documents.Paragraph, Text: in(logTexts.zeroPledge)},
			{Kind: documents.SignatureBlock, Signature: &documents.Signature{
				Signers: []string{in(logTexts.reporter), in(logTexts.principal)}, DateLabel: in(logTexts.dateLine)}},
		}})
	blank := func(cols int) [][]string {
		rows := make([][]string, blankRows)
		for i := range rows {
			rows[i] = make([]string, cols)
		}
		return rows
	}
	doc.Sections = append(doc.Sections,
		documents.Section{ID: "disinfection", Title: in(logTexts.disinfection), Level: 1, NewPage: true,
			Blocks: []documents.Block{{Kind: documents.TableBlock, Table: &documents.Table{
				Header: textsIn(lang, logTexts.disinfectionCols), Rows: blank(len(logTexts.disinfectionCols))}}}},
		documents.Section{ID: "supplies", Title: in(logTexts.supplies), Level: 1, NewPage: true,
			Blocks: []documents.Block{{Kind: documents.TableBlock, Table: &documents.Table{
				Header: textsIn(lang, logTexts.suppliesCols), Rows: blank(len(logTexts.suppliesCols))}}}},
	)
	return doc
}

// tx is a text in the kit's four languages.
func tx(zh, en, ja, ko string) assessment.Text {
	return assessment.NewText(zh, en, ja, ko)
}

// textsIn is each text in lang.
func textsIn(lang string, ts []assessment.Text) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.In(lang)
	}
	return out
}

// logTexts are the words of the logs, in the kit's four languages.
var logTexts = struct {
	title, footer, pages, roster, private, quarantine                       assessment.Text
	health, healthHelp, morning, afternoon, symptoms, signature             assessment.Text
	zero, zeroHead, item, number, zeroPledge, reporter, principal, dateLine assessment.Text
	disinfection, supplies                                                  assessment.Text
	zeroItems, disinfectionCols, suppliesCols                               []assessment.Text
}{
	title:      tx("防疫登记表册", "Prevention logs", "感染防止記録簿", "방역 기록부"),
	footer:     tx("花名册 %d 人 · 含个人信息，仅用于疫情防控", "Roster of %d people · personal data, for epidemic prevention only", "名簿 %d 人・個人情報を含む、感染防止にのみ使用", "명부 %d명 · 개인정보 포함, 방역에만 사용"),
	pages:      tx("第 %d / %d 页", "Page %d of %d", "%d / %d ページ", "%d / %d쪽"),
	roster:     tx("花名册（一人一档）", "Staff roster (one file per person)", "従業員名簿（1人1件）", "직원 명부(1인 1건)"),
	private:    tx("本表含个人信息，仅用于疫情防控，由企业妥善保管，不得外传。", "This table holds personal data, for epidemic prevention only: the enterprise keeps it safe and shares it with no one else.", "本表には個人情報が含まれます。感染防止にのみ使用し、企業が適切に保管し、外部に渡さないでください。", "이 표에는 개인정보가 있으며 방역에만 사용합니다. 기업이 안전하게 보관하고 외부에 유출하지 않습니다."),
	quarantine: tx("隔离期", "Quarantine", "隔離期間", "격리 기간"),
	health:     tx("每日健康监测台账 · %s（第 %d / %d 天）", "Daily health log · %s (day %d of %d)", "毎日の健康観察記録・%s（%d / %d 日目）", "일일 건강 모니터링 대장 · %s(%d / %d일차)"),
	healthHelp: tx("每日上午、下午各测一次体温；≥37.3 °C 者 5 分钟后复测，仍异常的立即报告并送医。症状：发热、干咳、乏力、咽痛、腹泻等。", "Take everyone's temperature morning and afternoon; at 37.3 °C or more, take it again after 5 minutes, and if still high report it and send the person to a clinic. Symptoms: fever, dry cough, fatigue, sore throat, diarrhoea.", "毎日午前と午後に体温を測ります。37.3 °C 以上なら 5 分後に再測定し、なお高ければ直ちに報告し受診させます。症状：発熱、空咳、倦怠感、咽頭痛、下痢など。", "매일 오전·오후 한 번씩 체온을 잽니다. 37.3 °C 이상이면 5분 뒤 다시 재고, 여전히 높으면 즉시 보고하고 병원에 보냅니다. 증상: 발열, 마른기침, 피로, 인후통, 설사 등."),
	morning:    tx("上午体温（°C）", "Morning (°C)", "午前の体温（°C）", "오전 체온(°C)"),
	afternoon:  tx("下午体温（°C）", "Afternoon (°C)", "午後の体温（°C）", "오후 체온(°C)"),
	symptoms:   tx("症状", "Symptoms", "症状", "증상"),
	signature:  tx("本人签字", "Signature", "本人署名", "본인 서명"),
	zero:       tx("疫情防控零报告", "Zero report", "ゼロ報告", "방역 무사고(영) 보고"),
	zeroHead:   tx("报告单位：%s　　报告日期：____年__月__日", "Reporting enterprise: %s    Date: ____________", "報告単位：%s　　報告日：____年__月__日", "보고 기업: %s    보고일: ____년 __월 __일"),
	item:       tx("项目", "Item", "項目", "항목"),
	number:     tx("人数", "People", "人数", "인원"),
	zeroPledge: tx("□ 今日本单位无发热、干咳等异常情况，无疑似或确诊病例（零报告）。以上情况属实。", "□ Today nobody in the enterprise has a fever, a dry cough or other symptoms, and there is no suspected or confirmed case (zero report). The above is true.", "□ 本日、当社に発熱・空咳等の異常はなく、疑い例・確定例もありません（ゼロ報告）。以上に相違ありません。", "□ 오늘 우리 기업에 발열·마른기침 등 이상이 없으며 의심·확진 사례도 없습니다(영 보고). 위 내용은 사실입니다."),
	reporter:   tx("报告人（签字）：", "Reported by (signature):", "報告者（署名）：", "보고자(서명):"),
	principal:  tx("企业负责人（签字）：", "Head of the enterprise (signature):", "企業責任者（署名）：", "기업 책임자(서명):"),
	dateLine:   tx("日期：      年    月    日", "Date: ____________", "日付：      年    月    日", "날짜:      년    월    일"),
	zeroItems: []assessment.Text{
		tx("在岗人数", "People on site", "出勤者数", "근무 인원"),
		tx("体温 ≥37.3 °C 人数", "Temperature of 37.3 °C or more", "体温 37.3 °C 以上の人数", "체온 37.3 °C 이상 인원"),
		tx("有发热、干咳等症状人数", "With fever, dry cough or other symptoms", "発熱・空咳等の症状がある人数", "발열·마른기침 등 증상이 있는 인원"),
		tx("居家或集中隔离观察人数", "In home or central quarantine", "自宅又は集中隔離観察中の人数", "자가 또는 집중 격리 관찰 인원"),
		tx("疑似或确诊病例", "Suspected or confirmed cases", "疑い例又は確定例", "의심 또는 확진 사례"),
	},
	disinfection: tx("消毒记录", "Disinfection log", "消毒記録", "소독 기록"),
	disinfectionCols: []assessment.Text{
		tx("日期", "Date", "日付", "날짜"), tx("时间", "Time", "時刻", "시간"), tx("消毒区域", "Area", "消毒区域", "소독 구역"),
		tx("消毒剂及浓度", "Disinfectant, strength", "消毒剤及び濃度", "소독제 및 농도"), tx("方式", "Method", "方法", "방법"),
		tx("消毒人签字", "Done by", "実施者署名", "소독자 서명"), tx("检查人签字", "Checked by", "確認者署名", "확인자 서명"),
	},
	supplies: tx("防疫物资出入库登记", "Prevention supplies in and out", "防疫物資入出庫記録", "방역 물자 입출고 기록"),
	suppliesCols: []assessment.Text{
		tx("日期", "Date", "日付", "날짜"), tx("物资名称", "Item", "物資名", "물자명"), tx("规格", "Size", "規格", "규격"),
		tx("入库数量", "In", "入庫数", "입고 수량"), tx("出库数量", "Out", "出庫数", "출고 수량"), tx("结存", "Left", "在庫", "재고"),
		tx("领用人", "Taken by", "受取人", "수령인"), tx("经办人", "Handled by", "担当者", "담당자"),
	},
}
