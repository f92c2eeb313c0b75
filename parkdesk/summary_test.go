package parkdesk

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fugong/assessment/qrcode"

	"fugong/assessment"
)

// fullSummary is a realistic long summary: a long Chinese name, every
// critical item unmet, every staff count, the park's own thresholds and
// every deciding answer of category 4.
func fullSummary() Summary {
	return Summary{
		Name:       "临沂经济技术开发区华东精密液压机械制造股份有限公司第二分公司",
		CreditCode: "91371311MA3R7PQ1X4",
		Phone:      "0539-87654321",
		Category:   4,
		Batch:      3,
		Priority:   false,
		Readiness:  assessment.NotReady,
		Unmet:      append([]string(nil), summaryCritical...),
		Staff:      Staff{Total: 12850, Normal: 12000, OrdinaryIsolation: 600, KeyIsolation: 200, InTreatment: 50, ReturneesMidHigh: 1320},
		Thresholds: assessment.Thresholds{Cat1MinAutomationShare: 65.5, Cat3MinAreaPerWorker: 12, FewWorkersMax: 50},
		Facts: []assessment.Fact{
			{Question: "automation_share", Value: assessment.NumberValue(35.25)},
			{Question: "product_types", Value: assessment.ListValue("other")},
			{Question: "floor_area_m2", Value: assessment.NumberValue(24000)},
			{Question: "peak_shift_workers", Value: assessment.NumberValue(4200)},
			{Question: "can_keep_1m", Value: assessment.BoolValue(false)},
			{Question: "closed_management", Value: assessment.BoolValue(true)},
		},
		Ruleset: assessment.RulesetVersion,
		PlanID:  "3F2A9C1B",
	}
}

func exampleAnswers(t testing.TB) *assessment.Answers {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "example.json"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := assessment.ParseAnswers(data)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// sameSummary compares two summaries field by field (Value has unexported
// state reflect would compare).
func sameSummary(a, b Summary) bool {
	if len(a.Facts) != len(b.Facts) {
		return false
	}
	for i := range a.Facts {
		if a.Facts[i].Question != b.Facts[i].Question || !a.Facts[i].Value.Equal(b.Facts[i].Value) {
			return false
		}
	}
	a.Facts, b.Facts = nil, nil
	if strings.Join(a.Unmet, ",") != strings.Join(b.Unmet, ",") {
		return false
	}
	a.Unmet, b.Unmet = nil, nil
	return reflect.DeepEqual(a, b)
}

func (s Summary) with(f func(*Summary)) Summary {
	s.Unmet = append([]string(nil), s.Unmet...)
	s.Facts = append([]assessment.Fact(nil), s.Facts...)
	f(&s)
	return s
}

func TestSummaryRoundTrip(t *testing.T) {
	full := fullSummary()
	tests := []struct {
		name string
		s    Summary
	}{
		{"full", full},
		{"empty", Summary{Staff: UnknownStaff, Thresholds: assessment.DefaultThresholds, PlanID: "00000000"}},
		{"default thresholds", full.with(func(s *Summary) { s.Thresholds = assessment.DefaultThresholds })},
		{"ready category 1", full.with(func(s *Summary) {
			s.Category, s.Batch, s.Priority, s.Readiness, s.Unmet = 1, 1, true, assessment.Ready, nil
			s.Facts = []assessment.Fact{{Question: "automation_share", Value: assessment.NumberValue(80)}}
		})},
		{"phased", full.with(func(s *Summary) { s.Readiness, s.Unmet = assessment.Phased, nil })},
		{"no readiness", full.with(func(s *Summary) { s.Readiness = "" })},
		{"undetermined", full.with(func(s *Summary) {
			s.Category, s.Batch = 0, 0
			s.Facts = []assessment.Fact{{Question: "automation_share", Value: assessment.Value{}}}
		})},
		{"some counts unknown", full.with(func(s *Summary) { s.Staff.Normal, s.Staff.InTreatment = Unknown, Unknown })},
		{"zero counts", full.with(func(s *Summary) { s.Staff = Staff{} })},
		{"korean name", full.with(func(s *Summary) { s.Name = "한국정밀기계 주식회사" })},
		{"japanese name", full.with(func(s *Summary) { s.Name = "株式会社トヨダ精機（臨沂）" })},
		{"rare and emoji characters", full.with(func(s *Summary) { s.Name = "𠮷野家食品🏭有限公司" })},
		{"latin name", full.with(func(s *Summary) { s.Name = "Linyi Precision Co., Ltd. — Zoë" })},
		{"credit code with a bad letter", full.with(func(s *Summary) { s.CreditCode = "91371311MA3R7PQ1XO" })},
		{"short credit code", full.with(func(s *Summary) { s.CreditCode = "9137" })},
		{"no credit code", full.with(func(s *Summary) { s.CreditCode = "" })},
		{"odd phone", full.with(func(s *Summary) { s.Phone = "+86 (539) 8765432" })},
		{"even phone", full.with(func(s *Summary) { s.Phone = "13854912345X" })},
		{"phone with letters", full.with(func(s *Summary) { s.Phone = "ext. 12" })},
		{"unknown unmet item", full.with(func(s *Summary) { s.Unmet = []string{"isolation_room", "new_item"} })},
		{"unknown question and text answer", full.with(func(s *Summary) {
			s.Facts = append(s.Facts, assessment.Fact{Question: "main_products", Value: assessment.StringValue("装载机液压件")}, assessment.Fact{Question: "x_new", Value: assessment.NumberValue(-2.5)})
		})},
		{"tiny number", full.with(func(s *Summary) {
			s.Facts = []assessment.Fact{{Question: "automation_share", Value: assessment.NumberValue(0.07)}}
		})},
		{"other ruleset", full.with(func(s *Summary) { s.Ruleset = "2025.3" })},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, err := EncodeSummary(tt.s)
			if err != nil {
				t.Fatalf("EncodeSummary(%+v): %v", tt.s, err)
			}
			if want := "s1."; !strings.HasPrefix(code, want) && !tt.s.hasParkFields() {
				t.Errorf("code %q lacks the version prefix %s", code, want)
			}
			got, err := DecodeSummary(code)
			if err != nil {
				t.Fatalf("DecodeSummary(%q): %v", code, err)
			}
			if !sameSummary(got, tt.s) {
				t.Errorf("DecodeSummary(EncodeSummary(s)) =\n%+v\nwant\n%+v", got, tt.s)
			}
			for _, wrapped := range []string{CollectURL("https://yq.example.cn/fugong/", code), "#s=" + code, " s=" + code + "\n"} {
				if again, err := DecodeSummary(wrapped); err != nil || !sameSummary(again, tt.s) {
					t.Errorf("DecodeSummary(%q) = %v, want the same summary", wrapped, err)
				}
			}
		})
	}
}

