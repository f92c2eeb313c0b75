//go:build !noroster

package ui

import "maps"

// catalogRosterJa is the staff roster's screens' text in Japanese, by
// key: in catalogJa when the roster is built in, and absent from a
// build without it (tag noroster), so that what the roster adds to
// app.wasm counts its text. The keys the rest of the kit also uses
// (roster.title, roster.backup_bad, roster.backup_newer, roster.save_error) stay in
// catalog_ja.go.
var catalogRosterJa = map[string]string{
	"roster.add":              "人を追加",
	"roster.add_title":        "人を追加",
	"roster.aside":            "要修正（%d 行）",
	"roster.back":             "質問票に戻る",
	"roster.cancel":           "キャンセル",
	"roster.classes":          "通常 %d・一般隔離 %d・重点隔離 %d・感染治療 %d",
	"roster.column":           "%d 列目「%s」",
	"roster.date_hint":        "例：2026-02-10",
	"roster.delete":           "削除",
	"roster.deleted":          "%s を削除しました",
	"roster.duplicate":        "名簿の %s と同じ人です（電話、又は氏名と部署が同じ）",
	"roster.edit":             "編集",
	"roster.edit_title":       "人を編集",
	"roster.empty":            "名簿にはまだ誰もいません。人事の表を取り込むか、1人ずつ追加してください。",
	"roster.end_hint":         "空欄なら開始から 14 日後",
	"roster.ends":             "名簿から：%s",
	"roster.ends_day":         "%d月%d日 %d人",
	"roster.ends_sep":         "、",
	"roster.export_csv":       "CSV に書き出す",
	"roster.export_xlsx":      "Excel に書き出す",
	"roster.file_name":        "従業員名簿",
	"roster.fix":              "修正",
	"roster.fix_title":        "%d 行目を修正",
	"roster.form_help":        "人事の Excel 名簿を取り込むと、従業員数・4区分・復帰者・隔離解除・隔離中の人数が名簿から入力されます。",
	"roster.form_link":        "従業員名簿から人数を計算",
	"roster.from":             "名簿から",
	"roster.header_row":       "見出しは %d 行目、データ %d 行",
	"roster.import_aside":     "%d 行はそのままでは読めないため「要修正」に残しました（破棄していません）。",
	"roster.import_empty":     "空行 %d 行を飛ばしました。",
	"roster.import_file":      "Excel / CSV を取り込む",
	"roster.import_go":        "取り込む",
	"roster.imported":         "%d 人を取り込みました。",
	"roster.logs":             "記録簿を印刷（PDF）",
	"roster.logs_file":        "感染防止記録簿",
	"roster.logs_help":        "名簿、本日から 14 日間の毎日の健康観察記録、ゼロ報告、消毒及び物資入出庫の記録表。",
	"roster.mapping":          "各列の内容を確認",
	"roster.mapping_help":     "見出しから各列の内容を推測しました。確認し、変更する列はボタンを押し、不要な列は「（取り込まない）」を選んでください。",
	"roster.need_name":        "「氏名」の列を選んでください。",
	"roster.next":             "次へ",
	"roster.no":               "いいえ",
	"roster.none_found":       "「%s」に該当する人はいません",
	"roster.on_site":          "出勤中",
	"roster.overridden":       "⚠ 名簿（%s）と異なります。入力した値を採用します。",
	"roster.page":             "%d / %d ページ",
	"roster.paste":            "表を貼り付け",
	"roster.paste_label":      "Excel か WPS で見出しを含む行をコピーし、ここに貼り付けてください：",
	"roster.paste_read":       "貼り付けた内容を読み取る",
	"roster.people":           "%d 人",
	"roster.prev":             "前へ",
	"roster.preview":          "プレビュー（最初の 5 行）",
	"roster.private":          "名簿はこの端末だけに保存され、サーバーには送信されません。書き出したファイルには個人情報が含まれます。大切に保管してください。",
	"roster.quarantine_until": "%s まで隔離",
	"roster.reading":          "表を読み込んでいます…",
	"roster.replace_warn":     "取り込むと名簿の %d 人が置き換わります（元に戻せます）。",
	"roster.returnees":        "復帰者：低リスク %d・中高リスク及び国外 %d（隔離解除 %d・隔離中 %d）",
	"roster.save":             "保存",
	"roster.search":           "氏名・部署・電話・地域で検索",
	"roster.unclassed":        "未分類 %d 人：4区分の人数はまだ名簿から入力しません",
	"roster.uncleared":        "⚠ 隔離期間が終わらないまま出勤中：%s。隔離に戻すか、日付を確認してください。",
	"roster.undo":             "元に戻す",
	"roster.undone":           "元に戻しました",
	"roster.worker_error":     "表計算プログラムを読み込めませんでした。一度オンラインでこのツールを開いてから再試行してください。",
	"roster.yes":              "はい",
}

func init() { maps.Copy(catalogJa, catalogRosterJa) }
