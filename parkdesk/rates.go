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
	Key     string        // FirmKey
	Entry   *Entry        // the newest entry of the enterprise (latest Added)
	Reports []DailyReport // one a day, oldest first (DailyHistories)
}

// Firms groups entries by enterprise, each with its newest entry and its
// daily history, in the order their newest entries appear in entries.
func Firms(entries []Entry, daily []DailyEntry) []Firm {
	idx := make([]int, len(entries))
	for i := range idx {
		idx[i] = i
	}
	return FirmsOf(entries, idx, DailyHistories(entries, daily))
}

// FirmsOf is Firms over the entries at positions idx, with histories hist
// (DailyHistories of the whole registry, worked out once): a dashboard
// filters the entries without sorting thousands of reports again.
func FirmsOf(entries []Entry, idx []int, hist map[string][]DailyReport) []Firm {
	at := make(map[string]int, len(idx))
	out := make([]Firm, 0, len(idx))
	for _, i := range idx {
		e := &entries[i]
		key := FirmKey(e.Summary)
		if j, ok := at[key]; ok {
			if e.Added.After(out[j].Entry.Added) {
				out[j].Entry = e
			}
			continue
		}
		at[key] = len(out)
		out = append(out, Firm{Key: key, Entry: e, Reports: hist[key]})
	}
	return out
}

// BatchDates are the park's opening dates of batches 1–3 ([1]–[3],
// "2006-01-02" or ""), as its link set them.
type BatchDates [4]string

// batchDate is the opening date of f's batch: the park's, else the one its
// last report carried, else "".
func (f *Firm) batchDate(dates BatchDates) string {
	if b := f.Entry.Summary.Batch; b >= 1 && b <= 3 && dates[b] != "" {
		return dates[b]
	}
	if n := len(f.Reports); n > 0 {
		return f.Reports[n-1].BatchDate
	}
	return ""
}

// resumedOn returns the first day f counts as resumed, or "".
func (f *Firm) resumedOn(dates BatchDates) string {
	from := f.batchDate(dates)
	for _, r := range f.Reports {
		if r.OnSite > 0 && r.Date >= from {
			return r.Date
		}
	}
	return ""
}

// lastOn is f's last report on or before day, or nil.
func (f *Firm) lastOn(day string) *DailyReport {
	i := sort.Search(len(f.Reports), func(i int) bool { return f.Reports[i].Date > day })
	if i == 0 {
		return nil
	}
	return &f.Reports[i-1]
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
	Report DailyReport
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
	first := day
	zones, industries := groups{}, groups{}
	for i := range firms {
		f := &firms[i]
		s := &f.Entry.Summary
		resumed := f.resumedOn(dates)
		isResumed := resumed != "" && resumed <= day
		t := Tally{Firms: 1}
		if isResumed {
			t.Resumed = 1
		}
		if s.Staff.Total >= 0 {
			t.Workers = s.Staff.Total
			if r := f.lastOn(day); r != nil {
				t.OnSite = r.OnSite
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
		if bd := f.batchDate(dates); !isResumed && bd != "" && bd <= day {
			st := Stuck{Firm: f, BatchDate: bd, Unmet: s.Unmet}
			if r := f.lastOn(day); r != nil && r.Date >= bd {
				st.Reported = true
			}
			p.Due = append(p.Due, st)
		}
		if r := f.lastOn(day); r != nil && r.Date == day && (r.AbnormalTemp > 0 || r.NewCases > 0) {
			p.Alerts = append(p.Alerts, Alert{Firm: f, Report: *r})
		}
		if len(f.Reports) > 0 && f.Reports[0].Date < first {
			first = f.Reports[0].Date
		}
	}
	sort.SliceStable(p.Due, func(i, j int) bool {
		a, b := p.Due[i].Firm.Entry.Summary, p.Due[j].Firm.Entry.Summary
		if a.Batch != b.Batch {
			return a.Batch < b.Batch
		}
		return a.Name < b.Name
	})
	sort.SliceStable(p.Alerts, func(i, j int) bool {
		return p.Alerts[i].Firm.Entry.Summary.Name < p.Alerts[j].Firm.Entry.Summary.Name
	})
	p.Trend = trend(firms, first, day, dates)
	p.ByZone, p.ByIndustry = zones.sorted(), industries.sorted()
	return p
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
// to the days until its next report.
func trend(firms []Firm, first, last string, dates BatchDates) []TrendPoint {
	d0, d1 := dayNumber(first), dayNumber(last)
	if d0 < 0 || d1 < 0 || d0 > d1 {
		return nil
	}
	if d1-d0+1 > MaxTrendDays {
		d0 = d1 - MaxTrendDays + 1
	}
	n := d1 - d0 + 1
	resumed := make([]int, n+1) // differences: +1 on the day it resumes
	onSite := make([]int, n+1)  // differences: +k on a report's day, −k on the next report's
	index := func(date string) int {
		i := dayNumber(date) - d0
		if i < 0 {
			return 0
		}
		return min(i, n)
	}
	for i := range firms {
		f := &firms[i]
		if r := f.resumedOn(dates); r != "" && r <= last {
			resumed[index(r)]++
		}
		if f.Entry.Summary.Staff.Total < 0 {
			continue
		}
		for j, r := range f.Reports {
			if r.Date > last {
				break
			}
			end := n
			if j+1 < len(f.Reports) {
				end = index(f.Reports[j+1].Date)
			}
			from := index(r.Date)
			if from >= end {
				continue // superseded before the trend starts
			}
			onSite[from] += r.OnSite
			onSite[end] -= r.OnSite
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
