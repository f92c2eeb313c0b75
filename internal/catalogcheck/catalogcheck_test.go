package catalogcheck

import (
	"fmt"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps the errors reported to it.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestCompleteBlank(t *testing.T) {
	langs := []string{"zh", "en"}
	tests := []struct {
		name  string
		zh    map[string]string
		en    map[string]string
		blank []string
		want  string // in the one error expected; "" for none
	}{
		{"complete", map[string]string{"a": "甲{n}"}, map[string]string{"a": "A {n}"}, nil, ""},
		{"missing", map[string]string{"a": "甲", "b": "乙"}, map[string]string{"a": "A"}, nil, `"b" is missing in en`},
		{"other slots", map[string]string{"a": "第{n}"}, map[string]string{"a": "No. {k}"}, nil, `has slots ["{k}"] in en`},
		{"empty, not allowed", map[string]string{"a": ""}, map[string]string{"a": "A"}, nil, `"a" is empty in zh`},
		{"empty, allowed", map[string]string{"a": "", "b": "乙"}, map[string]string{"a": "A", "b": "B"}, []string{"a"}, ""},
		{"allowed, never empty", map[string]string{"a": "甲"}, map[string]string{"a": "A"}, []string{"a"}, "is empty in 0 languages"},
		{"allowed, empty everywhere", map[string]string{"a": ""}, map[string]string{"a": ""}, []string{"a"}, "written in 0"},
	}
	for _, tt := range tests {
		r := &recorder{}
		Complete(r, "test", langs, map[string]map[string]string{"zh": tt.zh, "en": tt.en}, tt.blank...)
		switch {
		case tt.want == "" && len(r.errs) > 0:
			t.Errorf("%s: errors %q, want none", tt.name, r.errs)
		case tt.want != "" && (len(r.errs) != 1 || !strings.Contains(r.errs[0], tt.want)):
			t.Errorf("%s: errors %q, want one holding %q", tt.name, r.errs, tt.want)
		}
	}
}
