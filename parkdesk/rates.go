package parkdesk

import "sort"

// The park's picture: from a registry's entries and daily reports, how
// many enterprises and workers are back on a given day. An enterprise has
// resumed on day D when a daily report dated on or before D, and on or
// after its batch's opening date, has people on site. Its workers are its
// staff total (employees_total); those back are the people on site in its
// last report on or before D.

// Firm is one enterprise of a registry: its newest entry and its history.
type Firm struct {
	Key   string       // FirmKey
	Entry *Entry       // the newest entry of the enterprise (latest Added)
	Days  []DayFigures // one a day, oldest first (DailyHistories, as figures)
}

// Firms groups entries by enterprise, each with its newest entry and its
// daily history, in the order their newest entries appear in entries.
func Firms(entries []Entry, daily []DailyEntry) []Firm {
	idx := make([]int, len(entries))
	for i := range idx {
		idx[i] = i
	}
	return FirmsOf(entries, idx, DailyFigures(entries, daily))
}

// FirmsOf is Firms over the entries at positions idx, with histories hist
// (DailyFigures of the whole registry, worked out once): a dashboard
// filters the entries without sorting thousands of reports again.
func FirmsOf(entries []Entry, idx []int, hist map[string][]DayFigures) []Firm {
	keys := firmKeys(entries, idx)
	at := make(map[string]int, len(idx))
	out := make([]Firm, 0, len(idx))
	for n, i := range idx {
		e := &entries[i]
		key := keys.at(n)
		if j, ok := at[key]; ok {
			if e.Added.After(out[j].Entry.Added) {
				out[j].Entry = e
			}
			continue
		}
		at[key] = len(out)
		out = append(out, Firm{Key: key, Entry: e, Days: hist[key]})
	}
	return out
}

// keyRun is the FirmKeys of entries, written one after another in one
// string: one allocation for a registry's 5,000 keys, not one a key, which
// a phone's WebAssembly feels each time the dashboard draws.
type keyRun struct {
	all  string
	ends []int32 // where each key ends in all
}

// firmKeys are the FirmKeys of the entries at positions idx, in order.
func firmKeys(entries []Entry, idx []int) keyRun {
	n := 0
	for _, i := range idx {
		s := &entries[i].Summary
		n += 2 + max(len(s.CreditCode), len(s.PlanID))
	}
	b := make([]byte, 0, n)
	ends := make([]int32, len(idx))
	for k, i := range idx {
		if s := &entries[i].Summary; s.CreditCode != "" {
			b = append(append(b, "c:"...), s.CreditCode...)
		} else {
			b = append(append(b, "p:"...), s.PlanID...)
		}
		ends[k] = int32(len(b))
	}
	return keyRun{string(b), ends}
}

// at is the key of the n-th entry.
func (r keyRun) at(n int) string {
	from := int32(0)
	if n > 0 {
		from = r.ends[n-1]
	}
	return r.all[from:r.ends[n]]
}

// BatchDates are the park's opening dates of batches 1–3 ([1]–[3],
// "2006-01-02" or ""), as its link set them.
type BatchDates [4]string

// batchDays are the park's batch opening dates as day numbers (dayNumber),
// -1 when not set.
type batchDays [4]int32

func (d BatchDates) days() batchDays {
	var out batchDays
	for i, s := range d {
		out[i] = -1
		if s != "" {
			out[i] = int32(dayNumber(s))
		}
	}
	return out
}

// batchDay is the opening day of f's batch: the park's, else the one its
// last report carried, else -1.
func (f *Firm) batchDay(dates batchDays) int32 {
	if b := f.Entry.Summary.Batch; b >= 1 && b <= 3 && dates[b] >= 0 {
		return dates[b]
	}
	if n := len(f.Days); n > 0 {
		return f.Days[n-1].BatchDay
	}
	return -1
}

