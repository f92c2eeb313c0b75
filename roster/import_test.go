package roster

import (
	"reflect"
	"strings"
	"testing"
)

// table makes rows numbered from 2 (row 1 is the header).
func table(lines ...string) []Row {
	rows := make([]Row, len(lines))
	for i, l := range lines {
		rows[i] = Row{Line: i + 2, Cells: strings.Split(l, "|")}
	}
	return rows
}

var cols = Columns{FieldName, FieldDepartment, FieldPhone, FieldRegion, FieldRisk, FieldReturned, FieldClass, FieldOnSite}

func TestImport(t *testing.T) {
	tests := []struct {
		name   string
		rows   []Row
		people []string // names read
		aside  []string // Describe of each row set aside, in Chinese
		empty  int
	}{
		{"good rows", table("张三|生产部|13905391234|武汉|高|2026-02-01|普通隔离人员|否", "李四|行政部||临沂|低|46063|正常人员|是"),
			[]string{"张三", "李四"}, nil, 0},
		{"empty rows are skipped and counted", table("张三|||||||", "|  |||||||", "李四|||||||"),
			[]string{"张三", "李四"}, nil, 1},
		{"a date that is not a date", table("张三|生产部||武汉|高|2月30日|普通隔离人员|否"),
			nil, []string{"第 2 行：返岗日期不是日期：「2月30日」"}, 0},
		{"a phone that is not a phone", table("张三|生产部|12345|||||"),
			nil, []string{"第 2 行：电话不是电话号码：「12345」"}, 0},
		{"the same person twice", table("张三|生产部|13905391234|||||", "张三|生产部|139 0539 1234|||||"),
			[]string{"张三"}, []string{"第 3 行：与第 2 行重复"}, 0},
		{"same name in another department is another person", table("张三|生产部|||||", "张三|行政部|||||"),
			[]string{"张三", "张三"}, nil, 0},
		{"several problems in one row", table("|生产部|phone|火星|极高|昨天|经理|也许"),
			nil, []string{"第 2 行：风险等级应为 低、中、高 或 境外：「极高」；人员类别应为 正常人员、普通隔离人员、重点隔离人员 或 感染治疗人员：「经理」；是否在岗应为 是 或 否：「也许」；缺少姓名；电话不是电话号码：「phone」；返岗日期不是日期：「昨天」"}, 0},
		{"a short row reads what it has", table("王五|车间"), []string{"王五"}, nil, 0},
		{"a value read once is read the same in every row", table("张三||||极高|||也许", "李四||||极高|||也许", "王五||||高|46063|正常人员|是", "赵六||||高|46063|正常人员|是"),
			[]string{"王五", "赵六"}, []string{"第 2 行：风险等级应为 低、中、高 或 境外：「极高」；是否在岗应为 是 或 否：「也许」", "第 3 行：风险等级应为 低、中、高 或 境外：「极高」；是否在岗应为 是 或 否：「也许」"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, empty := Import(tt.rows, cols)
			var people, aside []string
			for _, p := range r.People {
				people = append(people, p.Name)
			}
			for _, a := range r.Aside {
				aside = append(aside, a.Describe("zh"))
			}
			if !reflect.DeepEqual(people, tt.people) || !reflect.DeepEqual(aside, tt.aside) || empty != tt.empty {
				t.Errorf("Import = %q, %q, %d empty, want %q, %q, %d", people, aside, empty, tt.people, tt.aside, tt.empty)
			}
			if got := len(r.People) + len(r.Aside) + empty; got != len(tt.rows) {
				t.Errorf("Import accounts for %d rows of %d", got, len(tt.rows))
			}
		})
	}
}

func TestImportReadsValues(t *testing.T) {
	r, _ := Import(table("张三|生产部|+86 139 0539 1234|湖北武汉|高风险|2026/2/1|普通隔离|否"), cols)
	want := Person{Name: "张三", Department: "生产部", Phone: "13905391234", Region: "湖北武汉", Risk: RiskHigh,
		Returned: "2026-02-01", Class: ClassOrdinaryIsolation, QuarantineStart: "2026-02-01", QuarantineEnd: "2026-02-15"}
	if len(r.People) != 1 || r.People[0] != want {
		t.Fatalf("Import = %+v, want %+v", r.People, want)
	}
}

func TestImportRiskFromRegion(t *testing.T) {
	r, _ := Import(table("张三|境外（泰国）|2026-02-01"), Columns{FieldName, FieldRegion, FieldReturned})
	if len(r.People) != 1 || r.People[0].Risk != RiskAbroad || r.People[0].QuarantineEnd != "2026-02-15" {
		t.Fatalf("Import = %+v, want a person from abroad in quarantine until 2026-02-15", r.People)
	}
}

func TestDescribeLanguages(t *testing.T) {
	a := Aside{Row: 7, Problems: []Problem{{Field: FieldReturned, Code: ProblemDate, Value: "x"}, {Code: ProblemDuplicate, Other: 3}}}
	want := map[string]string{
		"zh": "第 7 行：返岗日期不是日期：「x」；与第 3 行重复",
		"en": `Row 7: Return date is not a date: "x"; the same person as row 3`,
		"ja": "7 行目：復帰日が日付ではありません：「x」；3 行目と重複しています",
		"ko": "7행: 복귀일이(가) 날짜가 아닙니다: 「x」; 3행과 중복됩니다",
	}
	for lang, w := range want {
		if got := a.Describe(lang); got != w {
			t.Errorf("Describe(%s) = %q, want %q", lang, got, w)
		}
	}
	for _, code := range []string{ProblemNoName, ProblemDate, ProblemPhone, ProblemRisk, ProblemClass, ProblemHealth, ProblemYesNo, ProblemQuarantineEnds, ProblemDuplicate} {
		p := Problem{Field: FieldReturned, Code: code, Other: 3}
		for _, lang := range []string{"en", "ja", "ko"} {
			if p.Describe(lang) == p.Describe("zh") {
				t.Errorf("problem %s has no %s text", code, lang)
			}
		}
	}
}

// TestAsideDates: a row set aside shows a date column's dates as dates,
// even written as serial numbers, and keeps every other cell as it was.
func TestAsideDates(t *testing.T) {
	cols := Columns{FieldName, FieldPhone, FieldReturned, FieldNote, FieldQuarantineEnd}
	r, _ := Import(table("张三|12345|46354|46354|2026/12/12"), cols)
	want := []string{"张三", "12345", "2026-11-28", "46354", "2026-12-12"}
	if len(r.Aside) != 1 || !reflect.DeepEqual(r.Aside[0].Cells, want) {
		t.Fatalf("aside %+v, want cells %q", r.Aside, want)
	}
	if got := CellText(FieldReturned, "2月30日"); got != "2月30日" {
		t.Errorf("CellText of a date that is none = %q, want it as written", got)
	}
}

// TestImportHealth reads a health column: a status that says more than
// the status is kept as the note, in every row that says it.
func TestImportHealth(t *testing.T) {
	r, _ := Import(table("张三|发热 37.8", "李四|异常", "王五|发热 37.8", "赵六|正常"), Columns{FieldName, FieldHealth})
	var got []string
	for _, p := range r.People {
		got = append(got, p.Name+":"+string(p.Health)+":"+p.Note)
	}
	want := []string{"张三:unwell:发热 37.8", "李四:unwell:", "王五:unwell:发热 37.8", "赵六:normal:"}
	if !reflect.DeepEqual(got, want) || len(r.Aside) != 0 {
		t.Errorf("Import = %q, %d set aside; want %q", got, len(r.Aside), want)
	}
}
