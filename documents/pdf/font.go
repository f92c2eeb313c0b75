package pdf

import (
	"math"
	"unicode"
)

// Font is a parsed TrueType font: its bytes, which gofpdf embeds, and a
// table of which characters it can draw and how wide they are. Load it once
// with LoadFont and reuse it for every PDF; a Font is read-only and safe for
// concurrent use.
type Font struct {
	data  []byte
	drawn [0x10000 / 64]uint64 // bit set: the character has a non-blank glyph
	width []uint16             // by character: advance in 1/1000 em, as gofpdf rounds it
	glyph []uint16             // by character: glyph index, 0 for none
	src   *glyphSource         // tables and glyph offsets, for subsets (subset.go)
	cache subsetCache          // the last subsets cut (fontcache.go)
	whole bool                 // embed the whole font, as before subsets (tests)
}

// LoadFont parses a TrueType font (glyf outlines, a single font, not a .ttc
// collection) such as web/fonts/wqy-microhei-subset.ttf. The bytes are kept,
// not copied: do not change them afterwards.
func LoadFont(data []byte) (*Font, error) {
	info, err := parseTTF(data)
	if err != nil {
		return nil, err
	}
	src, err := readGlyphSource(data)
	if err != nil {
		return nil, err
	}
	f := &Font{data: data, width: make([]uint16, 0x10000), glyph: make([]uint16, 0x10000), src: src}
	scale := 1000 / float64(info.unitsPerEm)
	for r, g := range info.glyphOf {
		if r > 0xFFFF {
			continue // gofpdf panics on characters outside the BMP
		}
		if !info.blank[g] || unicode.Is(unicode.Zs, r) {
			f.drawn[r/64] |= 1 << (r % 64)
		}
		f.width[r] = uint16(min(math.Round(scale*float64(info.advance[g])), math.MaxUint16))
		f.glyph[r] = g
	}
	return f, nil
}

// Has reports whether the font draws r: r is in the Basic Multilingual
// Plane, the font maps it to a glyph and that glyph has an outline. Space
// characters (Unicode category Zs) count as drawn. Micro Hei maps some
// characters, ℃ among them, to blank glyphs: Has reports false for them.
func (f *Font) Has(r rune) bool {
	return r >= 0 && r <= 0xFFFF && f.drawn[r/64]&(1<<(r%64)) != 0
}

// Missing returns the distinct characters of s that the font cannot draw
// (see Has), in the order they first appear. Tests use it to check that all
// text the kit prints is covered.
func (f *Font) Missing(s string) []rune {
	var out []rune
	seen := make(map[rune]bool)
	for _, r := range s {
		if !f.Has(r) && !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}

// advance returns the width of r in 1/1000 of the font size, 0 for a
// character the font does not map.
func (f *Font) advance(r rune) float64 {
	if r < 0 || r > 0xFFFF {
		return 0
	}
	return float64(f.width[r])
}
