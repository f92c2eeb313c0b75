package parkdesk

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"strings"
	"testing"

	"fugong/assessment"
	"fugong/internal/wire"
)

// Park links, summary codes and daily codes are printed on posters and
// letters and sent in chats: a code in circulation must read the same in
// every later kit. testdata/codes/circulation.json holds codes written by
// the kit (recorded once with -record-codes, never rewritten after a codec
// change), each with what it decodes to or the code of its error, and the
// input it was made from: TestCodesInCirculation decodes each to the
// recorded value and encodes each input again to the same code, byte for
// byte.

var recordCodes = flag.Bool("record-codes", false, "write testdata/codes/circulation.json anew from the inputs below; only when a format gains a version, never to make a changed codec pass")

const circulationFile = "testdata/codes/circulation.json"

// circulating is one code in the fixture: Kind "park", "summary" or
// "daily"; Code what a person scans or pastes; Value what it decodes to
// (JSON), or Error the Code of its error.
type circulating struct {
	Name  string          `json:"name"`
	Kind  string          `json:"kind"`
	Code  string          `json:"code"`
	Value json.RawMessage `json:"value,omitempty"`
	Error string          `json:"error,omitempty"`
}

// circulationParks are the setups of the recorded park links.
var circulationParks = []struct {
	name string
	park assessment.Park
}{
	{"name only", assessment.Park{Name: "园区"}},
	{"ascii name", assessment.Park{Name: "Riverside Park"}},
	{"every field of version 1", assessment.Park{Name: "临沂经济技术开发区", Category: 2, District: "山东省临沂市", Contact: "王主任",
		Phone: "0539-8765 4321", Hotline: "12345", Batch1: "2026-02-10", Batch2: "2026-02-17", Batch3: "2026-02-24",
		Cat1MinAutomationShare: num(65.5), Cat3MinAreaPerWorker: num(12.25), FewWorkersMax: num(30),
		Support: []assessment.Offer{{ID: "tax_deferral", Note: "缓缴三个月"}, {ID: "shuttle_service"}, {ID: "nucleic_acid_subsidy", Note: "每人每次（20元）"}},
		Lang:    "zh"}},
	{"zones and industries", assessment.Park{Name: "东园", Zones: []string{"东区", "西区", "A区"}, Industries: []string{"光伏", "锂电池"}, Lang: "en"}},
	{"hangul", assessment.Park{Name: "판교 테크노밸리", District: "경기도 성남시", Contact: "김철수", Phone: "0531-88888888", Lang: "ko",
		Zones: []string{"제1구역"}}},
	{"kana and full-width forms", assessment.Park{Name: "テクノパーク（第二）", Contact: "佐藤：窓口", Lang: "ja",
		Support: []assessment.Offer{{ID: "rent_relief", Note: "家賃を半額に、３か月"}}}},
	{"outside the two-byte ranges", assessment.Park{Name: "Café Ω 园区 𠀋", Category: 4, FewWorkersMax: num(0), Batch1: "2020-01-01"}},
	{"every measure, empty notes", assessment.Park{Name: "P", Support: []assessment.Offer{{ID: "tax_deferral"}, {ID: "rent_relief"}, {ID: "industrial_funds"},
		{ID: "transport_pass"}, {ID: "loan_subsidy"}, {ID: "research_funding"}, {ID: "legal_aid"}, {ID: "shuttle_service"},
		{ID: "nucleic_acid_subsidy"}}}},
}

