package pdf

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// ttfInfo is what the writer needs from a TrueType font: for each code point
// of the Basic Multilingual Plane its glyph, and for each glyph its advance
// width and whether it draws anything.
type ttfInfo struct {
	unitsPerEm int
	glyphOf    map[rune]uint16 // from cmap format 4 and 12
	advance    []uint16        // by glyph, from hmtx
	blank      []bool          // by glyph: no contours (from loca and glyf)
}

// errNotTrueType is wrapped by every font parsing error.
var errNotTrueType = errors.New("not a TrueType (glyf) font")

// parseTTF reads the head, hhea, maxp, hmtx, cmap, loca and glyf tables of a
// single TrueType font. A font collection (.ttc) or a CFF-flavoured OpenType
// font is refused, as gofpdf cannot use them.
func parseTTF(data []byte) (*ttfInfo, error) {
	if len(data) < 12 {
		return nil, fmt.Errorf("%w: %d bytes", errNotTrueType, len(data))
	}
	switch v := binary.BigEndian.Uint32(data); v {
	case 0x00010000, 0x74727565: // 1.0 or "true"
	default:
		return nil, fmt.Errorf("%w: header %#08x (a .ttc or CFF font?)", errNotTrueType, v)
	}
	n := int(u16(data, 4))
	tables := make(map[string][]byte, n)
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(data) {
			return nil, fmt.Errorf("%w: table directory cut short", errNotTrueType)
		}
		tag := string(data[rec : rec+4])
		off, length := int(u32(data, rec+8)), int(u32(data, rec+12))
		if off < 0 || length < 0 || off > len(data) || length > len(data)-off {
			return nil, fmt.Errorf("%w: table %q out of bounds", errNotTrueType, tag)
		}
		tables[tag] = data[off : off+length]
	}
	for _, tag := range []string{"head", "hhea", "maxp", "hmtx", "cmap", "loca", "glyf"} {
		if tables[tag] == nil {
			return nil, fmt.Errorf("%w: no %s table", errNotTrueType, tag)
		}
	}
	head, hhea, maxp := tables["head"], tables["hhea"], tables["maxp"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return nil, fmt.Errorf("%w: head, hhea or maxp too short", errNotTrueType)
	}
	info := &ttfInfo{unitsPerEm: int(u16(head, 18))}
	if info.unitsPerEm == 0 {
		return nil, fmt.Errorf("%w: unitsPerEm is 0", errNotTrueType)
	}
	numGlyphs := int(u16(maxp, 4))
	var err error
	if info.advance, err = readHmtx(tables["hmtx"], int(u16(hhea, 34)), numGlyphs); err != nil {
		return nil, err
	}
	if info.blank, err = readBlank(tables["loca"], tables["glyf"], int(int16(u16(head, 50))), numGlyphs); err != nil {
		return nil, err
	}
	if info.glyphOf, err = readCmap(tables["cmap"], numGlyphs); err != nil {
		return nil, err
	}
	return info, nil
}

// readHmtx returns the advance width of every glyph; glyphs past the last
// long metric share its advance.
func readHmtx(hmtx []byte, numMetrics, numGlyphs int) ([]uint16, error) {
	if numMetrics == 0 || numMetrics > numGlyphs || len(hmtx) < 4*numMetrics {
		return nil, fmt.Errorf("%w: hmtx has %d bytes for %d metrics", errNotTrueType, len(hmtx), numMetrics)
	}
	adv := make([]uint16, numGlyphs)
	for g := range adv {
		adv[g] = u16(hmtx, 4*min(g, numMetrics-1))
	}
	return adv, nil
}

