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
	CodeQuarantineEnds  = "quarantine_ends"  // a list of quarantine ends that is malformed or does not add up
)

// quoted puts a question's label in each language's quotation marks.
func quoted(label Text) Text {
	return txt("“"+label.Zh+"”", "“"+label.In("en")+"”", "「"+label.In("ja")+"」", "‘"+label.In("ko")+"’")
}

func msgRequired(label Text) Text {
	q := quoted(label)
	return txt("请填写"+q.Zh, "Please answer "+q.exact("en"), q.exact("ja")+"を入力してください", q.exact("ko")+" 항목에 응답해 주십시오")
}

func msgType(label Text, want Text) Text {
	q := quoted(label)
	return txt(q.Zh+"的答案类型不对，应为"+want.Zh, q.exact("en")+" has the wrong type of answer; expected "+want.In("en"), q.exact("ja")+"の回答の型が正しくありません（"+want.In("ja")+"で入力してください）", q.exact("ko")+"의 응답 형식이 올바르지 않습니다("+want.In("ko")+" 필요)")
}

func msgRange(label Text, min, max float64, unit Text) Text {
	q := quoted(label)
	lo, hi := fmtNum(min), fmtNum(max)
	return txt(q.Zh+"应在 "+lo+"–"+hi+unitAfter(unit.Zh)+" 之间", q.exact("en")+" must be between "+lo+" and "+hi+unitAfter(unit.In("en")), q.exact("ja")+"は"+lo+"～"+hi+unitClose(unit.In("ja"))+"の範囲で入力してください", q.exact("ko")+"은(는) "+lo+"~"+hi+unitClose(unit.In("ko"))+" 범위로 입력해 주십시오")
}

func msgWhole(label Text) Text {
	q := quoted(label)
	return txt(q.Zh+"应为整数", q.exact("en")+" must be a whole number", q.exact("ja")+"は整数で入力してください", q.exact("ko")+"은(는) 정수로 입력해 주십시오")
}

func msgChoice(label Text, id string) Text {
	id = shown(id)
	q := quoted(label)
	return txt(q.Zh+"没有选项 "+id, q.exact("en")+" has no choice "+id, q.exact("ja")+"に選択肢 "+id+" はありません", q.exact("ko")+"에 선택지 "+id+"이(가) 없습니다")
}

func msgCreditCode(label Text) Text {
	q := quoted(label)
	return txt(q.Zh+"不是有效的统一社会信用代码（18 位，末位为校验码，字母大写）", q.exact("en")+" is not a valid unified social credit code (18 characters, the last a check character, capital letters)", q.exact("ja")+"は有効な統一社会信用コードではありません（18桁、末尾はチェック文字、英字は大文字）", q.exact("ko")+"은(는) 유효한 통일사회신용코드가 아닙니다(18자리, 마지막 자리는 검증 문자, 영문 대문자)")
}

func msgPhone(label Text) Text {
	q := quoted(label)
	return txt(q.Zh+"不是有效的电话号码（手机 13812345678，座机 0531-88888888）", q.exact("en")+" is not a valid phone number (mobile 13812345678, landline 0531-88888888)", q.exact("ja")+"は有効な電話番号ではありません（携帯電話 13812345678、固定電話 0531-88888888）", q.exact("ko")+"은(는) 유효한 전화번호가 아닙니다(휴대전화 13812345678, 유선전화 0531-88888888)")
}

func msgDate(label Text) Text {
	q := quoted(label)
	return txt(q.Zh+"不是有效日期（例如 2026-02-10）", q.exact("en")+" is not a valid date (e.g. 2026-02-10)", q.exact("ja")+"は有効な日付ではありません（例：2026-02-10）", q.exact("ko")+"은(는) 유효한 날짜가 아닙니다(예: 2026-02-10)")
}

func msgTooLong(label Text, max int) Text {
	q := quoted(label)
	n := strconv.Itoa(max)
	return txt(q.Zh+"过长（最多 "+n+" 个字）", q.exact("en")+" is too long (at most "+n+" characters)", q.exact("ja")+"が長すぎます（"+n+"文字以内）", q.exact("ko")+"이(가) 너무 깁니다(최대 "+n+"자)")
}

func msgLang(lang string) Text {
	lang = shown(lang)
	return txt("未知的语言 "+lang+"，改用中文", "unknown language "+lang+"; using Chinese", "不明な言語 "+lang+" のため、中国語を使用します", "알 수 없는 언어 "+lang+", 중국어를 사용합니다")
}

func msgUnknownQuestion(id string) Text {
	id = shown(id)
	return txt("答案文件中有本规则版本没有的问题 "+id+"，未采用", "the file answers a question this ruleset does not have: "+id+"; not used", "回答ファイルに、このルールのバージョンにない質問 "+id+" への回答があるため、使用しませんでした", "응답 파일에 이 규칙 버전에 없는 질문 "+id+"에 대한 응답이 있어 사용하지 않았습니다")
}

func msgRuleset(got string) Text {
	got = shown(got)
	if got == "" {
		return txt("答案文件未注明规则版本，按 "+RulesetVersion+" 评估", "the file names no ruleset; evaluated with "+RulesetVersion, "回答ファイルにルールのバージョンの記載がないため、"+RulesetVersion+" で評価しました", "응답 파일에 규칙 버전이 없어 "+RulesetVersion+"(으)로 평가했습니다")
	}
	return txt("答案文件按规则版本 "+got+" 填写，现按 "+RulesetVersion+" 评估，请核对答案", "the file was written for ruleset "+got+"; evaluated with "+RulesetVersion+" — please check the answers", "回答ファイルはルール "+got+" に基づいて作成されていますが、"+RulesetVersion+" で評価しました。回答を確認してください", "응답 파일은 규칙 "+got+" 기준으로 작성되었으나 "+RulesetVersion+"(으)로 평가했습니다. 응답을 확인해 주십시오")
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

// unitClose puts a unit straight after a number, as Japanese and Korean
// write it ("100人", "100명"), with a space before a Latin unit ("100 m²").
func unitClose(unit string) string {
	switch unit {
	case "", "%":
		return unit
	case "m²":
		return " " + unit
	}
	return unit
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

func isWhole(f float64) bool { return f == math.Trunc(f) && !math.IsInf(f, 0) }
