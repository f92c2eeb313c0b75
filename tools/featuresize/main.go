// Command featuresize prints what a feature adds to a WebAssembly build,
// brotli-compressed as the site serves it: the package built as shipped
// (GOOS=js GOARCH=wasm go build -trimpath -ldflags "-s -w", as build.sh
// does) and the same tree built with a tag that leaves the feature out,
// each compressed at quality 11, and the difference against a goal.
// Both builds come from one tree, so the figure holds nothing but the
// feature, and it is the same on every run.
//
//	go run ./tools/featuresize -tag noroster -goal 60000 ./app
//
// -lgwin 22 gives the figure of `brotli -q 11` with its default window;
// the site compresses with 24.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

func main() {
	tag := flag.String("tag", "", "the build tag that leaves the feature out")
	goal := flag.Int("goal", 0, "the most the feature may add, in bytes of brotli (0: no goal)")
	lgwin := flag.Int("lgwin", 24, "brotli's window, as a power of two")
	flag.Parse()
	if *tag == "" || flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: featuresize -tag TAG [-goal BYTES] [-lgwin 24] PACKAGE")
		os.Exit(2)
	}
	if err := run(os.Stdout, flag.Arg(0), *tag, *goal, *lgwin); err != nil {
		fmt.Fprintln(os.Stderr, "featuresize:", err)
		os.Exit(1)
	}
}

// run builds pkg with and without the tag and prints the sizes.
func run(out *os.File, pkg, tag string, goal, lgwin int) error {
	dir, err := os.MkdirTemp("", "featuresize")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	with, err := compressed(dir, pkg, "", lgwin)
	if err != nil {
		return err
	}
	without, err := compressed(dir, pkg, tag, lgwin)
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
	fmt.Fprintf(out, "%s brotli (q11, window 2^%d)\n", pkg, lgwin)
	fmt.Fprintf(out, "  as shipped            %9d B\n", with)
	fmt.Fprintf(out, "  with -tags %-10s %9d B\n", tag, without)
	fmt.Fprintf(out, "  the feature adds      %9d B%s\n", with-without, verdict)
	return nil
}

// compressed builds pkg for the browser with the tags given ("" for
// none) and returns the size of its brotli.
func compressed(dir, pkg, tags string, lgwin int) (int, error) {
	file := filepath.Join(dir, "out.wasm")
	args := []string{"build", "-trimpath", "-ldflags", "-s -w", "-o", file}
	if tags != "" {
		args = append(args, "-tags", tags)
	}
	cmd := exec.Command("go", append(args, pkg)...)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return 0, fmt.Errorf("go build -tags %q %s: %w", tags, pkg, err)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return 0, err
	}
	var b bytes.Buffer
	w := brotli.NewWriterOptions(&b, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: lgwin})
	if _, err := w.Write(data); err != nil {
		return 0, err
	}
	if err := w.Close(); err != nil {
		return 0, err
	}
	return b.Len(), nil
}
