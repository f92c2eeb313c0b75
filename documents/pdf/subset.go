package pdf

import (
	"encoding/binary"
	"fmt"
	"slices"
	"sort"
)

// Subsetting. gofpdf parses the whole font it is given for every document
// (AddUTF8FontFromBytes) and cuts its own subset from it again at Output.
// With the kit's 1.77 MB font that was about nine tenths of the time a PDF
// took. So the writer first cuts a small TrueType font holding only the
// glyphs the document draws, and hands gofpdf that instead: gofpdf's own
// subset of it is the same as its subset of the full font would have been
// (same glyphs, same order, same metrics), only found in a file some tens
// of kilobytes long.
//
// The subset keeps the glyph order of the font (a glyph's new index is its
// rank among the kept glyphs), so it depends only on the set of characters;
// the same document gives the same bytes.

// glyphSource is what subsetting needs from a font, read once by LoadFont.
type glyphSource struct {
	tables     map[string][]byte // by tag, slices of the font's bytes
	offsets    []uint32          // glyf offset of every glyph, and the end
	numMetrics int               // long metrics in hmtx (hhea.numberOfHMetrics)
}

// readGlyphSource reads the table directory and the glyph offsets of a font
// that parseTTF has accepted.
func readGlyphSource(data []byte) (*glyphSource, error) {
	n := int(u16(data, 4))
	src := &glyphSource{tables: make(map[string][]byte, n)}
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		off, length := int(u32(data, rec+8)), int(u32(data, rec+12))
		src.tables[string(data[rec:rec+4])] = data[off : off+length]
	}
	head, hhea, maxp, loca := src.tables["head"], src.tables["hhea"], src.tables["maxp"], src.tables["loca"]
	numGlyphs := int(u16(maxp, 4))
	src.numMetrics = int(u16(hhea, 34))
	long := int16(u16(head, 50)) != 0
	src.offsets = make([]uint32, numGlyphs+1)
	for g := range src.offsets {
		if long {
			src.offsets[g] = u32(loca, 4*g)
		} else {
			src.offsets[g] = 2 * uint32(u16(loca, 2*g))
		}
	}
	glyf := uint32(len(src.tables["glyf"]))
	for g := 0; g < numGlyphs; g++ {
		if src.offsets[g] > src.offsets[g+1] || src.offsets[g+1] > glyf {
			return nil, fmt.Errorf("%w: glyph %d out of bounds", errNotTrueType, g)
		}
	}
	return src, nil
}

// glyphData returns the outline of glyph g.
func (src *glyphSource) glyphData(g uint16) []byte {
	return src.tables["glyf"][src.offsets[g]:src.offsets[g+1]]
}

// metric returns the advance width and left side bearing of glyph g.
func (src *glyphSource) metric(g uint16) (advance, lsb uint16) {
	hmtx, n := src.tables["hmtx"], src.numMetrics
	if int(g) < n {
		return u16(hmtx, 4*int(g)), u16(hmtx, 4*int(g)+2)
	}
	advance = u16(hmtx, 4*(n-1))
	if p := 4*n + 2*(int(g)-n); p+2 <= len(hmtx) {
		lsb = u16(hmtx, p)
	}
	return advance, lsb
}

// Composite glyph flags (TrueType glyf table).
const (
	argsAreWords   = 0x0001
	haveScale      = 0x0008
	moreComponents = 0x0020
	haveXYScale    = 0x0040
	have2x2        = 0x0080
)

// components calls fn with the byte offset (within data) of the glyph index
// of each component of a composite glyph; it does nothing for a simple glyph.
func components(data []byte, fn func(at int)) {
	if len(data) < 10 || int16(u16(data, 0)) >= 0 {
		return
	}
	for p := 10; p+4 <= len(data); {
		flags := u16(data, p)
		fn(p + 2)
		p += 4
		if flags&argsAreWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&haveScale != 0:
			p += 2
		case flags&haveXYScale != 0:
			p += 4
		case flags&have2x2 != 0:
			p += 8
		}
		if flags&moreComponents == 0 {
			return
		}
	}
}

