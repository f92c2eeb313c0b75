//go:build !noroster

package ui

import (
	"encoding/json"

	"fugong/app/browser"
	"fugong/assessment"
	"fugong/roster"
)

// rosterKeyPrefix + a draft's ID is the key of that draft's staff roster
// in the drafts' storage: a record of its own beside the draft, so that
// the draft stays small and the roster follows the drafts wherever they
// are kept. The roster's people never leave the phone.
const rosterKeyPrefix = "fugong.roster."

// rosterRecord is a draft's roster as stored: the people, the rows set
// aside at import, and the answers the roster last gave the form (to tell
// the user's own answer from the roster's).
type rosterRecord struct {
	Format  string                      `json:"format"`
	Version int                         `json:"version"`
	People  []roster.Person             `json:"people"`
	Aside   []roster.Aside              `json:"aside,omitempty"`
	Applied map[string]assessment.Value `json:"applied,omitempty"`
}

// roster is the record's roster.
func (r *rosterRecord) roster() roster.Roster { return roster.Roster{People: r.People, Aside: r.Aside} }

// loadRoster reads draft id's roster from st: an empty one when there is
// none or it cannot be read.
func loadRoster(st browser.Storage, id string) *rosterRecord {
	rec := &rosterRecord{}
	if v, ok := st.Get(rosterKeyPrefix + id); ok {
		if json.Unmarshal([]byte(v), rec) != nil || rec.Format != roster.Format {
			rec = &rosterRecord{}
		}
	}
	return rec
}

// saveRoster writes draft id's roster to st; an empty roster is removed.
func saveRoster(st browser.Storage, id string, rec *rosterRecord) error {
	if len(rec.People) == 0 && len(rec.Aside) == 0 {
		st.Del(rosterKeyPrefix + id)
		return nil
	}
	rec.Format, rec.Version = roster.Format, roster.Version
	if rec.People == nil {
		rec.People = []roster.Person{}
	}
	data, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	return st.Set(rosterKeyPrefix+id, string(data))
}

// applyRoster fills the draft's staff answers from counts, the roster's
// (roster.Count of rec's people), and reports whether an answer changed. An answer the user
// changed away from the roster's is theirs and kept (the form warns that
// it differs); an empty one, or one still as the roster last gave it,
// follows the roster. Answers the roster no longer gives are left as
// they are, no longer marked.
func applyRoster(a *assessment.Answers, rec *rosterRecord, counts roster.Counts) bool {
	applied := map[string]assessment.Value{}
	changed := false
	for _, ans := range counts.Answers() {
		cur := a.Get(ans.ID)
		prev, had := rec.Applied[ans.ID]
		if cur.IsEmpty() || (had && cur.Equal(prev)) {
			if !cur.Equal(ans.Value) {
				a.Set(ans.ID, ans.Value)
				changed = true
			}
		}
		applied[ans.ID] = ans.Value
	}
	rec.Applied = applied
	return changed
}

// rosterMark says how a question's answer stands against the roster:
// markNone when the roster does not give it, markFromRoster when the
// answer is the roster's, markOverridden when the user's answer differs.
type rosterMark int

// The marks.
const (
	markNone rosterMark = iota
	markFromRoster
	markOverridden
)

// markOf is the mark of question id's answer cur.
func markOf(rec *rosterRecord, id string, cur assessment.Value) (rosterMark, assessment.Value) {
	if rec == nil {
		return markNone, assessment.Value{}
	}
	v, ok := rec.Applied[id]
	switch {
	case !ok:
		return markNone, v
	case cur.Equal(v):
		return markFromRoster, v
	}
	return markOverridden, v
}
