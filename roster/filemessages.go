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

// FileMessage says in lang why a file could not be read, by its code.
func FileMessage(code string, lang string) string {
	key := "file." + code
	if !known(key) {
		key = "file." + FileNotSheet
	}
	return msg(key).In(lang)
}
