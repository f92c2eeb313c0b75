package assessment

import (
	"reflect"
	"strings"
	"testing"
)

// TestClearedEarly counts returnees as cleared on days before their
// fourteen days can have ended: back from 2026-01-28 (the first can finish
// on 2026-02-11) to 2026-02-06 (the last on 2026-02-20), 16 of them.
func TestClearedEarly(t *testing.T) {
	n, d := NumberValue, StringValue
	base := map[string]Value{
		"returnees_mid_high_risk": n(16), "returnees_first_return": d("2026-01-28"), "returnees_last_return": d("2026-02-06"),
	}
	for _, tt := range []struct {
		name    string
		cleared float64
		day     string
		want    []string // check: fields
		say     string   // in the message, in Chinese
	}{
		{"some cleared before the first can be", 3, "2026-02-10", []string{"returnees_cleared_early: returnees_cleared returnees_first_return"},
			"截至 2026年2月10日，“中、高风险返岗人员最早返回日期”为 2026年1月28日，最早返回的人员要到 2026年2月11日 才满 14 天医学观察，“其中已解除隔离的人数”却填了 3 人"},
		{"none cleared before the first can be", 0, "2026-02-10", nil, ""},
		{"some cleared once the first can be", 3, "2026-02-11", nil, ""},
		{"all cleared before the last can be", 16, "2026-02-19", []string{"returnees_cleared_early: returnees_cleared returnees_mid_high_risk returnees_last_return"},
			"最后返回的人员要到 2026年2月20日 才满 14 天医学观察，“其中已解除隔离的人数”却填了全部 16 人"},
		{"all but one cleared before the last can be", 15, "2026-02-19", nil, ""},
		{"all cleared once the last can be", 16, "2026-02-20", nil, ""},
		{"no day", 16, "", nil, ""},
		{"a day that is not one", 16, "2026-02-30", nil, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := NewAnswers("zh")
			for id, v := range base {
				a.Set(id, v)
			}
			a.Set("returnees_cleared", n(tt.cleared))
			got := InconsistenciesOn(a, tt.day)
			var checks []string
			for _, in := range got {
				checks = append(checks, in.Check+": "+strings.Join(in.Fields, " "))
			}
			if !reflect.DeepEqual(checks, tt.want) {
				t.Fatalf("InconsistenciesOn(%v cleared, %s) = %q, want %q", tt.cleared, tt.day, checks, tt.want)
			}
			if len(got) == 0 {
				return
			}
			if got[0].Severity != Warning || !strings.Contains(got[0].Message.Zh, tt.say) {
				t.Errorf("got %v %q, want a warning saying %q", got[0].Severity, got[0].Message.Zh, tt.say)
			}
			for _, l := range []string{"en", "ja", "ko"} {
				if m := got[0].Message.In(l); m == "" || m == got[0].Message.Zh || strings.Contains(m, "2026-0") {
					t.Errorf("message in %s: %q", l, m)
				}
			}
		})
	}

}
