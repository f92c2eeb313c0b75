package assessment

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// Problem codes, stable for programs and tests.
const (
	CodeRequired        = "required"         // a required question left empty
	CodeType            = "type"             // the answer has the wrong JSON type
	CodeRange           = "range"            // a number outside its question's range
	CodeWhole           = "whole"            // a count that is not a whole number
	CodeUnknownChoice   = "choice"           // not one of the question's choice IDs
	CodeCreditCode      = "credit_code"      // not a valid unified social credit code
	CodePhone           = "phone"            // not a valid phone number
	CodeDate            = "date"             // not a valid date "2006-01-02"
	CodeTooLong         = "too_long"         // text longer than allowed
	CodeUnknownQuestion = "unknown_question" // an answer to a question the form does not have
	CodeUnknownField    = "unknown_field"    // a field the file format does not have
	CodeInconsistent    = "inconsistent"     // answers that contradict each other
	CodeRuleset         = "ruleset"          // written for another ruleset version
	CodeLang            = "lang"             // an unknown language code
)

func msgRequired(label Text) Text {
	return Text{Zh: "请填写“" + label.Zh + "”", En: "Please answer “" + label.In("en") + "”"}
}

func msgType(label Text, want Text) Text {
	return Text{Zh: "“" + label.Zh + "”的答案类型不对，应为" + want.Zh,
		En: "“" + label.In("en") + "” has the wrong type of answer; expected " + want.In("en")}
}

func msgRange(label Text, min, max float64, unit Text) Text {
	return Text{Zh: "“" + label.Zh + "”应在 " + fmtNum(min) + "–" + fmtNum(max) + unitAfter(unit.Zh) + " 之间",
		En: "“" + label.In("en") + "” must be between " + fmtNum(min) + " and " + fmtNum(max) + unitAfter(unit.In("en"))}
}

func msgWhole(label Text) Text {
	return Text{Zh: "“" + label.Zh + "”应为整数", En: "“" + label.In("en") + "” must be a whole number"}
}

func msgChoice(label Text, id string) Text {
	return Text{Zh: "“" + label.Zh + "”没有选项 " + id, En: "“" + label.In("en") + "” has no choice " + id}
}

func msgCreditCode(label Text) Text {
	return Text{Zh: "“" + label.Zh + "”不是有效的统一社会信用代码（18 位，末位为校验码，字母大写）",
		En: "“" + label.In("en") + "” is not a valid unified social credit code (18 characters, the last a check character, capital letters)"}
}

func msgPhone(label Text) Text {
	return Text{Zh: "“" + label.Zh + "”不是有效的电话号码（手机 13812345678，座机 0531-88888888）",
		En: "“" + label.In("en") + "” is not a valid phone number (mobile 13812345678, landline 0531-88888888)"}
}

func msgDate(label Text) Text {
	return Text{Zh: "“" + label.Zh + "”不是有效日期（例如 2026-02-10）",
		En: "“" + label.In("en") + "” is not a valid date (e.g. 2026-02-10)"}
}

func msgTooLong(label Text, max int) Text {
	n := strconv.Itoa(max)
	return Text{Zh: "“" + label.Zh + "”过长（最多 " + n + " 个字）",
		En: "“" + label.In("en") + "” is too long (at most " + n + " characters)"}
}

func msgLang(lang string) Text {
	return Text{Zh: "未知的语言 " + lang + "，改用中文", En: "unknown language " + lang + "; using Chinese"}
}

func msgUnknownQuestion(id string) Text {
	return Text{Zh: "答案文件中有本规则版本没有的问题 " + id + "，未采用",
		En: "the file answers a question this ruleset does not have: " + id + "; not used"}
}

func msgRuleset(got string) Text {
	if got == "" {
		return Text{Zh: "答案文件未注明规则版本，按 " + RulesetVersion + " 评估",
			En: "the file names no ruleset; evaluated with " + RulesetVersion}
	}
	return Text{Zh: "答案文件按规则版本 " + got + " 填写，现按 " + RulesetVersion + " 评估，请核对答案",
		En: "the file was written for ruleset " + got + "; evaluated with " + RulesetVersion + " — please check the answers"}
}

// fmtNum writes a number the way people write it: no trailing zeros, at
// most two decimals.
func fmtNum(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "?"
	}
	return strconv.FormatFloat(math.Round(f*100)/100, 'f', -1, 64)
}

// unitAfter puts a unit after a number, with a space unless it is %.
func unitAfter(unit string) string {
	switch unit {
	case "":
		return ""
	case "%":
		return "%"
	}
	return " " + unit
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

func isWhole(f float64) bool { return f == math.Trunc(f) && !math.IsInf(f, 0) }
