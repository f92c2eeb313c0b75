package ui

func init() { addMessages(staleMessages) }

// staleMessages are the texts about edited plan sections whose answers
// changed (stale.go).
var staleMessages = map[string]message{
	"stale.title": {"答案已变，请核对", "The answers changed: check this text", "回答が変わりました。確認してください", "답변이 바뀌었습니다. 확인하세요"},
	"stale.hint": {
		"这段文字是您按旧答案写的。请核对其中的数字：保留、修改，或按新答案重新生成。",
		"You wrote this text from the old answers. Check its figures: keep it, edit it, or let the kit write it again from the new answers.",
		"この文章は古い回答をもとに書かれています。数字を確認し、そのまま使う・修正する・新しい回答で作り直すのいずれかを選んでください。",
		"이 글은 이전 답변을 바탕으로 작성되었습니다. 숫자를 확인하고 유지, 수정 또는 새 답변으로 다시 생성 중 하나를 선택하세요.",
	},
	"stale.keep":  {"已核对，保留我的文字", "Checked: keep my text", "確認済み：自分の文章を使う", "확인함: 내 글 유지"},
	"stale.reset": {"按新答案重新生成", "Write it again from the answers", "新しい回答で作り直す", "새 답변으로 다시 생성"},
	"stale.block": {
		"有 %d 段您编辑过的内容所依据的答案已变：请先逐段核对，然后才能生成 PDF。",
		"The answers behind %d of your edited sections changed: check each before the PDF is made.",
		"編集した %d 段落のもとになった回答が変わりました。PDFを作る前に各段落を確認してください。",
		"편집한 %d개 단락의 바탕이 된 답변이 바뀌었습니다. PDF를 만들기 전에 각 단락을 확인하세요.",
	},
}