// resumedOn returns the first day f counts as resumed, or -1.
func (f *Firm) resumedOn(dates batchDays) int32 {
	from := f.batchDay(dates)
	for _, r := range f.Days {
		if r.OnSite > 0 && r.Day >= from {
			return r.Day
		}
	}
	return -1
}

// lastOn is f's last report on or before day, or nil.
func (f *Firm) lastOn(day int32) *DayFigures {
	lo, hi := 0, len(f.Days) // the first report after day is in [lo, hi]
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if f.Days[m].Day > day {
			hi = m
		} else {
			lo = m + 1
		}
	}
	if lo == 0 {
		return nil
	}
	return &f.Days[lo-1]
}

// Tally counts enterprises and workers.
type Tally struct {
	Firms   int // enterprises
	Resumed int // of them, resumed
	Workers int // staff total of the enterprises that gave one
	OnSite  int // people on site at those enterprises, as last reported
}

// FirmRate is the share of enterprises resumed, 0–1 (0 of none).
func (t Tally) FirmRate() float64 { return ratio(t.Resumed, t.Firms) }

// WorkerRate is the share of workers on site, 0–1 (0 of none).
func (t Tally) WorkerRate() float64 { return ratio(t.OnSite, t.Workers) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Stuck is an enterprise whose batch has opened but that has not resumed.
type Stuck struct {
	Firm      *Firm
	BatchDate string
	Reported  bool     // it sent daily reports (with no one on site since its batch opened)
	Unmet     []string // the critical items its summary says are not met
}

// Alert is an enterprise whose report of the day has abnormal
// temperatures or new cases.
type Alert struct {
	Firm   *Firm
	Report DayFigures
}

// TrendPoint is the picture of one day.
type TrendPoint struct {
	Day     string
	Resumed int // enterprises resumed by that day
	OnSite  int // people on site, as last reported by that day, at enterprises that gave a staff total
}

// Picture is the park on one day.
type Picture struct {
	Day        string
	All        Tally
	ByCategory [5]Tally // [0] undetermined, [1]–[4] the categories
	ByBatch    [4]Tally // [0] undetermined, [1]–[3] the batches
	AboveScale Tally    // the enterprises that answered they are 规上
	FourAbove  Tally    // those that answered they are 四上
	ByZone     []Group  // by zone (片区), most enterprises first; Key "" (no zone given) last
	ByIndustry []Group  // by industry, in the same order
	Due        []Stuck  // batch open, not resumed: by batch, then name
	Alerts     []Alert  // reports of the day with abnormal temperatures or cases
	Trend      []TrendPoint
}

// MaxTrendDays is how many days a Picture's trend covers at most.
const MaxTrendDays = 60

// Rates draws the picture of firms on day ("2006-01-02") with the park's
// batch dates.
func Rates(firms []Firm, day string, dates BatchDates) Picture {
	p := Picture{Day: day}
	today, batches := int32(dayNumber(day)), dates.days()
	first := today
	zones, industries := groups{}, groups{}
	resumedOn := make([]int32, len(firms)) // each firm's (resumedOn), for the trend too
	for i := range firms {
		f := &firms[i]
		resumedOn[i] = p.add(f, today, batches, zones, industries)
		if len(f.Days) > 0 && f.Days[0].Day < first {
			first = f.Days[0].Day
		}
	}
	sort.SliceStable(p.Due, func(i, j int) bool {
		a, b := &p.Due[i].Firm.Entry.Summary, &p.Due[j].Firm.Entry.Summary
		if a.Batch != b.Batch {
			return a.Batch < b.Batch
		}
		return a.Name < b.Name
	})
	sort.SliceStable(p.Alerts, func(i, j int) bool {
		return p.Alerts[i].Firm.Entry.Summary.Name < p.Alerts[j].Firm.Entry.Summary.Name
	})
	p.Trend = trend(firms, resumedOn, first, today)
	p.ByZone, p.ByIndustry = zones.sorted(), industries.sorted()
	return p
}

// add counts f in p, on day today, in its zone and industry, and returns
// the first day it counts as resumed (resumedOn). It is a function called
// once an enterprise, not the body of Rates' loop: the browser compiles a
// function of WebAssembly fully once it has run a while, for its next
// calls only.
func (p *Picture) add(f *Firm, today int32, batches batchDays, zones, industries groups) int32 {
	s := &f.Entry.Summary
	resumed := f.resumedOn(batches)
	isResumed := resumed >= 0 && resumed <= today
	last := f.lastOn(today)
	t := Tally{Firms: 1}
	if isResumed {
		t.Resumed = 1
	}
	if s.Staff.Total >= 0 {
		t.Workers = s.Staff.Total
		if last != nil {
			t.OnSite = int(last.OnSite)
		}
	}
	p.All.add(t)
	p.ByCategory[clampIndex(s.Category, 4)].add(t)
	p.ByBatch[clampIndex(s.Batch, 3)].add(t)
	if s.AboveScale == AnsweredYes {
		p.AboveScale.add(t)
	}
	if s.FourAbove == AnsweredYes {
		p.FourAbove.add(t)
	}
	zones.add(s.Zone, t)
	industries.add(s.Industry, t)
	if bd := f.batchDay(batches); !isResumed && bd >= 0 && bd <= today {
		st := Stuck{Firm: f, BatchDate: dayDate(int(bd)), Unmet: s.Unmet}
		if last != nil && last.Day >= bd {
			st.Reported = true
		}
		p.Due = append(p.Due, st)
	}
	if last != nil && last.Day == today && (last.AbnormalTemp > 0 || last.NewCases > 0) {
		p.Alerts = append(p.Alerts, Alert{Firm: f, Report: *last})
	}
	return resumed
}

func (t *Tally) add(u Tally) {
	t.Firms += u.Firms
	t.Resumed += u.Resumed
	t.Workers += u.Workers
	t.OnSite += u.OnSite
}

func clampIndex(n, max int) int {
	if n < 1 || n > max {
		return 0
	}
	return n
}

// trend returns a point a day from first to last (at most MaxTrendDays,
// the last ones), in one pass over the reports: each enterprise adds one
// to the days from its resumption on, and each report its people on site
// to the days until its next report. resumedOn are the firms' first days
// resumed (resumedOn).
func trend(firms []Firm, resumedOn []int32, first, last int32) []TrendPoint {
	d0, d1 := int(first), int(last)
	if d0 < 0 || d1 < 0 || d0 > d1 {
		return nil
	}
	if d1-d0+1 > MaxTrendDays {
		d0 = d1 - MaxTrendDays + 1
	}
	n := d1 - d0 + 1
	resumed := make([]int, n+1) // differences: +1 on the day it resumes
	onSite := make([]int, n+1)  // differences: +k on a report's day, −k on the next report's
	index := func(day int32) int {
		return min(max(int(day)-d0, 0), n)
	}
	for i := range firms {
		f := &firms[i]
		if r := resumedOn[i]; r >= 0 && r <= last {
			resumed[index(r)]++
		}
		if f.Entry.Summary.Staff.Total < 0 {
			continue
		}
		days := f.Days
		if len(days) == 0 {
			continue
		}
		from := index(days[0].Day) // of the report j, the end of the one before
		for j, r := range days {
			if r.Day > last {
				break
			}
			end := n
			if j+1 < len(days) {
				end = index(days[j+1].Day)
			}
			if from < end { // else superseded before the trend starts
				onSite[from] += int(r.OnSite)
				onSite[end] -= int(r.OnSite)
			}
			from = end
		}
	}
	out := make([]TrendPoint, n)
	var rs, os int
	for i := range out {
		rs += resumed[i]
		os += onSite[i]
		out[i] = TrendPoint{Day: dayDate(d0 + i), Resumed: rs, OnSite: os}
	}
	return out
}
