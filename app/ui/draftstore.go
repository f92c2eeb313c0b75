package ui

import (
	"encoding/json"
	"sort"
	"strings"
	"time"

	"fugong/app/browser"
)

// Keys of the kit's drafts in storage.
const (
	draftKeyPrefix = "fugong.draft." // + draft ID: one draft
	placeKey       = "fugong.place"  // where the user was: place
)

// place is where the user left off: the draft and the screen.
type place struct {
	Draft string `json:"draft"`
	Route string `json:"route,omitempty"` // "/form", "/result" or "/plan"
}

// draftStore holds every draft in memory and writes each change through to
// storage. When storage fails, the drafts stay in memory and err says why,
// so the user can still export them.
type draftStore struct {
	st     browser.Storage
	drafts map[string]*draft
	place  place
	err    error // the last write's error; nil once a write succeeds

	// note is what the storage did that the user should know of, as a
	// catalogue key ("storage.restored", "storage.merged",
	// "storage.clash"), with its arguments; "" for nothing.
	note     string
	noteArgs []any
}

// openDrafts reads every draft in st. Values that are not drafts are
// left alone.
func openDrafts(st browser.Storage) *draftStore {
	s := &draftStore{st: st, drafts: map[string]*draft{}}
	for _, k := range st.Keys() {
		if !strings.HasPrefix(k, draftKeyPrefix) {
			continue
		}
		v, _ := st.Get(k)
		if d, err := decodeDraft(v); err == nil && draftKeyPrefix+d.ID == k {
			s.drafts[d.ID] = d
		}
	}
	if v, ok := st.Get(placeKey); ok {
		json.Unmarshal([]byte(v), &s.place)
	}
	if s.drafts[s.place.Draft] == nil {
		s.place = place{}
	}
	browser.NoteDraftsHeld(len(s.drafts) > 0)
	return s
}

// list returns the drafts, most recently changed first.
func (s *draftStore) list() []*draft {
	out := make([]*draft, 0, len(s.drafts))
	for _, d := range s.drafts {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Updated.Equal(out[j].Updated) {
			return out[i].Updated.After(out[j].Updated)
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// get returns the draft with the given ID, or nil.
func (s *draftStore) get(id string) *draft { return s.drafts[id] }

// save keeps d and writes it to storage.
func (s *draftStore) save(d *draft) error {
	s.drafts[d.ID] = d
	v, err := encodeDraft(d)
	if err == nil {
		err = s.st.Set(draftKeyPrefix+d.ID, v)
	}
	s.err = err
	browser.NoteDraftsHeld(true)
	return err
}

// remove deletes the draft with the given ID, and its staff roster.
func (s *draftStore) remove(id string) {
	delete(s.drafts, id)
	s.st.Del(draftKeyPrefix + id)
	s.st.Del(rosterKeyPrefix + id)
	if s.place.Draft == id {
		s.setPlace(place{})
	}
	browser.NoteDraftsHeld(len(s.drafts) > 0)
}

// setPlace remembers where the user is.
func (s *draftStore) setPlace(p place) {
	if p == s.place {
		return
	}
	s.place = p
	data, _ := json.Marshal(p)
	if err := s.st.Set(placeKey, string(data)); err != nil {
		s.err = err
	}
}

// clash takes in another tab's version of a stored draft (theirs) that
// was written after this page read base: the two are merged answer by
// answer into this page's draft, which is saved. Where both changed one
// answer differently, this page's answer is kept and theirs is kept too,
// as a copy of the draft named in lang, so that nothing typed in either
// tab is lost.
func (s *draftStore) clash(key, base, theirs, lang string) {
	id := strings.TrimPrefix(key, draftKeyPrefix)
	d := s.drafts[id]
	other, err := decodeDraft(theirs)
	switch {
	case d == nil && err == nil: // deleted here, kept there: keep it
		s.drafts[id] = other
		return
	case d == nil:
		return
	}
	ours, err := encodeDraft(d)
	if err != nil {
		return
	}
	merged, clashes, err := mergeDrafts(base, ours, theirs)
	var m *draft
	if err == nil {
		m, err = decodeDraft(merged)
	}
	if err != nil || other == nil { // theirs is unreadable: ours stands
		s.save(d)
		return
	}
	*d = *m
	d.ID = id
	s.save(d)
	s.note, s.noteArgs = "storage.merged", nil
	if len(clashes) > 0 {
		other.ID = newDraftID(time.Now())
		other.Name = tf(lang, "storage.their_copy", other.title(lang))
		s.save(other)
		s.note, s.noteArgs = "storage.clash", []any{len(clashes), other.Name}
	}
}
