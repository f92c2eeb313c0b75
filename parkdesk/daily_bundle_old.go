package parkdesk

import (
	"strconv"
	"strings"
	"time"

	"fugong/internal/wire"
)

// The bundles' texts kits wrote before version 3 (daily_bundle_v3.go),
// read once when a registry opens and then written again in version 3.
//
// Version 2: the line "b2", then for each report in order a line of its
// figures, each preceded, when they differ from the report before, by a
// line naming whom it is from, as in version 3:
//
//	DATE,BATCH DATE,ON SITE,QUARANTINE,ABNORMAL TEMPERATURE,NEW CASES,ADDED
//
// Dates are "2006-01-02", the batch date "" when unknown; the counts and
// ADDED (milliseconds since 1970) are written in decimal. Its texts are
// stepped through as those of version 3 (bundleLines), a line of figures
// read by readBundleLine.
//
// Version 1 held a line a report (ending with a line break): its code,
// when it arrived (milliseconds since 1970) and a record string,
// separated by tabs; it is read by decoding each code.

// dailyBundleV2 is the first line of a version 2 bundle.
const dailyBundleV2 = "b2"

// readBundleLine reads a line of figures of a report of version 2 into
// d, in one pass, and when it arrived (milliseconds since 1970).
func readBundleLine(line string, d *DailyReport) (added int64, ok bool) {
	const dateLen = len("2006-01-02")
	if len(line) < dateLen+1 || line[dateLen] != bundleSep {
		return 0, false
	}
	date, line := line[:dateLen], line[dateLen+1:]
	batch, line, ok := strings.Cut(line, string(bundleSep))
	if !ok || dayNumber(date) < 0 || batch != "" && dayNumber(batch) < 0 {
		return 0, false
	}
	var n [5]int64
	for k := range n { // the four counts and when it arrived
		j := 0
		for j < len(line) && line[j] >= '0' && line[j] <= '9' && j < 16 {
			n[k] = n[k]*10 + int64(line[j]-'0')
			j++
		}
		last := k == len(n)-1
		if j == 0 || !last && (j == len(line) || line[j] != bundleSep || n[k] > MaxDailyCount) || last && j != len(line) {
			return 0, false
		}
		line = line[min(j+1, len(line)):]
	}
	d.Date, d.BatchDate = date, batch
	d.OnSite, d.Quarantine, d.AbnormalTemp, d.NewCases = int(n[0]), int(n[1]), int(n[2]), int(n[3])
	return n[4], true
}

// appendDailyBundleV1 reads a bundle of version 1, decoding each code;
// as in the other versions, a report read is one a daily code carries.
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
		if _, fits := bundleFigures(&d); !ok || !fits { // a date of no daily code: none was stored so

			bad++
			continue
		}
		daily = append(daily, DailyEntry{Code: f[0], Added: time.UnixMilli(ms), Report: d})
	}
	return daily, bad
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
