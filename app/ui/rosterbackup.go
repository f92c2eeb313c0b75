//go:build !noroster

package ui

import (
	"bytes"
	"encoding/json"
	"errors"

	"fugong/roster"
)

// A draft exported as an answers file carries its staff roster under the
// file's key "roster" (the record as the phone stores it), so that the
// backup of a draft restores its roster too. The command line ignores the
// key; a file without it imports without a roster, as before.

// withRoster adds rec to data, an answers file as Answers.Encode writes
// it (one JSON object); data is unchanged when rec is empty.
func withRoster(data []byte, rec *rosterRecord) ([]byte, error) {
	if len(rec.People) == 0 && len(rec.Aside) == 0 {
		return data, nil
	}
	rec.Format, rec.Version = roster.Format, roster.Version
	r, err := json.Marshal(rec)
	if err != nil {
		return nil, err
	}
	body := bytes.TrimRight(data, " \n")
	if !bytes.HasSuffix(body, []byte("}")) {
		return nil, errors.New("answers file: not an object")
	}
	head := bytes.TrimRight(body[:len(body)-1], " \n")
	out := make([]byte, 0, len(head)+len(r)+20)
	out = append(append(out, head...), ",\n  \"roster\": "...)
	out = append(out, r...)
	return append(out, "\n}\n"...), nil
}

// errBackupRoster says the roster in an answers file cannot be read.
var errBackupRoster = errors.New("answers file: the roster cannot be read")

// backupRoster reads the roster an answers file carries: nil when it
// carries none.
func backupRoster(data []byte) (*rosterRecord, error) {
	var top struct {
		Roster json.RawMessage `json:"roster"`
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, errBackupRoster
	}
	if len(top.Roster) == 0 || string(top.Roster) == "null" {
		return nil, nil
	}
	rec := &rosterRecord{}
	if json.Unmarshal(top.Roster, rec) != nil || rec.Format != roster.Format {
		return nil, errBackupRoster
	}
	if rec.Version > roster.Version {
		return nil, errBackupRosterNewer
	}
	return rec, nil
}
