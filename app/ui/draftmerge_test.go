package ui

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestMergeDrafts(t *testing.T) {
	rec := func(name string, answers, edits string) string {
		return `{"v":1,"id":"d1","name":"` + name + `","updated":"2026-02-10T08:00:00Z","step":0,"answers":{"ruleset":"2026.2","lang":"zh","answers":{` + answers + `},"edits":{` + edits + `}}}`
	}
	tests := []struct {
		name               string
		base, ours, theirs string
		wantAnswers        map[string]any
		wantEdits          map[string]any
		wantName           string
		wantClashes        []string
	}{
		{
			name:        "each side answered another question",
			base:        rec("", `"name":"临沂精工"`, ``),
			ours:        rec("", `"name":"临沂精工","address":"山东省临沂市"`, ``),
			theirs:      rec("", `"name":"临沂精工","leader_name":"王建国"`, ``),
			wantAnswers: map[string]any{"name": "临沂精工", "address": "山东省临沂市", "leader_name": "王建国"},
			wantEdits:   map[string]any{},
		},
		{
			name:        "they changed an answer we left alone",
			base:        rec("", `"name":"临沂精工","peak_shift_workers":100`, ``),
			ours:        rec("", `"name":"临沂精工","peak_shift_workers":100,"address":"临沂"`, ``),
			theirs:      rec("", `"name":"临沂精工机械有限公司","peak_shift_workers":100`, ``),
			wantAnswers: map[string]any{"name": "临沂精工机械有限公司", "peak_shift_workers": 100.0, "address": "临沂"},
			wantEdits:   map[string]any{},
		},
		{
			name:        "they cleared an answer we left alone",
			base:        rec("", `"name":"临沂精工","address":"临沂"`, ``),
			ours:        rec("", `"name":"临沂精工","address":"临沂","leader_name":"王"`, ``),
			theirs:      rec("", `"name":"临沂精工"`, ``),
			wantAnswers: map[string]any{"name": "临沂精工", "leader_name": "王"},
			wantEdits:   map[string]any{},
		},
		{
			name:        "both changed one answer differently: ours kept, clash named",
			base:        rec("", `"name":"临沂"`, ``),
			ours:        rec("", `"name":"临沂精工"`, ``),
			theirs:      rec("", `"name":"临沂机械"`, ``),
			wantAnswers: map[string]any{"name": "临沂精工"},
			wantEdits:   map[string]any{},
			wantClashes: []string{"answers.name"},
		},
		{
			name:        "both made the same change: no clash",
			base:        rec("", ``, ``),
			ours:        rec("", `"name":"临沂精工"`, ``),
			theirs:      rec("", `"name":"临沂精工"`, ``),
			wantAnswers: map[string]any{"name": "临沂精工"},
			wantEdits:   map[string]any{},
		},
		{
			name:        "plan edits and the draft's own name merge too",
			base:        rec("", ``, `"intro":"甲"`),
			ours:        rec("", ``, `"intro":"甲","duty":"乙"`),
			theirs:      rec("第二车间", ``, `"intro":"丙"`),
			wantAnswers: map[string]any{},
			wantEdits:   map[string]any{"intro": "丙", "duty": "乙"},
			wantName:    "第二车间",
		},
		{
			name:        "no base (the other tab created it): one side's answers kept, a difference is a clash",
			base:        "",
			ours:        rec("", `"name":"甲","address":"临沂"`, ``),
			theirs:      rec("", `"name":"乙","leader_name":"王"`, ``),
			wantAnswers: map[string]any{"name": "甲", "address": "临沂", "leader_name": "王"},
			wantEdits:   map[string]any{},
			wantClashes: []string{"answers.name"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			merged, clashes, err := mergeDrafts(tt.base, tt.ours, tt.theirs)
			if err != nil {
				t.Fatal(err)
			}
			d, err := decodeDraft(merged)
			if err != nil {
				t.Fatalf("the merged draft does not read back: %v\n%s", err, merged)
			}
			if d.Name != tt.wantName {
				t.Errorf("name %q, want %q", d.Name, tt.wantName)
			}
			var got struct {
				Answers struct {
					Answers map[string]any `json:"answers"`
					Edits   map[string]any `json:"edits"`
				} `json:"answers"`
			}
			if err := json.Unmarshal([]byte(merged), &got); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Answers.Answers, tt.wantAnswers) {
				t.Errorf("answers %v, want %v", got.Answers.Answers, tt.wantAnswers)
			}
			if !reflect.DeepEqual(got.Answers.Edits, tt.wantEdits) {
				t.Errorf("edits %v, want %v", got.Answers.Edits, tt.wantEdits)
			}
			if !reflect.DeepEqual(clashes, tt.wantClashes) {
				t.Errorf("clashes %q, want %q", clashes, tt.wantClashes)
			}
		})
	}
}

func TestMergeDraftsRefusesNonDrafts(t *testing.T) {
	if _, _, err := mergeDrafts(`{}`, `not json`, `{}`); err == nil {
		t.Error("merging an unreadable version: no error")
	}
}
