package parkdesk

import (
	"sort"
	"strings"
)

// bundleHistories is DailyHistories(entries, the reports of bundles) for
// bundles of version 2, read straight from their texts: a registry opens
// with 150,000 reports, and making each a DailyEntry first, then copying
// it into its history, costs a phone twice the memory and a second. The
// enterprise of the reports is looked up once a line naming it, and an
// enterprise's history is sorted only when its reports did not arrive in
// order. bad counts the lines that do not read.
func bundleHistories(entries []Entry, bundles []string) (_ map[string][]DailyReport, bad int) {
	firms := newFirmIndex(entries)
	n := 0
	for _, b := range bundles {
		n += strings.Count(b, string(bundleLineEnd))
	}
	reports := make([]DailyReport, 0, n) // every report, bundle after bundle
	added := make([]int64, 0, n)         // when each arrived
	type run struct{ id, from, to int }  // reports[from:to] are of the enterprise firms.keys[id]
	var runs []run
	for _, b := range bundles {
		if b == dailyBundleV2 {
			continue // no report
		}
		lines := bundleLines{rest: strings.TrimPrefix(b, dailyBundleV2+string(bundleLineEnd))}
		id := -1
		for {
			var d DailyReport
			ms, ok, more := lines.next(&d)
			if !more {
				break
			}
			if !ok {
				bad++
			}
			if lines.named {
				if id = -1; ok {
					id = firms.id(&lines.from)
				}
				if id >= 0 {
					runs = append(runs, run{id, len(reports), len(reports)})
				}
				continue
			}
			if ok && id >= 0 {
				reports, added = append(reports, d), append(added, ms)
				runs[len(runs)-1].to = len(reports)
			}
		}
	}
	byFirm := make([][]run, len(firms.keys))
	for _, r := range runs {
		if r.to > r.from {
			byFirm[r.id] = append(byFirm[r.id], r)
		}
	}
	out := make(map[string][]DailyReport, len(firms.keys))
	for id, rs := range byFirm {
		if len(rs) == 0 {
			continue
		}
		h := history{reports[rs[0].from:rs[0].to], added[rs[0].from:rs[0].to]}
		if len(rs) > 1 { // reports of one enterprise in several bundles, or under several names
			h = history{}
			for _, r := range rs {
				h.reports = append(h.reports, reports[r.from:r.to]...)
				h.added = append(h.added, added[r.from:r.to]...)
			}
		}
		out[firms.keys[id]] = h.days()
	}
	return out, bad
}

// history is an enterprise's reports, each with when it arrived.
type history struct {
	reports []DailyReport
	added   []int64
}

func (h history) Len() int { return len(h.reports) }

func (h history) Less(i, j int) bool {
	a, b := &h.reports[i], &h.reports[j]
	if a.Date != b.Date {
		return a.Date < b.Date
	}
	return h.added[i] < h.added[j]
}

func (h history) Swap(i, j int) {
	h.reports[i], h.reports[j] = h.reports[j], h.reports[i]
	h.added[i], h.added[j] = h.added[j], h.added[i]
}

// days sorts h by day, then arrival (stable), and keeps for each day the
// report received last, in place.
func (h history) days() []DailyReport {
	for j := 1; j < h.Len(); j++ {
		if h.Less(j, j-1) {
			sort.Stable(h)
			break
		}
	}
	out := h.reports[:0]
	for _, r := range h.reports {
		if n := len(out); n > 0 && out[n-1].Date == r.Date {
			out[n-1] = r // received later: it counts
			continue
		}
		out = append(out, r)
	}
	return out[:len(out):len(out)]
}
