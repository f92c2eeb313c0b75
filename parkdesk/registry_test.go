package parkdesk

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"
	"time"

	"fugong/assessment"
)

func timeAt(minutes int) time.Time {
	return time.Date(2026, 2, 10, 9, 0, 0, 0, time.UTC).Add(time.Duration(minutes) * time.Minute)
}

// synthSummary is the i-th of a varied set of summaries.
func synthSummary(i int) Summary {
	s := fullSummary()
	s.Name = fmt.Sprintf("临沂第%d精密机械有限公司", i)
	s.CreditCode = fmt.Sprintf("9137131%011d", i)
	s.Phone = fmt.Sprintf("139%08d", i)
	s.PlanID = fmt.Sprintf("%08X", uint32(i)*2654435761)
	s.Thresholds = assessment.DefaultThresholds
	s.Staff.Total = 5 + i%300
	switch i % 4 {
	case 0:
		s.Category, s.Batch = 1, 1
		s.Facts = []assessment.Fact{{Question: "automation_share", Value: assessment.NumberValue(80)}}
	case 1:
		s.Category, s.Batch = 2, 1
		s.Facts = []assessment.Fact{{Question: "automation_share", Value: assessment.NumberValue(20)}, {Question: "product_types", Value: assessment.ListValue("medical")}}
	case 2:
		s.Category, s.Batch = 3, 2
		s.Facts = []assessment.Fact{{Question: "automation_share", Value: assessment.NumberValue(20)}, {Question: "product_types", Value: assessment.ListValue("other")},
			{Question: "floor_area_m2", Value: assessment.NumberValue(2000)}, {Question: "peak_shift_workers", Value: assessment.NumberValue(100)},
			{Question: "can_keep_1m", Value: assessment.BoolValue(true)}, {Question: "closed_management", Value: assessment.BoolValue(true)}}
	case 3:
		s.Category, s.Batch = 4, 3
		s.Facts = []assessment.Fact{{Question: "automation_share", Value: assessment.NumberValue(20)}, {Question: "product_types", Value: assessment.ListValue("other")},
			{Question: "floor_area_m2", Value: assessment.NumberValue(2000)}, {Question: "peak_shift_workers", Value: assessment.NumberValue(400)}}
	}
	s.Priority = s.Category == 2 || s.Staff.Total < 20
	switch i % 3 {
	case 0:
		s.Readiness, s.Unmet = assessment.Ready, nil
	case 1:
		s.Readiness, s.Unmet = assessment.Phased, nil
	case 2:
		s.Readiness, s.Unmet = assessment.NotReady, []string{"isolation_room", "supplies_14d"}
	}
	return s
}

func synthEntries(t testing.TB, n int) []Entry {
	t.Helper()
	entries := make([]Entry, 0, n)
	for i := range n {
		code, err := EncodeSummary(synthSummary(i))
		if err != nil {
			t.Fatal(err)
		}
		e, err := NewEntry(code, timeAt(i))
		if err != nil {
			t.Fatal(err)
		}
		entries = append(entries, e)
	}
	Annotate(entries)
	return entries
}

func TestSynthEntriesHonest(t *testing.T) {
	for _, e := range synthEntries(t, 24) {
		if len(e.Flags) != 0 {
			t.Errorf("%v flagged: %v", e, e.Flags)
		}
	}
}

func TestAddAndConflicts(t *testing.T) {
	es := synthEntries(t, 3)
	var reg []Entry
	var res AddResult
	for _, e := range es {
		if reg, res = Add(reg, e); res != Added {
			t.Fatalf("Add(%v) = %v, want Added", e, res)
		}
	}
	if reg, res = Add(reg, es[1]); res != Duplicate || len(reg) != 3 {
		t.Fatalf("adding a code again = %v with %d entries, want Duplicate with 3", res, len(reg))
	}
	other := synthSummary(1)
	other.Staff.Total = 99 // same plan ID, other content
	code, _ := EncodeSummary(other)
	e, err := NewEntry(code, timeAt(100))
	if err != nil {
		t.Fatal(err)
	}
	if reg, res = Add(reg, e); res != Conflict || len(reg) != 4 {
		t.Fatalf("adding another code with a held plan ID = %v with %d entries, want Conflict with 4", res, len(reg))
	}
	for _, i := range []int{1, 3} {
		if !hasFlag(reg[i], FlagPlanConflict) {
			t.Errorf("entry %d (%v) lacks %s", i, reg[i], FlagPlanConflict)
		}
	}
	if hasFlag(reg[0], FlagPlanConflict) {
		t.Errorf("entry 0 flagged as a conflict")
	}
}

func hasFlag(e Entry, code string) bool {
	for _, f := range e.Flags {
		if f.Code == code {
			return true
		}
	}
	return false
}

