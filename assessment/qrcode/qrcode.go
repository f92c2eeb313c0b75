// Package qrcode is the kit's one QR encoder: every code (the letter's
// and the summary card's summary link, the daily report's link, the park
// link on screen and on the poster) is chosen for the fewest modules and
// the best-scanning mask, and drawn from its runs of dark modules, as a
// PNG or an SVG image or, by package documents/pdf, on paper. It uses
// rsc.io/qr/coding and the standard library, and no PDF code, so the
// app's own WebAssembly carries it without the PDF writer (which runs in
// the PDF worker and imports it to draw the same codes).
package qrcode

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"strings"

	"rsc.io/qr/coding"
)

// ErrEncode says a text cannot be written as a QR code: too long for the
// largest version at the level asked for.
var ErrEncode = errors.New("qrcode: text cannot be encoded")

// Quiet is the width of the light border around every code, in modules.
const Quiet = 4

// LinkQR is the QR code of a link (or any text). A park link's fragment
// payload (base 36, capitals and digits) is written in the QR
// alphanumeric mode and the address before it in byte mode, so a long
// setup takes fewer modules than in byte mode alone; other text is in
// byte mode. The mask is the one with the lowest penalty (ISO/IEC 18004
// §7.8.3), so the code scans well.
type LinkQR struct {
	code    *coding.Code
	Version int    // 1–40
	Level   string // "M" or "Q"
}

// Level is a QR error-correction level.
type Level = coding.Level

// QR error-correction levels a code may use. M restores 15 % of a
// damaged code, Q 25 %.
const (
	LevelM = coding.M
	LevelQ = coding.Q
)

// EncodeLink returns the smallest QR code of link (or any text) at
// level.
func EncodeLink(link string, level Level) (*LinkQR, error) {
	segs := linkSegments(link)
	for v := coding.Version(coding.MinVersion); v <= coding.MaxVersion; v++ {
		bits := 0
		for _, s := range segs {
			bits += s.Bits(v)
		}
		if bits > v.DataBytes(level)*8 {
			continue
		}
		var best *coding.Code
		bestScore := -1
		for m := coding.Mask(0); m < 8; m++ {
			plan, err := coding.NewPlan(v, level, m)
			if err != nil {
				return nil, fmt.Errorf("%w: %v", ErrEncode, err)
			}
			c, err := plan.Encode(segs...)
			if err != nil {
				return nil, fmt.Errorf("%w: %v", ErrEncode, err)
			}
			if s := penalty(c); bestScore < 0 || s < bestScore {
				best, bestScore = c, s
			}
		}
		return &LinkQR{code: best, Version: int(v), Level: level.String()}, nil
	}
	return nil, fmt.Errorf("%w: %d characters do not fit a QR code", ErrEncode, len(link))
}

// linkSegments splits a link into a byte-mode address and an alphanumeric
// payload ("…#p=" and what follows, when it is all capitals and digits).
func linkSegments(link string) []coding.Encoding {
	i := strings.LastIndex(link, "=")
	if i < 0 || i == len(link)-1 || coding.Alpha(link[i+1:]).Check() != nil || strings.ContainsAny(link[i+1:], " $%*+-./:") {
		return []coding.Encoding{coding.String(link)}
	}
	return []coding.Encoding{coding.String(link[:i+1]), coding.Alpha(link[i+1:])}
}

// penalty scores a code by the four rules of ISO/IEC 18004 §7.8.3: runs of
// one colour, 2×2 blocks, finder-like patterns and the dark proportion.
func penalty(c *coding.Code) int {
	n, score := c.Size, 0
	at := func(x, y int, vertical bool) bool {
		if vertical {
			return c.Black(y, x)
		}
		return c.Black(x, y)
	}
	for _, vertical := range []bool{false, true} {
		for y := 0; y < n; y++ {
			run := 1
			for x := 1; x <= n; x++ {
				if x < n && at(x, y, vertical) == at(x-1, y, vertical) {
					run++
					continue
				}
				if run >= 5 {
					score += run - 2
				}
				run = 1
			}
			for x := 0; x+11 <= n; x++ { // 1:1:3:1:1 with four light modules on one side
				p := 0
				for k := 0; k < 11; k++ {
					if at(x+k, y, vertical) {
						p |= 1 << (10 - k)
					}
				}
				if p == 0b10111010000 || p == 0b00001011101 {
					score += 40
				}
			}
		}
	}
	dark := 0
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			b := c.Black(x, y)
			if b {
				dark++
			}
			if x+1 < n && y+1 < n && b == c.Black(x+1, y) && b == c.Black(x, y+1) && b == c.Black(x+1, y+1) {
				score += 3
			}
		}
	}
	pct := dark * 100 / (n * n)
	dev := pct - 50
	if dev < 0 {
		dev = -dev
	}
	return score + dev/5*10
}

// Size is the number of modules on a side, without the quiet zone.
func (q *LinkQR) Size() int { return q.code.Size }

// Black reports whether the module at (x, y) is dark.
func (q *LinkQR) Black(x, y int) bool { return q.code.Black(x, y) }

// Image returns the code with a quiet zone of 4 modules, scale pixels a
// module, black on white.
func (q *LinkQR) Image(scale int) image.Image {
	scale = max(scale, 1)
	side := (q.code.Size + 2*Quiet) * scale
	img := image.NewPaletted(image.Rect(0, 0, side, side), color.Palette{color.White, color.Black})
	for y := 0; y < side; y++ {
		for x := 0; x < side; x++ {
			if q.code.Black(x/scale-Quiet, y/scale-Quiet) {
				img.SetColorIndex(x, y, 1)
			}
		}
	}
	return img
}

// Runs calls f for each run of dark modules, row by row: the run starts
// at module x of row y and is n modules long. Drawing the runs as
// rectangles draws the code.
func (q *LinkQR) Runs(f func(x, y, n int)) {
	for y := 0; y < q.code.Size; y++ {
		for x := 0; x < q.code.Size; {
			if !q.code.Black(x, y) {
				x++
				continue
			}
			run := x
			for run < q.code.Size && q.code.Black(run, y) {
				run++
			}
			f(x, y, run-x)
			x = run
		}
	}
}

// PNG returns the code as a PNG image (see Image).
func (q *LinkQR) PNG(scale int) []byte {
	var buf bytes.Buffer
	_ = png.Encode(&buf, q.Image(scale)) // writing to memory does not fail
	return buf.Bytes()
}

// SVG returns the code as an SVG image, one unit a module, with a quiet
// zone of 4 modules: a white square and one path of dark runs.
func (q *LinkQR) SVG() []byte {
	n := q.code.Size + 2*Quiet
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" shape-rendering="crispEdges">`, n, n, n*8, n*8)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#fff"/><path fill="#000" d="`, n, n)
	q.Runs(func(x, y, n int) { fmt.Fprintf(&b, "M%d %dh%dv1h-%dz", x+Quiet, y+Quiet, n, n) })
	b.WriteString(`"/></svg>` + "\n")
	return b.Bytes()
}