// alwaysKept is the range of characters every subset keeps when the font
// has them: gofpdf writes the widths of every character below 256 the font
// maps, and always embeds the glyphs of the first 57, so keeping them gives
// a PDF with the same widths and glyphs as the full font would.
const alwaysKept = 256

// subset returns a TrueType font with the glyphs of the characters in
// runes (BMP only; others are ignored), of the characters below alwaysKept,
// of glyph 0 (.notdef) and of every component of those glyphs. It has the
// tables gofpdf reads: head, hhea, maxp, OS/2, name, post (format 3), cmap
// (format 4: the subset has BMP characters only), hmtx, loca and glyf, and
// the hinting tables cvt, fpgm, prep and gasp when the font has them.
func (f *Font) subset(runes *runeSet) []byte {
	src := f.src
	// The glyphs to keep: .notdef, those of the characters, and the
	// components of composite glyphs, recursively.
	keep := map[uint16]bool{0: true}
	var queue []uint16
	want := func(g uint16) {
		if !keep[g] && int(g) < len(src.offsets)-1 {
			keep[g] = true
			queue = append(queue, g)
		}
	}
	var chars []rune
	for r := rune(0); r < 0x10000; r++ {
		if (r < alwaysKept || runes.has(r)) && f.glyph[r] != 0 {
			chars = append(chars, r)
			want(f.glyph[r])
		}
	}
	for len(queue) > 0 {
		g := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		data := src.glyphData(g)
		components(data, func(at int) { want(u16(data, at)) })
	}
	old := make([]uint16, 0, len(keep)) // new index -> old index
	for g := range keep {
		old = append(old, g)
	}
	slices.Sort(old)
	newIndex := make(map[uint16]uint16, len(old))
	for i, g := range old {
		newIndex[g] = uint16(i)
	}

	// glyf, loca (long offsets) and hmtx (a long metric for every glyph).
	var glyf []byte
	loca := make([]byte, 0, 4*(len(old)+1))
	hmtx := make([]byte, 0, 4*len(old))
	for _, g := range old {
		loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
		start := len(glyf)
		glyf = append(glyf, src.glyphData(g)...)
		data := glyf[start:]
		components(data, func(at int) {
			binary.BigEndian.PutUint16(data[at:], newIndex[u16(data, at)])
		})
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
		adv, lsb := src.metric(g)
		hmtx = binary.BigEndian.AppendUint16(hmtx, adv)
		hmtx = binary.BigEndian.AppendUint16(hmtx, lsb)
	}
	loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))

	head := slices.Clone(src.tables["head"])
	binary.BigEndian.PutUint32(head[8:], 0)  // checkSumAdjustment, set below
	binary.BigEndian.PutUint16(head[50:], 1) // indexToLocFormat: long
	hhea := slices.Clone(src.tables["hhea"])
	binary.BigEndian.PutUint16(hhea[34:], uint16(len(old)))
	maxp := slices.Clone(src.tables["maxp"])
	binary.BigEndian.PutUint16(maxp[4:], uint16(len(old)))

	// post format 3: no glyph names.
	post := make([]byte, 32)
	binary.BigEndian.PutUint32(post, 0x00030000)
	if p := src.tables["post"]; len(p) >= 16 {
		copy(post[4:16], p[4:16]) // italic angle, underline, fixed pitch
	}

	tables := map[string][]byte{
		"head": head, "hhea": hhea, "maxp": maxp, "post": post,
		"cmap": cmap4(chars, func(r rune) uint16 { return newIndex[f.glyph[r]] }),
		"glyf": glyf, "loca": loca, "hmtx": hmtx,
	}
	for _, tag := range []string{"OS/2", "name", "cvt ", "fpgm", "prep", "gasp"} {
		if t := src.tables[tag]; len(t) > 0 {
			tables[tag] = t
		}
	}
	font := assemble(tables)
	// checkSumAdjustment makes the whole font sum to 0xB1B0AFBA.
	at := tableOffset(font, "head") + 8
	binary.BigEndian.PutUint32(font[at:], 0xB1B0AFBA-checksum(font))
	return font
}

