package parkdesk

import (
	"strconv"
	"strings"
	"time"
)

// A bundle's text of version 3, which DailyBundle writes: the line "b3",
// then for each report in order a line of its figures, each preceded,
// when they differ from the report before, by a line naming whom it is
// from, as in version 2 (daily_bundle_old.go):
//
//	=NAME,CREDIT CODE,PLAN ID
//	DAY,BATCH DAY,ON SITE,QUARANTINE,ABNORMAL TEMPERATURE,NEW CASES,ADDED
//
// Every figure is an integer written in base 36 (digits and a–z, "-"
// before a negative one, as strconv.FormatInt writes it): DAY is the
// report's day (days since 2000-01-01) less the day of the report before
// in the text (of the first, less 0); BATCH DAY is its batch's opening
// day less DAY, "" when unknown; ADDED is when it arrived (milliseconds
// since 1970) less when the report before in the text did, in int64
// arithmetic that wraps, so that any arrival reads back. A report takes
// some 17 characters, half of version 2's, and its dates are read as
// numbers: opening a registry of 5,000 enterprises × 30 days reads,
// copies and scans half the text. A line that does not read is counted
// and leaves the figures after it as they are: each is taken from the
// last report that read.

// dailyBundleV3 is the first line of a version 3 bundle.
const dailyBundleV3 = "b3"

// The first and last day a report's date may have in a bundle: those of
// the dates a daily code carries (dayNumber), so that a report read has
// dates its code can carry (DailyEntry.DailyCode).
var (
	firstBundleDay = int64(dayNumber("2020-01-01"))
	lastBundleDay  = int64(dayNumber("2099-12-31"))
)

// DailyBundle writes daily as a bundle's text (version 3). A report that
// no daily code can carry (a date out of range, a count below 0 or above
// MaxDailyCount, no plan ID) is left out: none read from a code or a
// bundle is so, and no reader would read it back.
func DailyBundle(daily []DailyEntry) string {
	b := make([]byte, 0, 8+24*len(daily))
	b = append(b, dailyBundleV3...)
	var from *DailyReport // the enterprise the lines are from: its name, credit code and plan ID
	var day, added int64  // of the report before
	for i := range daily {
		r := &daily[i].Report
		f, ok := bundleFigures(r)
		if !ok {
			continue
		}
		if from == nil || r.Name != from.Name || r.CreditCode != from.CreditCode || r.PlanID != from.PlanID {
			from = r
			b = appendBundleFrom(b, r)
		}
		ms := daily[i].Added.UnixMilli()
		b = append(b, bundleLineEnd)
		b = strconv.AppendInt(b, int64(f.Day)-day, 36)
		b = append(b, bundleSep)
		if f.BatchDay >= 0 {
			b = strconv.AppendInt(b, int64(f.BatchDay-f.Day), 36)
		}
		for _, n := range [...]int32{f.OnSite, f.Quarantine, f.AbnormalTemp, f.NewCases} {
			b = append(b, bundleSep)
			b = strconv.AppendInt(b, int64(n), 36)
		}
		b = append(b, bundleSep)
		b = strconv.AppendInt(b, ms-added, 36)
		day, added = int64(f.Day), ms
	}
	return string(b)
}

// bundleFigures is the figures of r, or false when a daily code cannot
// carry them.
func bundleFigures(r *DailyReport) (DayFigures, bool) {
	day, batch := dayNumber(r.Date), -1
	if r.BatchDate != "" {
		if batch = dayNumber(r.BatchDate); batch < 0 {
			return DayFigures{}, false
		}
	}
	if day < 0 || r.PlanID == "" {
		return DayFigures{}, false
	}
	for _, n := range [...]int{r.OnSite, r.Quarantine, r.AbnormalTemp, r.NewCases} {
		if n < 0 || n > MaxDailyCount {
			return DayFigures{}, false
		}
	}
	return DayFigures{Day: int32(day), BatchDay: int32(batch), OnSite: int32(r.OnSite), Quarantine: int32(r.Quarantine),
		AbnormalTemp: int32(r.AbnormalTemp), NewCases: int32(r.NewCases)}, true
}

// bundleLines steps through the lines of a bundle's text of version 3,
// or of version 2, whose lines of figures it reads as figures likewise:
// a registry of the form the previous release stored opens as fast.
type bundleLines struct {
	// text is the text after its first line, at where the next line
	// starts: a position, not the rest of the text as a string, so that
	// stepping writes no pointer (the garbage collector of a phone's
	// WebAssembly pays for each pointer written while it runs).
	text       string
	at         int
	v2         bool        // the text is of version 2
	day, added int64       // of the last report read
	from       DailyReport // whom the reports are from, as the last line naming it said
	known      bool        // a line naming the enterprise has been read
	named      bool        // the last line read named the enterprise
}

