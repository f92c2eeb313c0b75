package assessment

import (
	"strings"
	"testing"
)

func TestDeadlines(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		item     string
		want     string // Deadline(item)
		problems []string
	}{
		{"date kept", `{"answers":{},"deadlines":{"canteen":"2026-02-20"}}`, "canteen", "2026-02-20", nil},
		{"spaces trimmed", `{"answers":{},"deadlines":{"canteen":" 2026-02-20 "}}`, "canteen", "2026-02-20", nil},
		{"not a date", `{"answers":{},"deadlines":{"canteen":"下周"}}`, "canteen", "", []string{"error deadline deadlines.canteen"}},
		{"no such item", `{"answers":{},"deadlines":{"lunch":"2026-02-20"}}`, "lunch", "2026-02-20", []string{"warning deadline deadlines.lunch"}},
		{"none", `{"answers":{}}`, "canteen", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseAnswers([]byte(tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Deadline(tt.item); got != tt.want {
				t.Errorf("Deadline(%s) = %q, want %q", tt.item, got, tt.want)
			}
			var got []string
			for _, p := range validateDeadlines(a) {
				got = append(got, string(p.Severity)+" "+p.Code+" "+p.Question)
			}
			if strings.Join(got, ";") != strings.Join(tt.problems, ";") {
				t.Errorf("problems = %v, want %v", got, tt.problems)
			}
		})
	}
}

func TestDeadlinesRoundTripAndPlanID(t *testing.T) {
	a := baseAnswers(t, nil)
	before := PlanID(a)
	a.SetDeadline("dormitory", "2026-02-15")
	data, err := a.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"deadlines": {`) {
		t.Errorf("Encode lost the deadlines:\n%s", data)
	}
	back, err := ParseAnswers(data)
	if err != nil || back.Deadline("dormitory") != "2026-02-15" {
		t.Fatalf("round trip: %v, deadline %q", err, back.Deadline("dormitory"))
	}
	if PlanID(back) == before {
		t.Error("PlanID unchanged by a deadline the letter prints")
	}
	back.SetDeadline("dormitory", "")
	if PlanID(back) != before || len(back.Deadlines) != 0 {
		t.Errorf("after removing the deadline: ID %s (want %s), deadlines %v", PlanID(back), before, back.Deadlines)
	}
}
