package ui

func init() { addMessages(headlineMessages) }

// headlineMessages are the parts of the result's first line (headline.go).
var headlineMessages = map[string]message{
	"headline.batch":      {"第 %d 批", "Batch %d", "第%d陣", "%d차"},
	"headline.no_batch":   {"批次待定（还缺少答案）", "Batch undecided (answers missing)", "順番は未定（回答が不足）", "차수 미정(답변 부족)"},
	"headline.sep":        {"，", ": ", "：", ": "},
	"headline.ready_date": {"已具备条件，%s 起即可复工", "ready to resume from %s", "条件を満たしており、%s から再開できます", "조건을 갖추어 %s부터 재개할 수 있습니다"},
	"headline.ready":      {"已具备条件，本批开放后即可复工", "ready to resume once the batch opens", "条件を満たしており、この陣の開始後すぐ再開できます", "조건을 갖추어 이 차수가 열리면 바로 재개할 수 있습니다"},
	"headline.phased":     {"先完成以下 %d 项，可分期推进复工", "%d item(s) below to complete, then resume in phases", "以下の%d項目を終えれば段階的に再開できます", "아래 %d개 항목을 마치면 단계적으로 재개할 수 있습니다"},
	"headline.not_ready":  {"先解决以下 %d 项方可复工", "%d item(s) below to solve before resuming", "以下の%d項目を解決してから再開できます", "아래 %d개 항목을 해결해야 재개할 수 있습니다"},
	"result.suggested":    {"另有建议事项（%d 项）", "Also recommended (%d)", "推奨事項（%d 件）", "권장 사항 (%d개)"},
}
