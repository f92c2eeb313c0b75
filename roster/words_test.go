package roster

import "testing"

func TestParseWords(t *testing.T) {
	risks := []struct {
		in   string
		want Risk
		ok   bool
	}{
		{"高风险", RiskHigh, true}, {"中", RiskMid, true}, {"低风险地区", RiskLow, true},
		{"境外", RiskAbroad, true}, {"Overseas", RiskAbroad, true}, {"", RiskNone, true},
		{"不知道", RiskNone, false},
	}
	for _, tt := range risks {
		if got, ok := ParseRisk(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("ParseRisk(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	classes := []struct {
		in   string
		want Class
		ok   bool
	}{
		{"正常人员", ClassNormal, true}, {"普通隔离人员", ClassOrdinaryIsolation, true},
		{"重点隔离人员", ClassKeyIsolation, true}, {"感染治疗人员", ClassInTreatment, true},
		{"Key isolation", ClassKeyIsolation, true}, {"", ClassNone, true}, {"经理", ClassNone, false},
	}
	for _, tt := range classes {
		if got, ok := ParseClass(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("ParseClass(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	health := []struct {
		in   string
		want Health
		ok   bool
	}{
		{"正常", HealthNormal, true}, {"体温不正常", HealthUnwell, true}, {"发热 37.8", HealthUnwell, true},
		{"", HealthUnknown, true}, {"??", HealthUnknown, false},
	}
	for _, tt := range health {
		if got, ok := ParseHealth(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("ParseHealth(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	yesno := []struct {
		in      string
		yes, ok bool
	}{
		{"是", true, true}, {"在岗", true, true}, {"√", true, true}, {"否", false, true},
		{"不在岗", false, true}, {"", false, true}, {"也许", false, false},
	}
	for _, tt := range yesno {
		if yes, ok := ParseYesNo(tt.in); yes != tt.yes || ok != tt.ok {
			t.Errorf("ParseYesNo(%q) = %v, %v, want %v, %v", tt.in, yes, ok, tt.yes, tt.ok)
		}
	}
}

func TestNormalPhone(t *testing.T) {
	for in, want := range map[string]string{
		"139 0539 1234":  "13905391234",
		"+8613905391234": "13905391234",
		"8613905391234":  "13905391234",
		"0539-8888888":   "0539-8888888",
	} {
		if got := NormalPhone(in); got != want {
			t.Errorf("NormalPhone(%q) = %q, want %q", in, got, want)
		}
	}
}
