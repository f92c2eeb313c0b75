package roster

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"iso", "2026-02-10", "2026-02-10", true},
		{"slashes", "2026/2/10", "2026-02-10", true},
		{"dots", "2026.2.10", "2026-02-10", true},
		{"chinese", "2026年2月10日", "2026-02-10", true},
		{"compact", "20260210", "2026-02-10", true},
		{"with time", "2026-02-10 00:00:00", "2026-02-10", true},
		{"excel serial", "46063", "2026-02-10", true},
		{"excel serial with fraction", "46063.5", "2026-02-10", true},
		{"no such day", "2026-02-30", "", false},
		{"words", "下周一", "", false},
		{"too small a number", "42", "", false},
		{"empty", "", "", false},
		{"two parts", "2/10", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseDate(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("ParseDate(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestComplete(t *testing.T) {
	tests := []struct {
		name       string
		in         Person
		start, end string
	}{
		{"medium risk starts on return", Person{Risk: RiskMid, Returned: "2026-02-01"}, "2026-02-01", "2026-02-15"},
		{"abroad too", Person{Risk: RiskAbroad, Returned: "2026-02-20"}, "2026-02-20", "2026-03-06"},
		{"low risk works at once", Person{Risk: RiskLow, Returned: "2026-02-01"}, "", ""},
		{"an edited end is kept", Person{Risk: RiskHigh, Returned: "2026-02-01", QuarantineEnd: "2026-02-20"}, "2026-02-01", "2026-02-20"},
		{"a given start gives the end", Person{QuarantineStart: "2026-02-03"}, "2026-02-03", "2026-02-17"},
		{"a bad return date gives nothing", Person{Risk: RiskMid, Returned: "明天"}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.in
			p.Complete()
			if p.QuarantineStart != tt.start || p.QuarantineEnd != tt.end {
				t.Errorf("Complete(%+v) = %q…%q, want %q…%q", tt.in, p.QuarantineStart, p.QuarantineEnd, tt.start, tt.end)
			}
		})
	}
}

// TestValidDate holds validDate to time.Parse.
func TestValidDate(t *testing.T) {
	for _, s := range []string{"2026-02-10", "2026-02-29", "2024-02-29", "2000-02-29", "1900-02-29", "2026-13-01",
		"2026-00-10", "2026-04-31", "2026-04-30", "0000-01-01", "2026-2-10", "2026/02/10", "2026-02-1x", "+026-02-10", "", "20260210xx"} {
		_, err := time.Parse(time.DateOnly, s)
		if got := validDate(s); got != (err == nil) {
			t.Errorf("validDate(%q) = %v, time.Parse says %v", s, got, err)
		}
	}
}

func TestSerialDate(t *testing.T) {
	tests := []struct {
		n        float64
		from1904 bool
		want     string
	}{
		{46354, false, "2026-11-28"},
		{46354.75, false, "2026-11-28"},
		{44892, true, "2026-11-28"},
		{61, false, "1900-03-01"},
		{60, false, ""},
		{0, true, "1904-01-01"},
		{-1, true, ""},
		{2958465, false, "9999-12-31"},
		{2958466, false, ""},
	}
	for _, tt := range tests {
		got, ok := SerialDate(tt.n, tt.from1904)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("SerialDate(%v, %v) = %q, %v, want %q", tt.n, tt.from1904, got, ok, tt.want)
		}
	}
}
