package roster

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"fugong/assessment"
)

// The words people write in a spreadsheet's cells for each value, matched
// after spaces are removed and Latin letters lowered. Longer words come
// first where one contains another.
var (
	riskWords = []struct {
		risk  Risk
		words []string
	}{
		{RiskAbroad, []string{"境外", "国外", "海外", "入境", "abroad", "overseas", "foreign", "해외"}},
		{RiskHigh, []string{"高风险", "高リスク", "고위험", "高", "high"}},
		{RiskMid, []string{"中风险", "中リスク", "중위험", "中", "medium", "mid"}},
		{RiskLow, []string{"低风险", "低リスク", "저위험", "低", "low"}},
		{RiskNone, []string{"无", "未外出", "本地", "none", "local"}},
	}
	classWords = []struct {
		class Class
		words []string
	}{
		{ClassKeyIsolation, []string{"重点隔离", "重点隔離", "중점격리", "key"}},
		{ClassOrdinaryIsolation, []string{"普通隔离", "一般隔离", "一般隔離", "일반격리", "隔离", "ordinary", "isolation"}},
		{ClassInTreatment, []string{"感染治疗", "感染治療", "감염치료", "治疗", "感染", "确诊", "treatment"}},
		{ClassNormal, []string{"正常", "通常", "정상", "normal"}},
	}
	healthWords = []struct {
		health Health
		words  []string
	}{
		{HealthUnwell, []string{"不正常", "异常", "異常", "이상", "发热", "发烧", "咳嗽", "不适", "unwell", "fever", "symptom", "abnormal"}},
		{HealthNormal, []string{"正常", "정상", "健康", "良好", "normal", "healthy", "well", "ok"}},
	}
	yesWords = []string{"是", "はい", "예", "在岗", "在", "有", "√", "✓", "y", "yes", "true", "1", "on"}
	noWords  = []string{"否", "いいえ", "아니요", "아니오", "不在岗", "未到岗", "不在", "无", "×", "n", "no", "false", "0", "off"}
)

// norm is s without spaces, Latin letters lowered.
func norm(s string) string {
	if !hasSpace(s) && !hasUpper(s) {
		return s // most cells: an import norms thousands of them
	}
	return strings.ToLower(strings.Join(strings.Fields(s), ""))
}

// hasSpace reports whether s holds a space as strings.Fields sees one.
func hasSpace(s string) bool {
	for _, r := range s {
		if isSpace(r) {
			return true
		}
	}
	return false
}

// isSpace is unicode.IsSpace, quick for the characters past U+3000 (Han,
// hangul…), none of which is a space.
func isSpace(r rune) bool {
	return r <= 0x3000 && unicode.IsSpace(r)
}

// hasUpper reports whether strings.ToLower would change s. Han, kana and
// hangul, the most of a Chinese roster's text, have no case.
func hasUpper(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x80:
			if 'A' <= r && r <= 'Z' {
				return true
			}
		case r >= 0x3040 && r < 0xFF00: // kana, Han, hangul: no case
		case unicode.ToLower(r) != r:
			return true
		}
	}
	return false
}

// trimSpace is strings.TrimSpace(s), quick for a cell that neither
// starts nor ends with a space (most of them).
func trimSpace(s string) string {
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if s == "" || (!isSpace(first) && !isSpace(last)) {
		return s
	}
	return strings.TrimSpace(s)
}

// ParseRisk reads a risk level: 高风险, 中, low, 境外… An empty cell is
// RiskNone; false means s says something else.
func ParseRisk(s string) (Risk, bool) {
	n := norm(s)
	if n == "" {
		return RiskNone, true
	}
	for _, w := range riskWords {
		for _, word := range w.words {
			if n == word || (utf8.RuneCountInString(word) > 1 && strings.Contains(n, word)) {
				return w.risk, true
			}
		}
	}
	return RiskNone, false
}

// ParseClass reads a class of person: 正常人员, 普通隔离人员, 重点隔离,
// 感染治疗人员, or the English words. An empty cell is ClassNone; false
// means s says something else.
func ParseClass(s string) (Class, bool) {
	n := norm(s)
	if n == "" {
		return ClassNone, true
	}
	for _, w := range classWords {
		for _, word := range w.words {
			if strings.Contains(n, word) {
				return w.class, true
			}
		}
	}
	return ClassNone, false
}

// ParseHealth reads a health status: 正常, 发热, … An empty cell is
// HealthUnknown; false means s says something else.
func ParseHealth(s string) (Health, bool) {
	n := norm(s)
	if n == "" {
		return HealthUnknown, true
	}
	for _, w := range healthWords {
		for _, word := range w.words {
			if strings.Contains(n, word) {
				return w.health, true
			}
		}
	}
	return HealthUnknown, false
}

// bareHealth reports whether s is only a health status's word, with
// nothing more worth keeping as a note.
func bareHealth(s string) bool {
	n := norm(s)
	for _, w := range healthWords {
		for _, word := range w.words {
			if n == word {
				return true
			}
		}
	}
	return false
}

// ParseYesNo reads a yes or no (是/否, 在岗/不在岗, √, yes/no, 1/0). An
// empty cell and anything else are false, with ok false for the latter.
func ParseYesNo(s string) (yes, ok bool) {
	n := norm(s)
	if n == "" {
		return false, true
	}
	for _, w := range noWords {
		if n == w {
			return false, true
		}
	}
	for _, w := range yesWords {
		if n == w {
			return true, true
		}
	}
	return false, false
}

// NormalPhone is s as a phone number is kept: full-width digits read as
// digits, spaces removed, +86 before a mobile number dropped.
func NormalPhone(s string) string {
	s = assessment.HalfWidth(s)
	if hasSpace(s) {
		s = strings.Join(strings.Fields(s), "")
	}
	if strings.HasPrefix(s, "+86") || (strings.HasPrefix(s, "86") && len(s) == 13) {
		s = s[strings.Index(s, "86")+2:]
	}
	return s
}
