package parkdesk

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// Bundles of a form this kit does not know. A bundle's first line names
// its version: "b" and a number (version 3: "b3"); the bundles of version
// 1 name none and begin with a daily code ("d1.…"). A later kit may write
// bundles in a newer form while a tab of this kit is still open on
// another page, or after the phone went back to this release: this kit
// cannot read such a bundle, so it keeps it exactly as stored — never
// writes it again, never merges reports into it, never drops it — and
// says how many enterprises' histories it could not read
// (OpenedRegistry.Newer), so that the staff reload to update. A summary
// code of a newer version is kept likewise, and counted apart from the
// records that do not read (OpenedRegistry.NewerCodes).

// ErrHistoryNewer is refused when a daily report would be stored for an
// enterprise whose history a newer kit wrote: storing it would write over
// that history.
var ErrHistoryNewer = errors.New("parkdesk: the enterprise's daily history was written by a newer kit")

// bundleVersion returns the version of a bundle's text: the number its
// first line names ("b2" is 2), 1 for a text of version 1 (lines of
// daily codes, or none), and 0 for a text of no form this kit can tell.
func bundleVersion(s string) int {
	switch {
	case s == "" || IsDailyCode(s):
		return 1
	case s[0] != 'b':
		return 0
	}
	head, _, _ := strings.Cut(s[1:], string(bundleLineEnd))
	n, err := strconv.Atoi(head)
	if err != nil || n < 2 || head[0] == '+' || head[0] == '0' {
		return 0
	}
	return n
}

// Kept reports whether the daily history of the enterprise firmKey is
// stored in a form newer than this kit knows (Newer): it is kept as
// stored, and nothing may be written over it.
func (o *OpenedRegistry) Kept(firmKey string) bool { return o.kept[firmKey] }

// DailyRecords returns the records holding the daily reports of the
// enterprises keys (FirmKeys; every enterprise with reports when keys is
// nil), a bundle each (DailyBundle) written at now, leaving out the
// enterprises whose history is Kept.
func (o *OpenedRegistry) DailyRecords(entries []Entry, daily []DailyEntry, keys []string, now time.Time) []StoredRecord {
	groups := GroupDaily(entries, daily)
	if keys == nil {
		for k := range groups {
			keys = append(keys, k)
		}
	}
	recs := make([]StoredRecord, 0, len(keys))
	for _, k := range keys {
		if g, ok := groups[k]; ok && !o.Kept(k) {
			recs = append(recs, StoredRecord{Key: DailyBundleKey(k), Added: now, Value: DailyBundle(g)})
		}
	}
	return recs
}

// AddDaily is AddDaily on the registry's reports (daily, read with
// DailyEntries), with the record to store when the report counts: or
// ErrHistoryNewer, daily unchanged, when its enterprise's history is
// Kept.
func (o *OpenedRegistry) AddDaily(daily []DailyEntry, e DailyEntry, today string, now time.Time) ([]DailyEntry, DailyResult, []StoredRecord, error) {
	daily, res, err := AddDaily(o.Entries, daily, e, today)
	if err != nil || res == DailyDuplicate {
		return daily, res, nil, err
	}
	key := DailyFirmKey(o.Entries, e.Report)
	if o.Kept(key) {
		return daily[:len(daily)-1], 0, nil, ErrHistoryNewer
	}
	return daily, res, o.DailyRecords(o.Entries, daily, []string{key}, now), nil
}

// ImportDaily merges more, the reports of a backup, into daily (MergeDaily)
// for entries, with the records to store, leaving out the reports of the
// enterprises whose history is Kept: setAside counts them (they stay in
// the backup, to import again once the kit is updated).
func (o *OpenedRegistry) ImportDaily(entries []Entry, daily, more []DailyEntry, now time.Time) (merged []DailyEntry, recs []StoredRecord, setAside int) {
	if len(o.Newer) > 0 {
		firms := newFirmIndex(entries)
		taken := make([]DailyEntry, 0, len(more))
		for _, d := range more {
			if o.Kept(firms.key(d.Report)) {
				setAside++
				continue
			}
			taken = append(taken, d)
		}
		more = taken
	}
	merged, n := MergeDaily(daily, more)
	if n > 0 {
		recs = o.DailyRecords(entries, merged, nil, now)
	}
	return merged, recs, setAside
}
