package assessment

import (
	"encoding/json"
	"sort"
	"strings"
	"unicode/utf8"
)

// notUTF8Field finds the field of an answers file holding bytes that are
// not UTF-8: "answers.ID", "park.FIELD", "edits.ID" or a top-level key,
// or "" when only a key itself is broken. encoding/json would read such
// bytes as U+FFFD without a word; the file is refused instead, naming the
// field (errEncoding).
func notUTF8Field(top map[string]json.RawMessage) string {
	for _, k := range sortedKeys(top) {
		raw := top[k]
		if utf8.Valid(raw) {
			continue
		}
		var inner map[string]json.RawMessage
		if json.Unmarshal(raw, &inner) == nil {
			for _, ik := range sortedKeys(inner) {
				if !utf8.Valid(inner[ik]) {
					return k + "." + ik
				}
			}
		}
		return k
	}
	return ""
}

// sortedKeys returns m's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// errEncoding refuses a file with bytes that are not UTF-8 in field
// (see notUTF8Field), naming the question when field is an answer.
func errEncoding(field string) *InputError {
	label := msg("answers.utf8.err_encoding.file")
	if field != "" {
		label = msgf("answers.utf8.err_encoding.field", "field", field)
	}
	if id, ok := strings.CutPrefix(field, "answers."); ok {
		if q, known := questionByID[id]; known {
			label = q.Label
		}
	}
	return &InputError{Code: "encoding", Field: field, Message: TextNotUTF8.Message(label, 0)}
}
