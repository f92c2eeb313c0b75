package assessment

import "strconv"

// A park's zones (片区) and its own industries are short lists of names
// its staff type; an enterprise's answer to the questions zone and
// industry is one of those names (or one of the kit's industry IDs).

// Limits of a park's lists of names.
const (
	MaxParkNames   = 30 // zones, and industries of its own
	MaxParkNameLen = 12 // characters of one name
)

// validateNames checks a list of names: at most MaxParkNames, each
// non-empty, at most MaxParkNameLen characters, within the text policy,
// none twice and none the ID of one of the kit's industries.
func validateNames(field string, label Text, names []string) []Problem {
	var ps []Problem
	add := func(code string, msg Text) {
		ps = append(ps, Problem{Code: code, Question: "park." + field, Severity: Error, Message: msg})
	}
	if len(names) > MaxParkNames {
		n := strconv.Itoa(MaxParkNames)
		add(CodeTooLong, txt(label.Zh+"最多 "+n+" 个", "at most "+n+" of "+label.exact("en"), label.exact("ja")+"は最大 "+n+" 件です", label.exact("ko")+"은(는) 최대 "+n+"개입니다"))
	}
	seen := map[string]bool{}
	for _, n := range names {
		if n == "" {
			add(CodeRequired, txt(label.Zh+"的名称不能为空", "a "+label.exact("en")+" needs a name", label.exact("ja")+"の名称が空です", label.exact("ko")+" 이름이 비어 있습니다"))
			continue
		}
		if tp := textProblem("park."+field, label, n, MaxParkNameLen, false); tp != nil {
			ps = append(ps, *tp)
			continue
		}
		if seen[n] || field == "industries" && isKitIndustry(n) {
			s := shown(n)
			add(CodeInconsistent, txt(label.Zh+"重复："+s, label.exact("en")+" listed twice: "+s, label.exact("ja")+"が重複しています："+s, label.exact("ko")+"이(가) 중복되었습니다: "+s))
		}
		seen[n] = true
	}
	return ps
}
