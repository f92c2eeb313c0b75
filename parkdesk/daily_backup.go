package parkdesk

import (
	"bytes"
	"encoding/json"
)

// A registry backup (EncodeBackup) carries the daily report codes too, in
// a "daily" list beside "entries", each record a code and when it arrived:
//
//	{"format": "fugong.registry", "version": 1, "entries": [...], "daily": [{"code": "d1.…", "added": …}]}
//
// The list is optional: backups made before daily reports load as they
// did, and a kit that knows no daily reports ignores it.

// dailyBackupFile is a backup with its daily list.
type dailyBackupFile struct {
	Format  string        `json:"format"`
	Version int           `json:"version"`
	Entries []backupEntry `json:"entries"`
	Daily   []backupEntry `json:"daily,omitempty"`
}

// EncodeRegistryBackup writes entries and their daily reports as a JSON
// backup file.
func EncodeRegistryBackup(entries []Entry, daily []DailyEntry) ([]byte, error) {
	f := dailyBackupFile{Format: BackupFormat, Version: 1, Entries: make([]backupEntry, len(entries))}
	for i, e := range entries {
		f.Entries[i] = backupEntry{Code: e.Code, Added: e.Added.UTC()}
	}
	for _, d := range daily {
		f.Daily = append(f.Daily, backupEntry{Code: d.DailyCode(), Added: d.Added.UTC()})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// DecodeBackupDaily reads the daily reports of a backup file that
// DecodeBackup accepted. Records whose code does not decode are skipped
// and counted.
func DecodeBackupDaily(data []byte) (daily []DailyEntry, skipped int) {
	if len(data) > MaxBackupSize {
		return nil, 0
	}
	var f dailyBackupFile
	if json.Unmarshal(bytes.TrimPrefix(data, []byte("\uFEFF")), &f) != nil || f.Format != BackupFormat {
		return nil, 0
	}
	for _, b := range f.Daily {
		e, err := NewDailyEntry(b.Code, b.Added)
		if err != nil {
			skipped++
			continue
		}
		daily = append(daily, e)
	}
	return daily, skipped
}
