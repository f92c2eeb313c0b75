package qrcode

import (
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"rsc.io/qr/coding"

	"fugong/assessment"
	"fugong/internal/testkit"
	"fugong/parkdesk"
)

func TestParkLinkFullSetupQR(t *testing.T) {
	link := testkit.FullLink(t)
	for _, level := range []struct {
		name       string
		maxVersion int
	}{{"M", 27}, {"Q", 32}} {
		lv := LevelM
		if level.name == "Q" {
			lv = LevelQ
		}
		code, err := EncodeLink(link, lv)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("full setup: link %d characters, QR version %d-%s (%d×%d modules)", len(link), code.Version, code.Level, code.Size(), code.Size())
		if code.Version > level.maxVersion {
			t.Errorf("full setup needs QR version %d at %s, want at most %d", code.Version, level.name, level.maxVersion)
		}
		file := filepath.Join(t.TempDir(), "qr.png")
		if err := os.WriteFile(file, code.PNG(4), 0o644); err != nil {
			t.Fatal(err)
		}
		if got := testkit.Scan(t, file); len(got) != 1 || got[0] != link {
			t.Errorf("zbarimg read %q, want %q", got, link)
		}
	}
}

func TestLinkQRModes(t *testing.T) {
	link, _ := parkdesk.ParkLinkURL(testkit.KitBase, assessment.Park{Name: "苏州工业园区"})
	segs := linkSegments(link)
	if len(segs) != 2 || !strings.HasSuffix(string(segs[0].(coding.String)), "#p=") {
		t.Errorf("linkSegments(%q) = %v, want an address and an alphanumeric payload", link, segs)
	}
	for _, s := range []string{"https://x/#p=abc", "https://x/", "https://x/#p=A.B", "="} {
		if segs := linkSegments(s); len(segs) != 1 {
			t.Errorf("linkSegments(%q) = %v, want one byte segment", s, segs)
		}
	}
	code, err := EncodeLink(link, LevelM)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "qr.png")
	os.WriteFile(file, code.PNG(3), 0o644)
	if got := testkit.Scan(t, file); len(got) != 1 || got[0] != link {
		t.Errorf("zbarimg read %q, want %q", got, link)
	}
}

// TestLinkQRSVG checks the SVG is well-formed and draws exactly the code's
// dark modules.
func TestLinkQRSVG(t *testing.T) {
	code, err := EncodeLink(testkit.FullLink(t), LevelM)
	if err != nil {
		t.Fatal(err)
	}
	svg := code.SVG()
	d := xml.NewDecoder(bytes.NewReader(svg))
	var path string
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "path" {
			for _, a := range se.Attr {
				if a.Name.Local == "d" {
					path = a.Value
				}
			}
		}
	}
	if path == "" {
		t.Fatalf("SVG has no path: %.200s", svg)
	}
	dark := map[[2]int]bool{}
	for _, m := range regexp.MustCompile(`M(\d+) (\d+)h(\d+)v1h-(\d+)z`).FindAllStringSubmatch(path, -1) {
		x, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[2])
		w, _ := strconv.Atoi(m[3])
		for i := 0; i < w; i++ {
			dark[[2]int{x + i - Quiet, y - Quiet}] = true
		}
	}
	for y := 0; y < code.Size(); y++ {
		for x := 0; x < code.Size(); x++ {
			if dark[[2]int{x, y}] != code.Black(x, y) {
				t.Fatalf("SVG module (%d, %d) = %v, want %v", x, y, dark[[2]int{x, y}], code.Black(x, y))
			}
		}
	}
}

// TestSummaryLinkQR: the summary link the letter and the summary card
// carry gets the mask with the lowest penalty among the eight, and scans.
func TestSummaryLinkQR(t *testing.T) {
	a := assessment.NewAnswers("zh")
	a.Set("name", assessment.StringValue("临沂精工机械有限公司"))
	link := parkdesk.SummaryURL(testkit.KitBase, a, assessment.Evaluate(a))
	code, err := EncodeLink(link, LevelM)
	if err != nil {
		t.Fatal(err)
	}
	got := penalty(code.code)
	for m := coding.Mask(0); m < 8; m++ {
		plan, err := coding.NewPlan(coding.Version(code.Version), LevelM, m)
		if err != nil {
			t.Fatal(err)
		}
		c, err := plan.Encode(linkSegments(link)...)
		if err != nil {
			t.Fatal(err)
		}
		if p := penalty(c); p < got {
			t.Errorf("mask %d scores %d, lower than the chosen code's %d", m, p, got)
		}
	}
	file := filepath.Join(t.TempDir(), "qr.png")
	if err := os.WriteFile(file, code.PNG(3), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := testkit.Scan(t, file); len(got) != 1 || got[0] != link {
		t.Errorf("zbarimg read %q, want %q", got, link)
	}
}
