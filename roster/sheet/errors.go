package sheet

import (
	"errors"

	"fugong/assessment"
)

// Why a file could not be read.
var (
	ErrOldExcel   = errors.New("sheet: an old Excel .xls file")
	ErrNotSheet   = errors.New("sheet: not a spreadsheet")
	ErrTooLarge   = errors.New("sheet: too large")
	ErrNoRows     = errors.New("sheet: no rows")
	ErrBadContent = errors.New("sheet: damaged file")
)

// Limits on what is read, so that a hostile file cannot exhaust the phone.
const (
	MaxBytes   = 64 << 20 // uncompressed bytes of one part of an .xlsx
	MaxRows    = 100000
	MaxColumns = 200
	maxMerged  = 1000000 // cells filled from merged ranges
)

var messages = map[error]assessment.Text{
	ErrOldExcel: {Zh: "这是旧版 Excel（.xls）文件：请在 Excel 或 WPS 中“另存为” .xlsx 或 CSV 后再导入。",
		En: "This is an old Excel (.xls) file: save it as .xlsx or CSV in Excel or WPS, then import that.",
		Ja: "古い Excel（.xls）形式です。Excel または WPS で .xlsx か CSV として保存してから取り込んでください。",
		Ko: "구형 Excel(.xls) 파일입니다. Excel 또는 WPS에서 .xlsx 또는 CSV로 저장한 뒤 가져오세요."},
	ErrNotSheet: {Zh: "无法读取：请选择 .xlsx 或 .csv 文件，或粘贴从表格复制的内容。",
		En: "This cannot be read: choose an .xlsx or .csv file, or paste what you copied from a spreadsheet.",
		Ja: "読み取れません。.xlsx か .csv ファイルを選ぶか、表計算ソフトからコピーした内容を貼り付けてください。",
		Ko: "읽을 수 없습니다. .xlsx 또는 .csv 파일을 선택하거나 스프레드시트에서 복사한 내용을 붙여 넣으세요."},
	ErrTooLarge: {Zh: "文件太大（最多 100,000 行、200 列）：请拆分后分次导入。",
		En: "The file is too large (100,000 rows and 200 columns at most): split it and import the parts.",
		Ja: "ファイルが大きすぎます（最大 100,000 行・200 列）。分割して取り込んでください。",
		Ko: "파일이 너무 큽니다(최대 100,000행, 200열). 나누어 가져오세요."},
	ErrNoRows: {Zh: "文件中没有任何内容。", En: "The file holds nothing.", Ja: "ファイルに内容がありません。", Ko: "파일에 내용이 없습니다."},
	ErrBadContent: {Zh: "文件已损坏，无法读取：请在 Excel 或 WPS 中打开并重新保存后再导入。",
		En: "The file is damaged: open it in Excel or WPS, save it again, then import it.",
		Ja: "ファイルが壊れています。Excel または WPS で開いて保存し直してから取り込んでください。",
		Ko: "파일이 손상되었습니다. Excel 또는 WPS에서 열어 다시 저장한 뒤 가져오세요."},
}

// Message says in lang why err stopped a file from being read.
func Message(err error, lang string) string {
	for e, m := range messages {
		if errors.Is(err, e) {
			return m.In(lang)
		}
	}
	return messages[ErrNotSheet].In(lang)
}
