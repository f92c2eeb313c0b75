package browser

import (
	"testing"
	"time"
)

func TestParseStoreJSON(t *testing.T) {
	text := `[{"code":"s1.abc","added":1770714000000,"derived":"2026.1|3|2|0","checked":1},` +
		`{"code":"d:c:913","added":1.5e3,"derived":"b2\n=甲厂\t\t1A2B3C4D\n2026-02-18\t\t1\t0\t0\t0\t5","extra":{"a":[1,"]}",{}],"b":null}},` +
		`{"code":7,"derived":"not a record"},` +
		`{"derived":"no code"},` +
		`{"code":"s1.\"quoted\"\u2028","added":"yesterday"},` +
		`{"code":"s1.x\\","derived":"\\\""}]`
	recs, err := parseStoreJSON(text)
	if err != nil {
		t.Fatal(err)
	}
	want := []RegistryRecord{
		{Code: "s1.abc", Added: time.UnixMilli(1770714000000), Derived: "2026.1|3|2|0", Checked: 1},
		{Code: "d:c:913", Added: time.UnixMilli(1500), Derived: "b2\n=甲厂\t\t1A2B3C4D\n2026-02-18\t\t1\t0\t0\t0\t5"},
		{Code: "s1.\"quoted\"\u2028"},
		{Code: `s1.x\`, Derived: `\"`},
	}
	if len(recs) != len(want) {
		t.Fatalf("read %d records, want %d: %+v", len(recs), len(want), recs)
	}
	for i, r := range recs {
		if r.Code != want[i].Code || !r.Added.Equal(want[i].Added) || r.Derived != want[i].Derived || r.Checked != want[i].Checked {
			t.Errorf("record %d = %+v, want %+v", i, r, want[i])
		}
	}
	if recs, err := parseStoreJSON(`[]`); err != nil || len(recs) != 0 {
		t.Errorf("an empty store: %v, %v", recs, err)
	}
	for _, bad := range []string{``, `{}`, `[`, `[{"code":"s1.a"}`, `[{"code":"s1.a",}]`, `[{"code" "s1.a"}]`, `[{"code":"s1.a"}]x`, `[{"code":"s1.a}]`} {
		if _, err := parseStoreJSON(bad); err == nil {
			t.Errorf("parseStoreJSON(%q) accepted it", bad)
		}
	}
}
