package roster

import "strings"

// Field names a column of the roster, as the column mapping holds it.
type Field string

// The fields, in the order a roster's columns are written.
const (
	FieldNone            Field = "" // a column not read
	FieldName            Field = "name"
	FieldDepartment      Field = "department"
	FieldPhone           Field = "phone"
	FieldRegion          Field = "region"
	FieldRisk            Field = "risk"
	FieldReturned        Field = "returned"
	FieldClass           Field = "class"
	FieldQuarantineStart Field = "quarantine_start"
	FieldQuarantineEnd   Field = "quarantine_end"
	FieldOnSite          Field = "on_site"
	FieldHealth          Field = "health"
	FieldNote            Field = "note"
)

// Fields lists every field, in the order a roster's columns are written.
var Fields = []Field{FieldName, FieldDepartment, FieldPhone, FieldRegion, FieldRisk, FieldReturned,
	FieldClass, FieldQuarantineStart, FieldQuarantineEnd, FieldOnSite, FieldHealth, FieldNote}

// headerWords are the words of a header that name each field, tried in
// this order (so that 到岗日期 is a date before 到岗 is on site), matched
// within the header after spaces are removed and Latin letters lowered.
// A quarantine date's header may also be split over two merged rows
// (隔离期 / 开始); the joined label then has both words.
var headerWords = []struct {
	field Field
	all   [][]string // any of these groups, each word of the group present
}{
	{FieldQuarantineStart, [][]string{{"隔離", "開始"}, {"격리", "시작"}, {"隔离", "开始"}, {"隔离", "起"}, {"观察", "开始"}, {"quarantine", "start"}, {"quarantine", "from"}}},
	{FieldQuarantineEnd, [][]string{{"隔離", "満了"}, {"隔離", "終"}, {"격리", "만료"}, {"격리", "종료"}, {"隔离", "结束"}, {"隔离", "止"}, {"隔离", "满"}, {"解除"}, {"观察", "结束"}, {"quarantine", "end"}, {"quarantine", "until"}, {"cleared"}}},
	{FieldReturned, [][]string{{"復帰"}, {"복귀"}, {"返岗", "日"}, {"返岗", "时间"}, {"返回", "日"}, {"返回", "时间"}, {"到岗", "日"}, {"返厂"}, {"返城"}, {"return", "date"}, {"returned"}}},
	{FieldOnSite, [][]string{{"出勤"}, {"근무"}, {"在岗"}, {"到岗"}, {"上岗"}, {"onsite"}, {"at", "work"}}},
	{FieldRisk, [][]string{{"リスク"}, {"위험"}, {"风险"}, {"risk"}}},
	{FieldRegion, [][]string{{"地域"}, {"지역"}, {"来自"}, {"地区"}, {"来源"}, {"出发地"}, {"返回地"}, {"途经"}, {"region"}, {"from"}, {"origin"}}},
	{FieldClass, [][]string{{"区分"}, {"구분"}, {"类别"}, {"分类"}, {"人员类型"}, {"class"}, {"category"}, {"type"}}},
	{FieldHealth, [][]string{{"건강"}, {"健康"}, {"体温"}, {"症状"}, {"身体"}, {"health"}, {"symptom"}, {"temperature"}}},
	{FieldPhone, [][]string{{"電話"}, {"전화"}, {"电话"}, {"手机"}, {"联系方式"}, {"phone"}, {"mobile"}, {"tel"}}},
	{FieldDepartment, [][]string{{"部署"}, {"부서"}, {"部门"}, {"车间"}, {"科室"}, {"班组"}, {"department"}, {"dept"}, {"team"}}},
	{FieldName, [][]string{{"氏名"}, {"성명"}, {"이름"}, {"姓名"}, {"名字"}, {"name"}}},
	{FieldNote, [][]string{{"備考"}, {"비고"}, {"备注"}, {"说明"}, {"note"}, {"remark"}, {"comment"}}},
}

// GuessField is the field a column headed label holds, or FieldNone.
func GuessField(label string) Field {
	n := norm(label)
	if n == "" {
		return FieldNone
	}
	for _, h := range headerWords {
	groups:
		for _, group := range h.all {
			for _, w := range group {
				if !strings.Contains(n, w) {
					continue groups
				}
			}
			return h.field
		}
	}
	return FieldNone
}

// Columns is the column mapping: the field each column of a table holds,
// by column index; FieldNone for a column not read.
type Columns []Field

// GuessColumns guesses the mapping from the header labels. A field is
// given to its first column only.
func GuessColumns(labels []string) Columns {
	cols := make(Columns, len(labels))
	seen := map[Field]bool{}
	for i, l := range labels {
		if f := GuessField(l); f != FieldNone && !seen[f] {
			cols[i], seen[f] = f, true
		}
	}
	return cols
}

// Has reports whether the mapping reads field f.
func (c Columns) Has(f Field) bool {
	for _, g := range c {
		if g == f {
			return true
		}
	}
	return false
}

// Row is one row of a table: its number as the spreadsheet shows it
// (from 1) and its cells' text.
type Row struct {
	Line  int      `json:"line"`
	Cells []string `json:"cells"`
}

// headerScan is how many rows from the top may hold the header: a title
// (often a merged cell across the table) and a date line may come first.
const headerScan = 10

// FindHeader finds the header among the first rows: the row most of whose
// cells name fields, two of them at least. A header may span two rows
// (隔离期 merged over 开始 and 结束): when every filled cell of the row
// below either repeats the cell above (merged down) or gives it a field
// it did not have, the two rows' labels are joined. It returns the index
// of the first data row, the labels of each column, and false when no row
// looks like a header.
func FindHeader(rows []Row) (data int, labels []string, ok bool) {
	bestScore := 1
	for i := 0; i < len(rows) && i < headerScan; i++ {
		l, n := rows[i].Cells, 1
		if i+1 < len(rows) {
			if joined, ok := joinHeader(rows[i].Cells, rows[i+1].Cells); ok {
				l, n = joined, 2
			}
		}
		if s := score(l); s > bestScore {
			bestScore, labels, data, ok = s, append([]string(nil), l...), i+n, true
		}
	}
	return data, labels, ok
}

// joinHeader joins a header's upper and lower rows, and reports whether
// lower reads as the second row of a header: every filled cell in it
// repeats the one above or gives the column a field the upper label did
// not name, one at least; and the upper row names a field itself (a
// title above the header does not).
func joinHeader(upper, lower []string) ([]string, bool) {
	if score(upper) == 0 {
		return nil, false
	}
	joined := append([]string(nil), upper...)
	changed := 0
	for i, c := range lower {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		up := ""
		if i < len(upper) {
			up = strings.TrimSpace(upper[i])
		}
		if c == up {
			continue
		}
		was, now := GuessField(up), GuessField(up+c)
		if now == FieldNone || now == was {
			return nil, false
		}
		for len(joined) <= i {
			joined = append(joined, "")
		}
		joined[i], changed = up+c, changed+1
	}
	return joined, changed > 0
}

// score is how many cells name a field.
func score(cells []string) int {
	n := 0
	for _, c := range cells {
		if GuessField(c) != FieldNone {
			n++
		}
	}
	return n
}

// filled is how many cells hold text.
func filled(cells []string) int {
	n := 0
	for _, c := range cells {
		if trimSpace(c) != "" {
			n++
		}
	}
	return n
}
