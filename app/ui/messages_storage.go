package ui

func init() { addMessages(storageMessages) }

// storageMessages are what the kit says about its storage: what it did on
// its own when the browser or another tab changed the drafts, and a
// registry the browser will not keep.
var storageMessages = map[string]message{
	"storage.restored": {
		"浏览器清除了本机保存的数据。本页中的自评已重新保存到手机上。",
		"The browser cleared the data this kit kept on the phone. The assessments open in this page have been saved again.",
		"ブラウザーがこの端末に保存されたデータを消去しました。このページにあるセルフチェックを保存し直しました。",
		"브라우저가 이 기기에 저장된 데이터를 지웠습니다. 이 페이지에 있는 자가진단을 다시 저장했습니다.",
	},
	"storage.merged": {
		"这份自评也在另一个窗口中修改过：两边的答案已合并保存。",
		"This assessment was also changed in another tab: the answers of both are merged and saved.",
		"このセルフチェックは別のタブでも変更されました。両方の回答をまとめて保存しました。",
		"이 자가진단은 다른 탭에서도 수정되었습니다. 양쪽 답변을 합쳐 저장했습니다.",
	},
	"storage.clash": {
		"这份自评也在另一个窗口中修改过，其中 %d 处两边不同：本窗口的答案已保存，另一窗口的版本另存为“%s”（见“我的自评”）。",
		"This assessment was also changed in another tab, %d answers differently: this tab's answers are saved, and the other tab's version is kept as “%s” (see My assessments).",
		"このセルフチェックは別のタブでも変更され、%d か所が異なります。このタブの回答を保存し、別のタブの版は「%s」として残しました（マイ・セルフチェック）。",
		"이 자가진단은 다른 탭에서도 수정되었고 %d곳이 다릅니다. 이 탭의 답변을 저장했고, 다른 탭의 버전은 “%s”(으)로 남겼습니다(내 자가진단).",
	},
	"storage.their_copy": {"%s（另一窗口的版本）", "%s (other tab's version)", "%s（別のタブの版）", "%s (다른 탭의 버전)"},
	"registry.refused": {
		"此浏览器不允许在本机保存登记册（可能是无痕模式，或已禁止网站存储数据）。登记暂存在本页内存中，关闭页面就会丢失：请先备份，再在普通模式的浏览器中导入。",
		"This browser does not allow keeping the registry on the phone (private mode, or site storage turned off). Entries are kept in this page only and are lost when it closes: back them up, then import the backup in a browser outside private mode.",
		"このブラウザーでは登録簿を端末に保存できません（プライベートモード、またはサイトデータの保存が無効）。登録はこのページのメモリにだけあり、閉じると失われます。バックアップしてから、通常モードのブラウザーで読み込んでください。",
		"이 브라우저는 등록부를 휴대폰에 저장할 수 없습니다(시크릿 모드이거나 사이트 저장이 꺼져 있음). 등록은 이 페이지 메모리에만 있어 닫으면 사라집니다. 백업한 뒤 일반 모드 브라우저에서 가져오세요.",
	},
}