// readBlank reports for every glyph whether it has no outline: an empty glyf
// entry or zero contours. Composite glyphs count as drawn.
func readBlank(loca, glyf []byte, format, numGlyphs int) ([]bool, error) {
	offset := func(g int) int {
		if format == 0 {
			return 2 * int(u16(loca, 2*g))
		}
		return int(u32(loca, 4*g))
	}
	size := 2
	if format != 0 {
		size = 4
	}
	if len(loca) < size*(numGlyphs+1) {
		return nil, fmt.Errorf("%w: loca too short", errNotTrueType)
	}
	blank := make([]bool, numGlyphs)
	for g := range blank {
		start, end := offset(g), offset(g+1)
		if start < 0 || end > len(glyf) || start > end {
			return nil, fmt.Errorf("%w: glyph %d out of bounds", errNotTrueType, g)
		}
		blank[g] = end-start < 2 || int16(u16(glyf, start)) == 0
	}
	return blank, nil
}

// readCmap reads the Unicode subtables of format 4 (BMP) and 12 (full
// range) of a cmap table. Later subtables do not override earlier ones.
func readCmap(cmap []byte, numGlyphs int) (map[rune]uint16, error) {
	if len(cmap) < 4 {
		return nil, fmt.Errorf("%w: cmap too short", errNotTrueType)
	}
	m := make(map[rune]uint16)
	found := false
	for i := 0; i < int(u16(cmap, 2)); i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			break
		}
		platform, encoding, off := u16(cmap, rec), u16(cmap, rec+2), int(u32(cmap, rec+4))
		unicode := platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
		if !unicode || off < 0 || off+2 > len(cmap) {
			continue
		}
		var ok bool
		switch u16(cmap, off) {
		case 4:
			ok = readCmap4(cmap[off:], numGlyphs, m)
		case 12:
			ok = readCmap12(cmap[off:], numGlyphs, m)
		}
		found = found || ok
	}
	if !found {
		return nil, fmt.Errorf("%w: no Unicode cmap of format 4 or 12", errNotTrueType)
	}
	return m, nil
}

func readCmap4(t []byte, numGlyphs int, m map[rune]uint16) bool {
	if len(t) < 14 {
		return false
	}
	segs := int(u16(t, 6)) / 2
	ends, starts, deltas, ranges := 14, 16+2*segs, 16+4*segs, 16+6*segs
	if len(t) < ranges+2*segs {
		return false
	}
	for s := 0; s < segs; s++ {
		end, start := int(u16(t, ends+2*s)), int(u16(t, starts+2*s))
		delta, rangeOff := u16(t, deltas+2*s), int(u16(t, ranges+2*s))
		for c := start; c <= end && c != 0xFFFF; c++ {
			g := uint16(c) + delta
			if rangeOff != 0 {
				p := ranges + 2*s + rangeOff + 2*(c-start)
				if p+2 > len(t) {
					continue
				}
				if g = u16(t, p); g != 0 {
					g += delta
				}
			}
			add(m, rune(c), uint32(g), numGlyphs)
		}
	}
	return true
}

func readCmap12(t []byte, numGlyphs int, m map[rune]uint16) bool {
	if len(t) < 16 {
		return false
	}
	groups := int(u32(t, 12))
	if groups < 0 || len(t) < 16+12*groups {
		return false
	}
	for i := 0; i < groups; i++ {
		start, end, g := u32(t, 16+12*i), u32(t, 20+12*i), u32(t, 24+12*i)
		if end > 0x10FFFF || start > end {
			continue
		}
		for c := start; c <= end; c++ {
			add(m, rune(c), g+c-start, numGlyphs)
		}
	}
	return true
}

// add maps r to glyph g unless r is mapped already or g is .notdef or out of range.
func add(m map[rune]uint16, r rune, g uint32, numGlyphs int) {
	if _, seen := m[r]; !seen && g != 0 && g < uint32(numGlyphs) {
		m[r] = uint16(g)
	}
}

func u16(b []byte, off int) uint16 { return binary.BigEndian.Uint16(b[off:]) }
func u32(b []byte, off int) uint32 { return binary.BigEndian.Uint32(b[off:]) }
