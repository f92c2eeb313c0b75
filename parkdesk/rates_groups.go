package parkdesk

import "sort"

// Group is the tally of the enterprises that share a zone or an industry.
type Group struct {
	Key string // the zone's name, or the industry's ID (IndustryName names it); "" when not given
	Tally
}

// groups tallies enterprises by key.
type groups map[string]*Tally

func (g groups) add(key string, t Tally) {
	if u := g[key]; u != nil {
		u.add(t)
		return
	}
	u := &Tally{}
	u.add(t)
	g[key] = u
}

// sorted returns the groups with most enterprises first, then by key, and
// the group of enterprises that gave none ("") last.
func (g groups) sorted() []Group {
	out := make([]Group, 0, len(g))
	for k, t := range g {
		out = append(out, Group{Key: k, Tally: *t})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Key == "") != (b.Key == "") {
			return b.Key == ""
		}
		if a.Firms != b.Firms {
			return a.Firms > b.Firms
		}
		return a.Key < b.Key
	})
	return out
}
