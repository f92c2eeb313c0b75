package ui

import (
	"strings"
	"testing"
	"time"

	"fugong/app/browser"
	"fugong/assessment"
)

func TestDraftStoreClash(t *testing.T) {
	now := time.Date(2026, 2, 10, 8, 0, 0, 0, time.UTC)
	version := func(answers map[string]string) *draft {
		d := newDraft("zh", now)
		d.ID = "d1"
		for id, v := range answers {
			d.Answers.Set(id, assessment.StringValue(v))
		}
		return d
	}
	encode := func(d *draft) string {
		v, err := encodeDraft(d)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name       string
		base, ours map[string]string
		theirs     map[string]string
		want       map[string]string
		wantNote   string
		wantCopy   map[string]string // the other tab's version kept as a copy
	}{
		{
			name:     "different questions: one draft with both",
			base:     map[string]string{"name": "临沂精工"},
			ours:     map[string]string{"name": "临沂精工", "address": "山东省临沂市"},
			theirs:   map[string]string{"name": "临沂精工", "leader_name": "王建国"},
			want:     map[string]string{"name": "临沂精工", "address": "山东省临沂市", "leader_name": "王建国"},
			wantNote: "storage.merged",
		},
		{
			name:     "one question answered differently: ours kept, theirs kept as a copy",
			base:     map[string]string{},
			ours:     map[string]string{"name": "临沂精工", "address": "临沂"},
			theirs:   map[string]string{"name": "临沂机械", "leader_name": "王建国"},
			want:     map[string]string{"name": "临沂精工", "address": "临沂", "leader_name": "王建国"},
			wantNote: "storage.clash",
			wantCopy: map[string]string{"name": "临沂机械", "leader_name": "王建国"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := browser.Memory{}
			s := openDrafts(st)
			ours := version(tt.ours)
			s.drafts[ours.ID] = ours
			s.clash(draftKeyPrefix+"d1", encode(version(tt.base)), encode(version(tt.theirs)), "zh")
			if s.note != tt.wantNote {
				t.Errorf("note %q, want %q", s.note, tt.wantNote)
			}
			if s.get("d1") != ours {
				t.Fatal("the open draft was replaced, not updated")
			}
			for id, v := range tt.want {
				if got := ours.Answers.Str(id); got != v {
					t.Errorf("%s = %q, want %q", id, got, v)
				}
			}
			if stored, err := decodeDraft(st[draftKeyPrefix+"d1"]); err != nil || stored.Answers.Str("leader_name") != tt.want["leader_name"] {
				t.Errorf("the merged draft is not what is stored: %v", err)
			}
			var copies []*draft
			for _, d := range s.list() {
				if d.ID != "d1" {
					copies = append(copies, d)
				}
			}
			if tt.wantCopy == nil {
				if len(copies) != 0 {
					t.Errorf("%d copies kept, want none", len(copies))
				}
				return
			}
			if len(copies) != 1 {
				t.Fatalf("%d copies kept, want 1", len(copies))
			}
			if !strings.Contains(copies[0].Name, "另一窗口") {
				t.Errorf("the copy is named %q", copies[0].Name)
			}
			for id, v := range tt.wantCopy {
				if got := copies[0].Answers.Str(id); got != v {
					t.Errorf("copy: %s = %q, want %q", id, got, v)
				}
			}
		})
	}
}
