package assessment

import (
	"strings"
)

// CodeDeadline marks a deadline that is not a date or names no readiness
// item.
const CodeDeadline = "deadline"

// Deadline returns the date ("2006-01-02") by which the enterprise
// undertakes to meet readiness item id, or "" when it has set none or
// the one set is not a date.
func (a *Answers) Deadline(id string) string {
	if a == nil {
		return ""
	}
	d := strings.TrimSpace(a.Deadlines[id])
	if !ValidDate(d) {
		return ""
	}
	return d
}

// SetDeadline stores the deadline of readiness item id; "" removes it.
func (a *Answers) SetDeadline(id, date string) {
	date = strings.TrimSpace(date)
	if date == "" {
		delete(a.Deadlines, id)
		return
	}
	if a.Deadlines == nil {
		a.Deadlines = map[string]string{}
	}
	a.Deadlines[id] = date
}

// IsItem reports whether id names a readiness item.
func IsItem(id string) bool {
	for _, d := range itemDefs {
		if d.id == id {
			return true
		}
	}
	return false
}

// validateDeadlines reports deadlines that are not dates (an error: the
// letter would print a blank instead) and deadlines of no known item (a
// warning: they are kept but not used).
func validateDeadlines(a *Answers) []Problem {
	var ps []Problem
	for _, id := range sortedKeys(a.Deadlines) {
		d := strings.TrimSpace(a.Deadlines[id])
		title := ItemTitle(id)
		switch {
		case !IsItem(id):
			ps = append(ps, Problem{Code: CodeDeadline, Question: "deadlines." + id, Severity: Warning,
				Message: txt("完成时限所指的条件 "+id+" 不存在，未采用", "a deadline for "+id+", which is no condition of this ruleset; not used",
					"完了期限の対象 "+id+" は存在しない条件のため、使用しなかった", "완료 기한의 대상 "+id+"은(는) 없는 조건이므로 사용하지 않았다")})
		case d != "" && !ValidDate(d):
			ps = append(ps, Problem{Code: CodeDeadline, Question: "deadlines." + id, Severity: Error,
				Message: txt("“"+title.Zh+"”的完成时限“"+d+"”不是有效日期（格式如 2026-02-20）",
					"the deadline “"+d+"” for “"+title.In("en")+"” is not a date (write it as 2026-02-20)",
					"「"+title.In("ja")+"」の完了期限「"+d+"」は有効な日付ではない（例：2026-02-20）",
					"‘"+title.In("ko")+"’의 완료 기한 ‘"+d+"’은(는) 유효한 날짜가 아니다(예: 2026-02-20)")})
		}
	}
	return ps
}
