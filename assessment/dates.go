package assessment

import (
	"strconv"
	"time"
)

// dateIn writes t as lang writes a date, the one form each language uses
// in every document and message: 2026年2月10日, 10 February 2026,
// 2026年2月10日, 2026년 2월 10일.
func dateIn(t time.Time, lang string) string { return dateText(t).In(lang) }

// dateText writes t in every language. The order and the words are the
// catalogs' template "dates.date"; the month is a number but in English.
func dateText(t time.Time) Text {
	m := strconv.Itoa(int(t.Month()))
	return msgf("dates.date", "y", strconv.Itoa(t.Year()), "month", msg("dates.month."+m), "d", strconv.Itoa(t.Day()))
}

// dayText writes a "2006-01-02" date in every language; a text that
// is not such a date is kept as it is.
func dayText(iso string) Text {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return msgf("dates.day_text", "iso", iso)
	}
	return dateText(t)
}
