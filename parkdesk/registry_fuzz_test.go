package parkdesk

import (
	"errors"
	"testing"
	"time"

	"fugong/assessment"
)

// FuzzReadBackup checks that no file makes ReadBackup panic; that a file
// it refuses gets a backup file InputError with a message; that refused
// records come in the file's order, each with a reason; and that what it
// imports backs up and reads back the same, with nothing refused.
func FuzzReadBackup(f *testing.F) {
	es := synthEntries(f, 3)
	if data, err := EncodeBackup(es); err == nil {
		f.Add(data)
	}
	at := `"2026-02-10T09:00:00Z"`
	for _, code := range todaysCodes {
		f.Add([]byte(`{"format":"fugong.registry","version":1,"entries":[{"code":"` + code + `","added":` + at + `}]}`))
	}
	f.Add([]byte(`{"format":"fugong.registry","version":1,"entries":[{"code":"` + todaysCodes["example"] + `","added":"yesterday"},42,null,{"code":"s1.AAAA"},{}]}`))
	f.Add([]byte("\uFEFF" + `{"format":"fugong.registry","version":1,"entries":[]}`))
	f.Add([]byte(`{"format":"fugong.registry","version":2}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		read, err := ReadBackup(data)
		if err != nil {
			var be *assessment.InputError
			if !errors.As(err, &be) || !errors.Is(err, assessment.BackupFileError(be.Code, assessment.Text{})) ||
				be.Message.Zh == "" || be.Message.Exact("ko") == "" {
				t.Fatalf("ReadBackup: error %v is not a backup file error with a message", err)
			}
			return
		}
		last := 0
		for _, r := range read.Refused {
			if r.Position <= last || r.Reason.Zh == "" || r.Field == "" {
				t.Fatalf("refused record out of order or without a reason: %+v", r)
			}
			last = r.Position
		}
		again, err := EncodeBackup(read.Entries)
		if err != nil {
			t.Fatalf("EncodeBackup: %v", err)
		}
		back, err := ReadBackup(again)
		if err != nil || len(back.Refused) > 0 || len(back.Entries) != len(read.Entries) {
			t.Fatalf("backup of what was imported reads back as %d entries, refused %+v, %v; want %d", len(back.Entries), back.Refused, err, len(read.Entries))
		}
		for i, e := range back.Entries {
			if e.Code != read.Entries[i].Code || !e.Added.Equal(read.Entries[i].Added.UTC().Truncate(time.Nanosecond)) {
				t.Fatalf("entry %d reads back as %s at %v, want %s at %v", i, e.Code, e.Added, read.Entries[i].Code, read.Entries[i].Added)
			}
		}
	})
}
