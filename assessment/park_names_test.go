package assessment

import (
	"reflect"
	"testing"
)

func TestFormForPark(t *testing.T) {
	has := func(steps []Step, id string) (Question, bool) {
		for _, s := range steps {
			for _, q := range s.Questions {
				if q.ID == id {
					return q, true
				}
			}
		}
		return Question{}, false
	}
	if _, ok := has(Form(), "zone"); ok {
		t.Errorf("Form() asks zone, want it only for a park with zones")
	}
	p := Park{Name: "P", Zones: []string{"东区", "西区"}, Industries: []string{"光伏"}}
	zone, ok := has(FormFor(p), "zone")
	if !ok || len(zone.Choices) != 2 || zone.Choices[1].ID != "西区" {
		t.Errorf("FormFor(%v) zone = %+v, %v; want the park's two zones", p, zone, ok)
	}
	ind, _ := has(FormFor(p), "industry")
	n := len(ind.Choices)
	if n < 3 || ind.Choices[n-2].ID != "光伏" || ind.Choices[n-1].ID != "other" {
		t.Errorf("FormFor(%v) industry choices end %v, want the park's own, then other", p, ind.Choices[max(0, n-3):])
	}

	a := NewAnswers("zh")
	a.Park = p
	a.Set("zone", StringValue("西区"))
	a.Set("industry", StringValue("光伏"))
	for _, pr := range Validate(a) {
		if pr.Question == "zone" || pr.Question == "industry" {
			t.Errorf("Validate: %s: %s, want the park's zone and industry accepted", pr.Question, pr.Message.Zh)
		}
	}
	a.Set("zone", StringValue("北区"))
	found := false
	for _, pr := range Validate(a) {
		found = found || pr.Question == "zone" && pr.Code == CodeUnknownChoice
	}
	if !found {
		t.Errorf("Validate(zone 北区 of a park without it) reports nothing on zone")
	}
}

func TestParkChangesZones(t *testing.T) {
	a := NewAnswers("zh")
	a.Park = Park{Name: "P", Zones: []string{"东区"}}
	cs := ParkChanges(a, Park{Name: "P", Zones: []string{"东区", "西区"}, Industries: []string{"光伏"}})
	var got []string
	for _, c := range cs {
		got = append(got, c.Field+": "+c.Old.Zh+" → "+c.New.Zh)
	}
	if want := []string{"zones: 东区 → 东区、西区", "industries: 未设置 → 光伏"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ParkChanges = %q, want %q", got, want)
	}
}
