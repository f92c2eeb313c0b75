package ui

func init() { addMessages(collectMessages) }

// collectMessages are the texts of the collect screen's retry and of its
// list of the codes read on one page (collect.go).
var collectMessages = map[string]message{
	"collect.kept": {
		"这家企业尚未加入登记册；汇总码仍在本页，可以重试。",
		"This enterprise is not in the registry yet; the code is kept on this page, so you can try again.",
		"この企業はまだ登録簿に追加されていません。コードはこのページに残っているので、再試行できます。",
		"이 기업은 아직 등록부에 추가되지 않았습니다. 코드는 이 페이지에 남아 있으니 다시 시도할 수 있습니다.",
	},
	"collect.retry":         {"重试加入", "Try adding it again", "もう一度追加する", "다시 추가하기"},
	"collect.log":           {"本页已读取 %d 个汇总码", "%d codes read on this page", "このページで読み取ったコード：%d 件", "이 페이지에서 읽은 코드: %d건"},
	"collect.log.added":     {"已加入", "added", "追加済み", "추가됨"},
	"collect.log.duplicate": {"已在登记册中", "already in the registry", "登録済み", "이미 등록부에 있음"},
	"collect.log.conflict":  {"已加入，方案编号需核对", "added; check its plan ID", "追加済み（計画番号を要確認）", "추가됨(계획 번호 확인 필요)"},
	"collect.log.error":     {"未能写入，请重试", "not written: try again", "書き込めませんでした。再試行してください", "기록하지 못함: 다시 시도하세요"},
}