func TestSummaryFromAnswers(t *testing.T) {
	a := exampleAnswers(t)
	r := assessment.Evaluate(a)
	u := SummaryURL("https://yq.example.cn/fugong", a, r)
	if !strings.HasPrefix(u, "https://yq.example.cn/fugong/collect#s=s2.") {
		t.Fatalf("SummaryURL = %q", u)
	}
	s, err := DecodeSummary(u)
	if err != nil {
		t.Fatal(err)
	}
	want := Summary{Name: "临沂精工机械有限公司", CreditCode: "91371311MA3R7PQ1X4", Phone: "13854912345",
		Category: 3, Batch: 2, Readiness: r.Readiness, Ruleset: assessment.RulesetVersion, PlanID: assessment.PlanID(a),
		Staff:      Staff{186, 170, 12, 4, 0, 16},
		Thresholds: assessment.DefaultThresholds,
		Facts: []assessment.Fact{
			{Question: "automation_share", Value: assessment.NumberValue(35)}, {Question: "product_types", Value: assessment.ListValue("other")},
			{Question: "floor_area_m2", Value: assessment.NumberValue(2400)}, {Question: "peak_shift_workers", Value: assessment.NumberValue(120)},
			{Question: "can_keep_1m", Value: assessment.BoolValue(true)}, {Question: "closed_management", Value: assessment.BoolValue(true)},
		},
		Industry: "machinery", AboveScale: AnsweredYes, FourAbove: AnsweredYes}
	if !sameSummary(s, want) {
		t.Errorf("summary of example.json =\n%+v\nwant\n%+v", s, want)
	}
	if flags := CheckSummary(s); len(flags) != 0 {
		t.Errorf("CheckSummary(example) = %v, want no flags", flags)
	}
	t.Logf("example URL (%d characters): %s", len(u), u)
}

// recode re-frames a body with a valid length and checksum, as a forger
// who knows the format would.
func recode(t *testing.T, body []byte) string {
	t.Helper()
	data := binary.AppendUvarint(nil, uint64(len(body)))
	data = append(data, body...)
	data = binary.BigEndian.AppendUint32(data, crc32.ChecksumIEEE(data))
	version := "s1."
	if _, ok := decodeSummaryBody(body, 1, nil); !ok {
		version = "s2."
	}
	return version + base64.RawURLEncoding.EncodeToString(data)
}

