package parkdesk

import (
	"strconv"
	"strings"
	"time"

	"fugong/internal/wire"
)

// A registry keeps an enterprise's daily reports together, in one record
// keyed DailyBundleKey(its FirmKey), whose text (DailyBundle) holds the
// reports' figures, not their codes: opening a registry of 5,000
// enterprises × 30 days then reads a few megabytes, one record an
// enterprise, and decodes no code. A report's code is made again from its
// figures when it is needed (DailyEntry.DailyCode): decoding is strict, so
// a report has one code.
//
// The text, version 2: the line "b2", then for each report in order a
// line of its figures, each preceded, when they differ from the report
// before, by a line naming whom it is from:
//
//	=NAME,CREDIT CODE,PLAN ID
//	DATE,BATCH DATE,ON SITE,QUARANTINE,ABNORMAL TEMPERATURE,NEW CASES,ADDED
//
// Lines end with ";", fields are separated by ",": no character the
// browser's JSON.stringify escapes, so that the store's text is read
// without copying it (a name's "%", "," and ";" are written "%25", "%2C"
// and "%3B"). Dates are "2006-01-02", the batch date "" when unknown;
// ADDED is in milliseconds since 1970. Version 1, which kits wrote
// before, held a line a report (ending with a line break): its code, when
// it arrived (milliseconds since 1970) and a record string, separated by
// tabs; it is read by decoding each code, once, and the registry then
// writes its bundles again in version 2.

// The marks of a version 2 bundle: its first line, and what ends a line
// and separates fields.
const (
	dailyBundleV2 = "b2"
	bundleLineEnd = ';'
	bundleSep     = ','
)

// bundleEscape and bundleUnescape write and read a text field of a line
// naming an enterprise.
var (
	bundleEscape   = strings.NewReplacer("%", "%25", ",", "%2C", ";", "%3B")
	bundleUnescape = strings.NewReplacer("%25", "%", "%2C", ",", "%3B", ";")
)

// bundleField writes a text field of a line naming an enterprise.
func bundleField(b []byte, s string) []byte {
	if strings.ContainsAny(s, "%,;") {
		s = bundleEscape.Replace(s)
	}
	return append(b, s...)
}

// DailyBundleKey is the key of the record holding the daily reports of the
// enterprise firmKey.
func DailyBundleKey(firmKey string) string { return "d:" + firmKey }

// IsDailyBundleKey reports whether a record's key is a DailyBundleKey.
func IsDailyBundleKey(key string) bool { return strings.HasPrefix(key, "d:") }

// DailyBundle writes daily as a bundle's text (version 2).
func DailyBundle(daily []DailyEntry) string {
	b := make([]byte, 0, 8+48*len(daily))
	b = append(b, dailyBundleV2...)
	var from DailyReport // the enterprise the lines are from: its name, credit code and plan ID
	for i := range daily {
		r := &daily[i].Report
		if i == 0 || r.Name != from.Name || r.CreditCode != from.CreditCode || r.PlanID != from.PlanID {
			from = *r
			b = append(b, bundleLineEnd, '=')
			b = bundleField(b, r.Name)
			b = append(b, bundleSep)
			b = bundleField(b, r.CreditCode)
			b = append(b, bundleSep)
			b = bundleField(b, r.PlanID)
		}
		b = append(b, bundleLineEnd)
		b = append(b, r.Date...)
		b = append(b, bundleSep)
		b = append(b, r.BatchDate...)
		for _, n := range [...]int{r.OnSite, r.Quarantine, r.AbnormalTemp, r.NewCases} {
			b = append(b, bundleSep)
			b = strconv.AppendInt(b, int64(n), 10)
		}
		b = append(b, bundleSep)
		b = strconv.AppendInt(b, daily[i].Added.UnixMilli(), 10)
	}
	return string(b)
}

// ParseDailyBundle reads a bundle's text; reports that do not read are
// counted in bad. old says the text is of version 1: the registry should
// write it again (DailyBundle). A text of a newer form gives no report
// (daily_newer.go).
func ParseDailyBundle(s string) (daily []DailyEntry, bad int, old bool) {
	return appendDailyBundle(nil, s)
}

// appendDailyBundle is ParseDailyBundle appending to daily, so that a
// registry's reports are read into one array.
func appendDailyBundle(daily []DailyEntry, s string) (_ []DailyEntry, bad int, old bool) {
	switch bundleVersion(s) {
	case 1:
		daily, bad = appendDailyBundleV1(daily, s)
		return daily, bad, true
	case 2:
	default: // a newer kit's: not read (daily_newer.go)
		return daily, 0, false
	}
	rest, ok := strings.CutPrefix(s, dailyBundleV2+string(bundleLineEnd))
	if !ok {
		return daily, 0, false // "b2": no report
	}
	lines := bundleLines{rest: rest}
	for {
		var e DailyEntry
		ms, ok, more := lines.next(&e.Report)
		switch {
		case !more:
			return daily, bad, false
		case !ok:
			bad++
		case !lines.named:
			e.Added = time.UnixMilli(ms)
			daily = append(daily, e)
		}
	}
}

