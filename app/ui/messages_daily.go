package ui

// dailyMessages are the texts of the daily report screen (daily.go) and
// of the collect screen's daily outcome (collect_daily.go).
var dailyMessages = map[string]message{
	"daily.open":  {"每日复工报告", "Daily report", "日報", "일일 보고"},
	"daily.title": {"每日复工报告", "Daily report to the park", "園区への日報", "단지에 보내는 일일 보고"},
	"daily.intro": {
		"每天填写四个数字，把生成的消息发到园区工作群，或请园区工作人员扫描二维码。",
		"Each day, fill in four numbers, then paste the message into the park's group chat or let the park's staff scan the QR code.",
		"毎日4つの数字を入力し、できたメッセージを園区のグループチャットに貼るか、園区の担当者にQRコードを読み取ってもらってください。",
		"매일 숫자 네 개를 입력한 뒤, 만들어진 메시지를 단지 단체 채팅방에 붙여 넣거나 단지 담당자에게 QR 코드를 스캔하게 하세요.",
	},
	"daily.date":       {"报告日期", "Date", "報告日", "보고 날짜"},
	"daily.on_site":    {"今日在岗人数", "People on site today", "本日の出勤者数", "오늘 현장 근무 인원"},
	"daily.quarantine": {"隔离观察人数", "People in quarantine", "隔離観察中の人数", "격리 관찰 인원"},
	"daily.temp":       {"体温异常人数（≥37.3 ℃）", "People with abnormal temperature (≥ 37.3 °C)", "体温異常者数（37.3 ℃以上）", "체온 이상 인원(37.3 ℃ 이상)"},
	"daily.cases":      {"新增确诊或疑似病例", "New confirmed or suspected cases", "新規の確定・疑い症例", "신규 확진 또는 의심 환자"},
	"daily.incomplete": {
		"填好日期和四个数字后，这里会显示报告的二维码和消息。",
		"Once the date and the four numbers are filled in, the report's QR code and message appear here.",
		"日付と4つの数字を入力すると、ここに報告のQRコードとメッセージが表示されます。",
		"날짜와 숫자 네 개를 입력하면 여기에 보고 QR 코드와 메시지가 나타납니다.",
	},
	"daily.send": {"发送给园区", "Send to the park", "園区に送る", "단지에 보내기"},
	"daily.send_help": {
		"复制消息发到园区工作群（链接在消息里），或请园区工作人员扫描二维码。",
		"Copy the message into the park's group chat (the link is in it), or let the park's staff scan the QR code.",
		"メッセージをコピーして園区のグループチャットに貼るか（リンクはメッセージ内）、園区の担当者にQRコードを読み取ってもらってください。",
		"메시지를 복사해 단지 단체 채팅방에 붙여 넣거나(링크가 메시지 안에 있음) 단지 담당자에게 QR 코드를 스캔하게 하세요.",
	},
	"daily.qr_alt":    {"每日报告二维码", "QR code of the daily report", "日報のQRコード", "일일 보고 QR 코드"},
	"daily.message":   {"发到园区工作群的消息", "Message for the park's group chat", "園区のグループチャット用メッセージ", "단지 단체 채팅방용 메시지"},
	"daily.copy":      {"复制消息", "Copy the message", "メッセージをコピー", "메시지 복사"},
	"daily.back":      {"返回评估结果", "Back to the result", "結果に戻る", "결과로 돌아가기"},
	"daily.err.empty": {"请填写（没有请填 0）", "Fill this in (0 if none)", "入力してください（いなければ0）", "입력하세요(없으면 0)"},
	"daily.err.count": {
		"请填写 0 到 1000000 之间的整数",
		"Enter a whole number from 0 to 1,000,000",
		"0から1000000までの整数を入力してください",
		"0에서 1000000 사이의 정수를 입력하세요",
	},
	"daily.err.date":   {"请选择有效的日期", "Choose a valid date", "有効な日付を選んでください", "올바른 날짜를 선택하세요"},
	"daily.err.future": {"报告日期不能晚于今天", "The date cannot be after today", "報告日は今日より後にできません", "보고 날짜는 오늘보다 늦을 수 없습니다"},

	"daily.collect.title":     {"登记每日报告", "Record a daily report", "日報を記録", "일일 보고 기록"},
	"daily.collect.added":     {"已记入该企业的每日报告", "Recorded in the enterprise's daily reports", "企業の日報に記録しました", "기업의 일일 보고에 기록했습니다"},
	"daily.collect.duplicate": {"这份报告已记录过，未重复记入", "This report was already recorded: nothing added twice", "この報告は記録済みです（重複して記録していません）", "이 보고는 이미 기록되어 있습니다(중복 기록하지 않음)"},
	"daily.collect.replaced": {
		"已记入：该企业当天已有一份报告，以这份较新的为准",
		"Recorded: the enterprise had already reported that day; this later report now counts",
		"記録しました。同じ日の報告がすでにあり、この新しい報告を採用します",
		"기록했습니다. 같은 날 보고가 이미 있어 이 최신 보고를 기준으로 합니다",
	},
	"daily.history":      {"该企业的每日报告", "The enterprise's daily reports", "この企業の日報", "이 기업의 일일 보고"},
	"daily.history.none": {"还没有每日报告", "No daily reports yet", "日報はまだありません", "아직 일일 보고가 없습니다"},
}

func init() { addMessages(dailyMessages) }