func TestSummaryMismatchFlagged(t *testing.T) {
	a := exampleAnswers(t)
	s := NewSummary(a, assessment.Evaluate(a))
	tests := []struct {
		name  string
		alter func(*Summary)
		want  []string
	}{
		{"honest", func(*Summary) {}, nil},
		{"category 1 claimed", func(s *Summary) { s.Category, s.Batch = 1, 1 }, []string{FlagCategory, FlagBatch}},
		{"category only", func(s *Summary) { s.Category = 2 }, []string{FlagCategory, FlagBatch}},
		{"batch only", func(s *Summary) { s.Batch = 1 }, []string{FlagBatch}},
		{"priority claimed", func(s *Summary) { s.Priority = true }, []string{FlagPriority}},
		{"ready with unmet critical", func(s *Summary) { s.Readiness, s.Unmet = assessment.Ready, []string{"isolation_room"} }, []string{FlagReadiness}},
		{"answers changed to category 1", func(s *Summary) { s.Facts[0].Value = assessment.NumberValue(90) }, []string{FlagCategory, FlagBatch}},
		{"park threshold explains it", func(s *Summary) {
			s.Category, s.Batch = 1, 1
			s.Thresholds.Cat1MinAutomationShare = 30
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			forged := s.with(tt.alter)
			body, err := encodeSummaryBody(forged)
			if err != nil {
				t.Fatal(err)
			}
			e, err := NewEntry(recode(t, body), timeAt(0))
			if err != nil {
				t.Fatalf("a forged but well-formed code must decode: %v", err)
			}
			var got []string
			for _, f := range e.Flags {
				got = append(got, f.Code)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("flags = %v, want %v", got, tt.want)
			}
			for _, f := range e.Flags {
				for _, l := range assessment.Languages {
					if f.Message.In(l) == "" || (l != "zh" && f.Message.In(l) == f.Message.Zh) {
						t.Errorf("flag %s has no %s message", f.Code, l)
					}
				}
			}
		})
	}
}

func TestSummaryErrors(t *testing.T) {
	code, err := EncodeSummary(fullSummary())
	if err != nil {
		t.Fatal(err)
	}
	payload := strings.TrimPrefix(code, "s1.")
	flip := []byte(payload)
	i := len(flip) / 2
	if flip[i] == 'A' {
		flip[i] = 'B'
	} else {
		flip[i] = 'A'
	}
	tests := []struct {
		name string
		code string
		want error
	}{
		{"empty", "", ErrSummaryMalformed},
		{"not a code", "hello", ErrSummaryMalformed},
		{"park link", "https://x.cn/#p=ABCD", ErrSummaryMalformed},
		{"cut before the payload", "s1", ErrSummaryTruncated},
		{"cut in half", code[:len(code)/2], ErrSummaryTruncated},
		{"last character lost", code[:len(code)-1], ErrSummaryTruncated},
		{"last four lost", code[:len(code)-4], ErrSummaryTruncated},
		{"a character changed", "s1." + string(flip), ErrSummaryAltered},
		{"newer version", "s3." + payload, ErrSummaryTooNew},
		{"much newer", "s10.AAAA", ErrSummaryTooNew},
		{"version 0", "s0." + payload, ErrSummaryMalformed},
		{"leading zero", "s01." + payload, ErrSummaryMalformed},
		{"padding", code + "==", ErrSummaryMalformed},
		{"bytes after the checksum", "s1." + base64.RawURLEncoding.EncodeToString(append(mustB64(t, payload), 0)), ErrSummaryMalformed},
		{"bad characters", "s1.a+b/c", ErrSummaryMalformed},
		{"trailing garbage in the body", recode(t, append(mustBody(t, fullSummary()), 0)), ErrSummaryMalformed},
		{"category 7", recode(t, withStatus(t, 7)), ErrSummaryMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeSummary(tt.code)
			if !errors.Is(err, tt.want) {
				t.Fatalf("DecodeSummary(%q) = %v, want %v", tt.code, err, tt.want)
			}
			var se *assessment.InputError
			if !errors.As(err, &se) {
				t.Fatalf("error %T is not a *InputError", err)
			}
			for _, l := range assessment.Languages {
				if se.Message.In(l) == "" || (l != "zh" && se.Message.In(l) == se.Message.Zh) {
					t.Errorf("%s: no message in %s", se.Code, l)
				}
			}
		})
	}
}

