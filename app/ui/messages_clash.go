package ui

func init() { addMessages(clashMessages) }

// clashMessages are the texts about answers that contradict each other
// (clash.go).
var clashMessages = map[string]message{
	"clash.title": {"答案前后不一致", "Answers contradict each other", "回答に矛盾があります", "답변이 서로 맞지 않습니다"},
	"clash.step":  {"本步有 %d 处答案前后不一致", "%d answers on this step contradict others", "このステップに矛盾する回答が %d 件あります", "이 단계에 서로 맞지 않는 답변이 %d건 있습니다"},
	"clash.not_blocking": {
		"可以先继续填写；改正之前，结果、方案和 PDF 都会注明“答案前后不一致”。",
		"You may go on; until it is fixed, the result, the plan and the PDF say the answers contradict each other.",
		"先に進めますが、直すまでは結果・計画・PDFに「回答に矛盾があります」と表示されます。",
		"계속 작성할 수 있지만, 고치기 전까지 결과·계획·PDF에 ‘답변이 서로 맞지 않습니다’가 표시됩니다.",
	},
	"clash.until_fixed": {
		"改正之前，方案和 PDF 也注明此项。点上面的问题即可修改。",
		"Until it is fixed, the plan and the PDF say so too. Tap a question above to change it.",
		"直すまでは計画とPDFにも記載されます。上の質問をタップして修正してください。",
		"고치기 전까지 계획과 PDF에도 표시됩니다. 위의 질문을 눌러 고치세요.",
	},
}
