package ui

import (
	"fugong/app/browser"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func init() { addMessages(nextMessages) }

// nextMessages say what to do once the PDF is made.
var nextMessages = map[string]message{
	"next.title": {"下一步：打印、签字、盖章、交园区", "Next: print, sign, stamp, hand in",
		"次に：印刷・署名・押印・提出", "다음: 인쇄, 서명, 날인, 제출"},
	"next.saved": {"PDF 已保存为“%s”，在手机的“下载”文件夹里（iPhone：“文件”App 中的“下载”）。",
		"The PDF is saved as “%s” in the phone's Downloads folder (iPhone: Files app, Downloads).",
		"PDF は「%s」として端末の「ダウンロード」フォルダに保存されました（iPhone：「ファイル」アプリの「ダウンロード」）。",
		"PDF가 “%s”(으)로 휴대폰의 ‘다운로드’ 폴더에 저장되었습니다(iPhone: ‘파일’ 앱의 ‘다운로드’)."},
	"next.print": {"打印全部页面（A4）。没有打印机时，可以把 PDF 发给能打印的人或打印店。",
		"Print every page (A4). Without a printer, send the PDF to someone who can print it, or to a print shop.",
		"全ページを印刷します（A4）。プリンターがない場合は、印刷できる人や印刷店に PDF を送ってください。",
		"모든 페이지를 인쇄합니다(A4). 프린터가 없으면 인쇄할 수 있는 사람이나 인쇄소에 PDF를 보내세요."},
	"next.sign": {"法定代表人在两份承诺书上签字，并填写日期。",
		"The legal representative signs both copies of the commitment letter and writes the date.",
		"法定代表者が誓約書の2部に署名し、日付を記入します。",
		"법정대표자가 서약서 2부에 서명하고 날짜를 적습니다."},
	"next.stamp": {"在两份承诺书“承诺企业（盖章）”一行的圆圈处加盖公章；方案装订后，在右侧边缘的圆圈处加盖骑缝章。",
		"Stamp the company seal on both letters on the “Enterprise (seal)” line, in the circle; once the plan is bound, stamp across the page edges at the half circle on the right.",
		"誓約書2部の「誓約企業（押印）」の行の円に社印を押します。計画を綴じたら、右端の半円に割印を押します。",
		"서약서 2부의 ‘서약 기업(날인)’ 줄의 원에 회사 직인을 찍습니다. 계획서를 철한 뒤 오른쪽 가장자리의 반원에 간인을 찍습니다."},
	"next.hand": {"把“园区存档联”交园区（或按园区要求拍照发送），园区扫描承诺书上的二维码即可登记；“企业留存联”和方案由企业保存。",
		"Hand the park's copy to the park (or photograph it and send it, if the park asks for that); the park scans its QR code to register you. Keep the enterprise's copy and the plan.",
		"「園区保管用」を園区に提出します（園区の指示があれば写真を送ります）。園区が誓約書の QR コードを読み取ると登録されます。「企業保管用」と計画は企業で保管します。",
		"‘단지 보관용’을 단지에 제출합니다(단지가 요청하면 사진을 찍어 보냅니다). 단지가 서약서의 QR 코드를 스캔하면 등록됩니다. ‘기업 보관용’과 계획서는 기업이 보관합니다."},
	"next.inapp": {"微信等应用内置的浏览器不能下载文件，PDF 没有保存到手机。请点右上角“…”，选“在浏览器打开”，再点“生成 PDF”；或用“分享 PDF”把文件发给自己（如“文件传输助手”）。",
		"Browsers inside WeChat and other apps cannot download files: the PDF was not saved on the phone. Tap “…” at the top right, choose “Open in browser” and make the PDF there; or use “Share the PDF” to send the file to yourself.",
		"WeChat などのアプリ内ブラウザはファイルを保存できないため、PDF は端末に保存されていません。右上の「…」から「ブラウザで開く」を選び、そこで PDF を作成してください。または「PDF を共有」で自分宛てに送ってください。",
		"위챗 등 앱 안의 브라우저는 파일을 내려받을 수 없어 PDF가 휴대폰에 저장되지 않았습니다. 오른쪽 위 ‘…’에서 ‘브라우저로 열기’를 선택해 그곳에서 PDF를 만드세요. 또는 ‘PDF 공유’로 자신에게 파일을 보내세요."},
	"next.inapp_title": {"PDF 未能保存：请在浏览器中打开", "The PDF was not saved: open the kit in a browser",
		"PDF は保存されていません：ブラウザで開いてください", "PDF가 저장되지 않았습니다: 브라우저에서 여세요"},
	"next.jump": {"下一步怎么做", "What to do next", "次にすること", "다음에 할 일"},
}

// renderNext says what to do with the PDF: where the file went, then
// print, sign, stamp and hand in. Inside an app's own browser (WeChat and
// the like), which drops the download, it says so and how to get the file
// instead of claiming it was saved.
func (s *planScreen) renderNext() app.UI {
	lang := s.lang
	head := t(lang, "next.title")
	where := app.P().Class("notice notice-ok pdf-where").Text("✓ " + tf(lang, "next.saved", s.pdfName))
	if s.inApp {
		head = t(lang, "next.inapp_title")
		where = app.P().Class("notice notice-warn pdf-where").Text("⚠ " + t(lang, "next.inapp"))
	}
	return app.Section().ID("pdf-next").Class("pdf-next").Aria("labelledby", "pdf-next-title").Body(
		app.H2().ID("pdf-next-title").Text(head),
		where,
		app.Ol().Class("pdf-steps").Body(
			app.Li().Text(t(lang, "next.print")),
			app.Li().Text(t(lang, "next.sign")),
			app.Li().Text(t(lang, "next.stamp")),
			app.Li().Text(t(lang, "next.hand")),
		),
	)
}

// jumpTo returns a handler that brings the element id into view, for a
// user who made the PDF from far down the plan: the next steps, or the
// answers' errors.
func jumpTo(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) { scrollToID(id) }
}

// scrollToID brings the element id, when there is one, into view.
func scrollToID(id string) {
	browser.CatchJS(func() {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Call("scrollIntoView", map[string]any{"block": "start"})
		}
	})
}