func TestMergeWithoutDuplicates(t *testing.T) {
	all := synthEntries(t, 10)
	mine := append([]Entry(nil), all[:6]...)
	theirs := append([]Entry(nil), all[4:]...)
	theirs[0].Added = timeAt(-60)   // they got entry 4 earlier
	theirs = append(theirs, all[9]) // a duplicate inside the import
	merged, n := Merge(mine, theirs)
	if len(merged) != 10 || n != 4 {
		t.Fatalf("Merge = %d entries, %d new; want 10 and 4", len(merged), n)
	}
	seen := map[string]bool{}
	for _, e := range merged {
		if seen[e.Code] {
			t.Errorf("%v twice", e)
		}
		seen[e.Code] = true
	}
	if !merged[4].Added.Equal(timeAt(-60)) {
		t.Errorf("merged entry 4 added %v, want the earlier %v", merged[4].Added, timeAt(-60))
	}
	again, n := Merge(merged, merged)
	if len(again) != 10 || n != 0 {
		t.Errorf("merging a registry with itself: %d entries, %d new; want 10, 0", len(again), n)
	}
}

func TestBackupRoundTrip(t *testing.T) {
	es := synthEntries(t, 5)
	data, err := EncodeBackup(es)
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.Replace(data, []byte(es[2].Code), []byte(es[2].Code[:20]), 1) // one damaged code
	got, skipped, err := DecodeBackup(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 || skipped != 1 {
		t.Fatalf("DecodeBackup: %d entries, %d skipped; want 4, 1", len(got), skipped)
	}
	if got[0].Code != es[0].Code || !got[0].Added.Equal(es[0].Added) {
		t.Errorf("entry 0 = %v at %v, want %v at %v", got[0], got[0].Added, es[0], es[0].Added)
	}
	for _, bad := range []string{"", "{}", `{"format":"other"}`, "[1,2]", `{"format":"fugong.registry","version":2,"entries":[]}`} {
		if _, _, err := DecodeBackup([]byte(bad)); err == nil {
			t.Errorf("DecodeBackup(%q) accepted", bad)
		}
	}
}

func TestFilter(t *testing.T) {
	es := synthEntries(t, 60)
	tests := []struct {
		name string
		q    Query
		want int
		ok   func(Entry) bool
	}{
		{"all", Query{}, 60, nil},
		{"batch 1", Query{Batch: 1}, 30, func(e Entry) bool { return e.Summary.Batch == 1 }},
		{"category 3", Query{Category: 3}, 15, func(e Entry) bool { return e.Summary.Category == 3 }},
		{"undetermined", Query{Category: -1}, 0, nil},
		{"ready", Query{Readiness: assessment.Ready}, 20, func(e Entry) bool { return e.Summary.Readiness == assessment.Ready }},
		{"priority", Query{Priority: 1}, -1, func(e Entry) bool { return e.Summary.Priority }},
		{"no priority", Query{Priority: -1}, -1, func(e Entry) bool { return !e.Summary.Priority }},
		{"name", Query{Text: "第17精密"}, 1, nil},
		{"name prefix", Query{Text: "第1"}, 11, nil},
		{"credit code", Query{Text: "00000000042"}, 1, nil},
		{"plan ID lower case", Query{Text: strings.ToLower(es[7].Summary.PlanID)}, 1, nil},
		{"flagged", Query{Flagged: true}, 0, nil},
		{"nothing", Query{Text: "不存在"}, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			idx := Filter(es, tt.q)
			if tt.want >= 0 && len(idx) != tt.want {
				t.Errorf("Filter(%+v) = %d entries, want %d", tt.q, len(idx), tt.want)
			}
			for _, i := range idx {
				if tt.ok != nil && !tt.ok(es[i]) {
					t.Errorf("Filter(%+v) selected %v", tt.q, es[i])
				}
			}
		})
	}

	idx := Filter(es, Query{})
	if es[idx[0]].Added.Before(es[idx[1]].Added) {
		t.Errorf("default order is not newest first")
	}
	idx = Filter(es, Query{Sort: SortBatch})
	for k := 1; k < len(idx); k++ {
		a, b := es[idx[k-1]].Summary, es[idx[k]].Summary
		if a.Batch > b.Batch || a.Batch == b.Batch && !a.Priority && b.Priority {
			t.Fatalf("SortBatch: %v before %v", a.Name, b.Name)
		}
	}
	idx = Filter(es, Query{Sort: SortReadiness})
	if es[idx[0]].Summary.Readiness != assessment.Ready || es[idx[len(idx)-1]].Summary.Readiness != assessment.NotReady {
		t.Errorf("SortReadiness does not start ready and end not ready")
	}
	if n := BatchCounts(es, Filter(es, Query{})); n != [4]int{0, 30, 15, 15} {
		t.Errorf("BatchCounts = %v, want [0 30 15 15]", n)
	}
}

