package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fugong/assessment"
	"fugong/internal/testkit"
	"fugong/parkdesk"
)

func TestPosterGlyphs(t *testing.T) {
	f := testFont(t)
	for _, s := range PosterText() {
		if m := f.Missing(s); len(m) > 0 {
			t.Errorf("the font cannot draw %q of the poster's %q", m, s)
		}
	}
}

// TestWritePoster reads the poster back: its text with pdftotext, and its
// QR code with zbarimg from the page rendered at 150 dpi, as printed.
func TestWritePoster(t *testing.T) {
	park := testkit.FullPark(t)
	link := testkit.FullLink(t)
	var buf bytes.Buffer
	subs, err := WritePoster(&buf, park, link, testFont(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) > 0 {
		t.Errorf("WritePoster substituted %v", subs)
	}
	pdf := buf.Bytes()
	if n := strings.Count(string(pdf), "/Type /Page\n"); n != 1 {
		t.Errorf("poster has %d pages, want 1", n)
	}
	text := squeeze(run(t, pdf, "pdftotext", "-enc", "UTF-8"))
	for _, want := range []string{park.Name, "用手机相机扫描二维码", "Scan the QR code", "カメラでQRコード", "휴대폰 카메라로", "2026-02-17", park.Hotline} {
		if !strings.Contains(text, squeeze(want)) {
			t.Errorf("pdftotext output of the poster lacks %q", want)
		}
	}
	var again bytes.Buffer
	WritePoster(&again, park, link, testFont(t))
	if !bytes.Equal(pdf, again.Bytes()) {
		t.Error("WritePoster is not deterministic")
	}

	dir := t.TempDir()
	file := filepath.Join(dir, "poster.pdf")
	os.WriteFile(file, pdf, 0o644)
	for _, r := range []string{"50", "150"} {
		out, err := exec.Command(tool(t, "pdftoppm"), "-r", r, "-png", "-singlefile", file, filepath.Join(dir, "poster-"+r)).CombinedOutput()
		if err != nil {
			t.Fatalf("pdftoppm: %v\n%s", err, out)
		}
	}
	if got := testkit.Scan(t, filepath.Join(dir, "poster-150.png")); len(got) != 1 || got[0] != link {
		t.Errorf("zbarimg read %q from the poster at 150 dpi, want %q", got, link)
	}
	if dirOut := os.Getenv("FUGONG_POSTER_OUT"); dirOut != "" {
		for _, name := range []string{"poster.pdf", "poster-50.png", "poster-150.png"} {
			data, _ := os.ReadFile(filepath.Join(dir, name))
			os.WriteFile(filepath.Join(dirOut, name), data, 0o644)
		}
	}
}

func TestWritePosterShortAndHostile(t *testing.T) {
	for _, park := range []assessment.Park{
		{Name: "苏州工业园区"},
		{Name: `"><script>alert(1)</script>`, Contact: "𠮷田", Phone: "13905391234"},
	} {
		link, err := parkdesk.ParkLinkURL(testkit.KitBase, park)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		subs, err := WritePoster(&buf, park, link, testFont(t))
		if err != nil {
			t.Fatalf("WritePoster(%q): %v", park.Name, err)
		}
		text := squeeze(run(t, buf.Bytes(), "pdftotext", "-enc", "UTF-8"))
		if !strings.Contains(text, squeeze(park.Name)) {
			t.Errorf("poster lacks the name %q", park.Name)
		}
		if park.Contact == "𠮷田" && len(subs) != 1 {
			t.Errorf("substitutions = %v, want 𠮷", subs)
		}
	}
	if _, err := WritePoster(&bytes.Buffer{}, assessment.Park{Name: "P"}, "x", nil); err != ErrNoFont {
		t.Errorf("WritePoster without a font = %v, want ErrNoFont", err)
	}
}

// TestPosterDetailsLegible checks what the poster prints to be read from a
// wall: the batch dates, contact and hotline at 14 pt or more in black,
// read back from the PDF (the height pdftotext gives their lines), and a
// QR code at least 50 mm on a side.
func TestPosterDetailsLegible(t *testing.T) {
	park := testkit.FullPark(t)
	link := testkit.FullLink(t)
	code, err := EncodeLinkQR(link, LevelM)
	if err != nil {
		t.Fatal(err)
	}
	ops, _, side := posterPage(park, code, testFont(t), newSubstituter(testFont(t)))
	if side < 50 {
		t.Errorf("the QR code is %.1f mm on a side, want at least 50", side)
	}
	details := []string{"2026-02-10", "2026-02-17", "2026-02-24", park.Hotline, park.Phone}
	for _, want := range details {
		found := false
		for _, o := range ops {
			if o.kind == opText && strings.Contains(o.text, want) {
				found = true
				if o.size < 14 || o.color != black {
					t.Errorf("%q is printed at %.1f pt in %v, want at least 14 pt in black", o.text, o.size, o.color)
				}
			}
		}
		if !found {
			t.Errorf("no line of the poster prints %q", want)
		}
	}

	var buf bytes.Buffer
	if _, err := WritePoster(&buf, park, link, testFont(t)); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "poster.pdf")
	os.WriteFile(file, buf.Bytes(), 0o644)
	rows := pageRows(t, file, 1)
	for _, want := range []string{"2026-02-17", park.Hotline} {
		found := false
		for _, r := range rows {
			if strings.Contains(r.text, squeeze(want)) {
				found = true
				// pdftotext's line box is 1.17 times the type size for this font.
				if size := (r.bottom - r.top) / 1.17; size < 13.9 {
					t.Errorf("%q reads back at %.1f pt, want at least 14", want, size)
				}
			}
		}
		if !found {
			t.Errorf("pdftotext finds no line with %q", want)
		}
	}
}
