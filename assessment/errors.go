package assessment

// FileError is why an answers file could not be read at all. Code is stable
// for programs; Message is for people.
type FileError struct {
	Code    string // "syntax", "not_object", "shape", "range", "encoding", "empty" or "too_large"
	Field   string // the field that is wrong, for "shape", "range" and "encoding"
	Message Text
}

// Error returns the message in Chinese followed by English, so that one
// line on a terminal is clear to either reader.
func (e *FileError) Error() string {
	if e.Message.exact("en") == "" {
		return e.Message.Zh
	}
	return e.Message.Zh + " (" + e.Message.exact("en") + ")"
}

func errTooLarge() *FileError {
	return &FileError{Code: "too_large", Message: txt("文件过大，不是答案文件（上限 1 MB）", "file too large for an answers file (limit 1 MB)", "ファイルが大きすぎます。回答ファイルではありません（上限1 MB）", "파일이 너무 커서 응답 파일이 아닙니다(상한 1 MB)")}
}

func errEmpty() *FileError {
	return &FileError{Code: "empty", Message: txt("文件是空的", "the file is empty", "ファイルが空です", "파일이 비어 있습니다")}
}

func errNotObject() *FileError {
	return &FileError{Code: "not_object", Message: txt(
		`不是答案文件：应为 {"ruleset": …, "answers": {…}} 形式的 JSON 对象`,
		`not an answers file: expected a JSON object {"ruleset": …, "answers": {…}}`,
		`回答ファイルではありません：{"ruleset": …, "answers": {…}} 形式の JSON オブジェクトが必要です`,
		`응답 파일이 아닙니다: {"ruleset": …, "answers": {…}} 형식의 JSON 객체여야 합니다`)}
}

func errSyntax(err error) *FileError {
	return &FileError{Code: "syntax", Message: txt("不是有效的 JSON："+err.Error(), "not valid JSON: "+err.Error(), "有効な JSON ではありません："+err.Error(), "유효한 JSON이 아닙니다: "+err.Error())}
}

func errShape(field string) *FileError {
	return &FileError{Code: "shape", Field: field, Message: txt(
		"字段 "+field+" 的类型不对（请对照答案文件格式）",
		"field "+field+" has the wrong type (see the answers-file format)",
		"項目 "+field+" の型が正しくありません（回答ファイルの形式を確認してください）",
		"항목 "+field+"의 형식이 올바르지 않습니다(응답 파일 형식을 확인해 주십시오)")}
}

// errNumberRange refuses a number a field cannot hold (1e309 for a
// threshold): out of range, not of the wrong type.
func errNumberRange(field string) *FileError {
	return &FileError{Code: "range", Field: field, Message: txt(
		"字段 "+field+" 的数字超出范围",
		"field "+field+" holds a number out of range",
		"項目 "+field+" の数値が範囲外です",
		"항목 "+field+"의 숫자가 범위를 벗어났습니다")}
}
