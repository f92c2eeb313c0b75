package roster

import (
	"reflect"
	"testing"

	"fugong/assessment"
)

func TestCount(t *testing.T) {
	people := []Person{
		{Name: "甲", Class: ClassNormal},
		{Name: "乙", Class: ClassNormal, Risk: RiskLow, Returned: "2026-02-03", OnSite: true},
		{Name: "丙", Class: ClassOrdinaryIsolation, Risk: RiskMid, Returned: "2026-02-01", QuarantineStart: "2026-02-01", QuarantineEnd: "2026-02-15"},
		{Name: "丁", Class: ClassKeyIsolation, Risk: RiskHigh, Returned: "2026-02-05", QuarantineStart: "2026-02-05", QuarantineEnd: "2026-02-19"},
		{Name: "戊", Class: ClassNormal, Risk: RiskAbroad, Returned: "2026-01-20", QuarantineStart: "2026-01-20", QuarantineEnd: "2026-02-03", OnSite: true},
		{Name: "己", Class: ClassInTreatment, Risk: RiskHigh, Returned: "2026-02-08", QuarantineStart: "2026-02-08", QuarantineEnd: "2026-02-22", OnSite: true},
	}
	got := Count(people, "2026-02-10")
	want := Counts{People: 6, Normal: 3, OrdinaryIsolation: 1, KeyIsolation: 1, InTreatment: 1,
		ReturneesLow: 1, ReturneesMidHigh: 4, ReturneesHigh: 2, ReturneesAbroad: 1,
		Cleared: 1, InQuarantine: 2, UnclearedOnSite: []string{"己"},
		FirstReturn: "2026-01-20", LastReturn: "2026-02-08",
		QuarantineEnds: []QuarantineEnd{
			{Name: "丙", Start: "2026-02-01", End: "2026-02-15"},
			{Name: "丁", Start: "2026-02-05", End: "2026-02-19"},
		},
		EndsByDay: []assessment.EndGroup{{Date: "2026-02-15", People: 1}, {Date: "2026-02-19", People: 1}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Count = %+v\nwant %+v", got, want)
	}
	// On the day a quarantine ends, the person is cleared.
	if c := Count(people, "2026-02-15"); c.Cleared != 2 || c.InQuarantine != 1 {
		t.Errorf("Count on 2026-02-15: cleared %d, in quarantine %d, want 2, 1", c.Cleared, c.InQuarantine)
	}
}

func TestCountsAnswers(t *testing.T) {
	num := func(id string, n float64) Answer { return Answer{id, assessment.NumberValue(n)} }
	tests := []struct {
		name   string
		people []Person
		want   []Answer
	}{
		{"empty roster gives nothing", nil, nil},
		{"no returnees", []Person{{Name: "甲", Class: ClassNormal}},
			[]Answer{num("employees_total", 1), num("staff_normal", 1), num("staff_ordinary_isolation", 0), num("staff_key_isolation", 0),
				num("staff_in_treatment", 0), num("returnees_low_risk", 0), num("returnees_mid_high_risk", 0)}},
		{"someone unclassed leaves the classes to the user", []Person{{Name: "甲", Class: ClassNormal}, {Name: "乙"}},
			[]Answer{num("employees_total", 2), num("returnees_low_risk", 0), num("returnees_mid_high_risk", 0)}},
		{"returnees give their dates", []Person{{Name: "甲", Class: ClassOrdinaryIsolation, Risk: RiskMid, Returned: "2026-02-01", QuarantineEnd: "2026-02-15"}},
			[]Answer{num("employees_total", 1), num("staff_normal", 0), num("staff_ordinary_isolation", 1), num("staff_key_isolation", 0),
				num("staff_in_treatment", 0), num("returnees_low_risk", 0), num("returnees_mid_high_risk", 1),
				num("returnees_high_risk", 0), num("returnees_cleared", 0), num("returnees_in_quarantine", 1),
				{"returnees_first_return", assessment.StringValue("2026-02-01")}, {"returnees_last_return", assessment.StringValue("2026-02-01")},
				{assessment.QuarantineEndsID, assessment.ListValue("2026-02-15:1")}}},
		{"quarantine ends grouped by day, no names", []Person{
			{Name: "甲", Class: ClassNormal, Risk: RiskHigh, Returned: "2026-02-07", QuarantineEnd: "2026-02-21"},
			{Name: "乙", Class: ClassNormal, Risk: RiskMid, Returned: "2026-02-05", QuarantineEnd: "2026-02-19"},
			{Name: "丙", Class: ClassNormal, Risk: RiskMid, Returned: "2026-02-07", QuarantineEnd: "2026-02-21"},
			{Name: "丁", Class: ClassNormal, Risk: RiskMid, Returned: "2026-02-05", QuarantineEnd: "2026-02-19"},
			{Name: "戊", Class: ClassNormal, Risk: RiskMid, Returned: "2026-01-20", QuarantineEnd: "2026-02-03"},
		}, []Answer{num("employees_total", 5), num("staff_normal", 5), num("staff_ordinary_isolation", 0), num("staff_key_isolation", 0),
			num("staff_in_treatment", 0), num("returnees_low_risk", 0), num("returnees_mid_high_risk", 5),
			num("returnees_high_risk", 1), num("returnees_cleared", 1), num("returnees_in_quarantine", 4),
			{"returnees_first_return", assessment.StringValue("2026-01-20")}, {"returnees_last_return", assessment.StringValue("2026-02-07")},
			{assessment.QuarantineEndsID, assessment.ListValue("2026-02-19:2", "2026-02-21:2")}}},
		{"nobody in quarantine clears the list", []Person{{Name: "甲", Class: ClassNormal, Risk: RiskMid, Returned: "2026-01-20", QuarantineEnd: "2026-02-03"}},
			[]Answer{num("employees_total", 1), num("staff_normal", 1), num("staff_ordinary_isolation", 0), num("staff_key_isolation", 0),
				num("staff_in_treatment", 0), num("returnees_low_risk", 0), num("returnees_mid_high_risk", 1),
				num("returnees_high_risk", 0), num("returnees_cleared", 1), num("returnees_in_quarantine", 0),
				{"returnees_first_return", assessment.StringValue("2026-01-20")}, {"returnees_last_return", assessment.StringValue("2026-01-20")},
				{assessment.QuarantineEndsID, assessment.ListValue()}}},
		{"an end that is not a date leaves the list empty", []Person{{Name: "甲", Class: ClassNormal, Risk: RiskMid}},
			[]Answer{num("employees_total", 1), num("staff_normal", 1), num("staff_ordinary_isolation", 0), num("staff_key_isolation", 0),
				num("staff_in_treatment", 0), num("returnees_low_risk", 0), num("returnees_mid_high_risk", 1),
				num("returnees_high_risk", 0), num("returnees_cleared", 0), num("returnees_in_quarantine", 1),
				{assessment.QuarantineEndsID, assessment.ListValue()}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Count(tt.people, "2026-02-10").Answers(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Answers = %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestEncodeDecode(t *testing.T) {
	r := Roster{People: []Person{{Name: "张三", Risk: RiskHigh}}, Aside: []Aside{{Row: 3, Cells: []string{"x"}, Problems: []Problem{{Code: ProblemNoName}}}}}
	data, err := r.Encode()
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(data)
	if err != nil || !reflect.DeepEqual(got, r) {
		t.Errorf("Decode(Encode(%+v)) = %+v, %v", r, got, err)
	}
	for _, bad := range []string{"", "{}", `{"format":"fugong.registry"}`, `{"format":"fugong.roster","version":9}`} {
		if _, err := Decode([]byte(bad)); err != ErrNotRoster {
			t.Errorf("Decode(%q) = %v, want ErrNotRoster", bad, err)
		}
	}
}

func TestSearchAndDuplicate(t *testing.T) {
	people := []Person{{Name: "张三", Department: "生产部", Phone: "13905391234"}, {Name: "李四", Department: "行政部"}}
	if got := Search(people, "生产"); !reflect.DeepEqual(got, []int{0}) {
		t.Errorf("Search(生产) = %v, want [0]", got)
	}
	if got := Search(people, ""); !reflect.DeepEqual(got, []int{0, 1}) {
		t.Errorf("Search('') = %v, want [0 1]", got)
	}
	if got := Duplicate(people, Person{Name: "张三丰", Phone: "139 0539 1234"}, -1); got != 0 {
		t.Errorf("Duplicate by phone = %d, want 0", got)
	}
	if got := Duplicate(people, people[1], 1); got != -1 {
		t.Errorf("Duplicate of itself = %d, want -1", got)
	}
}