// circulationSummaries are the summaries of the recorded summary codes.
var circulationSummaries = []struct {
	name string
	s    Summary
}{
	{"version 1, least", Summary{Staff: UnknownStaff, Thresholds: assessment.DefaultThresholds, Ruleset: "2026.2", PlanID: "00000000"}},
	{"version 1, every field", Summary{
		Name: "临沂经济技术开发区华东精密液压机械制造股份有限公司", CreditCode: "91371311MA3R7PQ1X4", Phone: "0539-8765 4321",
		Category: 3, Batch: 2, Priority: true, Readiness: assessment.Phased,
		Unmet:      []string{"team_named", "supplies_14d", "canteen_spacing"},
		Staff:      Staff{Total: 12850, Normal: 12000, OrdinaryIsolation: 600, KeyIsolation: 200, InTreatment: 0, ReturneesMidHigh: 1320},
		Thresholds: assessment.Thresholds{Cat1MinAutomationShare: 65.5, Cat3MinAreaPerWorker: 0.001, FewWorkersMax: 50},
		Facts: []assessment.Fact{
			{Question: "automation_share", Value: assessment.NumberValue(35.25)},
			{Question: "product_types", Value: assessment.ListValue("medical", "other", "masks_own")},
			{Question: "floor_area_m2", Value: assessment.NumberValue(1e15 + 0.5)},
			{Question: "can_keep_1m", Value: assessment.BoolValue(false)},
			{Question: "closed_management", Value: assessment.BoolValue(true)},
			{Question: "backbone_enterprise", Value: assessment.Value{}},
			{Question: "local_note", Value: assessment.StringValue("本市重点（一级）")},
		},
		Ruleset: "2026.1", PlanID: "3F2A9C1B"}},
	{"version 1, hangul and kana", Summary{Name: "주식회사 한빛 テック（株）", CreditCode: "ko-2026/77", Phone: "+82 (2) 555-0100",
		Category: 1, Batch: 1, Readiness: assessment.Ready, Staff: Staff{Total: 8, Normal: 8, OrdinaryIsolation: Unknown, KeyIsolation: Unknown,
			InTreatment: Unknown, ReturneesMidHigh: 0},
		Thresholds: assessment.DefaultThresholds, Facts: []assessment.Fact{{Question: "automation_share", Value: assessment.NumberValue(80)}, {Question: "employees_total", Value: assessment.NumberValue(8)}},
		Ruleset: "2026.2", PlanID: "ABCDEF01"}},
	{"version 1, phone as text", Summary{Name: "Acme Ltd.", Phone: "0539 1234 ext. 5", Readiness: assessment.NotReady,
		Unmet: []string{"active_cases"}, Staff: UnknownStaff, Thresholds: assessment.DefaultThresholds, Ruleset: "2026.2", PlanID: "FFFFFFFF"}},
	{"version 2, every park field", Summary{Name: "东区一厂", Category: 4, Batch: 3, Readiness: "", Staff: UnknownStaff,
		Thresholds: assessment.DefaultThresholds, Ruleset: "2026.2", PlanID: "12345678",
		Zone: "东区", Industry: "electronics", AboveScale: AnsweredYes, FourAbove: AnsweredNo}},
	{"version 2, the park's own industry", Summary{Name: "판교 공장", Staff: UnknownStaff, Thresholds: assessment.DefaultThresholds,
		Ruleset: "2026.2", PlanID: "0A0B0C0D", Zone: "제1구역", Industry: "光伏"}},
	{"version 2, one flag", Summary{Name: "N", Staff: UnknownStaff, Thresholds: assessment.DefaultThresholds, Ruleset: "2026.2",
		PlanID: "00000001", FourAbove: AnsweredYes}},
}

// circulationDailies are the reports of the recorded daily codes.
var circulationDailies = []struct {
	name string
	d    DailyReport
}{
	{"every field", DailyReport{Name: "临沂精工机械有限公司", CreditCode: "91371300MA3C8XXX0N", PlanID: "1A2B3C4D",
		Date: "2026-02-18", BatchDate: "2026-02-17", OnSite: 85, Quarantine: 3, AbnormalTemp: 1}},
	{"least", DailyReport{PlanID: "00000000", Date: "2020-01-01"}},
	{"plan ID as text, largest counts", DailyReport{Name: "Acme", PlanID: "custom-1", Date: "2099-12-31",
		OnSite: MaxDailyCount, Quarantine: MaxDailyCount, AbnormalTemp: MaxDailyCount, NewCases: MaxDailyCount}},
	{"hangul", DailyReport{Name: "한빛 전자", CreditCode: "ko-2026/77", PlanID: "ABCDEF01", Date: "2028-03-01", BatchDate: "2028-02-29", NewCases: 2}},
}

