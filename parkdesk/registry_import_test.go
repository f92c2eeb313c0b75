package parkdesk

import (
	"errors"
	"fmt"
	"fugong/internal/hostile"
	"strconv"
	"strings"
	"testing"
	"time"

	"fugong/internal/wire"

	"fugong/assessment"
)

// TestReadBackupPerRecord: a backup with bad records among good ones
// imports every good one and lists each bad one with its position and
// reason.
func TestReadBackupPerRecord(t *testing.T) {
	es := synthEntries(t, 3)
	good := func(i int) string {
		return `{"code":"` + es[i].Code + `","added":"` + es[i].Added.UTC().Format(time.RFC3339) + `"}`
	}
	nul := craftName(t, "公司\x00")
	records := []struct {
		json  string
		field string // "" for a good record
		say   string // in the Chinese reason
	}{
		{good(0), "", ""},
		{`{"code":"` + es[1].Code + `","added":"yesterday"}`, "added", "yesterday"},
		{good(1), "", ""},
		{`42`, "entry", "不是登记记录"},
		{`{"added":"2026-02-10T09:00:00Z"}`, "code", "没有汇总码"},
		{`{"code":"` + es[2].Code[:30] + `","added":"2026-02-10T09:00:00Z"}`, "code", "不完整"},
		{`{"code":"` + nul + `","added":"2026-02-10T09:00:00Z"}`, "code", "控制字符"},
		{`{"code":"=cmd|' /C calc'!A0","added":"2026-02-10T09:00:00Z"}`, "code", "不是有效的复工汇总码"},
		{`{"code":7,"added":"2026-02-10T09:00:00Z"}`, "entry", "不是登记记录"},
		{`null`, "entry", "不是登记记录"},
		{`{"code":"` + es[2].Code + `","added":"0000-01-01T00:00:00+01:00"}`, "added", "不是有效的时间"},
		{`{"code":"` + es[2].Code + `"}`, "", ""}, // no time: kept, time unknown
	}
	parts := make([]string, len(records))
	for i, r := range records {
		parts[i] = r.json
	}
	data := []byte(`{"format":"fugong.registry","version":1,"entries":[` + strings.Join(parts, ",\n") + `]}`)
	read, err := ReadBackup(data)
	if err != nil {
		t.Fatal(err)
	}
	wantCodes := []string{es[0].Code, es[1].Code, es[2].Code}
	if len(read.Entries) != len(wantCodes) {
		t.Fatalf("%d entries imported, want %d", len(read.Entries), len(wantCodes))
	}
	for i, e := range read.Entries {
		if e.Code != wantCodes[i] {
			t.Errorf("entry %d = %s, want %s", i, e.Code, wantCodes[i])
		}
	}
	var want []RefusedRecord
	for i, r := range records {
		if r.field != "" {
			want = append(want, RefusedRecord{Position: i + 1, Field: r.field, Reason: assessment.Text{Zh: r.say}})
		}
	}
	if len(read.Refused) != len(want) {
		t.Fatalf("refused %+v, want %d records", read.Refused, len(want))
	}
	for i, r := range read.Refused {
		w := want[i]
		if r.Position != w.Position || r.Field != w.Field || !strings.Contains(r.Reason.Zh, w.Reason.Zh) {
			t.Errorf("refused[%d] = %d %s %q, want %d %s containing %q", i, r.Position, r.Field, r.Reason.Zh, w.Position, w.Field, w.Reason.Zh)
		}
		for _, lang := range assessment.Languages {
			if line := r.Describe(lang); !strings.Contains(line, strconv.Itoa(r.Position)) || (lang != "zh" && line == r.Describe("zh")) {
				t.Errorf("Describe(%s) = %q", lang, line)
			}
		}
	}
}

