package parkdesk

import (
	"errors"
	"strings"
	"testing"
	"time"

	"fugong/internal/wire"

	"fugong/assessment"
)

var sampleDaily = DailyReport{
	Name: "临沂精工机械有限公司", CreditCode: "91371300MA3C8XXX0N", PlanID: "1A2B3C4D",
	Date: "2026-02-18", BatchDate: "2026-02-17", OnSite: 85, Quarantine: 3, AbnormalTemp: 1, NewCases: 0,
}

func TestDailyRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		d    DailyReport
	}{
		{"full", sampleDaily},
		{"no batch date, no credit code", DailyReport{Name: "甲厂", PlanID: "00000000", Date: "2026-03-01", OnSite: 1}},
		{"plan ID as text, large counts", DailyReport{Name: "Acme", PlanID: "custom-1", Date: "2099-12-31",
			OnSite: MaxDailyCount, Quarantine: MaxDailyCount, AbnormalTemp: 7, NewCases: 2}},
		{"empty name, first valid day", DailyReport{PlanID: "FFFFFFFF", Date: "2020-01-01", BatchDate: "2020-01-01"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, err := EncodeDaily(tt.d)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(code, "d1.") {
				t.Errorf("code %q does not start with d1.", code)
			}
			for _, in := range []string{code, "https://example.org/fugong/collect#d=" + code, "#d=" + code, " d=" + code + " "} {
				got, err := DecodeDaily(in)
				if err != nil {
					t.Fatalf("DecodeDaily(%q): %v", in, err)
				}
				if got != tt.d {
					t.Errorf("DecodeDaily(%q) = %+v, want %+v", in, got, tt.d)
				}
			}
		})
	}
}

func TestDailyCodeIsShort(t *testing.T) {
	url, err := DailyURL("https://example.org/fugong/", sampleDaily)
	if err != nil {
		t.Fatal(err)
	}
	if len(url) > 120 {
		t.Errorf("daily URL is %d characters, want ≤ 120 for a small QR code: %s", len(url), url)
	}
}

func TestDailyEncodeRefuses(t *testing.T) {
	tests := []struct {
		name string
		edit func(d *DailyReport)
	}{
		{"negative count", func(d *DailyReport) { d.OnSite = -1 }},
		{"count too large", func(d *DailyReport) { d.NewCases = MaxDailyCount + 1 }},
		{"no date", func(d *DailyReport) { d.Date = "" }},
		{"impossible date", func(d *DailyReport) { d.Date = "2026-02-30" }},
		{"bad batch date", func(d *DailyReport) { d.BatchDate = "tomorrow" }},
		{"no plan ID", func(d *DailyReport) { d.PlanID = "" }},
		{"name too long", func(d *DailyReport) { d.Name = strings.Repeat("厂", MaxSummaryName+1) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := sampleDaily
			tt.edit(&d)
			if _, err := EncodeDaily(d); !errors.Is(err, ErrDailyInvalid) {
				t.Errorf("EncodeDaily = %v, want ErrDailyInvalid", err)
			}
		})
	}
}

func TestDailyDecodeErrors(t *testing.T) {
	code, err := EncodeDaily(sampleDaily)
	if err != nil {
		t.Fatal(err)
	}
	flip := []byte(code)
	i := len(flip) / 2
	if flip[i] == 'A' {
		flip[i] = 'B'
	} else {
		flip[i] = 'A'
	}
	summary, err := EncodeSummary(Summary{Name: "x", Readiness: assessment.Ready, Staff: UnknownStaff, Thresholds: assessment.DefaultThresholds, Ruleset: "2026.1", PlanID: "1A2B3C4D"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		code string
		want error
	}{
		{"empty", "", ErrDailyMalformed},
		{"not a code", "hello", ErrDailyMalformed},
		{"summary code", summary, ErrDailyMalformed},
		{"prefix only", "d1", ErrDailyTruncated},
		{"cut short", code[:len(code)-6], ErrDailyTruncated},
		{"cut by one", code[:len(code)-1], ErrDailyTruncated},
		{"altered", string(flip), ErrDailyAltered},
		{"from a newer kit", "d2." + code[3:], ErrDailyTooNew},
		{"version zero", "d0." + code[3:], ErrDailyMalformed},
		{"not base64", "d1.***", ErrDailyMalformed},
		{"trailing bytes", code + "AAAA", ErrDailyMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeDaily(tt.code)
			if !errors.Is(err, tt.want) {
				t.Errorf("DecodeDaily(%q) = %v, want %v", tt.code, err, tt.want)
			}
		})
	}
}