// codeError is the Code of err, an InputError, or its text.
func codeError(err error) string {
	var e *assessment.InputError
	if errors.As(err, &e) {
		return e.Code
	}
	return err.Error()
}

// decodeCirculating decodes c.Code as its kind and returns its value as
// JSON, or the Code of its error.
func decodeCirculating(c circulating) (json.RawMessage, string) {
	var v any
	var err error
	switch c.Kind {
	case "park":
		v, err = DecodeParkLink(c.Code)
	case "summary":
		v, err = DecodeSummary(c.Code)
	case "daily":
		v, err = DecodeDaily(c.Code)
	}
	if err != nil {
		return nil, codeError(err)
	}
	data, err := json.Marshal(v)
	if err != nil {
		return nil, err.Error()
	}
	return data, ""
}

// encodeCirculating encodes the fixture's inputs as today's kit does.
func encodeCirculating(t *testing.T) []circulating {
	var out []circulating
	for _, c := range circulationParks {
		code, err := EncodeParkLink(c.park)
		if err != nil {
			t.Fatalf("park %s: %v", c.name, err)
		}
		out = append(out, circulating{Name: c.name, Kind: "park", Code: code})
	}
	for _, c := range circulationSummaries {
		code, err := EncodeSummary(c.s)
		if err != nil {
			t.Fatalf("summary %s: %v", c.name, err)
		}
		out = append(out, circulating{Name: c.name, Kind: "summary", Code: code})
	}
	for _, c := range circulationDailies {
		code, err := EncodeDaily(c.d)
		if err != nil {
			t.Fatalf("daily %s: %v", c.name, err)
		}
		out = append(out, circulating{Name: c.name, Kind: "daily", Code: code})
	}
	return out
}

// damagedCirculating are codes as they arrive damaged, cut short, in
// other spellings or from a newer kit, made from the good ones.
func damagedCirculating(t *testing.T, good []circulating) []circulating {
	first := func(kind string) string {
		for _, c := range good {
			if c.Kind == kind {
				return c.Code
			}
		}
		t.Fatal("no " + kind)
		return ""
	}
	park, full := first("park"), good[2].Code
	sum, fullSum := first("summary"), good[len(circulationParks)+1].Code
	daily := first("daily")
	cut := func(s string, n int) string { return s[:len(s)-n] }
	change := func(s string, i int) string { // another character at i
		if s[i] == 'A' {
			return s[:i] + "B" + s[i+1:]
		}
		return s[:i] + "A" + s[i+1:]
	}
	return []circulating{
		{Name: "park: whole link", Kind: "park", Code: "https://example.org/fugong/#p=" + full},
		{Name: "park: lower case, broken across lines", Kind: "park", Code: "#p=" + strings.ToLower(full[:30]) + "\n" + full[30:]},
		{Name: "park: fragment among others", Kind: "park", Code: "https://example.org/#x=1&p=" + park},
		{Name: "park: empty", Kind: "park", Code: ""},
		{Name: "park: not base 36", Kind: "park", Code: "#p=" + park[:5] + "-" + park[6:]},
		{Name: "park: last character lost", Kind: "park", Code: cut(full, 1)},
		{Name: "park: half", Kind: "park", Code: full[:len(full)/2]},
		{Name: "park: character changed", Kind: "park", Code: change(full, 40)},
		{Name: "park: character added", Kind: "park", Code: full + "0"},
		{Name: "park: version 2", Kind: "park", Code: wire.EncodeLink(2, []byte{1, 1, 'P'})},
		{Name: "park: version 0", Kind: "park", Code: wire.EncodeLink(0, []byte{1, 1, 'P'})},
		{Name: "park: unknown field", Kind: "park", Code: wire.EncodeLink(1, []byte{0x81, 0x80, 0x04, 1, 'P'})},
		{Name: "park: bad phone", Kind: "park", Code: wire.EncodeLink(1, []byte{0x11, 1, 'P', 2, 0x1D})},
		{Name: "park: hangul, outside the two-byte ranges", Kind: "park", Code: wire.EncodeLink(1, []byte{1, 4, 0, 0x80, 0xD8, 0x02})},
		{Name: "summary: collect URL", Kind: "summary", Code: "https://example.org/fugong/collect#s=" + fullSum},
		{Name: "summary: broken across lines", Kind: "summary", Code: fullSum[:20] + "\r\n" + fullSum[20:]},
		{Name: "summary: empty", Kind: "summary", Code: ""},
		{Name: "summary: no payload", Kind: "summary", Code: "s1"},
		{Name: "summary: cut", Kind: "summary", Code: cut(fullSum, 3)},
		{Name: "summary: cut inside a group", Kind: "summary", Code: cut(fullSum, 1)},
		{Name: "summary: character changed", Kind: "summary", Code: change(fullSum, 30)},
		{Name: "summary: version 3", Kind: "summary", Code: "s3" + sum[2:]},
		{Name: "summary: version 0", Kind: "summary", Code: "s0" + sum[2:]},
		{Name: "summary: daily letter", Kind: "summary", Code: "d1" + sum[2:]},
		{Name: "summary: not base64", Kind: "summary", Code: sum[:5] + "*" + sum[6:]},
		{Name: "summary: control character in the name", Kind: "summary", Code: craftName(t, "A\u200fB")},
		{Name: "summary: plan ID as text", Kind: "summary", Code: craftPlanID(t, "custom")},
		{Name: "daily: collect URL", Kind: "daily", Code: "https://example.org/fugong/collect#d=" + daily},
		{Name: "daily: cut", Kind: "daily", Code: cut(daily, 2)},
		{Name: "daily: character changed", Kind: "daily", Code: change(daily, 6)},
		{Name: "daily: version 2", Kind: "daily", Code: "d2" + daily[2:]},
		{Name: "daily: summary letter", Kind: "daily", Code: "s1" + daily[2:]},
	}
}

