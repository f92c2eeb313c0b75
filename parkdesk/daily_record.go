package parkdesk

import "strings"

// A registry keeps an enterprise's daily reports together, in one record
// keyed DailyBundleKey(its FirmKey), whose text (DailyBundle) holds the
// reports' figures, not their codes: opening a registry of 5,000
// enterprises × 30 days then reads a few megabytes, one record an
// enterprise, and decodes no code. A report's code is made again from its
// figures when it is needed (DailyEntry.DailyCode): decoding is strict, so
// a report has one code.
//
// The text begins with a line naming its version ("b3"; daily_newer.go
// for those of a newer kit), then for each report in order a line of its
// figures, each preceded, when they differ from the report before, by a
// line naming whom it is from:
//
//	=NAME,CREDIT CODE,PLAN ID
//
// Lines end with ";", fields are separated by ",": no character the
// browser's JSON.stringify escapes, so that the store's text is read
// without copying it (a name's "%", "," and ";" are written "%25", "%2C"
// and "%3B"). DailyBundle writes version 3 (daily_bundle_v3.go); the
// texts kits wrote before, of versions 2 and 1 (daily_bundle_old.go),
// are read, and the registry writes them again in version 3 once.

// What ends a bundle's line and separates its fields.
const (
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

// ParseDailyBundle reads a bundle's text; reports that do not read are
// counted in bad. old says the text is of an older version: the registry
// should write it again (DailyBundle). A text of a newer form gives no
// report (daily_newer.go).
func ParseDailyBundle(s string) (daily []DailyEntry, bad int, old bool) {
	return appendDailyBundle(nil, s)
}

// appendDailyBundle is ParseDailyBundle appending to daily, so that a
// registry's reports are read into one array.
func appendDailyBundle(daily []DailyEntry, s string) (_ []DailyEntry, bad int, old bool) {
	switch v := bundleVersion(s); v {
	case 3, 2:
		daily, bad = appendBundleReports(daily, s)
		return daily, bad, v == 2
	case 1:
		daily, bad = appendDailyBundleV1(daily, s)
		return daily, bad, true
	}
	return daily, 0, false // a newer kit's: not read (daily_newer.go)
}

// appendBundleFrom writes the line naming whom r is from: its name,
// credit code and plan ID.
func appendBundleFrom(b []byte, r *DailyReport) []byte {
	b = append(b, bundleLineEnd, '=')
	b = bundleField(b, r.Name)
	b = append(b, bundleSep)
	b = bundleField(b, r.CreditCode)
	b = append(b, bundleSep)
	return bundleField(b, r.PlanID)
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
