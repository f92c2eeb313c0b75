package assessment

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fugong/internal/scenario"
)

var update = flag.Bool("update", false, "rewrite the golden files: the result.json sections that testdata/*.txtar already hold")

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestScenarios runs every testdata/*.txtar: the hand-written "want"
// section is the scenario's spec, asserted line by line and never
// rewritten. A few representative scenarios also hold the full result as
// a "result.json" section, which must match; -update rewrites those
// sections and adds none, so a scenario keeps a snapshot only if it has one
// (to give it one, add an empty "-- result.json --" line and run -update).
func TestScenarios(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 30 {
		t.Fatalf("%d scenarios, want at least 30", len(files))
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar := scenario.Read(t, file)
			a, err := ParseAnswers(scenario.Answers(t, ar, "testdata"))
			if err != nil {
				t.Fatalf("ParseAnswers: %v", err)
			}
			r := Evaluate(a)
			want, ok := ar.File("want")
			if !ok || strings.TrimSpace(want) == "" {
				t.Fatal("no want section")
			}
			checkWant(t, r, want)
			golden, ok := ar.File("result.json")
			if !ok {
				return
			}
			got, err := r.Encode(a.Language())
			if err != nil {
				t.Fatal(err)
			}
			if *update {
				ar.Set("result.json", string(got))
				if err := os.WriteFile(file, []byte(ar.Format()), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			if string(got) != golden {
				t.Errorf("result differs from result.json (run go test -update after checking):\n%s", got)
			}
		})
	}
}

// checkWant asserts each line of a want section, "KEY ARGS…":
//
//	category N · batch N · priority BOOL · readiness R · rule RULE
//	notfired RULE · priority_rule RULE · park_category N · batch_date D
//	met ITEM… · unmet ITEM… · unmet_only ITEM… (these and no other items unmet)
//	absent ITEM… · missing ITEM|RULE QUESTION
//	problem CODE QUESTION · warning CODE [QUESTION|-] (- : on no question) · noproblems
//	quantity NAME VALUE · noquantity NAME · threshold NAME VALUE
//	letter FORM · letter_item ITEM · letter_deadline ITEM TEXT · letter_has TEXT · letter_lacks TEXT ·
//	plan_has TEXT · plan_lacks TEXT (the documents' scenario test)
func checkWant(t *testing.T, r Result, want string) {
	t.Helper()
	items := map[string]Item{}
	for _, it := range r.Items {
		items[it.ID] = it
	}
	reasons := map[string]Reason{}
	for _, re := range append(append([]Reason{}, r.Because...), r.PriorityReasons...) {
		reasons[re.Rule] = re
	}
	var q map[string]any
	qj, _ := json.Marshal(r.Quantities)
	_ = json.Unmarshal(qj, &q)
	var th map[string]any
	tj, _ := json.Marshal(r.Thresholds)
	_ = json.Unmarshal(tj, &th)
	hasProblem := func(sev Severity, code, question string) bool {
		for _, p := range r.Problems {
			on := question == "" || p.Question == question || question == "-" && p.Question == ""
			if p.Severity == sev && p.Code == code && on {
				return true
			}
		}
		return false
	}
	for _, line := range strings.Split(strings.TrimSpace(want), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		arg := func(i int) string {
			if i < len(f) {
				return f[i]
			}
			return ""
		}
		switch f[0] {
		case "category":
			if strconv.Itoa(r.Category) != arg(1) {
				t.Errorf("Category = %d, want %s", r.Category, arg(1))
			}
		case "batch":
			if strconv.Itoa(r.Batch) != arg(1) {
				t.Errorf("Batch = %d, want %s", r.Batch, arg(1))
			}
		case "priority":
			if strconv.FormatBool(r.Priority) != arg(1) {
				t.Errorf("Priority = %v, want %s", r.Priority, arg(1))
			}
		case "readiness":
			if string(r.Readiness) != arg(1) {
				t.Errorf("Readiness = %s, want %s", r.Readiness, arg(1))
			}
		case "rule", "priority_rule":
			if re, ok := reasons[arg(1)]; !ok || !re.Fired {
				t.Errorf("rule %s did not fire", arg(1))
			}
		case "notfired":
			if re, ok := reasons[arg(1)]; !ok || re.Fired {
				t.Errorf("rule %s: tested and not fired expected, got %+v (present %v)", arg(1), re, ok)
			}
		case "park_category":
			if strconv.Itoa(r.ParkCategory) != arg(1) {
				t.Errorf("ParkCategory = %d, want %s", r.ParkCategory, arg(1))
			}
		case "batch_date":
			if r.BatchDate != arg(1) {
				t.Errorf("BatchDate = %q, want %s", r.BatchDate, arg(1))
			}
		case "met", "unmet":
			for _, id := range f[1:] {
				it, ok := items[id]
				if !ok {
					t.Errorf("item %s absent, want %s", id, f[0])
				} else if it.Met != (f[0] == "met") {
					t.Errorf("item %s: Met = %v, want %s (reason %q)", id, it.Met, f[0], it.Reason.Zh)
				}
			}
		case "unmet_only":
			var unmet []string
			for _, it := range r.Items {
				if !it.Met {
					unmet = append(unmet, it.ID)
				}
			}
			if wantUnmet := slices.Sorted(slices.Values(f[1:])); !slices.Equal(slices.Sorted(slices.Values(unmet)), wantUnmet) {
				t.Errorf("unmet items = %v, want exactly %v", unmet, f[1:])
			}
		case "absent":
			for _, id := range f[1:] {
				if _, ok := items[id]; ok {
					t.Errorf("item %s present, want it left out", id)
				}
			}
		case "missing":
			var missing []string
			if it, ok := items[arg(1)]; ok {
				missing = it.Missing
			} else if re, ok := reasons[arg(1)]; ok {
				missing = re.Missing
			}
			if !contains(missing, arg(2)) {
				t.Errorf("%s: Missing = %v, want it to name %s", arg(1), missing, arg(2))
			}
		case "problem":
			if !hasProblem(Error, arg(1), arg(2)) {
				t.Errorf("no error %s on %s; problems: %v", arg(1), arg(2), r.Problems)
			}
		case "warning":
			if !hasProblem(Warning, arg(1), arg(2)) {
				t.Errorf("no warning %s on %s; problems: %v", arg(1), arg(2), r.Problems)
			}
		case "noproblems":
			if len(r.Problems) > 0 {
				t.Errorf("Problems = %v, want none", r.Problems)
			}
		case "quantity":
			if got := fmt.Sprint(q[arg(1)]); got != arg(2) {
				t.Errorf("Quantities.%s = %s, want %s", arg(1), got, arg(2))
			}
		case "noquantity":
			if v, ok := q[arg(1)]; ok {
				t.Errorf("Quantities.%s = %v, want none", arg(1), v)
			}
		case "threshold":
			if got := fmt.Sprint(th[arg(1)]); got != arg(2) {
				t.Errorf("Thresholds.%s = %s, want %s", arg(1), got, arg(2))
			}
		case "letter", "letter_item", "letter_deadline", "letter_has", "letter_lacks", "plan_has", "plan_lacks": // the documents' test checks these
		default:
			t.Fatalf("unknown want line %q", line)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
