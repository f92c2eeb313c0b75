package pdf

import "sync"

// subsetCache keeps the last few subsets cut from a Font, keyed by their
// set of characters, so that making the same document again (or another
// with the same characters) skips cutting the subset.
type subsetCache struct {
	mu      sync.Mutex
	entries []*cachedSubset // most recently used first
}

type cachedSubset struct {
	runes runeSet
	font  []byte // read-only: gofpdf copies what it changes
}

// subsetCacheSize is how many subsets a Font keeps, about 50–150 KB each.
const subsetCacheSize = 4

// embedded returns the font gofpdf should embed for pages: a subset with
// the glyphs of every character they draw.
func (f *Font) embedded(pages [][]op) []byte {
	if f.whole {
		return f.data
	}
	set := new(runeSet)
	for _, ops := range pages {
		for _, o := range ops {
			if o.kind == opText {
				set.add(o.text)
			}
		}
	}
	return f.subsetOf(set)
}

// subsetOf returns the subset of f for set, from the cache when it can.
func (f *Font) subsetOf(set *runeSet) []byte {
	c := &f.cache
	c.mu.Lock()
	for i, e := range c.entries {
		if e.runes == *set {
			copy(c.entries[1:i+1], c.entries[:i])
			c.entries[0] = e
			c.mu.Unlock()
			return e.font
		}
	}
	c.mu.Unlock()

	e := &cachedSubset{runes: *set, font: f.subset(set)}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries = append([]*cachedSubset{e}, c.entries[:min(len(c.entries), subsetCacheSize-1)]...)
	return e.font
}
