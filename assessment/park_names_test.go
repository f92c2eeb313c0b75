package assessment

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

// oldParkLink was made by the kit before parks had zones and industries
// (fugong parklink of the setup below): it must decode for good.
const oldParkLink = "http://127.0.0.1:8000/#p=02IF1WR68NYTNKR2BDVX95S0A1FVWRZ7BHMQYRKC99RSYBAM055XK5KT8Y24W32J9XQIYQ0A1ZGY4EFCAGXC5EJ01N7HUWAFBF1YH8KYC1DMKAIO000E483F"

func TestParkLinkPrintedBeforeZones(t *testing.T) {
	got, err := DecodeParkLink(oldParkLink)
	if err != nil {
		t.Fatalf("DecodeParkLink(old link): %v", err)
	}
	want := Park{Name: "东丽经济技术开发区", Category: 2, District: "天津市东丽区", Contact: "王敏", Phone: "022-24391234",
		Batch1: "2026-02-17", Batch2: "2026-02-24", Batch3: "2026-03-02", FewWorkersMax: num(30),
		Support: []Offer{{ID: "rent_relief", Note: "请联系招商局"}}, Lang: "zh"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("DecodeParkLink(old link) = %+v, want %+v", got, want)
	}
	again, err := ParkLinkURL("http://127.0.0.1:8000/", got)
	if err != nil || again != oldParkLink {
		t.Errorf("ParkLinkURL(old setup) = %q, %v; want the old link unchanged", again, err)
	}
}

func TestParkLinkZonesAndIndustries(t *testing.T) {
	for _, p := range []Park{
		{Name: "P", Zones: []string{"东区"}},
		{Name: "P", Industries: []string{"光伏"}},
		{Name: "东丽开发区", Zones: []string{"东区", "西区", "综保区", "空港经济区", "华明高新区", "金钟片区", "军粮城片区", "South"},
			Industries: []string{"光伏", "航空航天", "新能源汽车", "生物医药研发"}, Lang: "zh"},
	} {
		payload, err := EncodeParkLink(p)
		if err != nil {
			t.Fatalf("EncodeParkLink(%+v): %v", p, err)
		}
		got, err := DecodeParkLink(payload)
		if err != nil || !reflect.DeepEqual(got, p) {
			t.Errorf("DecodeParkLink(EncodeParkLink(%+v)) = %+v, %v", p, got, err)
		}
		t.Logf("%d zones, %d industries: payload %d characters", len(p.Zones), len(p.Industries), len(payload))
	}
}

func TestParkNamesRefused(t *testing.T) {
	long := "一二三四五六七八九"
	for _, tt := range []struct {
		name  string
		park  Park
		field string
	}{
		{"empty zone", Park{Name: "P", Zones: []string{""}}, "park.zones"},
		{"zone twice", Park{Name: "P", Zones: []string{"东区", "东区"}}, "park.zones"},
		{"zone too long for a link", Park{Name: "P", Zones: []string{long}}, "park.zones"},
		{"too many zones for a link", Park{Name: "P", Zones: []string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}}, "park.zones"},
		{"the kit's industry again", Park{Name: "P", Industries: []string{"food"}}, "park.industries"},
		{"control character", Park{Name: "P", Industries: []string{"a\u202eb"}}, "park.industries"},
		{"too many industries for a link", Park{Name: "P", Industries: []string{"1", "2", "3", "4", "5"}}, "park.industries"},
	} {
		_, err := EncodeParkLink(tt.park)
		var le *InputError
		if !errors.As(err, &le) || len(le.Problems) == 0 || le.Problems[0].Question != tt.field {
			t.Errorf("%s: EncodeParkLink = %v, want a problem on %s", tt.name, err, tt.field)
			continue
		}
		if m := le.Problems[0].Message; m.Zh == "" || m.In("en") == m.Zh {
			t.Errorf("%s: message %+v is not in Chinese and English", tt.name, m)
		}
	}
}

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

func TestPaperFormAsksZones(t *testing.T) {
	paper := func(p Park) string {
		var items []string
		for _, s := range PaperForm(p, "zh", time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC)).Sections {
			for _, b := range s.Blocks {
				items = append(items, b.Items...)
			}
		}
		return strings.Join(items, "\n")
	}
	with := paper(Park{Name: "P", Zones: []string{"东区", "综保区"}, Industries: []string{"光伏"}})
	for _, want := range []string{"所属片区", "综保区", "光伏", "是否规上企业"} {
		if !strings.Contains(with, want) {
			t.Errorf("the paper form of a park with zones lacks %q", want)
		}
	}
	if without := paper(Park{Name: "P"}); strings.Contains(without, "所属片区") {
		t.Errorf("the paper form of a park without zones asks for one")
	}
}