// bundleLines steps through the lines of a version 2 bundle's text, after
// its first line.
type bundleLines struct {
	rest  string
	from  DailyReport // whom the reports are from, as the last line naming it said
	known bool        // a line naming the enterprise has been read
	named bool        // the last line read named the enterprise
}

// next reads the next line: a report into d, with when it arrived
// (milliseconds since 1970), or a line naming whom the reports after it
// are from (b.named). ok is false for a line that does not read; more is
// false at the end of the text.
func (b *bundleLines) next(d *DailyReport) (added int64, ok, more bool) {
	if b.rest == "" {
		return 0, false, false
	}
	var line string
	line, b.rest, _ = strings.Cut(b.rest, string(bundleLineEnd))
	if b.named = strings.HasPrefix(line, "="); b.named {
		b.from, b.known = readBundleFrom(line[1:])
		return 0, b.known, true
	}
	if !b.known {
		return 0, false, true
	}
	*d = b.from
	added, ok = readBundleLine(line, d)
	return added, ok, true
}

// readBundleFrom reads a line naming the enterprise (without its "=").
func readBundleFrom(line string) (DailyReport, bool) {
	var f [3]string
	for i := range f {
		var more bool
		f[i], line, more = strings.Cut(line, string(bundleSep))
		if more != (i < len(f)-1) {
			return DailyReport{}, false
		}
		if strings.Contains(f[i], "%") {
			f[i] = bundleUnescape.Replace(f[i])
		}
	}
	return DailyReport{Name: f[0], CreditCode: f[1], PlanID: f[2]}, f[2] != ""
}

// readBundleLine reads a line of figures of a report into d, and when it
// arrived (milliseconds since 1970).
func readBundleLine(line string, d *DailyReport) (added int64, ok bool) {
	date, batch, _, n, ok := parseBundleLine(line)
	if !ok {
		return 0, false
	}
	d.Date, d.BatchDate = date, batch
	d.OnSite, d.Quarantine, d.AbnormalTemp, d.NewCases = int(n[0]), int(n[1]), int(n[2]), int(n[3])
	return n[4], true
}

// readBundleFigures reads a line of figures of a report as figures, and
// when it arrived (milliseconds since 1970).
func readBundleFigures(line string) (f DayFigures, added int64, ok bool) {
	_, _, days, n, ok := parseBundleLine(line)
	if !ok {
		return DayFigures{}, 0, false
	}
	return DayFigures{Day: days[0], BatchDay: days[1], OnSite: int32(n[0]),
		Quarantine: int32(n[1]), AbnormalTemp: int32(n[2]), NewCases: int32(n[3])}, n[4], true
}

// parseBundleLine reads a line of figures of a report in one pass: its
// date and batch date (checked; days as day numbers, the batch's -1 when
// unknown), its four counts and when it arrived. A registry reads 150,000
// of them when it opens.
func parseBundleLine(line string) (date, batch string, days [2]int32, n [5]int64, ok bool) {
	const dateLen = len("2006-01-02")
	if len(line) < dateLen+1 || line[dateLen] != bundleSep {
		return "", "", days, n, false
	}
	date, line = line[:dateLen], line[dateLen+1:]
	i := strings.IndexByte(line, bundleSep)
	if i < 0 {
		return "", "", days, n, false
	}
	batch, line = line[:i], line[i+1:]
	days = [2]int32{int32(dayNumber(date)), -1}
	if batch != "" {
		days[1] = int32(dayNumber(batch))
	}
	if days[0] < 0 || batch != "" && days[1] < 0 {
		return "", "", days, n, false
	}
	for k := range n { // the four counts and when it arrived
		j := 0
		for j < len(line) && line[j] >= '0' && line[j] <= '9' && j < 16 {
			n[k] = n[k]*10 + int64(line[j]-'0')
			j++
		}
		last := k == len(n)-1
		if j == 0 || !last && (j == len(line) || line[j] != bundleSep || n[k] > MaxDailyCount) || last && j != len(line) {
			return "", "", days, n, false
		}
		line = line[min(j+1, len(line)):]
	}
	return date, batch, days, n, true
}

// decodeStoredDaily decodes a daily code a registry stored: the kit
// decoded it strictly when it arrived, so its frame and body are read,
// not encoded again to check the spelling (DecodeDaily).
func decodeStoredDaily(code string) (DailyReport, bool) {
	body, _, why := wire.DecodeCode(code, 'd', DailyVersion)
	if why != wire.OK {
		return DailyReport{}, false
	}
	return decodeDailyBody(body)
}

// appendDailyBundleV1 reads a bundle of version 1, decoding each code.
func appendDailyBundleV1(daily []DailyEntry, s string) (_ []DailyEntry, bad int) {
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
		d, ok := decodeStoredDaily(f[0])
		if !ok {
			bad++
			continue
		}
		daily = append(daily, DailyEntry{Code: f[0], Added: time.UnixMilli(ms), Report: d})
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
