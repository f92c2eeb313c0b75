package assessment

import (
	"strconv"
	"strings"
	"time"
)

// A registry stores a daily report beside its code as a record string,
// "d1|PLAN|CREDIT|DATE|BATCHDATE|ONSITE|QUARANTINE|TEMP|CASES", so that
// opening a registry of 150,000 reports reads them without decoding each
// code again (the code was checked when it arrived). The enterprise's
// name is not kept: the registry names an enterprise by its entry.

// Record writes d as a registry record string.
func (d DailyReport) Record() string {
	return strings.Join([]string{"d1", d.PlanID, d.CreditCode, d.Date, d.BatchDate,
		strconv.Itoa(d.OnSite), strconv.Itoa(d.Quarantine), strconv.Itoa(d.AbnormalTemp), strconv.Itoa(d.NewCases)}, "|")
}

// ParseDailyRecord reads what Record wrote; false when s is not such a
// record (the code must then be decoded).
func ParseDailyRecord(s string) (DailyReport, bool) {
	f := strings.Split(s, "|")
	if len(f) != 9 || f[0] != "d1" || f[1] == "" || dayNumber(f[3]) < 0 || f[4] != "" && dayNumber(f[4]) < 0 {
		return DailyReport{}, false
	}
	d := DailyReport{PlanID: f[1], CreditCode: f[2], Date: f[3], BatchDate: f[4]}
	for i, p := range []*int{&d.OnSite, &d.Quarantine, &d.AbnormalTemp, &d.NewCases} {
		n, err := strconv.Atoi(f[5+i])
		if err != nil || n < 0 || n > MaxDailyCount {
			return DailyReport{}, false
		}
		*p = n
	}
	return d, true
}

// DailyEntryFromRecord is the registry record of code received at added:
// from its record string when that reads, else decoded from the code.
func DailyEntryFromRecord(code string, added time.Time, record string) (DailyEntry, error) {
	if d, ok := ParseDailyRecord(record); ok {
		return DailyEntry{Code: code, Added: added, Report: d}, nil
	}
	return NewDailyEntry(code, added)
}

// A registry keeps an enterprise's daily reports together, in one record
// keyed DailyBundleKey(its FirmKey), whose text (DailyBundle) holds a line
// for each report: its code, when it arrived (milliseconds since 1970)
// and its record string, separated by tabs. Opening a registry then reads
// one record an enterprise, not one a report.

// DailyBundleKey is the key of the record holding the daily reports of the
// enterprise firmKey.
func DailyBundleKey(firmKey string) string { return "d:" + firmKey }

// IsDailyBundleKey reports whether a record's key is a DailyBundleKey.
func IsDailyBundleKey(key string) bool { return strings.HasPrefix(key, "d:") }

// DailyBundle writes daily as a bundle's text.
func DailyBundle(daily []DailyEntry) string {
	var b strings.Builder
	for i, d := range daily {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.Code + "\t" + strconv.FormatInt(d.Added.UnixMilli(), 10) + "\t" + d.Report.Record())
	}
	return b.String()
}

// ParseDailyBundle reads a bundle's text; lines that do not read are
// counted in bad.
func ParseDailyBundle(s string) (daily []DailyEntry, bad int) {
	for line := range strings.SplitSeq(s, "\n") {
		f := strings.SplitN(line, "\t", 3)
		if len(f) != 3 || !IsDailyCode(f[0]) {
			bad++
			continue
		}
		ms, err := strconv.ParseInt(f[1], 10, 64)
		if err != nil {
			bad++
			continue
		}
		d, err := DailyEntryFromRecord(f[0], time.UnixMilli(ms), f[2])
		if err != nil {
			bad++
			continue
		}
		daily = append(daily, d)
	}
	return daily, bad
}

// GroupDaily sorts daily by enterprise (FirmKey, through entries); reports
// whose enterprise entries do not hold are left out.
func GroupDaily(entries []Entry, daily []DailyEntry) map[string][]DailyEntry {
	firms := newFirmIndex(entries)
	out := map[string][]DailyEntry{}
	for _, d := range daily {
		if key := firms.key(d.Report); key != "" {
			out[key] = append(out[key], d)
		}
	}
	return out
}
