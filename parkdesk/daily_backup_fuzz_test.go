package parkdesk

import (
	"testing"
	"time"
)

// FuzzDecodeBackupDaily checks that no file makes DecodeBackupDaily, the
// reader of a registry backup's daily reports, panic, and that what it
// reads backs up and reads back the same, with nothing skipped. DecodeBackup
// itself is ReadBackup's (FuzzReadBackup).
func FuzzDecodeBackupDaily(f *testing.F) {
	es := synthEntries(f, 2)
	daily := synthDaily(f, es)[:12]
	if data, err := EncodeRegistryBackup(es, daily); err == nil {
		f.Add(data) // a backup as /registry exports it
	}
	if data, err := EncodeRegistryBackup(nil, daily[:1]); err == nil {
		f.Add(data[:len(data)/2]) // cut short
	}
	code := daily[0].Code
	f.Add([]byte(`{"format":"fugong.registry","version":1,"entries":[],"daily":[{"code":"` + code + `","added":"2026-02-10T09:00:00Z"},{"code":"d1.AAAA","added":"2026-02-10T09:00:00Z"}]}`))
	f.Add([]byte("\uFEFF" + `{"format":"fugong.registry","version":1,"daily":[{"code":"` + code + `","added":"yesterday"},42,null]}`))
	f.Add([]byte(`{"format":"fugong.registry","version":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		read, skipped := DecodeBackupDaily(data)
		if skipped < 0 {
			t.Fatalf("skipped %d", skipped)
		}
		again, err := EncodeRegistryBackup(nil, read)
		if err != nil {
			t.Fatalf("EncodeRegistryBackup: %v", err)
		}
		back, skipped := DecodeBackupDaily(again)
		if skipped != 0 || len(back) != len(read) {
			t.Fatalf("backup of what was read reads back as %d reports, %d skipped; want %d", len(back), skipped, len(read))
		}
		for i, d := range back {
			if d.Code != read[i].Code || !d.Added.Equal(read[i].Added.UTC().Truncate(time.Nanosecond)) || d.Report != read[i].Report {
				t.Fatalf("report %d reads back as %+v, want %+v", i, d, read[i])
			}
		}
	})
}
