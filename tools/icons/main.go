// Command icons draws the kit's icons into web/icons: a white factory with
// a check mark on the kit's green, as PNG (192, 512, and a maskable 512
// whose drawing keeps inside the safe zone) and as SVG. Run it from the
// repository root with `go run ./tools/icons`; the output is committed.
package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
	"path/filepath"
)

// point is a position in the icon's 100×100 design space.
type point struct{ x, y float64 }

var (
	green = color.NRGBA{0x0b, 0x6e, 0x4f, 0xff}
	white = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	// factory is the outline of a sawtooth-roofed workshop with a chimney.
	factory = []point{{18, 80}, {18, 48}, {34, 38}, {34, 48}, {50, 38}, {50, 48}, {64, 38},
		{64, 22}, {74, 22}, {74, 48}, {82, 48}, {82, 80}}
	// check is the check mark drawn on the workshop's wall.
	check      = []point{{37, 64}, {46, 72}, {63, 55}}
	checkWidth = 6.0
)

func main() {
	out := filepath.Join("web", "icons")
	if err := os.MkdirAll(out, 0o755); err != nil {
		log.Fatal(err)
	}
	icons := []struct {
		name     string
		size     int
		scale    float64 // drawing size relative to the icon
		rounding float64 // corner radius of the background, in design units
	}{
		{"icon-192.png", 192, 1, 18},
		{"icon-512.png", 512, 1, 18},
		{"maskable-512.png", 512, 0.72, 0},
	}
	for _, ic := range icons {
		img := draw(ic.size, ic.scale, ic.rounding)
		var b bytes.Buffer
		if err := png.Encode(&b, img); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, ic.name), b.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(out, "icon.svg"), []byte(svg()), 0o644); err != nil {
		log.Fatal(err)
	}
}

// draw renders the icon at size pixels, 4×4 samples a pixel.
func draw(size int, scale, rounding float64) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	const samples = 4
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var bg, fg int
			for sy := 0; sy < samples; sy++ {
				for sx := 0; sx < samples; sx++ {
					// the sample's position in design units
					x := (float64(px) + (float64(sx)+0.5)/samples) * 100 / float64(size)
					y := (float64(py) + (float64(sy)+0.5)/samples) * 100 / float64(size)
					if !inRoundedSquare(x, y, rounding) {
						continue
					}
					bg++
					// undo the drawing's scale about the centre
					dx, dy := 50+(x-50)/scale, 50+(y-50)/scale
					// the check mark lets the green show through the white wall
					if inPolygon(dx, dy, factory) && !nearPolyline(dx, dy, check, checkWidth/2) {
						fg++
					}
				}
			}
			n := float64(samples * samples)
			img.SetNRGBA(px, py, mix(bg, fg, n))
		}
	}
	return img
}

// mix blends the green background and the white drawing by their sample
// counts; the alpha is the share of samples inside the background.
func mix(bg, fg int, n float64) color.NRGBA {
	if bg == 0 {
		return color.NRGBA{}
	}
	w := float64(fg) / float64(bg)
	c := color.NRGBA{
		R: uint8(math.Round(float64(green.R)*(1-w) + float64(white.R)*w)),
		G: uint8(math.Round(float64(green.G)*(1-w) + float64(white.G)*w)),
		B: uint8(math.Round(float64(green.B)*(1-w) + float64(white.B)*w)),
		A: uint8(math.Round(255 * float64(bg) / n)),
	}
	return c
}

func inRoundedSquare(x, y, r float64) bool {
	if x < 0 || y < 0 || x > 100 || y > 100 {
		return false
	}
	cx := math.Max(r, math.Min(100-r, x))
	cy := math.Max(r, math.Min(100-r, y))
	return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r
}

// inPolygon is the even-odd rule.
func inPolygon(x, y float64, poly []point) bool {
	inside := false
	for i, j := 0, len(poly)-1; i < len(poly); j, i = i, i+1 {
		a, b := poly[i], poly[j]
		if (a.y > y) != (b.y > y) && x < (b.x-a.x)*(y-a.y)/(b.y-a.y)+a.x {
			inside = !inside
		}
	}
	return inside
}

// nearPolyline reports whether (x, y) is within r of the polyline: a
// stroke with round caps and joins.
func nearPolyline(x, y float64, line []point, r float64) bool {
	for i := 1; i < len(line); i++ {
		a, b := line[i-1], line[i]
		vx, vy := b.x-a.x, b.y-a.y
		t := ((x-a.x)*vx + (y-a.y)*vy) / (vx*vx + vy*vy)
		t = math.Max(0, math.Min(1, t))
		px, py := a.x+t*vx, a.y+t*vy
		if (x-px)*(x-px)+(y-py)*(y-py) <= r*r {
			return true
		}
	}
	return false
}

func svg() string {
	var pts, chk bytes.Buffer
	for _, p := range factory {
		fmt.Fprintf(&pts, "%g,%g ", p.x, p.y)
	}
	for _, p := range check {
		fmt.Fprintf(&chk, "%g,%g ", p.x, p.y)
	}
	return fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<rect width="100" height="100" rx="18" fill="#0b6e4f"/>
<polygon points="%s" fill="#fff"/>
<polyline points="%s" fill="none" stroke="#0b6e4f" stroke-width="%g" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`, bytes.TrimSpace(pts.Bytes()), bytes.TrimSpace(chk.Bytes()), checkWidth)
}