func TestWriteCSV(t *testing.T) {
	es := synthEntries(t, 3)
	es[1].Summary.Name = "=HYPERLINK(\"http://x\")"
	es[2].Summary.Staff.Normal = Unknown
	for _, lang := range assessment.Languages {
		t.Run(lang, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteCSV(&buf, es, lang, time.UTC); err != nil {
				t.Fatal(err)
			}
			data := buf.Bytes()
			if !bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) {
				t.Fatalf("CSV does not start with a UTF-8 BOM: % x", data[:3])
			}
			if !bytes.Contains(data, []byte("\r\n")) {
				t.Errorf("CSV lines do not end in CRLF")
			}
			rows, err := csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != 4 {
				t.Fatalf("%d rows, want a header and 3", len(rows))
			}
			if strings.Join(rows[0], "|") != strings.Join(CSVHeader(lang), "|") || len(rows[0]) != len(CSVColumns) {
				t.Errorf("header = %q", rows[0])
			}
			col := map[string]int{}
			for i, c := range CSVColumns {
				col[c] = i
			}
			r := rows[1]
			s := es[0].Summary
			checks := map[string]string{
				"plan_id": s.PlanID, "name": s.Name, "credit_code": s.CreditCode, "contact_phone": s.Phone,
				"category": "1", "category_name": assessment.CategoryName(1).In(lang), "batch": "1",
				"readiness": assessment.ReadinessShort(assessment.Ready).In(lang), "unmet_critical": "",
				"employees_total": "5", "staff_normal": "12000", "ruleset": "2026.2",
				"flags": "", "added": "2026-02-10 09:00", "code": es[0].Code,
				"deciding_answers": assessment.FactText(s.Facts[0], lang),
			}
			for c, want := range checks {
				if got := r[col[c]]; got != want {
					t.Errorf("row 1, column %s = %q, want %q", c, got, want)
				}
			}
			if got := rows[2][col["name"]]; !strings.HasPrefix(got, "'=") {
				t.Errorf("a formula-like name is written %q, want it quoted with '", got)
			}
			sep := assessment.NewText("；", "; ", "；", "; ").In(lang)
			if got := rows[3][col["unmet_critical"]]; got != assessment.ItemTitle("isolation_room").In(lang)+sep+assessment.ItemTitle("supplies_14d").In(lang) {
				t.Errorf("unmet_critical = %q", got)
			}
			if got := rows[3][col["staff_normal"]]; got != "" {
				t.Errorf("an unknown count is written %q, want empty", got)
			}
		})
	}
	if got := assessment.FactText(assessment.Fact{Question: "can_keep_1m", Value: assessment.BoolValue(true)}, "zh"); !strings.HasSuffix(got, "：是") {
		t.Errorf("FactText = %q", got)
	}
}

func BenchmarkFilter5000(b *testing.B) {
	es := synthEntries(b, 5000)
	q := Query{Text: "第42", Batch: 1, Sort: SortBatch}
	b.ResetTimer()
	for range b.N {
		Filter(es, q)
	}
}

func BenchmarkSortAll5000(b *testing.B) {
	es := synthEntries(b, 5000)
	b.ResetTimer()
	for range b.N {
		Filter(es, Query{Sort: SortName})
	}
}

func BenchmarkCSV5000(b *testing.B) {
	es := synthEntries(b, 5000)
	var buf bytes.Buffer
	b.ResetTimer()
	for range b.N {
		buf.Reset()
		if err := WriteCSV(&buf, es, "zh", time.UTC); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}

func BenchmarkDecode5000(b *testing.B) {
	es := synthEntries(b, 5000)
	codes := make([]string, len(es))
	for i, e := range es {
		codes[i] = e.Code
	}
	b.ResetTimer()
	for range b.N {
		out := make([]Entry, 0, len(codes))
		for _, c := range codes {
			e, err := NewEntry(c, timeAt(0))
			if err != nil {
				b.Fatal(err)
			}
			out = append(out, e)
		}
		Annotate(out)
	}
}

func TestDerivationKept(t *testing.T) {
	e := synthEntries(t, 3)[2]
	d, ok := ParseDerivation(e.Derived.String())
	if !ok || d != e.Derived || d.Ruleset != assessment.RulesetVersion {
		t.Fatalf("ParseDerivation(%q) = %+v, %v; want %+v", e.Derived.String(), d, ok, e.Derived)
	}
	// A kept derivation is used as is: a forged one shows as a mismatch.
	forged := d
	forged.Category = 1
	got, err := NewEntryDerived(e.Code, e.Added, forged)
	if err != nil || !hasFlag(got, FlagCategory) {
		t.Errorf("NewEntryDerived with a kept derivation: %v, flags %v", err, got.Flags)
	}
	// One from another ruleset is worked out again.
	forged.Ruleset = "2025.1"
	got, _ = NewEntryDerived(e.Code, e.Added, forged)
	if got.Derived != e.Derived || len(got.Flags) != 0 {
		t.Errorf("a derivation of another ruleset was kept: %+v, flags %v", got.Derived, got.Flags)
	}
	for _, bad := range []string{"", "2026.1|3|2", "2026.1|9|2|0", "|3|2|0", "2026.1|3|2|2", "2026.1|3|2|0|", "2026.1||3|2|0"} {
		if _, ok := ParseDerivation(bad); ok {
			t.Errorf("ParseDerivation(%q) accepted", bad)
		}
	}
}
