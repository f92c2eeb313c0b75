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
