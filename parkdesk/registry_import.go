package parkdesk

import (
	"bytes"
	"encoding/json"
	"strconv"
	"time"

	"fugong/assessment"
)

// A registry backup is imported record by record: one record that cannot
// be read — a damaged code, a time that is not a time — is listed with
// its position and the reason, and every valid record beside it is
// imported.

// RefusedRecord is one record of a backup that was not imported.
type RefusedRecord struct {
	Position int             // 1 for the file's first entry
	Field    string          // "entry", "code" or "added"
	Reason   assessment.Text // why, for people
}

// BackupRead is what ReadBackup found in a backup file.
type BackupRead struct {
	Entries []Entry         // the valid records, in the file's order
	Refused []RefusedRecord // the others, by position
}

// backupRecord is one entry of a backup as read: the time stays raw so
// that a bad one refuses its record only.
type backupRecord struct {
	Code  *string         `json:"code"`
	Added json.RawMessage `json:"added"`
}

// ReadBackup reads a backup file record by record. A file that is not a
// registry backup at all (not JSON, another format, a newer version, too
// large) is an error (ErrNotBackup, ErrBackupTooNew, ErrBackupTooLarge);
// within one, each record that cannot be used is listed in Refused, and
// the others are in Entries, each code in its one spelling
// (NormalizeSummaryCode).
func ReadBackup(data []byte) (BackupRead, error) {
	if len(data) > MaxBackupSize {
		return BackupRead{}, ErrBackupTooLarge
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	var f struct {
		Format  string            `json:"format"`
		Version int               `json:"version"`
		Entries []json.RawMessage `json:"entries"`
	}
	if json.Unmarshal(data, &f) != nil || f.Format != BackupFormat {
		return BackupRead{}, ErrNotBackup
	}
	if f.Version > 1 {
		return BackupRead{}, ErrBackupTooNew
	}
	var out BackupRead
	for i, raw := range f.Entries {
		e, refused := readBackupRecord(raw)
		if refused != nil {
			refused.Position = i + 1
			out.Refused = append(out.Refused, *refused)
			continue
		}
		out.Entries = append(out.Entries, e)
	}
	return out, nil
}

// readBackupRecord reads one record, or says why it cannot be used.
func readBackupRecord(raw json.RawMessage) (Entry, *RefusedRecord) {
	var r backupRecord
	if json.Unmarshal(raw, &r) != nil || bytes.TrimSpace(raw)[0] != '{' {
		return Entry{}, &RefusedRecord{Field: "entry", Reason: assessment.Msg("registry.import.read_backup_record.reason")}
	}
	if r.Code == nil || *r.Code == "" {
		return Entry{}, &RefusedRecord{Field: "code", Reason: assessment.Msg("registry.import.read_backup_record.reason.no_summary_code")}
	}
	var added time.Time
	if len(r.Added) > 0 && string(r.Added) != "null" {
		// The zero time is how a backup writes a time unknown (a record
		// imported without one); any other must be a real one.
		if json.Unmarshal(r.Added, &added) != nil || !added.IsZero() && (added.UTC().Year() < 2000 || added.UTC().Year() > 2999) {
			shown := string(r.Added)
			if assessment.CheckText(shown, 40, false) != assessment.TextOK {
				shown = "…"
			}
			return Entry{}, &RefusedRecord{Field: "added", Reason: assessment.Msgf("registry.import.read_backup_record.reason.time_added_not_valid", "shown", shown)}
		}
	}
	e, err := NewEntry(*r.Code, added)
	if err != nil {
		reason := assessment.NewText(err.Error(), err.Error())
		if se, ok := err.(*assessment.InputError); ok {
			reason = se.Message
		}
		return Entry{}, &RefusedRecord{Field: "code", Reason: reason}
	}
	return e, nil
}

// Describe writes the refused record as one line in lang: its position
// and the reason.
func (r RefusedRecord) Describe(lang string) string {
	n := strconv.Itoa(r.Position)
	return assessment.Msgf("registry.import.describe.record", "n", n).In(lang) + r.Reason.In(lang)
}

// ImportResult is what importing a backup into a registry did.
type ImportResult struct {
	Entries []Entry         // the registry after the import, annotated
	Changed []Entry         // what to store: the new entries, and those whose first arrival moved earlier
	New     int             // valid records the registry did not hold
	Known   int             // valid records it held already
	Refused []RefusedRecord // records not imported, by position
}

// ImportBackup reads a backup (ReadBackup) and merges its valid records
// into entries (Merge): each code once, at its earliest arrival. It fails
// only when data is not a registry backup at all.
func ImportBackup(entries []Entry, data []byte) (ImportResult, error) {
	read, err := ReadBackup(data)
	if err != nil {
		return ImportResult{}, err
	}
	merged, n := Merge(entries, read.Entries)
	old := make(map[string]time.Time, len(entries))
	for _, h := range entries {
		old[h.Code] = h.Added
	}
	var changed []Entry
	for _, m := range merged {
		if at, ok := old[m.Code]; !ok || !at.Equal(m.Added) {
			changed = append(changed, m)
		}
	}
	return ImportResult{Entries: merged, Changed: changed, New: n, Known: len(read.Entries) - n, Refused: read.Refused}, nil
}
