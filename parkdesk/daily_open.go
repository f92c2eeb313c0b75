package parkdesk

import (
	"sort"
)

// bundleHistories is the figures of DailyHistories(entries, the reports
// of bundles) (DailyFigures) for bundles of versions 3 and 2, read straight
// from their texts: a registry opens with 150,000 reports, and making
// each a DailyEntry first, then copying it into its history, costs a
// phone many times the memory and seconds. The enterprise of the reports
// is looked up once a line naming it, and an enterprise's history is
// sorted only when its reports did not arrive in order. bad counts the
// lines that do not read.
func bundleHistories(entries []Entry, bundles []string) (_ map[string][]DayFigures, bad int) {
	firms := newFirmIndex(entries)
	// The reports, about: a line of figures takes some 18 to 20
	// characters. Counting the lines would read the texts once more.
	n := 0
	for _, b := range bundles {
		n += len(b) / 18
	}
	r := bundleReads{firms: firms, days: make([]DayFigures, 0, n), added: make([]int64, 0, n), runs: make([]bundleRun, 0, len(bundles))}
	for _, text := range bundles {
		r.read(text)
	}
	days, added, runs, bad := r.days, r.added, r.runs, r.bad
	// The runs of each enterprise, in order, as lists linked through
	// arrays: an enterprise's first run (first[id]) and the run after each
	// (next[i]), -1 at the end; not a slice an enterprise.
	first := make([]int32, len(firms.keys))
	for id := range first {
		first[id] = -1
	}
	next := make([]int32, len(runs))
	for i := len(runs) - 1; i >= 0; i-- {
		if r := runs[i]; r.to > r.from {
			next[i], first[r.id] = first[r.id], int32(i)
		}
	}
	out := make(map[string][]DayFigures, len(firms.keys))
	for id, i := range first {
		if i < 0 {
			continue
		}
		r := runs[i]
		h := history{days[r.from:r.to], added[r.from:r.to]}
		if next[i] >= 0 { // reports of one enterprise in several bundles, or under several names
			h = history{}
			for ; i >= 0; i = next[i] {
				r := runs[i]
				h.days = append(h.days, days[r.from:r.to]...)
				h.added = append(h.added, added[r.from:r.to]...)
			}
		}
		out[firms.keys[id]] = h.distinct()
	}
	return out, bad
}

// bundleReads are the reports of a registry's bundles as
// bundleHistories reads them.
type bundleReads struct {
	firms firmIndex
	days  []DayFigures // every report, bundle after bundle
	added []int64      // when each arrived
	runs  []bundleRun  // a bundle names its enterprise once, as a rule
	bad   int          // lines that do not read
}

// bundleRun says days[from:to] are of the enterprise firms.keys[id].
type bundleRun struct{ id, from, to int }

// read reads the reports of one bundle's text. It is a function called
// once a bundle, not a loop of bundleHistories: the browser compiles a
// function of WebAssembly fully once it has run a while, for its next
// calls, so that a loop of a function called once runs all along as
// first compiled, several times slower.
func (r *bundleReads) read(text string) {
	days, added, runs := r.days, r.added, r.runs
	b, id := newBundleLines(text), -1 // the enterprise of the lines
	for {
		f, ms, ok, more := b.next()
		if !more {
			break
		}
		if !ok {
			r.bad++
		}
		if b.named {
			if id = -1; ok {
				id = r.firms.id(&b.from)
			}
			if id >= 0 {
				runs = append(runs, bundleRun{id, len(days), len(days)})
			}
		} else if ok && id >= 0 {
			days, added = append(days, f), append(added, ms)
			runs[len(runs)-1].to = len(days)
		}
	}
	r.days, r.added, r.runs = days, added, runs
}

// history is an enterprise's reports, each with when it arrived.
type history struct {
	days  []DayFigures
	added []int64
}

func (h history) Len() int { return len(h.days) }

func (h history) Less(i, j int) bool {
	a, b := &h.days[i], &h.days[j]
	if a.Day != b.Day {
		return a.Day < b.Day
	}
	return h.added[i] < h.added[j]
}

func (h history) Swap(i, j int) {
	h.days[i], h.days[j] = h.days[j], h.days[i]
	h.added[i], h.added[j] = h.added[j], h.added[i]
}

// distinct sorts h by day, then arrival (stable), and keeps for each day
// the report received last, in place.
func (h history) distinct() []DayFigures {
	for j := 1; j < h.Len(); j++ {
		if h.Less(j, j-1) {
			sort.Stable(h)
			break
		}
	}
	out := h.days[:0]
	for _, r := range h.days {
		if n := len(out); n > 0 && out[n-1].Day == r.Day {
			out[n-1] = r // received later: it counts
			continue
		}
		out = append(out, r)
	}
	return out[:len(out):len(out)]
}