// cmap4 returns a cmap table with one subtable, Windows Unicode BMP
// (platform 3, encoding 1), of format 4: a segment for every run of
// consecutive characters whose glyphs are consecutive too, then the final
// segment 0xFFFF. chars is sorted and below 0xFFFF.
func cmap4(chars []rune, glyph func(rune) uint16) []byte {
	type segment struct{ start, end, delta uint16 }
	var segs []segment
	for _, r := range chars {
		if r >= 0xFFFF {
			continue
		}
		c, g := uint16(r), glyph(r)
		if n := len(segs); n > 0 && segs[n-1].end+1 == c && segs[n-1].delta == g-c {
			segs[n-1].end = c
			continue
		}
		segs = append(segs, segment{c, c, g - c})
	}
	segs = append(segs, segment{0xFFFF, 0xFFFF, 1})
	n := len(segs)
	search, selector := 1, 0
	for search*2 <= n {
		search *= 2
		selector++
	}
	length := 16 + 8*n
	t := make([]byte, 0, 12+length)
	t = appendU16s(t, 0, 1)        // version, one subtable
	t = appendU16s(t, 3, 1, 0, 12) // platform 3, encoding 1, offset 12
	t = appendU16s(t, 4, uint16(length), 0, uint16(2*n), uint16(2*search), uint16(selector), uint16(2*n-2*search))
	for _, s := range segs {
		t = appendU16s(t, s.end)
	}
	t = appendU16s(t, 0) // reservedPad
	for _, s := range segs {
		t = appendU16s(t, s.start)
	}
	for _, s := range segs {
		t = appendU16s(t, s.delta)
	}
	for range segs {
		t = appendU16s(t, 0) // idRangeOffset: deltas only
	}
	return t
}

func appendU16s(b []byte, vs ...uint16) []byte {
	for _, v := range vs {
		b = binary.BigEndian.AppendUint16(b, v)
	}
	return b
}

// assemble writes a TrueType font file from its tables: the offset table,
// the table directory sorted by tag with each table's checksum, and the
// tables, each padded to four bytes.
func assemble(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	size := 12 + 16*len(tables)
	for tag, t := range tables {
		tags = append(tags, tag)
		size += (len(t) + 3) &^ 3
	}
	sort.Strings(tags)
	n := len(tags)
	search, selector := 1, 0
	for search*2 <= n {
		search *= 2
		selector++
	}
	out := make([]byte, 0, size)
	out = binary.BigEndian.AppendUint32(out, 0x00010000)
	out = appendU16s(out, uint16(n), uint16(16*search), uint16(selector), uint16(16*n-16*search))
	offset := 12 + 16*n
	for _, tag := range tags {
		t := tables[tag]
		out = append(out, tag...)
		out = binary.BigEndian.AppendUint32(out, checksum(t))
		out = binary.BigEndian.AppendUint32(out, uint32(offset))
		out = binary.BigEndian.AppendUint32(out, uint32(len(t)))
		offset += (len(t) + 3) &^ 3
	}
	for _, tag := range tags {
		out = append(out, tables[tag]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

// checksum is the TrueType table checksum: the sum of big-endian uint32s,
// the last one padded with zeros.
func checksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 4 {
		sum += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	var last [4]byte
	copy(last[:], b)
	return sum + binary.BigEndian.Uint32(last[:])
}

// tableOffset returns the offset of table tag in an assembled font, or -1.
func tableOffset(font []byte, tag string) int {
	for i := 0; i < int(u16(font, 4)); i++ {
		rec := 12 + 16*i
		if string(font[rec:rec+4]) == tag {
			return int(u32(font, rec+8))
		}
	}
	return -1
}

// runeSet is a set of characters of the Basic Multilingual Plane.
type runeSet [0x10000 / 64]uint64

func (s *runeSet) add(text string) {
	for _, r := range text {
		if r >= 0 && r < 0x10000 {
			s[r/64] |= 1 << (r % 64)
		}
	}
}

func (s *runeSet) has(r rune) bool { return r >= 0 && r < 0x10000 && s[r/64]&(1<<(r%64)) != 0 }
