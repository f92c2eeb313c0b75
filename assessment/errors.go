package assessment

// FileError is why an answers file could not be read at all. Code is stable
// for programs; Message is for people.
type FileError struct {
	Code    string // "syntax", "not_object", "shape", "empty" or "too_large"
	Field   string // the field that is wrong, for "shape"
	Message Text
}

// Error returns the message in Chinese followed by English, so that one
// line on a terminal is clear to either reader.
func (e *FileError) Error() string {
	if e.Message.En == "" {
		return e.Message.Zh
	}
	return e.Message.Zh + " (" + e.Message.En + ")"
}

func errTooLarge() *FileError {
	return &FileError{Code: "too_large", Message: tx("文件过大，不是答案文件（上限 1 MB）", "file too large for an answers file (limit 1 MB)")}
}

func errEmpty() *FileError {
	return &FileError{Code: "empty", Message: tx("文件是空的", "the file is empty")}
}

func errNotObject() *FileError {
	return &FileError{Code: "not_object", Message: tx(
		`不是答案文件：应为 {"ruleset": …, "answers": {…}} 形式的 JSON 对象`,
		`not an answers file: expected a JSON object {"ruleset": …, "answers": {…}}`)}
}

func errSyntax(err error) *FileError {
	return &FileError{Code: "syntax", Message: tx("不是有效的 JSON："+err.Error(), "not valid JSON: "+err.Error())}
}

func errShape(field string) *FileError {
	return &FileError{Code: "shape", Field: field, Message: tx(
		"字段 "+field+" 的类型不对（请对照答案文件格式）",
		"field "+field+" has the wrong type (see the answers-file format)")}
}