func TestCodesInCirculation(t *testing.T) {
	if *recordCodes {
		good := encodeCirculating(t)
		all := append(good, damagedCirculating(t, good)...)
		for i := range all {
			all[i].Value, all[i].Error = decodeCirculating(all[i])
		}
		data, err := json.MarshalIndent(all, "", "\t")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(circulationFile, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(circulationFile)
	if err != nil {
		t.Fatal(err)
	}
	var recorded []circulating
	if err := json.Unmarshal(data, &recorded); err != nil {
		t.Fatal(err)
	}
	for _, c := range recorded {
		value, code := decodeCirculating(c)
		switch {
		case c.Error != "" && code != c.Error:
			t.Errorf("%s %s: %q decodes to %s %s, want error %s", c.Kind, c.Name, c.Code, value, code, c.Error)
		case c.Error == "" && code != "":
			t.Errorf("%s %s: %q: error %s, want %s", c.Kind, c.Name, c.Code, code, c.Value)
		case c.Error == "" && !sameJSON(value, c.Value):
			t.Errorf("%s %s: %q decodes to\n%s\nwant\n%s", c.Kind, c.Name, c.Code, value, c.Value)
		}
	}
	encoded := encodeCirculating(t)
	for i, c := range encoded {
		if i >= len(recorded) || recorded[i].Name != c.Name || recorded[i].Kind != c.Kind {
			t.Fatalf("the fixture's codes are not in the order of the inputs at %s %s", c.Kind, c.Name)
		}
		if c.Code != recorded[i].Code {
			t.Errorf("%s %s encodes as\n%s\nwant, as recorded,\n%s", c.Kind, c.Name, c.Code, recorded[i].Code)
		}
	}
}

// sameJSON reports whether a and b hold the same JSON value.
func sameJSON(a, b json.RawMessage) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	ja, _ := json.Marshal(x)
	jb, _ := json.Marshal(y)
	return string(ja) == string(jb)
}

// num points at f, for a threshold.
func num(f float64) *float64 { return &f }
