package assessment

import (
	"strconv"
	"strings"
	"time"

	"fugong/internal/wire"
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
func NewDailyReport(a *Answers, r Result, date string, c DailyCounts) DailyReport {
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
	ErrDailyMalformed   = &InputError{kind: dailyCode, Code: "malformed", Message: txt("这不是有效的每日报告码。请让企业重新发送当天的报告链接或二维码。", "This is not a valid daily report code. Ask the enterprise to send the day's report link or QR code again.", "有効な日報コードではありません。企業にその日の報告リンクまたはQRコードを再送してもらってください。", "올바른 일일 보고 코드가 아닙니다. 기업에 그날의 보고 링크나 QR 코드를 다시 보내 달라고 하세요.")}
	ErrDailyTruncated   = &InputError{kind: dailyCode, Code: "truncated", Message: txt("每日报告码不完整（可能复制时少了一段）。请打开企业发来的完整链接。", "The daily report code is incomplete (part of it was lost when copied). Open the whole link the enterprise sent.", "日報コードが途中で切れています（コピーで一部が欠けた可能性があります）。企業から届いたリンク全体を開いてください。", "일일 보고 코드가 잘려 있습니다(복사할 때 일부가 빠졌을 수 있습니다). 기업이 보낸 전체 링크를 여세요.")}
	ErrDailyAltered     = &InputError{kind: dailyCode, Code: "altered", Message: txt("每日报告码已损坏或被改动（校验不符），未记入登记册。请让企业重新发送。", "The daily report code is damaged or was changed (its checksum does not match); nothing was recorded. Ask the enterprise to send it again.", "日報コードが破損しているか、書き換えられています（チェックサム不一致）。記録していません。企業に再送してもらってください。", "일일 보고 코드가 손상되었거나 변경되었습니다(검사값 불일치). 기록하지 않았습니다. 기업에 다시 보내 달라고 하세요.")}
	ErrDailyTooNew      = &InputError{kind: dailyCode, Code: "too_new", Message: txt("此每日报告码由更新版本的工具生成，请更新本工具：联网后刷新页面，再打开此链接。", "This daily report code was made by a newer version of the kit: update the kit by reloading the page while online, then open the link again.", "この日報コードは新しいバージョンのツールで作られています。オンラインでページを再読み込みしてツールを更新し、もう一度リンクを開いてください。", "이 일일 보고 코드는 더 새로운 버전의 도구로 만들어졌습니다. 온라인 상태에서 페이지를 새로고침해 도구를 업데이트한 뒤 링크를 다시 여세요.")}
	ErrDailyInvalid     = &InputError{kind: dailyCode, Code: "invalid", Message: txt("报告内容超出每日报告码的范围（日期无效、人数为负或过大，或名称过长）。", "The report holds what a daily report code cannot carry (a date that is not valid, a count below zero or too large, or a name too long).", "報告の内容が日報コードで表せる範囲を超えています（無効な日付、負または大きすぎる人数、長すぎる名称）。", "보고 내용이 일일 보고 코드로 나타낼 수 있는 범위를 벗어났습니다(잘못된 날짜, 음수이거나 너무 큰 인원, 너무 긴 이름).")}
	ErrDailyFuture      = &InputError{kind: dailyCode, Code: "future", Message: txt("报告日期晚于今天，未记入登记册。请核对企业手机和本手机的日期。", "The report is dated after today; nothing was recorded. Check the date on the enterprise's phone and on this one.", "報告日が今日より後のため、記録していません。企業の端末とこの端末の日付を確認してください。", "보고 날짜가 오늘보다 늦어 기록하지 않았습니다. 기업 휴대폰과 이 휴대폰의 날짜를 확인하세요.")}
	ErrDailyUnknownFirm = &InputError{kind: dailyCode, Code: "unknown_firm", Message: txt("登记册中没有这家企业（方案编号和信用代码都不符），未记入。请先扫描该企业承诺书上的二维码，再打开此报告。", "This enterprise is not in the registry (neither its plan ID nor its credit code matches); nothing was recorded. Scan the QR code on its letter first, then open this report again.", "この企業は登録簿にありません（計画番号も信用コードも一致しません）。記録していません。先に誓約書のQRコードを読み取ってから、この報告を開いてください。", "이 기업은 등록부에 없습니다(계획 번호와 신용코드가 모두 일치하지 않음). 기록하지 않았습니다. 먼저 서약서의 QR 코드를 스캔한 뒤 이 보고를 다시 여세요.")}
)

// dailyFrameErrors are the errors of a daily code whose frame does not
// read (wire.DecodeCode).
var dailyFrameErrors = map[wire.Why]*InputError{
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
	r := sumReader{wire.NewReader(body)}
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
	var s string
	switch lang {
	case "en":
		s = "[Daily report] " + name + ", " + d.Date + ": " + strconv.Itoa(d.OnSite) + " on site, " +
			strconv.Itoa(d.Quarantine) + " in quarantine, " + strconv.Itoa(d.AbnormalTemp) + " with abnormal temperature, " +
			strconv.Itoa(d.NewCases) + " new cases. Plan " + d.PlanID + "."
	case "ja":
		s = "【日報】" + name + " " + d.Date + "：出勤 " + strconv.Itoa(d.OnSite) + " 人、隔離中 " + strconv.Itoa(d.Quarantine) +
			" 人、体温異常 " + strconv.Itoa(d.AbnormalTemp) + " 人、新規症例 " + strconv.Itoa(d.NewCases) + " 件。計画番号 " + d.PlanID + "。"
	case "ko":
		s = "[일일 보고] " + name + " " + d.Date + ": 현장 근무 " + strconv.Itoa(d.OnSite) + "명, 격리 " + strconv.Itoa(d.Quarantine) +
			"명, 체온 이상 " + strconv.Itoa(d.AbnormalTemp) + "명, 신규 환자 " + strconv.Itoa(d.NewCases) + "건. 계획 번호 " + d.PlanID + "."
	default:
		s = "【复工日报】" + name + " " + d.Date + "：在岗 " + strconv.Itoa(d.OnSite) + " 人，隔离观察 " + strconv.Itoa(d.Quarantine) +
			" 人，体温异常 " + strconv.Itoa(d.AbnormalTemp) + " 人，新增病例 " + strconv.Itoa(d.NewCases) + " 例。方案编号 " + d.PlanID + "。"
	}
	if url != "" {
		s += "\n" + txt("园区登记：", "For the park's registry: ", "園区の登録：", "단지 등록: ").In(lang) + url
	}
	return s
}
