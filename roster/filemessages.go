package roster

// Codes of the reasons a spreadsheet file could not be read at all (see
// package roster/sheet), for FileMessage.
const (
	FileOldExcel = "old_excel"   // a .xls from before 2007
	FileNotSheet = "not_sheet"   // not a spreadsheet or text
	FileTooLarge = "too_large"   // past the limits on rows, columns or size
	FileNoRows   = "no_rows"     // nothing in it
	FileDamaged  = "bad_content" // a damaged .xlsx or CSV
	FileNoHeader = "no_header"   // no row names the columns
)

var fileMessages = []named[string]{
	{FileOldExcel, tx("这是旧版 Excel（.xls）文件：请在 Excel 或 WPS 中“另存为” .xlsx 或 CSV 后再导入。",
		"This is an old Excel (.xls) file: save it as .xlsx or CSV in Excel or WPS, then import that.",
		"古い Excel（.xls）形式です。Excel または WPS で .xlsx か CSV として保存してから取り込んでください。",
		"구형 Excel(.xls) 파일입니다. Excel 또는 WPS에서 .xlsx 또는 CSV로 저장한 뒤 가져오세요.")},
	{FileNotSheet, tx("无法读取：请选择 .xlsx 或 .csv 文件，或粘贴从表格复制的内容。",
		"This cannot be read: choose an .xlsx or .csv file, or paste what you copied from a spreadsheet.",
		"読み取れません。.xlsx か .csv ファイルを選ぶか、表計算ソフトからコピーした内容を貼り付けてください。",
		"읽을 수 없습니다. .xlsx 또는 .csv 파일을 선택하거나 스프레드시트에서 복사한 내용을 붙여 넣으세요.")},
	{FileTooLarge, tx("文件太大（最多 100,000 行、200 列）：请拆分后分次导入。",
		"The file is too large (100,000 rows and 200 columns at most): split it and import the parts.",
		"ファイルが大きすぎます（最大 100,000 行・200 列）。分割して取り込んでください。",
		"파일이 너무 큽니다(최대 100,000행, 200열). 나누어 가져오세요.")},
	{FileNoRows, tx("文件中没有任何内容。", "The file holds nothing.", "ファイルに内容がありません。", "파일에 내용이 없습니다.")},
	{FileDamaged, tx("文件已损坏，无法读取：请在 Excel 或 WPS 中打开并重新保存后再导入。",
		"The file is damaged: open it in Excel or WPS, save it again, then import it.",
		"ファイルが壊れています。Excel または WPS で開いて保存し直してから取り込んでください。",
		"파일이 손상되었습니다. Excel 또는 WPS에서 열어 다시 저장한 뒤 가져오세요.")},
	{FileNoHeader, tx("前 10 行中没有找到表头：表头须有“姓名”一列（也可写 Name）。",
		"No header row among the first 10 rows: the header needs a 姓名 (Name) column.",
		"最初の 10 行に見出し行がありません。見出しには「姓名」（Name）の列が必要です。",
		"처음 10행에 머리글 행이 없습니다. 머리글에는 '姓名'(Name) 열이 있어야 합니다.")},
}

// FileMessage says in lang why a file could not be read, by its code.
func FileMessage(code string, lang string) string {
	if m := lookup(fileMessages, code); m.Zh != "" {
		return m.In(lang)
	}
	return lookup(fileMessages, FileNotSheet).In(lang)
}
