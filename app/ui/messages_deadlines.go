package ui

// The text of the deadlines panel and of the notice on a draft made under
// an earlier ruleset.
func init() { addMessages(deadlineMessages) }

// deadlineMessages are the result screen's messages about deadlines and
// ruleset changes.
var deadlineMessages = map[string]message{
	"deadlines.title": {"完成时限", "Deadlines", "完了期限", "완료 기한"},
	"deadlines.help": {
		"承诺书将逐项列明以下未具备的条件及其完成时限。未填写的留空，打印后手写。",
		"The commitment letter lists each condition below with the date by which it will be met. A date left empty prints as a blank line to fill in by hand.",
		"誓約書には、以下の未充足の条件とその完了期限が項目ごとに記載されます。未入力の期限は空欄で印刷され、手書きで記入します。",
		"서약서에는 아래의 미충족 조건과 완료 기한이 항목별로 기재됩니다. 입력하지 않은 기한은 빈칸으로 인쇄되어 손으로 기입합니다.",
	},
	"deadlines.invalid": {"请选择有效日期（如 2026-02-20）", "Choose a valid date (e.g. 2026-02-20)", "有効な日付を選んでください（例：2026-02-20）", "유효한 날짜를 선택하세요(예: 2026-02-20)"},
	"ruleset.title":     {"规则已更新", "The rules have changed", "ルールが更新されました", "규칙이 변경되었습니다"},
}
