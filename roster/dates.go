package roster

import (
	"strconv"
	"strings"
	"time"

	"fugong/assessment"
)

// validDate reports whether s is a date "2006-01-02", as time.Parse
// would say, by hand: an import checks a few dates per person, and
// time.Parse is slow in WebAssembly.
func validDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	y, m, d := digitsValue(s[:4]), digitsValue(s[5:7]), digitsValue(s[8:])
	if y < 0 || m < 1 || m > 12 || d < 1 {
		return false
	}
	days := monthDays[m-1]
	if m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days++
	}
	return d <= days
}

// monthDays are the days of each month of a common year.
var monthDays = [12]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// digitsValue is the number s writes in decimal digits only; -1 when s
// holds anything else.
func digitsValue(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// AddDays returns the date n days after date ("2006-01-02"), or "" when
// date is not one.
func AddDays(date string, n int) string {
	if !validDate(date) {
		return ""
	}
	y, m, d := digitsValue(date[:4]), digitsValue(date[5:7]), digitsValue(date[8:])
	return dateText(time.Date(y, time.Month(m), d+n, 0, 0, 0, 0, time.UTC))
}

// dateText is t's date as "2006-01-02", written by hand: Time.Format is
// slow in WebAssembly, and an import writes a few dates per person.
func dateText(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format(time.DateOnly)
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + int(m)/10), byte('0' + int(m)%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// SerialDate is the date, "2006-01-02", of a spreadsheet's serial number
// n, its time of day dropped: days counted in Excel's 1900 date system
// (day 0 is 1899-12-30, past its 1900-02-29 bug) or, when from1904, in
// the 1904 one of old Excel for Mac (day 0 is 1904-01-01). False for a
// number before the system's first day (1900-03-01, 1904-01-01) or after
// 9999.
func SerialDate(n float64, from1904 bool) (string, bool) {
	if from1904 {
		if n < 0 {
			return "", false
		}
		n += 1462 // 1904-01-01 in the 1900 system
	}
	if !(n >= 61 && n < 2958466) {
		return "", false
	}
	return dateText(time.Date(1899, 12, 30+int(n), 0, 0, 0, 0, time.UTC)), true
}

// ParseDate reads a date as spreadsheets and people write it: 2026-02-10,
// 2026/2/10, 2026.2.10, 2026年2月10日, 20260210, or an Excel serial number
// (46063, with or without a time fraction), in full-width digits too. It
// returns "2006-01-02", or false when s is not a date. An empty s is not a
// date either.
func ParseDate(s string) (string, bool) {
	s = trimSpace(assessment.HalfWidth(s))
	if s == "" {
		return "", false
	}
	// A time after the date ("2026-02-10 00:00:00") is dropped.
	if i := strings.IndexAny(s, " T"); i > 0 {
		s = s[:i]
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && !strings.ContainsAny(s, "-/") {
		if len(s) == 8 && f >= 19000101 && f <= 29991231 && f == float64(int(f)) {
			return ymd(s[:4], s[4:6], s[6:])
		}
		// Serial numbers from 1 Jan 1950 to 31 Dec 2099.
		if f >= 18264 && f < 73051 {
			return SerialDate(f, false)
		}
		return "", false
	}
	parts := strings.Split(dateSeparators.Replace(s), "-")
	if len(parts) != 3 {
		return "", false
	}
	return ymd(parts[0], parts[1], parts[2])
}

// dateSeparators turns the separators of a written date into "-"; made
// once, since a replacer is slow to build and an import reads thousands
// of dates.
var dateSeparators = strings.NewReplacer("年", "-", "月", "-", "日", "", "号", "", "/", "-", ".", "-")

// ymd is the date of the year, month and day given as digits.
func ymd(y, m, d string) (string, bool) {
	yy, e1 := strconv.Atoi(y)
	mm, e2 := strconv.Atoi(m)
	dd, e3 := strconv.Atoi(d)
	if e1 != nil || e2 != nil || e3 != nil || len(y) != 4 || yy < 1900 || mm < 1 || mm > 12 || dd < 1 || dd > 31 {
		return "", false
	}
	date := dateText(time.Date(yy, time.Month(mm), dd, 0, 0, 0, 0, time.UTC))
	if !validDate(date) || digitsValue(date[8:]) != dd {
		return "", false // 2026-02-30 is no date
	}
	return date, true
}