// newBundleLines steps through the lines of s, a bundle's text of
// version 3 or 2, after its first line.
func newBundleLines(s string) bundleLines {
	head, rest, _ := strings.Cut(s, string(bundleLineEnd))
	return bundleLines{text: rest, v2: head == dailyBundleV2}
}

// next reads the next line: a report's figures, with when it arrived
// (milliseconds since 1970), or a line naming whom the reports after it
// are from (b.named). ok is false for a line that does not read; more is
// false at the end of the text.
func (b *bundleLines) next() (f DayFigures, added int64, ok, more bool) {
	rest := b.text[b.at:]
	if rest == "" {
		return f, 0, false, false
	}
	if b.named = rest[0] == '='; b.named {
		line, after, _ := strings.Cut(rest[1:], string(bundleLineEnd))
		b.at = len(b.text) - len(after)
		b.from, b.known = readBundleFrom(line)
		return f, 0, b.known, true
	}
	if b.v2 {
		var r DailyReport
		line, after, _ := strings.Cut(rest, string(bundleLineEnd))
		b.at = len(b.text) - len(after)
		if added, ok = readBundleLine(line, &r); !ok || !b.known {
			return f, 0, false, true
		}
		return dayFiguresOf(&r), added, true, true
	}
	n, batch, end, ok := scanBundleInts(rest)
	if !ok {
		if end = strings.IndexByte(rest, bundleLineEnd); end < 0 {
			end = len(rest)
		}
	}
	b.at += min(end+1, len(rest))
	if !ok || !b.known {
		return f, 0, false, true
	}
	day, bd := b.day+n[0], int64(-1)
	if batch {
		bd = day + n[1]
	}
	if day < firstBundleDay || day > lastBundleDay || batch && (bd < firstBundleDay || bd > lastBundleDay) {
		return f, 0, false, true
	}
	for _, c := range n[2:6] {
		if c < 0 || c > MaxDailyCount {
			return f, 0, false, true
		}
	}
	b.day, b.added = day, b.added+n[6]
	return DayFigures{Day: int32(day), BatchDay: int32(bd), OnSite: int32(n[2]), Quarantine: int32(n[3]),
		AbnormalTemp: int32(n[4]), NewCases: int32(n[5])}, b.added, true, true
}

// scanBundleInts reads the seven fields of the line of figures s begins
// with (version 3), in one pass: each an int64 written in base 36 by
// strconv.AppendInt; batch is false when the second is "". end is where
// the line ends (its ";", or the end of s). A registry opens with some
// 150,000 such lines: a digit is one look-up in base36Digit.
func scanBundleInts(s string) (n [7]int64, batch bool, end int, ok bool) {
	i := 0
	for k := range n {
		if k > 0 {
			if i == len(s) || s[i] != bundleSep {
				return n, false, i, false
			}
			i++
			if k == 1 && (i == len(s) || s[i] == bundleSep) {
				continue // no batch day
			}
		}
		neg := i < len(s) && s[i] == '-'
		if neg {
			i++
		}
		start := i
		var v uint64
		for ; i < len(s); i++ {
			d := base36Digit[s[i]]
			if d >= 36 {
				break
			}
			if v >= 1<<58 { // one more digit may not fit
				return n, false, i, false
			}
			v = v*36 + uint64(d)
		}
		if i == start || neg && v > 1<<63 || !neg && v >= 1<<63 {
			return n, false, i, false
		}
		if n[k] = int64(v); neg {
			n[k] = -n[k]
		}
		batch = batch || k == 1
	}
	if i < len(s) && s[i] != bundleLineEnd {
		return n, false, i, false
	}
	return n, batch, i, true
}

// base36Digit is the value of each byte as a digit of base 36 as
// strconv writes it ('0'–'9', 'a'–'z'), 36 for a byte that is none.
var base36Digit = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= '0' && c <= '9':
			t[c] = uint8(c - '0')
		case c >= 'a' && c <= 'z':
			t[c] = uint8(c - 'a' + 10)
		default:
			t[c] = 36
		}
	}
	return t
}()

// appendBundleReports reads the reports of a bundle's text of version 3
// or 2.
func appendBundleReports(daily []DailyEntry, s string) (_ []DailyEntry, bad int) {
	b := newBundleLines(s)
	for {
		f, ms, ok, more := b.next()
		switch {
		case !more:
			return daily, bad
		case !ok:
			bad++
		case !b.named:
			r := b.from
			r.Date = dayDate(int(f.Day))
			if f.BatchDay >= 0 {
				r.BatchDate = dayDate(int(f.BatchDay))
			}
			r.OnSite, r.Quarantine, r.AbnormalTemp, r.NewCases = int(f.OnSite), int(f.Quarantine), int(f.AbnormalTemp), int(f.NewCases)
			daily = append(daily, DailyEntry{Added: time.UnixMilli(ms), Report: r})
		}
	}
}
