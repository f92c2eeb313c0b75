package e2e

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// The sites TestMain builds, and where the browser is.
var (
	rootSite   string // static site for the root of its host
	prefixSite string // static site for /fugong/
	chromium   string
)

// subPath is the prefix the sub-path build is served under.
const subPath = "/fugong"

var keepBuild = flag.Bool("keep", false, "reuse e2e/out/ sites from an earlier run instead of building")

func TestMain(m *testing.M) {
	flag.Parse()
	var err error
	if chromium, err = findChromium(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(1)
	}
	out, err := filepath.Abs("out")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(1)
	}
	rootSite = filepath.Join(out, "dist")
	prefixSite = filepath.Join(out, "dist-fugong")
	if !*keepBuild {
		if err := buildSites(out); err != nil {
			fmt.Fprintln(os.Stderr, "e2e: building the site:", err)
			os.Exit(1)
		}
	}
	os.Exit(m.Run())
}

// findChromium looks for Debian's chromium.
func findChromium() (string, error) {
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p, nil
	}
	return "", fmt.Errorf("chromium is not installed: run `apt-get install -y chromium` (Debian package chromium)")
}

// buildSites builds the wasm and the native program with build.sh, then
// writes both static sites.
func buildSites(out string) error {
	for _, args := range [][]string{
		{"../build.sh", "static", "-out", filepath.Join(out, "dist")},
		{"../bin/fugong", "static", "-web", "../web", "-out", filepath.Join(out, "dist-fugong"), "-prefix", subPath},
	} {
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("%v: %w", args, err)
		}
	}
	return nil
}
