package e2e

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// lighthouseCLI is where make bench installs the npm package lighthouse
// (its version is pinned in the Makefile).
const lighthouseCLI = "../bin/lighthouse/node_modules/.bin/lighthouse"

// lighthouseGoals are the goals for each category, in print order.
var lighthouseGoals = []struct {
	id   string
	goal float64
}{
	{"performance", 0.9},
	{"accessibility", 1},
	{"best-practices", 1},
	{"seo", 1},
}

// lighthouseReport is the part of Lighthouse's JSON report the bench reads.
type lighthouseReport struct {
	LighthouseVersion string `json:"lighthouseVersion"`
	Categories        map[string]struct {
		Score *float64 `json:"score"`
	} `json:"categories"`
	Audits map[string]struct {
		DisplayValue string `json:"displayValue"`
	} `json:"audits"`
}

// BenchmarkLighthouse runs Lighthouse in its default mobile mode
// (simulated 4G, CPU slowed 4×) against / and /form of the built site,
// served as a static host serves it, with Debian's chromium headless in
// Chinese, and
// prints each category's score beside its goal, from the last round. One
// round (both pages) takes a minute or two: make bench asks for one
// (-benchtime 1x).
func BenchmarkLighthouse(b *testing.B) {
	cli, err := filepath.Abs(lighthouseCLI)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := os.Stat(cli); err != nil {
		b.Skip("Lighthouse is not installed: make bench installs it into bin/lighthouse")
	}
	host := serveSite(b, rootSite, "")
	routes := []string{"", "form"}
	reports := make([]lighthouseReport, len(routes))
	for b.Loop() {
		for i, route := range routes {
			reports[i] = runLighthouse(b, cli, host.URL+route, filepath.Join("out", "lighthouse-"+cmp.Or(route, "index")+".json"))
		}
	}
	fmt.Printf("\nLighthouse %s, mobile, on the built site (%s)\n\n", reports[0].LighthouseVersion, strings.Join([]string{"/", "/form"}, " and "))
	fmt.Println("| category | goal | / | /form | met |\n|---|---|---|---|---|")
	for _, g := range lighthouseGoals {
		met := "yes"
		var got []string
		for _, r := range reports {
			s := r.Categories[g.id].Score
			if s == nil {
				got = append(got, "?")
				met = "NO"
				continue
			}
			got = append(got, fmt.Sprintf("%.2f", *s))
			if *s < g.goal {
				met = "NO"
			}
		}
		fmt.Printf("| %s | ≥ %.2f | %s | %s |\n", g.id, g.goal, strings.Join(got, " | "), met)
	}
	for _, audit := range []string{"first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index", "cumulative-layout-shift"} {
		fmt.Printf("| %s | - | %s | %s | - |\n", audit, reports[0].Audits[audit].DisplayValue, reports[1].Audits[audit].DisplayValue)
	}
	fmt.Println()
}

// runLighthouse runs Lighthouse once against url and reads its report,
// which it leaves in out for a reader of the audits.
func runLighthouse(b *testing.B, cli, url, out string) lighthouseReport {
	cmd := exec.Command(cli, url,
		"--output=json", "--output-path="+out, "--quiet",
		"--only-categories=performance,accessibility,best-practices,seo",
		"--chrome-path="+chromium,
		// The phone of the other benchmarks: a Chinese browser. In an
		// English one the app, once started, redraws the pre-rendered
		// Chinese page in English, and that redraw becomes the largest
		// contentful paint.
		"--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage --disable-gpu --lang=zh-CN --accept-lang=zh-CN,zh")
	if msg, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("lighthouse %s: %v\n%s", url, err, msg)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		b.Fatal(err)
	}
	var r lighthouseReport
	if err := json.Unmarshal(data, &r); err != nil {
		b.Fatalf("reading Lighthouse's report: %v", err)
	}
	return r
}
