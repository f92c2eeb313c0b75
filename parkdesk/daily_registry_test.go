package parkdesk

import (
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"
)

// dailyAt is the record of report d received at t.
func dailyAt(t testing.TB, d DailyReport, at time.Time) DailyEntry {
	t.Helper()
	code, err := EncodeDaily(d)
	if err != nil {
		t.Fatal(err)
	}
	return DailyEntry{Code: code, Added: at, Report: d}
}

// reportFor is a report of the enterprise of s on date.
func reportFor(s Summary, date string, onSite int) DailyReport {
	return DailyReport{Name: s.Name, CreditCode: s.CreditCode, PlanID: s.PlanID, Date: date, OnSite: onSite}
}

func TestAddDaily(t *testing.T) {
	entries := synthEntries(t, 3)
	s0, s1 := entries[0].Summary, entries[1].Summary
	first := dailyAt(t, reportFor(s0, "2026-02-17", 10), timeAt(0))
	held := []DailyEntry{first}

	renamed := reportFor(s1, "2026-02-17", 5)
	renamed.PlanID = "0BADC0DE" // a plan changed since its letter was scanned: found by credit code
	stranger := reportFor(s1, "2026-02-17", 5)
	stranger.PlanID, stranger.CreditCode = "0BADC0DE", ""
	correction := reportFor(s0, "2026-02-17", 12)

	tests := []struct {
		name    string
		report  DailyReport
		code    string // instead of the report's
		today   string
		want    DailyResult
		wantErr error
	}{
		{"a new day", reportFor(s0, "2026-02-18", 11), "", "2026-02-18", DailyAdded, nil},
		{"the same code again", DailyReport{}, first.Code, "2026-02-18", DailyDuplicate, nil},
		{"a correction of a day held", correction, "", "2026-02-18", DailyReplaced, nil},
		{"another firm, found by credit code", renamed, "", "2026-02-18", DailyAdded, nil},
		{"from the future", reportFor(s0, "2026-02-19", 11), "", "2026-02-18", 0, ErrDailyFuture},
		{"a firm not in the registry", stranger, "", "2026-02-18", 0, ErrDailyUnknownFirm},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := first
			if tt.code == "" {
				e = dailyAt(t, tt.report, timeAt(5))
			}
			out, res, err := AddDaily(entries, held, e, tt.today)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				if len(out) != len(held) {
					t.Errorf("refused report changed the list: %d records", len(out))
				}
				return
			}
			if res != tt.want {
				t.Errorf("result = %v, want %v", res, tt.want)
			}
			wantLen := len(held) + 1
			if res == DailyDuplicate {
				wantLen = len(held)
			}
			if len(out) != wantLen {
				t.Errorf("%d records, want %d", len(out), wantLen)
			}
		})
	}
}

func TestDailyHistories(t *testing.T) {
	entries := synthEntries(t, 2)
	s0 := entries[0].Summary
	daily := []DailyEntry{
		dailyAt(t, reportFor(s0, "2026-02-18", 20), timeAt(3)),
		dailyAt(t, reportFor(s0, "2026-02-17", 10), timeAt(1)),
		dailyAt(t, reportFor(s0, "2026-02-17", 12), timeAt(2)), // a correction, received later
		dailyAt(t, DailyReport{Name: "外来", PlanID: "0BADC0DE", Date: "2026-02-17"}, timeAt(4)),
	}
	h := DailyHistories(entries, daily)
	got := h[FirmKey(s0)]
	if len(got) != 2 || got[0].Date != "2026-02-17" || got[0].OnSite != 12 || got[1].OnSite != 20 {
		t.Errorf("history = %+v, want 17th with 12 on site (the correction), then 18th with 20", got)
	}
	if len(h) != 1 {
		t.Errorf("%d enterprises have a history, want 1 (the stranger's report is left out)", len(h))
	}
	if f, want := DailyFigures(entries, daily), historyFigures(h); !maps.EqualFunc(f, want, slices.Equal) {
		t.Errorf("DailyFigures = %v, want %v", f, want)
	}
}

// DailyFigures are the figures of the histories, for a registry of many
// enterprises and days, reports out of order and corrected.
func TestDailyFiguresMany(t *testing.T) {
	entries := synthEntries(t, 30)
	daily := synthDaily(t, entries)
	slices.Reverse(daily)
	for i := 0; i < len(daily); i += 7 {
		again := daily[i]
		again.Report.OnSite++
		again.Added = again.Added.Add(time.Minute)
		daily = append(daily, again)
	}
	if f, want := DailyFigures(entries, daily), historyFigures(DailyHistories(entries, daily)); len(f) != len(entries) || !maps.EqualFunc(f, want, slices.Equal) {
		t.Errorf("DailyFigures of %d enterprises differ from the figures of their histories", len(f))
	}
}

func TestMergeDaily(t *testing.T) {
	entries := synthEntries(t, 2)
	a := dailyAt(t, reportFor(entries[0].Summary, "2026-02-17", 10), timeAt(5))
	b := dailyAt(t, reportFor(entries[1].Summary, "2026-02-17", 8), timeAt(6))
	aEarlier := a
	aEarlier.Added = timeAt(1)
	out, n := MergeDaily([]DailyEntry{a}, []DailyEntry{aEarlier, b})
	if n != 1 || len(out) != 2 {
		t.Fatalf("merged %d records, %d new; want 2, 1 new", len(out), n)
	}
	if !out[0].Added.Equal(timeAt(1)) {
		t.Errorf("a code held by both keeps %v, want the earlier arrival %v", out[0].Added, timeAt(1))
	}
}

func TestRegistryBackupWithDaily(t *testing.T) {
	entries := synthEntries(t, 2)
	daily := []DailyEntry{dailyAt(t, reportFor(entries[0].Summary, "2026-02-17", 10), timeAt(5))}
	data, err := EncodeRegistryBackup(entries, daily)
	if err != nil {
		t.Fatal(err)
	}
	back, skipped, err := DecodeBackup(data)
	if err != nil || skipped != 0 || len(back) != 2 {
		t.Fatalf("DecodeBackup: %d entries, %d skipped, %v", len(back), skipped, err)
	}
	gotDaily, skipped := DecodeBackupDaily(data)
	if skipped != 0 || len(gotDaily) != 1 || gotDaily[0].Report != daily[0].Report || !gotDaily[0].Added.Equal(daily[0].Added) {
		t.Errorf("DecodeBackupDaily = %+v, %d skipped", gotDaily, skipped)
	}

	tests := []struct {
		name        string
		file        string
		wantDaily   int
		wantSkipped int
	}{
		{"a backup made before daily reports", `{"format":"fugong.registry","version":1,"entries":[]}`, 0, 0},
		{"a corrupt daily code", `{"format":"fugong.registry","version":1,"entries":[],"daily":[{"code":"d1.AAAA","added":"2026-02-17T09:00:00Z"},{"code":"` + daily[0].Code + `","added":"2026-02-17T09:00:00Z"}]}`, 1, 1},
		{"not a backup", `{"format":"other","daily":[{"code":"` + daily[0].Code + `"}]}`, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, skipped := DecodeBackupDaily([]byte(tt.file))
			if len(d) != tt.wantDaily || skipped != tt.wantSkipped {
				t.Errorf("%d reports, %d skipped; want %d, %d", len(d), skipped, tt.wantDaily, tt.wantSkipped)
			}
		})
	}
	if !strings.Contains(string(data), `"daily"`) {
		t.Errorf("backup has no daily list:\n%s", data)
	}
}
