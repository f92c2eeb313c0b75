package parkdesk

import (
	"errors"
	"slices"
	"testing"
	"time"

	"fugong/internal/wire"

	"fugong/assessment"
)

// exampleBeforeZones is the summary code of testdata/example.json as the
// kit wrote it before summaries carried the park's fields (without the
// answers above_scale and four_above): it must decode for good.
const exampleBeforeZones = "s1.WBSANJ6Crr6P5Zk6mrCZCchQg2yF-AFIRnCMIaqHk98B6QAWE4VJEjRfUwAAP7oBqgEMBAAQAAYBA6wbAgYBBgMDgNMOBAPgXQUCBgIGMjAyNi4yAG2ySl75kIDX"

func TestSummaryPrintedBeforeZones(t *testing.T) {
	s, err := DecodeSummary(exampleBeforeZones)
	if err != nil {
		t.Fatalf("DecodeSummary(old code): %v", err)
	}
	if s.Name != "临沂精工机械有限公司" || s.hasParkFields() {
		t.Errorf("DecodeSummary(old code) = %q, zone %q, industry %q, 规上 %d, 四上 %d; want the name and no park fields",
			s.Name, s.Zone, s.Industry, s.AboveScale, s.FourAbove)
	}
	if again, err := EncodeSummary(s); again != exampleBeforeZones {
		t.Errorf("EncodeSummary(old summary) = %q, %v; want the old code unchanged", again, err)
	}
}

func TestSummaryParkFields(t *testing.T) {
	a := exampleAnswers(t)
	a.Park.Zones = []string{"东区", "综保区"}
	a.Park.Industries = []string{"光伏"}
	a.Set("zone", assessment.StringValue("综保区"))
	base := NewSummary(a, assessment.Evaluate(a))
	if base.Zone != "综保区" || base.Industry != "machinery" || base.AboveScale != AnsweredYes || base.FourAbove != AnsweredYes {
		t.Fatalf("NewSummary(example in zone 综保区) = zone %q, industry %q, 规上 %d, 四上 %d", base.Zone, base.Industry, base.AboveScale, base.FourAbove)
	}
	for _, tt := range []struct {
		name  string
		alter func(*Summary)
	}{
		{"all", func(*Summary) {}},
		{"the park's own industry", func(s *Summary) { s.Industry = "光伏" }},
		{"every kit industry", nil},
		{"规上 no, 四上 unanswered", func(s *Summary) { s.Zone, s.Industry, s.AboveScale, s.FourAbove = "", "", AnsweredNo, Unanswered }},
		{"zone only", func(s *Summary) { s.Industry, s.AboveScale, s.FourAbove = "", Unanswered, Unanswered }},
	} {
		alters := []func(*Summary){tt.alter}
		if tt.alter == nil {
			alters = nil
			for _, id := range assessment.IndustryIDs() {
				alters = append(alters, func(s *Summary) { s.Industry = id })
			}
		}
		for _, alter := range alters {
			s := base.with(alter)
			code, err := EncodeSummary(s)
			if err != nil {
				t.Fatalf("%s: EncodeSummary: %v", tt.name, err)
			}
			got, err := DecodeSummary(code)
			if err != nil || !sameSummary(got, s) || got.Zone != s.Zone || got.Industry != s.Industry ||
				got.AboveScale != s.AboveScale || got.FourAbove != s.FourAbove {
				t.Errorf("%s: DecodeSummary(EncodeSummary(s)) = %+v, %v; want %+v", tt.name, got, err, s)
			}
			if code[:3] != "s2." {
				t.Errorf("%s: code %q, want version 2", tt.name, code[:3])
			}
		}
	}
}

// TestSummaryParkFieldsLength measures what the park's fields add to a
// typical enterprise's code.
func TestSummaryParkFieldsLength(t *testing.T) {
	a := exampleAnswers(t)
	a.Park.Zones = []string{"东区", "综保区"}
	a.Set("zone", assessment.StringValue("综保区"))
	with, _ := EncodeSummary(NewSummary(a, assessment.Evaluate(a)))
	delete(a.Values, "zone")
	delete(a.Values, "industry")
	delete(a.Values, "above_scale")
	delete(a.Values, "four_above")
	without, _ := EncodeSummary(NewSummary(a, assessment.Evaluate(a)))
	t.Logf("example: %d characters without the park's fields, %d with zone 综保区, industry, 规上 and 四上", len(without), len(with))
	if len(with)-len(without) > 12 {
		t.Errorf("the park's fields add %d characters, want at most 12", len(with)-len(without))
	}
}

func TestSummaryParkFieldsStrict(t *testing.T) {
	a := exampleAnswers(t)
	s := NewSummary(a, assessment.Evaluate(a))
	body, err := encodeSummaryBody(s)
	if err != nil {
		t.Fatal(err)
	}
	v1 := body[:len(body)-2] // without the flags and the industry
	for _, tt := range []struct {
		name string
		code string
	}{
		{"version 2 without fields", "s2." + frameB64(append(slices.Clone(v1), 0))},
		{"规上 out of range", "s2." + frameB64(append(slices.Clone(v1), 3<<2))},
		{"unknown flag", "s2." + frameB64(append(slices.Clone(v1), 1<<6|1<<2))},
		{"empty zone", "s2." + frameB64(append(slices.Clone(v1), 1, 0))},
		{"industry past the table", "s2." + frameB64(append(slices.Clone(v1), 2, byte(len(summaryIndustries)+1)))},
		{"version 1 with fields", "s1." + frameB64(body)},
	} {
		if _, err := DecodeSummary(tt.code); !errors.Is(err, ErrSummaryMalformed) {
			t.Errorf("%s: DecodeSummary = %v, want malformed", tt.name, err)
		}
	}
	bidi := wire.Text.Append(nil, "东区\u202e")
	code := "s2." + frameB64(append(append(slices.Clone(v1), 1, byte(len(bidi))), bidi...))
	if _, err := DecodeSummary(code); !errors.Is(err, ErrSummaryRefused) {
		t.Errorf("a zone with a bidi control: DecodeSummary = %v, want refused", err)
	}
}

// frameB64 is the payload of a code with body.
func frameB64(body []byte) string { return wire.EncodeCode('s', 1, body)[3:] }

func TestSummaryIndustriesPinned(t *testing.T) {
	for _, id := range assessment.IndustryIDs() {
		if !slices.Contains(summaryIndustries, id) {
			t.Errorf("industry %s is not in summaryIndustries: append it there", id)
		}
	}
}

func TestRegistryCSVParkFields(t *testing.T) {
	a := exampleAnswers(t)
	a.Park.Zones = []string{"综保区"}
	a.Set("zone", assessment.StringValue("综保区"))
	a.Set("four_above", assessment.BoolValue(false))
	code, _ := EncodeSummary(NewSummary(a, assessment.Evaluate(a)))
	e, err := NewEntry(code, timeAt(0))
	if err != nil {
		t.Fatal(err)
	}
	row := csvRow(&e, "zh", time.UTC)
	got := map[string]string{}
	for i, c := range CSVColumns {
		got[c] = row[i]
	}
	for c, want := range map[string]string{"zone": "综保区", "industry": "机械装备", "above_scale": "是", "four_above": "否"} {
		if got[c] != want {
			t.Errorf("CSV %s = %q, want %q", c, got[c], want)
		}
	}
}