func TestReadBackupNotABackup(t *testing.T) {
	tests := []struct {
		name, data string
		want       error
	}{
		{"empty", "", ErrNotBackup},
		{"other format", `{"format":"other","entries":[]}`, ErrNotBackup},
		{"array", `[1,2]`, ErrNotBackup},
		{"entries not a list", `{"format":"fugong.registry","version":1,"entries":{}}`, ErrNotBackup},
		{"newer", `{"format":"fugong.registry","version":2,"entries":[]}`, ErrBackupTooNew},
		{"too large", strings.Repeat(" ", MaxBackupSize+1), ErrBackupTooLarge},
	}
	for _, c := range tests {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadBackup([]byte(c.data))
			if !errors.Is(err, c.want) {
				t.Fatalf("ReadBackup = %v, want %v", err, c.want)
			}
		})
	}
}

// TestImportBackup: what is new or arrived earlier is to be stored; what
// the registry holds already is counted, not stored again.
func TestImportBackup(t *testing.T) {
	es := synthEntries(t, 4)
	mine := []Entry{es[0], es[1]}
	theirs := []Entry{es[1], es[2], es[3]}
	theirs[0].Added = es[1].Added.Add(-time.Hour) // they had entry 1 earlier
	data, err := EncodeBackup(theirs)
	if err != nil {
		t.Fatal(err)
	}
	data = []byte(strings.Replace(string(data), es[3].Added.UTC().Format(time.RFC3339), "not a time", 1))
	res, err := ImportBackup(mine, data)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entries) != 3 || res.New != 1 || res.Known != 1 || len(res.Refused) != 1 || res.Refused[0].Position != 3 {
		t.Fatalf("ImportBackup: %d entries, %d new, %d known, refused %+v; want 3, 1, 1, record 3", len(res.Entries), res.New, res.Known, res.Refused)
	}
	var changed []string
	for _, e := range res.Changed {
		changed = append(changed, e.Code)
	}
	if len(changed) != 2 || changed[0] != es[1].Code || changed[1] != es[2].Code {
		t.Errorf("changed = %v, want entry 1 (earlier) and entry 2 (new)", changed)
	}
}

// TestReadBackupPayloads puts each held payload into a backup three ways —
// as the name inside a crafted code, as the code itself, and as the time
// added — and checks that a record is refused, with its position, exactly
// when the policy or the formats refuse what it carries.
func TestReadBackupPayloads(t *testing.T) {
	at := `"2026-02-10T09:00:00Z"`
	for _, p := range hostile.Payloads {
		t.Run(p.Name, func(t *testing.T) {
			var records []string
			wantRefused := []int{2, 3} // the payload is never a code, nor a time
			crafted := assessment.CheckText(p.Text, 0, false) != assessment.TextNotUTF8 && len(wire.Text.Append(nil, p.Text)) <= maxSummaryBytes
			if crafted {
				records = append(records, `{"code":`+hostile.JSONRawString(craftName(t, p.Text))+`,"added":`+at+`}`)
				if assessment.CheckText(p.Text, MaxSummaryName, false) != assessment.TextOK {
					wantRefused = []int{1, 2, 3}
				}
			} else {
				records = append(records, `{"code":"`+todaysCodes["example"]+`","added":`+at+`}`)
			}
			records = append(records,
				`{"code":`+hostile.JSONRawString(p.Text)+`,"added":`+at+`}`,
				`{"code":"`+todaysCodes["category1"]+`","added":`+hostile.JSONRawString(p.Text)+`}`)
			data := []byte(`{"format":"fugong.registry","version":1,"entries":[` + strings.Join(records, ",") + `]}`)
			// Bytes that are not UTF-8 reach the decoder as U+FFFD, which
			// is neither a code nor a time: such a record is refused too.
			read, err := ReadBackup(data)
			if err != nil {
				t.Fatalf("ReadBackup: %v", err)
			}
			var got []int
			for _, r := range read.Refused {
				got = append(got, r.Position)
				if r.Reason.Zh == "" || r.Reason.Exact("ko") == "" {
					t.Errorf("record %d refused without a reason in every language", r.Position)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(wantRefused) {
				t.Errorf("refused records %v, want %v", got, wantRefused)
			}
			if len(read.Entries)+len(read.Refused) != len(records) {
				t.Errorf("%d imported + %d refused of %d records", len(read.Entries), len(read.Refused), len(records))
			}
		})
	}
}
