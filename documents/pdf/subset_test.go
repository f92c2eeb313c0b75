package pdf

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"io"
	"os"
	"regexp"
	"testing"
	"time"

	"fugong/assessment"
	"fugong/documents"
)

// subsetOfText cuts the subset of f for the characters of text.
func subsetOfText(f *Font, text string) []byte {
	set := new(runeSet)
	set.add(text)
	return f.subset(set)
}

// checkSubset checks that sub is a well-formed TrueType font whose every
// character of text maps to a glyph with the same advance and the same
// outline as in f (composite glyphs: the same outline once component
// indices are mapped back), and returns the parsed subset.
func checkSubset(t *testing.T, f *Font, sub []byte, text string) *ttfInfo {
	t.Helper()
	checkChecksums(t, sub)
	info, err := parseTTF(sub)
	if err != nil {
		t.Fatalf("parseTTF(subset) = %v", err)
	}
	src, err := readGlyphSource(sub)
	if err != nil {
		t.Fatalf("readGlyphSource(subset) = %v", err)
	}
	if v := u32(src.tables["post"], 0); v != 0x00030000 {
		t.Errorf("post version = %#x, want 3.0", v)
	}
	if h := u16(src.tables["hhea"], 34); int(h) != len(src.offsets)-1 {
		t.Errorf("numberOfHMetrics = %d, want numGlyphs %d", h, len(src.offsets)-1)
	}
	for _, r := range text {
		if r > 0xFFFF || f.glyph[r] == 0 {
			continue
		}
		g, ok := info.glyphOf[r]
		if !ok {
			t.Errorf("subset does not map %q (%U)", r, r)
			continue
		}
		sameGlyph(t, f, f.glyph[r], src, g, map[[2]uint16]bool{})
		if got, want := info.advance[g], f.src.advanceOf(f.glyph[r]); got != want {
			t.Errorf("advance of %q = %d, want %d", r, got, want)
		}
	}
	return info
}

func (src *glyphSource) advanceOf(g uint16) uint16 { a, _ := src.metric(g); return a }

// sameGlyph checks that glyph sg of the subset src is glyph fg of f, its
// components included.
func sameGlyph(t *testing.T, f *Font, fg uint16, src *glyphSource, sg uint16, seen map[[2]uint16]bool) {
	t.Helper()
	if seen[[2]uint16{fg, sg}] {
		return
	}
	seen[[2]uint16{fg, sg}] = true
	want, got := f.src.glyphData(fg), bytes.TrimRight(src.glyphData(sg), "\x00")
	want = bytes.TrimRight(want, "\x00")
	if len(got) != len(want) {
		t.Errorf("glyph %d → %d: %d bytes, want %d", fg, sg, len(got), len(want))
		return
	}
	var fcomp, scomp []uint16
	components(want, func(at int) { fcomp = append(fcomp, u16(want, at)) })
	components(got, func(at int) { scomp = append(scomp, u16(got, at)) })
	// Compare with the component indices blanked.
	w, g := bytes.Clone(want), bytes.Clone(got)
	components(w, func(at int) { binary.BigEndian.PutUint16(w[at:], 0) })
	components(g, func(at int) { binary.BigEndian.PutUint16(g[at:], 0) })
	if !bytes.Equal(w, g) {
		t.Errorf("glyph %d → %d: outline differs", fg, sg)
	}
	if len(fcomp) != len(scomp) {
		t.Errorf("glyph %d → %d: %d components, want %d", fg, sg, len(scomp), len(fcomp))
		return
	}
	for i := range fcomp {
		sameGlyph(t, f, fcomp[i], src, scomp[i], seen)
	}
}

// checkChecksums checks every table checksum of the directory and the
// whole-font checksum that head.checkSumAdjustment makes 0xB1B0AFBA.
func checkChecksums(t *testing.T, font []byte) {
	t.Helper()
	if got := checksum(font); got != 0xB1B0AFBA {
		t.Errorf("font checksum = %#x, want 0xB1B0AFBA", got)
	}
	for i := 0; i < int(u16(font, 4)); i++ {
		rec := 12 + 16*i
		tag := string(font[rec : rec+4])
		sum, off, n := u32(font, rec+4), int(u32(font, rec+8)), int(u32(font, rec+12))
		table := bytes.Clone(font[off : off+n])
		if tag == "head" {
			binary.BigEndian.PutUint32(table[8:], 0)
		}
		if off%4 != 0 {
			t.Errorf("table %q at offset %d, not a multiple of 4", tag, off)
		}
		if got := checksum(table); got != sum {
			t.Errorf("table %q checksum = %#x, directory says %#x", tag, got, sum)
		}
	}
}