func mustB64(t *testing.T, s string) []byte {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustBody(t *testing.T, s Summary) []byte {
	b, err := encodeSummaryBody(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// withStatus returns an empty summary's body with its status byte set.
func withStatus(t *testing.T, status byte) []byte {
	b := mustBody(t, Summary{Staff: UnknownStaff, Thresholds: assessment.DefaultThresholds, Readiness: assessment.Ready, PlanID: "00000000"})
	b[3] = status // name (1), credit code (1), phone (1), status
	return b
}

func TestEncodeSummaryRefuses(t *testing.T) {
	full := fullSummary()
	tests := []struct {
		name string
		s    Summary
	}{
		{"category 5", full.with(func(s *Summary) { s.Category = 5 })},
		{"batch 4", full.with(func(s *Summary) { s.Batch = 4 })},
		{"unknown readiness", full.with(func(s *Summary) { s.Readiness = "maybe" })},
		{"long name", full.with(func(s *Summary) { s.Name = strings.Repeat("长", MaxSummaryName+1) })},
		{"not UTF-8", full.with(func(s *Summary) { s.Name = "\xff" })},
		{"NUL in the name", full.with(func(s *Summary) { s.Name = "公司\x00" })},
		{"RLO in a text answer", full.with(func(s *Summary) { s.Facts[0].Value = assessment.StringValue("\u202Eabc") })},
		{"plan ID not hex", full.with(func(s *Summary) { s.PlanID = "draft" })},
		{"no plan ID", full.with(func(s *Summary) { s.PlanID = "" })},
		{"negative count", full.with(func(s *Summary) { s.Staff.Total = -2 })},
		{"NaN", full.with(func(s *Summary) { s.Facts[0].Value = assessment.NumberValue(nanValue()) })},
		{"invalid answer", full.with(func(s *Summary) { s.Facts[0].Value = assessment.Value{Type: assessment.TypeInvalid} })},
		{"empty question", full.with(func(s *Summary) { s.Facts[0].Question = "" })},
		{"too many facts", full.with(func(s *Summary) { s.Facts = make([]assessment.Fact, MaxSummaryFacts+1) })},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, err := EncodeSummary(tt.s); !errors.Is(err, ErrSummaryInvalid) {
				t.Errorf("EncodeSummary = %q, %v; want ErrSummaryInvalid", code, err)
			}
		})
	}
}

func nanValue() float64 { z := 0.0; return z / z }

// TestNewSummaryClips checks that answers beyond the code's limits still
// give a code.
func TestNewSummaryClips(t *testing.T) {
	a := exampleAnswers(t)
	a.Set("name", assessment.StringValue(strings.Repeat("很长的企业名称", 40)+"\xff"))
	a.Set("contact_phone", assessment.StringValue(strings.Repeat("1", 80)))
	u := SummaryURL("", a, assessment.Evaluate(a))
	if !strings.HasPrefix(u, "collect#s=s2.") {
		t.Fatalf("SummaryURL = %q", u)
	}
	s, err := DecodeSummary(u)
	if err != nil {
		t.Fatal(err)
	}
	if n := len([]rune(s.Name)); n != MaxSummaryName {
		t.Errorf("name clipped to %d characters, want %d", n, MaxSummaryName)
	}
}

// TestSummaryQRVersion reports the QR version of a full summary URL at
// error correction M, as printed on the letter, and keeps it small enough
// to scan from paper.
func TestSummaryQRVersion(t *testing.T) {
	code, err := EncodeSummary(fullSummary())
	if err != nil {
		t.Fatal(err)
	}
	for _, base := range []string{"https://fugong.example.gov.cn/", "https://yq.linyi-kfq.gov.cn/fugong/"} {
		u := CollectURL(base, code)
		c, err := qrcode.EncodeLink(u, qrcode.LevelM)
		if err != nil {
			t.Fatal(err)
		}
		version := c.Version
		t.Logf("full summary URL: %d characters, QR version %d (%d×%d modules) at M: %s", len(u), version, c.Size(), c.Size(), u)
		if version > 15 {
			t.Errorf("QR version %d for %d characters: too dense to scan from a printed letter (want ≤ 15)", version, len(u))
		}
	}
}

// TestSummaryBodySize keeps the body within the 200 bytes the format is
// designed for: a realistic long summary (fullSummary) and the example
// enterprise's.
func TestSummaryBodySize(t *testing.T) {
	for _, s := range []Summary{fullSummary(), NewSummary(exampleAnswers(t), assessment.Evaluate(exampleAnswers(t)))} {
		if n := len(mustBody(t, s)); n > 200 {
			t.Errorf("summary of %s: body %d bytes, want at most 200", s.Name, n)
		}
	}
}
