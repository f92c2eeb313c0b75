package assessment

import (
	"strconv"
	"time"
)

// dateIn writes t as lang writes a date, the one form each language uses
// in every document and message: 2026年2月10日, 10 February 2026,
// 2026年2月10日, 2026년 2월 10일.
func dateIn(t time.Time, lang string) string {
	y, m, d := strconv.Itoa(t.Year()), strconv.Itoa(int(t.Month())), strconv.Itoa(t.Day())
	switch lang {
	case "en":
		return t.Format("2 January 2006")
	case "ko":
		return y + "년 " + m + "월 " + d + "일"
	}
	return y + "年" + m + "月" + d + "日"
}

// dayText writes a "2006-01-02" date in the four languages; a text that
// is not such a date is kept as it is.
func dayText(iso string) Text {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return msgf("dates.day_text", "iso", iso)
	}
	return txt(dateIn(t, "zh"), dateIn(t, "en"), dateIn(t, "ja"), dateIn(t, "ko"))
}