func TestSubsetRoundTrip(t *testing.T) {
	f := testFont(t)
	tests := []struct {
		name, text string
	}{
		{"Chinese", "复工复产企业园区疫情防控方案应急预案承诺书法定代表人签字盖章日期"},
		{"mixed scripts", "临沂 Linyi 2026年2月10日 ①②③ あア가 ÀÉß …—“”"},
		{"consecutive characters", "一丁七万丈三上下不与丐丑专且"},
		{"characters the font cannot draw", "℃😷𠮷ب\x07"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := subsetOfText(f, tt.text)
			info := checkSubset(t, f, sub, tt.text)
			if len(sub) > 200_000 {
				t.Errorf("subset is %d bytes, want a small font", len(sub))
			}
			// The characters asked for and those below alwaysKept, no more.
			for r := range info.glyphOf {
				if r >= alwaysKept && !bytes.ContainsRune([]byte(tt.text), r) {
					t.Errorf("subset maps %q, which the text does not have", r)
				}
			}
		})
	}
}

func TestSubsetEmpty(t *testing.T) {
	f := testFont(t)
	sub := subsetOfText(f, "")
	info := checkSubset(t, f, sub, "")
	for r := range info.glyphOf {
		if r >= alwaysKept {
			t.Errorf("empty subset maps %q", r)
		}
	}
	if g, ok := info.glyphOf['A']; !ok || info.advance[g] != f.src.advanceOf(f.glyph['A']) {
		t.Errorf("empty subset lacks A, which gofpdf always embeds")
	}
	// Has and the widths of a font loaded from the subset agree with f for
	// the characters it keeps.
	g, err := LoadFont(sub)
	if err != nil {
		t.Fatalf("LoadFont(subset) = %v", err)
	}
	for r := rune(0); r < alwaysKept; r++ {
		if g.Has(r) != f.Has(r) || g.advance(r) != f.advance(r) {
			t.Errorf("subset: Has(%q), advance = %v, %v; want %v, %v", r, g.Has(r), g.advance(r), f.Has(r), f.advance(r))
		}
	}
}

// TestSubsetComposite cuts a subset of a small font made here whose glyph
// for 国 is composite: two components, one of them composite itself.
func TestSubsetComposite(t *testing.T) {
	simple := func(x byte) []byte { // one contour of one point
		return []byte{0, 1, 0, 0, 0, 0, 0, x, 0, x, 0, 0, 0, 0, 0x37, x, x}
	}
	composite := func(parts ...[]byte) []byte {
		b := []byte{0xFF, 0xFF, 0, 0, 0, 0, 0, 9, 0, 9}
		for _, p := range parts {
			b = append(b, p...)
		}
		return b
	}
	glyphs := [][]byte{
		0: simple(1),
		1: simple(2), // 中
		2: simple(3), // only a component
		3: simple(4), // only a component of a component
		4: composite( // 国: glyph 2 with word arguments and a scale, then glyph 5
			[]byte{0x00, argsAreWords | moreComponents | haveScale, 0, 2, 0, 1, 0, 2, 0x40, 0},
			[]byte{0, 0, 0, 5, 1, 2}),
		5: composite([]byte{0, have2x2, 0, 3, 1, 1, 0x40, 0, 0, 0, 0, 0, 0x40, 0}), // glyph 3 transformed
		6: simple(7),                                                               // unused
	}
	real := testFont(t).src.tables
	var glyf, loca, hmtx []byte
	for i, g := range glyphs {
		loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
		glyf = append(glyf, g...)
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
		hmtx = appendU16s(hmtx, uint16(100*(i+1)), 0)
	}
	loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
	head, hhea, maxp := bytes.Clone(real["head"]), bytes.Clone(real["hhea"]), bytes.Clone(real["maxp"])
	binary.BigEndian.PutUint16(head[50:], 1)
	binary.BigEndian.PutUint16(hhea[34:], uint16(len(glyphs)))
	binary.BigEndian.PutUint16(maxp[4:], uint16(len(glyphs)))
	glyphOf := map[rune]uint16{'中': 1, '国': 4}
	font := assemble(map[string][]byte{
		"head": head, "hhea": hhea, "maxp": maxp, "hmtx": hmtx, "loca": loca, "glyf": glyf,
		"post": real["post"], "OS/2": real["OS/2"], "name": real["name"],
		"cmap": cmap4([]rune{'中', '国'}, func(r rune) uint16 { return glyphOf[r] }),
	})
	f, err := LoadFont(font)
	if err != nil {
		t.Fatalf("LoadFont(composite font) = %v", err)
	}
	sub := subsetOfText(f, "国")
	info := checkSubset(t, f, sub, "国")
	if n := len(info.advance); n != 5 {
		t.Errorf("subset has %d glyphs, want 5 (.notdef, 国 and its three components)", n)
	}
	if _, ok := info.glyphOf['中']; ok {
		t.Errorf("subset maps 中, which was not asked for")
	}
	src, _ := readGlyphSource(sub)
	var comps []uint16
	g := src.glyphData(info.glyphOf['国'])
	components(g, func(at int) { comps = append(comps, u16(g, at)) })
	if len(comps) != 2 || comps[0] != 1 || comps[1] != 4 {
		t.Errorf("components of 国 in the subset = %v, want [1 4] (old 2 and 5)", comps)
	}
}

// fontID is the name gofpdf gives the font resource: a hash of the font's
// widths, so it differs between a subset and the whole font.
var (
	fontID    = regexp.MustCompile(`/F[0-9a-f]{40}\b`)
	pdfObject = regexp.MustCompile(`(?s)\n(\d+ 0 obj\n.*?)endobj`)
	length    = regexp.MustCompile(`/Length \d+`)
)

