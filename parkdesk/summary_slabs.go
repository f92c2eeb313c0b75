package parkdesk

import "fugong/assessment"

// summarySlabs hands out the slices of the summaries a registry decodes
// one after another when it opens (5,000 codes) from shared arrays: an
// allocation for hundreds of summaries instead of two or three for each,
// which a phone's WebAssembly pays dearly for. Each slice handed out is
// capped at its length, so that appending to it copies it and never
// writes into another summary's. A nil *summarySlabs makes each slice on
// its own, as a single code is decoded.
type summarySlabs struct {
	facts []assessment.Fact
	strs  []string
}

// The lengths of the arrays summarySlabs cuts slices from, in elements.
const (
	factSlab   = 256
	stringSlab = 512
)

// factsOf returns an empty slice with room for n facts.
func (a *summarySlabs) factsOf(n int) []assessment.Fact {
	if a == nil {
		return make([]assessment.Fact, 0, n)
	}
	return cutSlab(&a.facts, n, factSlab)
}

// stringsOf returns an empty slice with room for n strings.
func (a *summarySlabs) stringsOf(n int) []string {
	if a == nil {
		return make([]string, 0, n)
	}
	return cutSlab(&a.strs, n, stringSlab)
}

// cutSlab returns an empty slice with room for n elements, capped, cut
// from *slab, which it makes anew (size elements, or n) when it lacks
// room. For n = 0 it returns an empty slice, not nil, as make does.
func cutSlab[T any](slab *[]T, n, size int) []T {
	if n == 0 {
		return []T{}
	}
	if cap(*slab)-len(*slab) < n {
		*slab = make([]T, 0, max(n, size))
	}
	at := len(*slab)
	*slab = (*slab)[:at+n]
	return (*slab)[at : at : at+n]
}
