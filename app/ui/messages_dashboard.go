package ui

// dashboardMessages are the texts of the registry's dashboard
// (dashboard*.go).
var dashboardMessages = map[string]message{
	"dash.title": {"园区复工情况", "The park's resumption", "園区の再開状況", "단지 업무 재개 현황"},
	"dash.day":   {"日期", "Day", "日付", "날짜"},
	"dash.batch_dates": {
		"各批次开工日期", "Opening date of each batch", "各陣の再開日", "차수별 재개일",
	},
	"dash.batch_dates_help": {
		"填写园区通知的各批次开工日期；未填时，以企业每日报告中所带的日期为准。",
		"Enter the dates the park announced for each batch; where none is given, the date an enterprise's daily report carries counts.",
		"園区が通知した各陣の再開日を入力してください。未入力のときは、企業の日報に含まれる日付を使います。",
		"단지가 공지한 차수별 재개일을 입력하세요. 입력하지 않으면 기업 일일 보고에 담긴 날짜를 씁니다.",
	},
	"dash.n_of":          {"%d / %d", "%d of %d", "%d / %d", "%d / %d"},
	"dash.rate_firms":    {"企业复工率", "Enterprises resumed", "企業の再開率", "기업 재개율"},
	"dash.rate_workers":  {"职工到岗率", "Workers back", "従業員の出勤率", "직원 출근율"},
	"dash.alerts":        {"今日体温异常或病例", "Abnormal temperatures or cases today", "本日の体温異常・症例", "오늘 체온 이상·환자"},
	"dash.due_n":         {"应复工未复工 %d 家", "%d due but not resumed", "再開予定で未再開 %d 社", "재개 예정 미재개 %d곳"},
	"dash.by_batch":      {"按批次", "By batch", "陣別", "차수별"},
	"dash.by_category":   {"按类别", "By category", "分類別", "분류별"},
	"dash.by_scale":      {"规上与“四上”企业", "Above designated size and “four above”", "規上・「四上」企業", "규상·‘사상’ 기업"},
	"dash.by_zone":       {"按片区", "By zone", "区域別", "구역별"},
	"dash.by_industry":   {"按行业", "By industry", "業種別", "업종별"},
	"dash.above_scale":   {"规上企业", "Above designated size", "規上企業", "규상 기업"},
	"dash.four_above":    {"“四上”企业", "“Four above”", "「四上」企業", "‘사상’ 기업"},
	"dash.all":           {"全部", "All", "全体", "전체"},
	"dash.group":         {"分组", "Group", "区分", "구분"},
	"dash.col_firms":     {"企业复工", "Resumed", "企業再開", "기업 재개"},
	"dash.col_workers":   {"职工到岗", "Workers back", "従業員出勤", "직원 출근"},
	"dash.not_given":     {"未填写", "not given", "未回答", "미기재"},
	"dash.zone":          {"片区", "Zone", "区域", "구역"},
	"dash.industry":      {"行业", "Industry", "業種", "업종"},
	"dash.filter_all":    {"全部", "All", "すべて", "전체"},
	"dash.workers_short": {"职工 %s", "workers %s", "従業員 %s", "직원 %s"},
	"dash.legend_firms":  {"企业复工率", "enterprises resumed", "企業の再開率", "기업 재개율"},
	"dash.legend_workers": {
		"职工到岗率", "workers back", "従業員の出勤率", "직원 출근율",
	},
	"dash.trend":      {"近日趋势", "Trend over the days", "日ごとの推移", "일별 추이"},
	"dash.trend_none": {"收到两天以上的每日报告后显示趋势。", "The trend shows once daily reports of two days or more have arrived.", "2日分以上の日報が届くと推移を表示します。", "이틀 이상의 일일 보고가 들어오면 추이를 표시합니다."},
	"dash.trend_from_to": {
		"%s：已复工 %d 家，职工到岗 %s；%s：已复工 %d 家，职工到岗 %s",
		"%s: %d resumed, workers back %s; %s: %d resumed, workers back %s",
		"%s：再開 %d 社、出勤率 %s；%s：再開 %d 社、出勤率 %s",
		"%s: 재개 %d곳, 출근율 %s; %s: 재개 %d곳, 출근율 %s",
	},
	"dash.due_none":  {"没有应复工而未复工的企业。", "No enterprise is due and not resumed.", "再開予定で未再開の企業はありません。", "재개 예정인데 재개하지 않은 기업이 없습니다."},
	"dash.due_title": {"应复工未复工：%d 家", "Due but not resumed: %d", "再開予定で未再開：%d 社", "재개 예정 미재개: %d곳"},
	"dash.why_no_report": {
		"批次开工后未报送每日报告", "no daily report since its batch opened", "陣の再開後に日報がありません", "차수 재개 후 일일 보고 없음",
	},
	"dash.why_none_on_site": {
		"每日报告在岗 0 人", "its daily report has no one on site", "日報の出勤者が0人", "일일 보고상 현장 근무 0명",
	},
	"dash.opened":       {"%s 开工", "opened %s", "%s 再開", "%s 재개"},
	"dash.unmet":        {"未具备：", "unmet: ", "未達：", "미충족: "},
	"dash.more":         {"另有 %d 家未列出", "%d more not listed", "ほか %d 社は省略", "외 %d곳 생략"},
	"dash.alerts_none":  {"当日没有体温异常或病例报告。", "No abnormal temperature or case reported that day.", "当日の体温異常・症例の報告はありません。", "당일 체온 이상이나 환자 보고가 없습니다."},
	"dash.alerts_title": {"当日体温异常或病例：%d 家", "Abnormal temperatures or cases that day: %d", "当日の体温異常・症例：%d 社", "당일 체온 이상·환자: %d곳"},
	"dash.alert_counts": {"体温异常 %d 人，新增病例 %d 例", "%d with abnormal temperature, %d new cases", "体温異常 %d 人、新規症例 %d 件", "체온 이상 %d명, 신규 환자 %d건"},
	"dash.report_pdf":   {"下载日报 PDF", "Daily report (PDF)", "日報をPDFで保存", "일일 보고 PDF 저장"},
	"dash.report_csv":   {"下载日报表格 CSV", "Daily report (CSV)", "日報の表をCSVで保存", "일일 보고 표 CSV 저장"},
	"dash.report_xlsx":  {"下载日报表格 Excel", "Daily report (Excel)", "日報の表をExcelで保存", "일일 보고 표 Excel 저장"},
	"dash.report_saved": {"已保存 %s", "Saved %s", "%s を保存しました", "%s 저장됨"},
	"dash.report_failed": {
		"日报 PDF 生成失败：", "The daily report's PDF could not be made:", "日報のPDFを作成できませんでした：", "일일 보고 PDF를 만들지 못했습니다:",
	},
	"dash.report_nofont": {
		"生成 PDF 所需的字体尚未下载：请联网打开一次本页后再试。",
		"The font the PDF needs has not been downloaded yet: open this page once while online, then try again.",
		"PDFに必要なフォントがまだダウンロードされていません。一度オンラインでこのページを開いてから、もう一度お試しください。",
		"PDF에 필요한 글꼴이 아직 내려받아지지 않았습니다. 온라인에서 이 페이지를 한 번 연 뒤 다시 시도하세요.",
	},
}

func init() { addMessages(dashboardMessages) }
