// Command featuresize prints what a feature adds to a WebAssembly build,
// brotli-compressed as the site serves it: the package built as shipped
// (GOOS=js GOARCH=wasm go build -trimpath -ldflags "-s -w", as build.sh
// does, without a VCS stamp) and the same tree built with a tag that
// leaves the feature out, each compressed by `brotli -q 11 -w 24`
// (Debian's package brotli; the site's own compressor writes the same at
// those settings, several times slower), and the difference against a
// goal, with gzip -9's difference beside it: brotli's at quality 11 moves
// by several KB either way with small changes of the code, gzip's follows
// the code more closely (a change that took 7 KB off gzip's figure put
// 4.7 KB on brotli's): judge a change by both, and keep a margin under
// the goal. Both builds come from one tree, so the figures hold nothing
// but the feature, and they are the same on every run: a tree builds the
// same bytes each time and in any directory (-trimpath, no VCS stamp),
// and brotli is deterministic.
//
//	go run ./tools/featuresize -tag noroster -goal 60000 ./cmd/fugong
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

func main() {
	tag := flag.String("tag", "", "the build tag that leaves the feature out")
	goal := flag.Int("goal", 0, "the most the feature may add, in bytes of brotli (0: no goal)")
	flag.Parse()
	if *tag == "" || flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: featuresize -tag TAG [-goal BYTES] PACKAGE")
		os.Exit(2)
	}
	if err := run(os.Stdout, flag.Arg(0), *tag, *goal); err != nil {
		fmt.Fprintln(os.Stderr, "featuresize:", err)
		os.Exit(1)
	}
}

// run builds pkg with and without the tag and prints the sizes.
func run(out *os.File, pkg, tag string, goal int) error {
	dir, err := os.MkdirTemp("", "featuresize")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	with, gzWith, err := compressed(dir, pkg, "")
	if err != nil {
		return err
	}
	without, gzWithout, err := compressed(dir, pkg, tag)
	if err != nil {
		return err
	}
	verdict := ""
	if goal > 0 {
		verdict = fmt.Sprintf("   goal ≤ %d: met", goal)
		if with-without > goal {
			verdict = fmt.Sprintf("   goal ≤ %d: missed by %d", goal, with-without-goal)
		}
	}
	fmt.Fprintf(out, "%s as served             brotli -q 11      gzip -9\n", pkg)
	fmt.Fprintf(out, "  as shipped            %12d B %12d B\n", with, gzWith)
	fmt.Fprintf(out, "  with -tags %-10s %12d B %12d B\n", tag, without, gzWithout)
	fmt.Fprintf(out, "  the feature adds      %12d B %12d B%s\n", with-without, gzWith-gzWithout, verdict)
	return nil
}

// compressed builds pkg for the browser with the tags given ("" for
// none) and returns the sizes of its brotli and its gzip.
func compressed(dir, pkg, tags string) (br, gz int, err error) {
	file := filepath.Join(dir, "out.wasm")
	// No VCS stamp: it would tell a tree with uncommitted changes apart.
	args := []string{"build", "-trimpath", "-buildvcs=false", "-ldflags", "-s -w", "-o", file}
	if tags != "" {
		args = append(args, "-tags", tags)
	}
	cmd := exec.Command("go", append(args, pkg)...)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return 0, 0, fmt.Errorf("go build -tags %q %s: %w", tags, pkg, err)
	}
	out, err := exec.Command("brotli", "-q", "11", "-w", "24", "-c", file).Output()
	if err != nil {
		return 0, 0, fmt.Errorf("brotli (apt-get install brotli): %w", err)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return 0, 0, err
	}
	var b bytes.Buffer
	w, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	w.Write(data)
	if err := w.Close(); err != nil {
		return 0, 0, err
	}
	return len(out), b.Len(), nil
}
