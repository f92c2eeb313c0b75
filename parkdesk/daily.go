package parkdesk

import (
	"strconv"
	"strings"
	"time"

	"fugong/internal/wire"

	"fugong/assessment"
)

// A daily report code carries one day's figures from an enterprise to its
// park, as the summary code carries its result: the enterprise's kit shows
// it as a QR code, a link and a message to paste into the park's group
// chat, and a member of the park's staff who opens it adds it to that
// phone's registry, beside the enterprise's entry:
//
//	https://host/prefix/collect#d=d1.PAYLOAD
//
// The frame is the summary code's (wire.EncodeCode) under the letter "d".
// Body, version 1, in this order:
//
//	name, credit code   as in the summary code
//	plan ID             as in the summary code
//	date                uvarint days since 2000-01-01
//	batch date          uvarint 0 unknown, else days since 2000-01-01 plus 1
//	counts              uvarint each: people on site, in quarantine, with an
//	                    abnormal temperature, new cases
//
// Decoding is strict: a body must be exactly what EncodeDaily makes of the
// report it decodes to.

// DailyVersion is the version of the daily report format this kit writes
// and the newest it reads.
const DailyVersion = 1

// DailyParam is the name of the fragment parameter holding a daily code.
const DailyParam = "d"

// MaxDailyCount is the largest count a daily report carries.
const MaxDailyCount = 1_000_000

// dailyEpoch is day 0 of the daily code's dates.
var dailyEpoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// DailyReport is one day's figures from one enterprise.
type DailyReport struct {
	Name         string // the enterprise's name, as in its summary
	CreditCode   string // its credit code, as in its summary
	PlanID       string // the plan ID of its summary: the key to its registry entry
	Date         string // the day reported, "2006-01-02"
	BatchDate    string // the opening date of its batch in the park's link, or ""
	OnSite       int    // people working on site that day
	Quarantine   int    // people in quarantine
	AbnormalTemp int    // people with an abnormal temperature (≥ 37.3 ℃)
	NewCases     int    // new confirmed or suspected cases
}

// DailyCounts are the four figures an enterprise gives each day: typed,
// or counted from its staff roster.
type DailyCounts struct {
	OnSite, Quarantine, AbnormalTemp, NewCases int
}

// NewDailyReport makes the report of answers a for date from counts c.
// The name, credit code and plan ID are those its summary code carries,
// and the batch date is its park's opening date of its batch.
func NewDailyReport(a *assessment.Answers, r assessment.Result, date string, c DailyCounts) DailyReport {
	s := NewSummary(a, r)
	return DailyReport{
		Name: s.Name, CreditCode: s.CreditCode, PlanID: s.PlanID,
		Date: date, BatchDate: r.BatchDate,
		OnSite: c.OnSite, Quarantine: c.Quarantine, AbnormalTemp: c.AbnormalTemp, NewCases: c.NewCases,
	}
}

// Counts returns the report's four figures.
func (d DailyReport) Counts() DailyCounts {
	return DailyCounts{d.OnSite, d.Quarantine, d.AbnormalTemp, d.NewCases}
}

// The errors of daily codes.
var (
	ErrDailyMalformed   = assessment.DailyCodeError("malformed", assessment.Msg("daily.err_daily_malformed.message"))
	ErrDailyTruncated   = assessment.DailyCodeError("truncated", assessment.Msg("daily.err_daily_truncated.message"))
	ErrDailyAltered     = assessment.DailyCodeError("altered", assessment.Msg("daily.err_daily_altered.message"))
	ErrDailyTooNew      = assessment.DailyCodeError("too_new", assessment.Msg("daily.err_daily_too_new.message"))
	ErrDailyInvalid     = assessment.DailyCodeError("invalid", assessment.Msg("daily.err_daily_invalid.message"))
	ErrDailyFuture      = assessment.DailyCodeError("future", assessment.Msg("daily.err_daily_future.message"))
	ErrDailyUnknownFirm = assessment.DailyCodeError("unknown_firm", assessment.Msg("daily.err_daily_unknown_firm.message"))
)

// dailyFrameErrors are the errors of a daily code whose frame does not
// read (wire.DecodeCode).
var dailyFrameErrors = map[wire.Why]*assessment.InputError{
	wire.Malformed: ErrDailyMalformed, wire.Truncated: ErrDailyTruncated,
	wire.Altered: ErrDailyAltered, wire.TooNew: ErrDailyTooNew,
}

// EncodeDaily returns the daily code of d, "d1.…". It fails with
// ErrDailyInvalid when d holds what the format cannot carry.
func EncodeDaily(d DailyReport) (string, error) {
	body, ok := encodeDailyBody(d)
	if !ok {
		return "", ErrDailyInvalid
	}
	return wire.EncodeCode('d', DailyVersion, body), nil
}

// DailyURL returns base + "collect#d=" + the daily code of d.
func DailyURL(base string, d DailyReport) (string, error) {
	code, err := EncodeDaily(d)
	if err != nil {
		return "", err
	}
	if base != "" && !strings.HasSuffix(base, "/") {
		base += "/"
	}
	return base + CollectRoute + "#" + DailyParam + "=" + code, nil
}