// pdfObjects returns the objects of a gofpdf PDF with their streams
// decompressed, their lengths and font resource names blanked.
func pdfObjects(t *testing.T, pdf []byte) []string {
	t.Helper()
	var out []string
	for _, m := range pdfObject.FindAllSubmatch(pdf, -1) {
		obj := m[1]
		if i := bytes.Index(obj, []byte("stream\n")); i >= 0 && bytes.Contains(obj[:i], []byte("/FlateDecode")) {
			stream := bytes.TrimSuffix(bytes.TrimSpace(obj[i+len("stream\n"):]), []byte("endstream"))
			r, err := zlib.NewReader(bytes.NewReader(stream))
			if err != nil {
				t.Fatalf("object %.20q: %v", obj, err)
			}
			plain, err := io.ReadAll(r)
			if err != nil {
				t.Fatalf("object %.20q: %v", obj, err)
			}
			obj = append(bytes.Clone(obj[:i]), plain...)
		}
		obj = length.ReplaceAll(fontID.ReplaceAll(obj, []byte("/F")), []byte("/Length"))
		out = append(out, string(obj))
	}
	return out
}

// TestSubsetSamePDF checks that the PDF made with a subset is the PDF made
// with the whole font, but for the name of the font resource (and so the
// compressed lengths of the pages): the same embedded font program, the
// same widths, the same text.
func TestSubsetSamePDF(t *testing.T) {
	data, err := os.ReadFile(fontPath)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := LoadFont(data)
	if err != nil {
		t.Fatal(err)
	}
	whole.whole = true
	for _, plan := range []*documents.Plan{samplePlan(), examplePlan(t)} {
		var a, b bytes.Buffer
		if _, err := Write(&a, plan, whole); err != nil {
			t.Fatal(err)
		}
		if _, err := Write(&b, plan, testFont(t)); err != nil {
			t.Fatal(err)
		}
		x, y := pdfObjects(t, a.Bytes()), pdfObjects(t, b.Bytes())
		if len(x) != len(y) || len(x) < 10 {
			t.Fatalf("%s: %d objects with the subset, %d with the whole font", plan.Title, len(y), len(x))
		}
		for i := range x {
			if x[i] != y[i] {
				t.Errorf("%s: object %d differs:\nsubset: %.300q\nwhole:  %.300q", plan.Title, i+1, y[i], x[i])
			}
		}
	}
}

// TestSubsetCache checks that a fresh font and a font with subsets cached
// give the same bytes.
func TestSubsetCache(t *testing.T) {
	data, err := os.ReadFile(fontPath)
	if err != nil {
		t.Fatal(err)
	}
	plan := examplePlan(t)
	var first []byte
	for i := range 3 {
		f := testFont(t)
		if i == 0 {
			if f, err = LoadFont(data); err != nil {
				t.Fatal(err)
			}
		}
		var buf bytes.Buffer
		if _, err := Write(&buf, plan, f); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = buf.Bytes()
		} else if !bytes.Equal(buf.Bytes(), first) {
			t.Errorf("write %d differs from the first", i)
		}
	}
}

func examplePlan(tb testing.TB) *documents.Plan {
	tb.Helper()
	data, err := os.ReadFile("../../testdata/example.json")
	if err != nil {
		tb.Fatal(err)
	}
	a, err := assessment.ParseAnswers(data)
	if err != nil {
		tb.Fatal(err)
	}
	return documents.BuildPlan(a, assessment.Evaluate(a), time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC))
}

// BenchmarkExamplePlanSteps splits the example plan's PDF into its steps:
// building the plan from the answers (package documents), the first PDF
// of a visit (the font parsed by LoadFont, a subset cut, the PDF written),
// a repeat PDF (the subset from the cache), and cutting the subset alone.
func BenchmarkExamplePlanSteps(b *testing.B) {
	data, err := os.ReadFile(fontPath)
	if err != nil {
		b.Fatal(err)
	}
	answers, err := os.ReadFile("../../testdata/example.json")
	if err != nil {
		b.Fatal(err)
	}
	a, err := assessment.ParseAnswers(answers)
	if err != nil {
		b.Fatal(err)
	}
	date := time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC)
	plan := documents.BuildPlan(a, assessment.Evaluate(a), date)
	b.Run("plan", func(b *testing.B) {
		for b.Loop() {
			documents.BuildPlan(a, assessment.Evaluate(a), date)
		}
	})
	var buf bytes.Buffer
	b.Run("first", func(b *testing.B) {
		for b.Loop() {
			buf.Reset()
			f, err := LoadFont(data)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := Write(&buf, plan, f); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("repeat", func(b *testing.B) {
		f := testFont(b)
		for b.Loop() {
			buf.Reset()
			if _, err := Write(&buf, plan, f); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("subset", func(b *testing.B) {
		f := testFont(b)
		set := new(runeSet)
		set.add(plan.Text())
		var n int
		for b.Loop() {
			n = len(f.subset(set))
		}
		b.ReportMetric(float64(n), "font-bytes")
	})
}
