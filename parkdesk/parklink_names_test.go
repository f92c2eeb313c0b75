package parkdesk

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"fugong/assessment"
	"fugong/internal/hostile"
)

// oldParkLink was made by the kit before parks had zones and industries
// (fugong parklink of the setup below): it must decode for good.
const oldParkLink = "http://127.0.0.1:8000/#p=02IF1WR68NYTNKR2BDVX95S0A1FVWRZ7BHMQYRKC99RSYBAM055XK5KT8Y24W32J9XQIYQ0A1ZGY4EFCAGXC5EJ01N7HUWAFBF1YH8KYC1DMKAIO000E483F"

func TestParkLinkPrintedBeforeZones(t *testing.T) {
	got, err := DecodeParkLink(oldParkLink)
	if err != nil {
		t.Fatalf("DecodeParkLink(old link): %v", err)
	}
	want := assessment.Park{Name: "东丽经济技术开发区", Category: 2, District: "天津市东丽区", Contact: "王敏", Phone: "022-24391234",
		Batch1: "2026-02-17", Batch2: "2026-02-24", Batch3: "2026-03-02", FewWorkersMax: num(30),
		Support: []assessment.Offer{{ID: "rent_relief", Note: "请联系招商局"}}, Lang: "zh"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("DecodeParkLink(old link) = %+v, want %+v", got, want)
	}
	again, err := ParkLinkURL("http://127.0.0.1:8000/", got)
	if err != nil || again != oldParkLink {
		t.Errorf("ParkLinkURL(old setup) = %q, %v; want the old link unchanged", again, err)
	}
}

func TestParkLinkZonesAndIndustries(t *testing.T) {
	for _, p := range []assessment.Park{
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
		park  assessment.Park
		field string
	}{
		{"empty zone", assessment.Park{Name: "P", Zones: []string{""}}, "park.zones"},
		{"zone twice", assessment.Park{Name: "P", Zones: []string{"东区", "东区"}}, "park.zones"},
		{"zone too long for a link", assessment.Park{Name: "P", Zones: []string{long}}, "park.zones"},
		{"too many zones for a link", assessment.Park{Name: "P", Zones: []string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}}, "park.zones"},
		{"the kit's industry again", assessment.Park{Name: "P", Industries: []string{"food"}}, "park.industries"},
		{"control character", assessment.Park{Name: "P", Industries: []string{"a\u202eb"}}, "park.industries"},
		{"too many industries for a link", assessment.Park{Name: "P", Industries: []string{"1", "2", "3", "4", "5"}}, "park.industries"},
	} {
		_, err := EncodeParkLink(tt.park)
		var le *assessment.InputError
		if !errors.As(err, &le) || len(le.Problems) == 0 || le.Problems[0].Question != tt.field {
			t.Errorf("%s: EncodeParkLink = %v, want a problem on %s", tt.name, err, tt.field)
			continue
		}
		if m := le.Problems[0].Message; m.Zh == "" || m.In("en") == m.Zh {
			t.Errorf("%s: message %+v is not in Chinese and English", tt.name, m)
		}
	}
}

// TestTextPolicyParkLink: a park's setup carrying a payload is refused
// when a link is made, and a link crafted to carry it is refused when
// read, with the field named.
func TestTextPolicyParkLink(t *testing.T) {
	for _, p := range hostile.Payloads {
		t.Run(p.Name, func(t *testing.T) {
			park := assessment.Park{Name: "临沂经开区", District: p.Text}
			wantLinkProblem(t, CheckParkLink(park), "park.district", p.Text, MaxLinkDistrict)
			if assessment.CheckText(p.Text, 0, false) == assessment.TextNotUTF8 {
				return // compact text cannot carry such bytes: nothing to craft
			}
			crafted := frameOf(ParkLinkVersion, encodeBody(park))
			_, err := DecodeParkLink("#p=" + crafted)
			var le *assessment.InputError
			if assessment.CheckText(p.Text, MaxLinkDistrict, false) == assessment.TextOK {
				if err != nil {
					t.Fatalf("DecodeParkLink refused %q: %v", p.Text, err)
				}
				return
			}
			if !errors.As(err, &le) || le.Code != "invalid" {
				t.Fatalf("DecodeParkLink(crafted %q) = %v, want invalid", p.Text, err)
			}
			wantLinkProblem(t, le.Problems, "park.district", p.Text, MaxLinkDistrict)
		})
	}
}

// TestParkLinkWhitespace: a park link broken across lines by a chat app
// reads as the link itself.
func TestParkLinkWhitespace(t *testing.T) {
	p := fullPark(t)
	payload, err := EncodeParkLink(p)
	if err != nil {
		t.Fatal(err)
	}
	for name, link := range map[string]string{
		"line feeds": "https://yq.example.cn/fugong/#p=" + strings.Join(hostile.Chunks(payload, 60), "\n"),
		"CRLF":       "#p=" + strings.Join(hostile.Chunks(payload, 33), "\r\n"),
		"spaces":     " " + payload[:8] + " " + payload[8:] + " ",
	} {
		t.Run(name, func(t *testing.T) {
			got, err := DecodeParkLink(link)
			if err != nil {
				t.Fatalf("DecodeParkLink: %v", err)
			}
			if again, _ := EncodeParkLink(got); again != payload {
				t.Errorf("decoded setup encodes as another link")
			}
		})
	}
}

// wantLinkProblem checks that ps has the problem the text policy finds in
// text on field, and none when it finds none.
func wantLinkProblem(t *testing.T, ps []assessment.Problem, field, text string, max int) {
	t.Helper()
	want := assessment.CheckText(text, max, false).Code()
	var got []string
	for _, q := range ps {
		if q.Question == field && q.Severity == assessment.Error {
			got = append(got, q.Code)
		}
	}
	switch {
	case want == "" && len(got) > 0:
		t.Errorf("%s = %q: problems %v, want none", field, text, got)
	case want != "" && !slices.Contains(got, want):
		t.Errorf("%s = %q: problems %v, want %q", field, text, got, want)
	}
}