// DailyCode finds a daily code in s: a whole collect URL, its fragment
// ("#d=…" or "d=…"), or the code itself. Space around s is dropped.
func DailyCode(s string) string { return fragmentParam(strings.TrimSpace(s), DailyParam) }

// IsDailyFragment reports whether a collect address's fragment holds a
// daily code ("#d=…") rather than a summary code.
func IsDailyFragment(fragment string) bool {
	fragment = strings.TrimPrefix(strings.TrimSpace(fragment), "#")
	for _, part := range strings.Split(fragment, "&") {
		if strings.HasPrefix(part, DailyParam+"=") {
			return true
		}
	}
	return false
}

// IsDailyCode reports whether code is written as a daily code ("d…"), as
// the registry's store tells its records apart.
func IsDailyCode(code string) bool { return strings.HasPrefix(code, "d") }

// DecodeDaily reads a daily code (or a URL or fragment holding one). Its
// errors are *InputError.
func DecodeDaily(code string) (DailyReport, error) {
	body, _, why := wire.DecodeCode(DailyCode(code), 'd', DailyVersion)
	if why != wire.OK {
		return DailyReport{}, dailyFrameErrors[why]
	}
	d, ok := decodeDailyBody(body)
	if !ok {
		return DailyReport{}, ErrDailyMalformed
	}
	if again, ok := encodeDailyBody(d); !ok || string(again) != string(body) {
		return DailyReport{}, ErrDailyMalformed
	}
	return d, nil
}

// dayNumber returns the days from dailyEpoch to date ("2006-01-02", a
// date ValidDate accepts), or -1. It reads the digits itself: the park's
// picture reads a date for every report, and time.Parse costs ten times
// as much.
func dayNumber(date string) int {
	if len(date) != 10 || date[4] != '-' || date[7] != '-' {
		return -1
	}
	num := func(s string) int {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return -1
			}
			n = n*10 + int(s[i]-'0')
		}
		return n
	}
	y, m, d := num(date[:4]), num(date[5:7]), num(date[8:])
	if y < 2020 || y > 2099 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return -1
	}
	return civilDays(y, m, d) - civilDays(2000, 1, 1)
}

// daysIn is the number of days of month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// civilDays counts days from 1970-01-01 to y-m-d in the proleptic
// Gregorian calendar (H. Hinnant's days_from_civil).
func civilDays(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// dayDate is the date of day n after dailyEpoch, "2006-01-02". It works
// the date out itself (H. Hinnant's civil_from_days), as dayNumber reads
// one: a registry's older records decode a date for every report.
func dayDate(n int) string {
	z := n + civilDays(2000, 1, 1) + 719468
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	b := [10]byte{byte('0' + y/1000%10), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

func encodeDailyBody(d DailyReport) ([]byte, bool) {
	w := &sumWriter{}
	w.text(d.Name, MaxSummaryName, "the name")
	w.creditCode(d.CreditCode)
	if !w.hexPlanID(d.PlanID) {
		if d.PlanID == "" {
			return nil, false
		}
		w.Byte(1)
		w.text(d.PlanID, 16, "the plan ID")
	}
	day := dayNumber(d.Date)
	if day < 0 {
		return nil, false
	}
	w.Uvarint(uint64(day))
	switch batch := dayNumber(d.BatchDate); {
	case d.BatchDate == "":
		w.Uvarint(0)
	case batch < 0:
		return nil, false
	default:
		w.Uvarint(uint64(batch) + 1)
	}
	for _, n := range []int{d.OnSite, d.Quarantine, d.AbnormalTemp, d.NewCases} {
		if n < 0 || n > MaxDailyCount {
			return nil, false
		}
		w.Uvarint(uint64(n))
	}
	return w.B, w.err == nil
}

func decodeDailyBody(body []byte) (DailyReport, bool) {
	r := sumReader{Reader: wire.NewReader(body)}
	var d DailyReport
	d.Name = r.text()
	d.CreditCode = r.creditCode()
	d.PlanID = r.planID()
	const maxDay = 40000 // beyond 2099: ValidDate refuses it
	d.Date = dayDate(r.Small(maxDay))
	if b := r.Small(maxDay + 1); b > 0 {
		d.BatchDate = dayDate(b - 1)
	}
	for _, p := range []*int{&d.OnSite, &d.Quarantine, &d.AbnormalTemp, &d.NewCases} {
		*p = r.Small(MaxDailyCount)
	}
	if !r.Done() {
		return DailyReport{}, false
	}
	return d, true
}

// DailyMessage is the report as a message for the park's group chat, in
// lang, ending with url (the daily report's link) when it is not "".
func DailyMessage(d DailyReport, url, lang string) string {
	name := d.Name
	if name == "" {
		name = d.PlanID
	}
	s := assessment.Msgf("daily.daily_message.report", "name", name, "date", d.Date,
		"on_site", strconv.Itoa(d.OnSite), "quarantine", strconv.Itoa(d.Quarantine),
		"abnormal", strconv.Itoa(d.AbnormalTemp), "new_cases", strconv.Itoa(d.NewCases),
		"plan_id", d.PlanID).In(lang)
	if url != "" {
		s += "\n" + assessment.Msg("daily.daily_message.park_registry").In(lang) + url
	}
	return s
}
