package catalogtest

import (
	"slices"
	"testing"

	"fugong/assessment"
)

// recorder keeps the errors a check reports.
type recorder struct {
	testing.TB
	errors int
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.errors++ }

func TestComplete(t *testing.T) {
	good := func() assessment.Catalogs {
		return assessment.Catalogs{
			{"a": "第 {n} 行", "p": "%d / %d"},
			{"a": "row {n}", "p": "%d of %d"},
			{"a": "{n} 行目", "p": "%d / %d"},
			{"a": "{n}행", "p": "%d / %d"},
		}
	}
	tests := []struct {
		name  string
		spoil func(assessment.Catalogs)
		want  int
	}{
		{"complete", func(assessment.Catalogs) {}, 0},
		{"missing", func(c assessment.Catalogs) { delete(c[2], "a") }, 1},
		{"extra", func(c assessment.Catalogs) { c[3]["b"] = "b" }, 1},
		{"empty", func(c assessment.Catalogs) { c[1]["a"] = "" }, 1},
		{"slot", func(c assessment.Catalogs) { c[1]["a"] = "row {m}" }, 1},
		{"verb", func(c assessment.Catalogs) { c[1]["p"] = "%d of %s" }, 1},
	}
	for _, tt := range tests {
		c := good()
		tt.spoil(c)
		r := &recorder{TB: t}
		Complete(r, c)
		if r.errors != tt.want {
			t.Errorf("%s: %d errors, want %d", tt.name, r.errors, tt.want)
		}
	}
	if got := slots("{n} {n|bus|buses} {d}"); !slices.Equal(got, []string{"d", "n"}) {
		t.Errorf("slots = %q", got)
	}
}
