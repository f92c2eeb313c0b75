package ui

import (
	"bytes"
	"encoding/json"
	"sort"
)

// mergeDrafts merges two versions of one stored draft (draftRecord JSON)
// that both grew from base: theirs, written meanwhile by another tab, and
// ours. Each answer, each plan edit and each other field changed on one
// side only is taken from that side. A field changed on both sides to
// different values is a clash: ours is kept, and the clash is listed by
// its name ("answers.name", "edits.intro", "name", …), so that the caller
// can keep their version too. An unreadable base counts as empty.
func mergeDrafts(base, ours, theirs string) (merged string, clashes []string, err error) {
	b, o, t := jsonObject(base), jsonObject(ours), jsonObject(theirs)
	if o == nil || t == nil {
		return "", nil, errNotDraft
	}
	out := map[string]json.RawMessage{}
	for _, k := range unionKeys(b, o, t) {
		if k == "answers" {
			inner, innerClashes, err := mergeAnswersFile(b[k], o[k], t[k])
			if err != nil {
				return "", nil, err
			}
			out[k] = inner
			clashes = append(clashes, innerClashes...)
			continue
		}
		v, clash, keep := mergeValue(b[k], o[k], t[k])
		if clash && k != "updated" && k != "step" && k != "v" {
			clashes = append(clashes, k)
		}
		if keep {
			out[k] = v
		}
	}
	data, err := json.Marshal(out)
	return string(data), clashes, err
}

// mergeAnswersFile merges the answers file inside a draft: its answers and
// its plan edits key by key, its other fields (ruleset, lang, park) whole.
func mergeAnswersFile(base, ours, theirs json.RawMessage) (json.RawMessage, []string, error) {
	b, o, t := jsonObject(string(base)), jsonObject(string(ours)), jsonObject(string(theirs))
	if o == nil || t == nil {
		return nil, nil, errNotDraft
	}
	out := map[string]json.RawMessage{}
	var clashes []string
	for _, k := range unionKeys(b, o, t) {
		if k == "answers" || k == "edits" {
			bi, oi, ti := jsonObject(string(b[k])), jsonObject(string(o[k])), jsonObject(string(t[k]))
			inner := map[string]json.RawMessage{}
			for _, id := range unionKeys(bi, oi, ti) {
				v, clash, keep := mergeValue(bi[id], oi[id], ti[id])
				if clash {
					clashes = append(clashes, k+"."+id)
				}
				if keep {
					inner[id] = v
				}
			}
			data, err := json.Marshal(inner)
			if err != nil {
				return nil, nil, err
			}
			out[k] = data
			continue
		}
		v, clash, keep := mergeValue(b[k], o[k], t[k])
		if clash {
			clashes = append(clashes, k)
		}
		if keep {
			out[k] = v
		}
	}
	data, err := json.Marshal(out)
	return data, clashes, err
}

// mergeValue is the three-way merge of one field (nil: absent). It returns
// the merged value, whether both sides changed it differently (ours then
// wins), and whether the field is present at all.
func mergeValue(base, ours, theirs json.RawMessage) (v json.RawMessage, clash, keep bool) {
	switch {
	case sameJSON(ours, theirs), sameJSON(theirs, base):
		v = ours
	case sameJSON(ours, base):
		v = theirs
	default:
		v, clash = ours, true
	}
	return v, clash, v != nil
}

// sameJSON compares two JSON values as written by encoding/json (nil is
// absent).
func sameJSON(a, b json.RawMessage) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	var ca, cb bytes.Buffer
	if json.Compact(&ca, a) != nil || json.Compact(&cb, b) != nil {
		return bytes.Equal(a, b)
	}
	return bytes.Equal(ca.Bytes(), cb.Bytes())
}

// jsonObject decodes a JSON object's fields, or returns nil.
func jsonObject(s string) map[string]json.RawMessage {
	var m map[string]json.RawMessage
	if json.Unmarshal([]byte(s), &m) != nil {
		return nil
	}
	if m == nil {
		m = map[string]json.RawMessage{}
	}
	return m
}

// unionKeys returns the keys of all three objects, sorted.
func unionKeys(ms ...map[string]json.RawMessage) []string {
	seen := map[string]bool{}
	var ks []string
	for _, m := range ms {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				ks = append(ks, k)
			}
		}
	}
	sort.Strings(ks)
	return ks
}
