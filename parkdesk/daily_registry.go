package parkdesk

import (
	"sort"
	"time"
)

// A registry keeps, beside its entries, every daily report code received
// for them (DailyEntry): the day-by-day history of each enterprise. An
// enterprise is known by its credit code when its summary gives one, else
// by its plan ID (FirmKey), so that a new summary scanned after the
// enterprise changed its answers keeps its history.

// DailyEntry is a daily report as a registry holds it: the code as
// received, when this registry first received it, and what it says. A
// report is known by what it says: decoding is strict, so two codes of
// one report are one code.
type DailyEntry struct {
	Code   string    // the daily code, "d1.…"; "" when read from a registry's store, which keeps the figures (DailyCode)
	Added  time.Time // when it was first received
	Report DailyReport
}

// DailyCode returns the code of e: as received, or made again from its
// report when the store gave the figures alone.
func (e DailyEntry) DailyCode() string {
	if e.Code != "" {
		return e.Code
	}
	code, _ := EncodeDaily(e.Report) // a report read from the store was encodable when it arrived
	return code
}

// NewDailyEntry decodes code into a record received at added.
func NewDailyEntry(code string, added time.Time) (DailyEntry, error) {
	code = DailyCode(code)
	d, err := DecodeDaily(code)
	if err != nil {
		return DailyEntry{}, err
	}
	return DailyEntry{Code: code, Added: added, Report: d}, nil
}

// FirmKey is how a registry knows the enterprise of a summary: "c:" and
// its credit code, or "p:" and its plan ID when it gave none.
func FirmKey(s Summary) string {
	if s.CreditCode != "" {
		return "c:" + s.CreditCode
	}
	return "p:" + s.PlanID
}

// DailyFirmKey returns the FirmKey of the enterprise d reports for among
// entries: the entry with d's plan ID, else one with d's credit code. It
// returns "" when the registry holds neither.
func DailyFirmKey(entries []Entry, d DailyReport) string {
	return newFirmIndex(entries).key(d)
}

// firmIndex finds the enterprise of a daily report among entries.
type firmIndex struct {
	keys             []string       // the FirmKeys, each once
	byPlan, byCredit map[string]int // plan ID, credit code → position in keys
}

func newFirmIndex(entries []Entry) firmIndex {
	x := firmIndex{make([]string, 0, len(entries)), make(map[string]int, len(entries)), make(map[string]int, len(entries))}
	at := make(map[string]int, len(entries))
	for i := range entries {
		x.add(&entries[i].Summary, at)
	}
	return x
}

// add indexes the enterprise of s; at are the positions in x.keys of the
// FirmKeys. It is a function called once an entry, not a loop's body:
// the browser compiles a function of WebAssembly fully once it has run a
// while, for its next calls only.
func (x *firmIndex) add(s *Summary, at map[string]int) {
	key := FirmKey(*s)
	n, ok := at[key]
	if !ok {
		n = len(x.keys)
		at[key] = n
		x.keys = append(x.keys, key)
	}
	x.byPlan[s.PlanID] = n
	if s.CreditCode != "" {
		x.byCredit[s.CreditCode] = n
	}
}

// id returns the position in x.keys of the enterprise d reports for, or
// -1.
func (x firmIndex) id(d *DailyReport) int {
	if n, ok := x.byPlan[d.PlanID]; ok {
		return n
	}
	if d.CreditCode != "" {
		if n, ok := x.byCredit[d.CreditCode]; ok {
			return n
		}
	}
	return -1
}

func (x firmIndex) key(d DailyReport) string {
	if n := x.id(&d); n >= 0 {
		return x.keys[n]
	}
	return ""
}

// DailyResult says what AddDaily did with a report.
type DailyResult int

// What AddDaily does with a report.
const (
	DailyAdded     DailyResult = iota // the first report of that enterprise for that day
	DailyDuplicate                    // the same code was already held: nothing changed
	DailyReplaced                     // another report for that day was held: this one, received later, counts
)

// AddDaily adds e to daily when it can count: its date is not after today
// ("2006-01-02", the phone's date) and entries hold its enterprise.
// Otherwise it returns ErrDailyFuture or ErrDailyUnknownFirm and daily
// unchanged.
func AddDaily(entries []Entry, daily []DailyEntry, e DailyEntry, today string) ([]DailyEntry, DailyResult, error) {
	if e.Report.Date > today {
		return daily, 0, ErrDailyFuture
	}
	firms := newFirmIndex(entries)
	key := firms.key(e.Report)
	if key == "" {
		return daily, 0, ErrDailyUnknownFirm
	}
	res := DailyAdded
	for _, h := range daily {
		switch {
		case h.Report == e.Report:
			return daily, DailyDuplicate, nil
		case h.Report.Date == e.Report.Date && firms.key(h.Report) == key:
			res = DailyReplaced
		}
	}
	return append(daily, e), res, nil
}

