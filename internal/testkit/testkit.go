// Package testkit holds helpers that tests in several packages share:
// reading QR codes back with zbarimg, and the fullest realistic park
// setup. Only tests import it.
package testkit

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"fugong/assessment"
	"fugong/parkdesk"
)

// Scan decodes every QR code in a PNG file with zbarimg (Debian
// zbar-tools). Without zbarimg the test is skipped, unless CI is set.
func Scan(t testing.TB, file string) []string {
	t.Helper()
	zbarimg, err := exec.LookPath("zbarimg")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("zbarimg not found (install zbar-tools): %v", err)
		}
		t.Skip("zbarimg not found (install zbar-tools)")
	}
	out, err := exec.Command(zbarimg, "--raw", "-q", "-Sdisable", "-Sqrcode.enable", file).Output()
	if err != nil {
		t.Fatalf("zbarimg %s: %v (%s)", file, err, out)
	}
	return strings.Split(strings.TrimRight(string(out), "\n"), "\n")
}

// KitBase is the kit's address in tests' links.
const KitBase = "https://fugong.example.gov.cn/fugong/"

// FullPark is the longest realistic park setup:
// assessment/testdata/parklink/full.json.
func FullPark(t testing.TB) assessment.Park {
	t.Helper()
	_, here, _, _ := runtime.Caller(0)
	data, err := os.ReadFile(filepath.Join(filepath.Dir(here), "..", "..", "assessment", "testdata", "parklink", "full.json"))
	if err != nil {
		t.Fatal(err)
	}
	var p assessment.Park
	if err := json.Unmarshal(data, &p); err != nil {
		t.Fatal(err)
	}
	return p
}

// FullLink is the park link of FullPark.
func FullLink(t testing.TB) string {
	t.Helper()
	link, err := parkdesk.ParkLinkURL(KitBase, FullPark(t))
	if err != nil {
		t.Fatal(err)
	}
	return link
}
