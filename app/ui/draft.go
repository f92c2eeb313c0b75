package ui

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strconv"
	"time"

	"fugong/assessment"
)

// draft is one enterprise's answers as the kit keeps them while they are
// filled in: the answers file itself, plus where the user was.
type draft struct {
	ID      string
	Name    string    // the user's own name for the draft; "" shows the enterprise's name
	Updated time.Time // last change
	Step    int       // index of the form step last shown
	Answers *assessment.Answers
	// Basis holds, for each edited plan section, the answers file as it
	// was when the edit was last kept: what the section's text was
	// written from (see stale.go).
	Basis map[string]json.RawMessage
}

// draftRecord is a draft as stored: a small envelope around the answers
// file, written exactly as the command line reads it.
type draftRecord struct {
	Version int                        `json:"v"`
	ID      string                     `json:"id"`
	Name    string                     `json:"name,omitempty"`
	Updated time.Time                  `json:"updated"`
	Step    int                        `json:"step"`
	Answers json.RawMessage            `json:"answers"`
	Basis   map[string]json.RawMessage `json:"basis,omitempty"`
}

// draftVersion is the version of draftRecord written today.
const draftVersion = 1

// errNotDraft says a stored value is not a draft the kit can read.
var errNotDraft = errors.New("not a draft")

// encodeDraft writes d as it is stored.
func encodeDraft(d *draft) (string, error) {
	answers, err := d.Answers.MarshalJSON()
	if err != nil {
		return "", err
	}
	data, err := json.Marshal(draftRecord{Version: draftVersion, ID: d.ID, Name: d.Name,
		Updated: d.Updated.UTC(), Step: d.Step, Answers: answers, Basis: d.Basis})
	return string(data), err
}

// decodeDraft reads a stored draft.
func decodeDraft(s string) (*draft, error) {
	var r draftRecord
	if err := json.Unmarshal([]byte(s), &r); err != nil || r.ID == "" || r.Version < 1 {
		return nil, errNotDraft
	}
	a, err := assessment.ParseAnswers(r.Answers)
	if err != nil {
		return nil, err
	}
	if y := r.Updated.UTC().Year(); y < 1 || y > 9999 {
		r.Updated = time.Time{} // a time no record can hold again: the draft is kept, its time unknown
	}
	return &draft{ID: r.ID, Name: r.Name, Updated: r.Updated, Step: max(0, r.Step), Answers: a, Basis: r.Basis}, nil
}

// newDraftID returns a fresh, practically unique draft ID.
// The random part need not be secret, so math/rand, whose generator is
// ready at start, serves: crypto/rand's first use costs ~20 ms on a slow
// phone as the form opens.
func newDraftID(now time.Time) string {
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], rand.Uint32())
	return strconv.FormatInt(now.UnixMilli(), 36) + hex.EncodeToString(b[:])
}

// newDraft returns an empty draft in lang.
func newDraft(lang string, now time.Time) *draft {
	return &draft{ID: newDraftID(now), Updated: now, Answers: assessment.NewAnswers(lang)}
}

// enterprise returns the enterprise's name as answered, trimmed.
func (d *draft) enterprise() string { return d.Answers.Str("name") }

// title is what lists and headings call the draft: its own name, else the
// enterprise's, else untitled in lang.
func (d *draft) title(lang string) string {
	switch {
	case d.Name != "":
		return d.Name
	case d.enterprise() != "":
		return d.enterprise()
	}
	return t(lang, "draft.untitled")
}

// clone returns a deep copy of d with a new ID, named name.
func (d *draft) clone(name string, now time.Time) (*draft, error) {
	data, err := d.Answers.MarshalJSON()
	if err != nil {
		return nil, err
	}
	a, err := assessment.ParseAnswers(data)
	if err != nil {
		return nil, err
	}
	basis := make(map[string]json.RawMessage, len(d.Basis))
	for id, b := range d.Basis {
		basis[id] = append(json.RawMessage(nil), b...)
	}
	return &draft{ID: newDraftID(now), Name: name, Updated: now, Step: d.Step, Answers: a, Basis: basis}, nil
}
