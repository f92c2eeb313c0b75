package ui

import (
	"fugong/app/browser"
	"fugong/assessment"

	"reflect"
	"testing"
	"time"
)

func TestDraftsToMove(t *testing.T) {
	stored := func(id string, updated time.Time, name string) string {
		d := newDraft("zh", updated)
		d.ID = id
		d.Answers.Set("name", assessment.StringValue(name))
		v, err := encodeDraft(d)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	early := time.Date(2026, 2, 10, 8, 0, 0, 0, time.UTC)
	late := early.Add(time.Minute)
	tests := []struct {
		name      string
		from, to  browser.Memory
		wantMoves []string
		wantFound []string
	}{
		{
			name:      "a draft IndexedDB lacks moves, with the place",
			from:      browser.Memory{"fugong.draft.a": stored("a", early, "临沂精工"), placeKey: `{"draft":"a"}`},
			to:        browser.Memory{},
			wantMoves: []string{"fugong.draft.a", placeKey},
			wantFound: []string{"fugong.draft.a", placeKey},
		},
		{
			name:      "a newer copy (written as the page closed) replaces the stored one",
			from:      browser.Memory{"fugong.draft.a": stored("a", late, "临沂精工机械")},
			to:        browser.Memory{"fugong.draft.a": stored("a", early, "临沂精工")},
			wantMoves: []string{"fugong.draft.a"},
			wantFound: []string{"fugong.draft.a"},
		},
		{
			name:      "an older or equal copy is only removed",
			from:      browser.Memory{"fugong.draft.a": stored("a", early, "临沂"), placeKey: `{"draft":"b"}`},
			to:        browser.Memory{"fugong.draft.a": stored("a", early, "临沂"), placeKey: `{"draft":"a"}`},
			wantMoves: nil,
			wantFound: []string{"fugong.draft.a", placeKey},
		},
		{
			name:      "other keys stay where they are",
			from:      browser.Memory{"fugong.lang": "en", "other": "x"},
			to:        browser.Memory{},
			wantMoves: nil,
			wantFound: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			moves, found := draftsToMove(tt.from, tt.to)
			var keys []string
			for _, k := range sortedKeys(moves) {
				keys = append(keys, k)
				if moves[k] != tt.from[k] {
					t.Errorf("%s moves as %q, want it as it was", k, moves[k])
				}
			}
			if !reflect.DeepEqual(keys, tt.wantMoves) {
				t.Errorf("moves %q, want %q", keys, tt.wantMoves)
			}
			if !reflect.DeepEqual(found, tt.wantFound) {
				t.Errorf("found %q, want %q", found, tt.wantFound)
			}
		})
	}
}