// TestDailyStrict checks that a body EncodeDaily would not write — here
// the batch date written with a leading zero byte in its uvarint — is
// refused even with a good checksum.
func TestDailyStrict(t *testing.T) {
	body, ok := encodeDailyBody(DailyReport{PlanID: "00000000", Date: "2026-02-18"})
	if !ok {
		t.Fatal("encodeDailyBody refused")
	}
	// name (0), credit code (0), plan tag and 4 bytes, day (2 bytes), batch (1), counts (4).
	bad := append([]byte{}, body[:9]...)
	bad = append(bad, 0x80, 0x00) // batch date 0 in two bytes
	bad = append(bad, body[9:]...)
	if _, err := DecodeDaily(wire.EncodeCode('d', 1, bad)); !errors.Is(err, ErrDailyMalformed) {
		t.Errorf("non-canonical body decoded: %v", err)
	}
	if _, err := DecodeDaily(wire.EncodeCode('d', 1, body)); err != nil {
		t.Errorf("canonical body refused: %v", err)
	}
}

func TestDailyMessage(t *testing.T) {
	url := "https://example.org/collect#d=d1.x"
	tests := []struct {
		lang string
		want []string
	}{
		{"zh", []string{"【复工日报】临沂精工机械有限公司 2026-02-18", "在岗 85 人", "隔离观察 3 人", "体温异常 1 人", "新增病例 0 例", "1A2B3C4D", "\n园区登记：" + url}},
		{"en", []string{"85 on site", "3 in quarantine", "1 with abnormal temperature", "0 new cases", url}},
		{"ja", []string{"出勤 85 人", url}},
		{"ko", []string{"현장 근무 85명", url}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			got := DailyMessage(sampleDaily, url, tt.lang)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("message lacks %q:\n%s", w, got)
				}
			}
		})
	}
}

func TestIsDailyFragment(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"#d=d1.abc", true},
		{"d=d1.abc", true},
		{"#x=1&d=d1.abc", true},
		{"#s=s1.abc", false},
		{"", false},
		{"#dd=1", false},
	}
	for _, tt := range tests {
		if got := IsDailyFragment(tt.in); got != tt.want {
			t.Errorf("IsDailyFragment(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzDecodeDaily(f *testing.F) {
	code, _ := EncodeDaily(sampleDaily)
	f.Add(code)
	f.Add("d1.")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := DecodeDaily(s)
		if err != nil {
			return
		}
		again, err := EncodeDaily(d)
		if err != nil {
			t.Fatalf("decoded report does not encode: %v", err)
		}
		if back, err := DecodeDaily(again); err != nil || back != d {
			t.Errorf("code %q: report %+v encodes as %q, which decodes to %+v, %v", s, d, again, back, err)
		}
	})
}

// TestDayNumber checks the hand-written date reader against time.Parse
// over every day of its range and a few that are not dates.
func TestDayNumber(t *testing.T) {
	for n := 0; ; n++ {
		date := dayDate(n)
		if date[:4] == "2100" {
			break
		}
		want := -1
		if assessment.ValidDate(date) {
			want = n
		}
		if got := dayNumber(date); got != want {
			t.Fatalf("dayNumber(%q) = %d, want %d", date, got, want)
		}
	}
	for _, bad := range []string{"", "2026-2-18", "2026-02-30", "2026-13-01", "2100-01-01", "2019-12-31", "2026/02/18", "２026-02-18", "2026-02-1x"} {
		if got := dayNumber(bad); got != -1 {
			t.Errorf("dayNumber(%q) = %d, want -1", bad, got)
		}
	}
}

// dayDate works out what time.Time.AddDate and Format give, over every
// day a daily code can carry.
func TestDayDate(t *testing.T) {
	for n := 0; n <= 40000; n++ {
		want := dailyEpoch.AddDate(0, 0, n).Format(time.DateOnly)
		if got := dayDate(n); got != want {
			t.Fatalf("dayDate(%d) = %s, want %s", n, got, want)
		}
		if got := dayNumber(want); got >= 0 && got != n {
			t.Fatalf("dayNumber(%s) = %d, want %d", want, dayNumber(want), n)
		}
	}
}

// boolInt is 1 for true, 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