// MergeDaily adds the records of more that daily does not hold (the same
// report, by what it says), keeping the earlier arrival of a report held
// by both. It returns the union and how many records were new.
func MergeDaily(daily, more []DailyEntry) ([]DailyEntry, int) {
	at := make(map[DailyReport]int, len(daily)+len(more))
	out := make([]DailyEntry, 0, len(daily)+len(more))
	n := 0
	for k, list := range [][]DailyEntry{daily, more} {
		for _, e := range list {
			if i, ok := at[e.Report]; ok {
				if e.Added.Before(out[i].Added) {
					out[i].Added = e.Added
				}
				continue
			}
			at[e.Report] = len(out)
			out = append(out, e)
			if k == 1 {
				n++
			}
		}
	}
	return out, n
}

// DailyHistories sorts daily by enterprise (FirmKey, through entries): for
// each, one report a day — of several for a day, the one received last —
// oldest day first. Reports whose enterprise entries do not hold are left
// out.
func DailyHistories(entries []Entry, daily []DailyEntry) map[string][]DailyReport {
	g := groupDaily(entries, daily)
	reports := make([]DailyReport, 0, len(g.order)) // every history, one after the other
	out := make(map[string][]DailyReport, len(g.keys))
	for id, key := range g.keys {
		from := len(reports)
		for _, i := range g.of(id) {
			r := &daily[i].Report
			if n := len(reports); n > from && reports[n-1].Date == r.Date {
				reports[n-1] = *r // received later: it counts
				continue
			}
			reports = append(reports, *r)
		}
		if len(reports) > from {
			out[key] = reports[from:len(reports):len(reports)]
		}
	}
	return out
}

// DailyFigures is the figures of DailyHistories(entries, daily), an
// enterprise's days in one array, without the histories' reports made
// first: a fifth of the memory.
func DailyFigures(entries []Entry, daily []DailyEntry) map[string][]DayFigures {
	g := groupDaily(entries, daily)
	days := make([]DayFigures, 0, len(g.order)) // every history, one after the other
	out := make(map[string][]DayFigures, len(g.keys))
	for id, key := range g.keys {
		from, date := len(days), "" // date: of the last day kept
		for _, i := range g.of(id) {
			r := &daily[i].Report
			if n := len(days); n > from && date == r.Date {
				days[n-1] = dayFiguresOf(r) // received later: it counts
				continue
			}
			days, date = append(days, dayFiguresOf(r)), r.Date
		}
		if len(days) > from {
			out[key] = days[from:len(days):len(days)]
		}
	}
	return out
}

// dailyGroups are a registry's reports grouped by enterprise: the
// positions in daily of the reports of the enterprise keys[id] are
// order[start[id]:start[id+1]], oldest day first, and of one day in the
// order they arrived.
type dailyGroups struct {
	keys         []string
	order, start []int32
}

// of returns the positions of the reports of the enterprise keys[id].
func (g dailyGroups) of(id int) []int32 { return g.order[g.start[id]:g.start[id+1]] }

// groupDaily groups daily by enterprise, leaving out the reports whose
// enterprise entries do not hold. A registry opens with 150,000 reports:
// they are grouped in two passes over one array, and a group is sorted
// only when its reports did not arrive in order.
func groupDaily(entries []Entry, daily []DailyEntry) dailyGroups {
	firms := newFirmIndex(entries)
	ids := make([]int32, len(daily))
	start := make([]int32, len(firms.keys)+1) // the first position of each group in order
	for i := range daily {
		id := firms.id(&daily[i].Report)
		ids[i] = int32(id)
		if id >= 0 {
			start[id+1]++
		}
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	order := make([]int32, start[len(start)-1]) // positions in daily, group by group
	next := append([]int32(nil), start[:len(start)-1]...)
	for i, id := range ids {
		if id >= 0 {
			order[next[id]] = int32(i)
			next[id]++
		}
	}
	before := func(a, b *DailyEntry) bool {
		if a.Report.Date != b.Report.Date {
			return a.Report.Date < b.Report.Date
		}
		return a.Added.Before(b.Added)
	}
	g := dailyGroups{firms.keys, order, start}
	for id := range g.keys {
		o := g.of(id)
		for j := 1; j < len(o); j++ {
			if before(&daily[o[j]], &daily[o[j-1]]) {
				sort.SliceStable(o, func(i, j int) bool { return before(&daily[o[i]], &daily[o[j]]) })
				break
			}
		}
	}
	return g
}
