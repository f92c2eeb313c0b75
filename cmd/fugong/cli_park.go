//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"

	"fugong/assessment"
	"fugong/documents/pdf"
	"fugong/parkdesk"
	"fugong/web/fonts"
)

// parkLinkCommand runs "fugong parklink FILE [-base URL] [-qr out.png|out.svg]
// [-poster out.pdf]": it reads a park's setup (FILE, or - for standard
// input: a park object as in an answers file's "park", or a whole answers
// file), prints the park link, and writes its QR code and A4 poster when
// asked. It returns 0 on success, 2 when the command line or the setup is
// wrong, and 1 when a file cannot be written.
func parkLinkCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("parklink", flag.ContinueOnError)
	fs.SetOutput(stderr)
	base := fs.String("base", "http://127.0.0.1:8000/", "the kit's address, e.g. https://example.org/fugong/")
	qrOut := fs.String("qr", "", "write the link's QR code to this .png or .svg file")
	posterOut := fs.String("poster", "", "write the A4 poster to this .pdf file")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: fugong parklink FILE [-base https://host/prefix/] [-qr out.png|out.svg] [-poster out.pdf]")
	}
	if err := parseInterspersed(fs, args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	if u, err := url.Parse(*base); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		fmt.Fprintf(stderr, "fugong parklink: -base %q is not an http(s) address\n", *base)
		return 2
	}
	if !strings.HasSuffix(*base, "/") {
		*base += "/"
	}
	park, err := readPark(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "fugong parklink: %v\n", err)
		return 2
	}
	link, err := parkdesk.ParkLinkURL(*base, park)
	if err != nil {
		var le *assessment.InputError
		if errors.As(err, &le) {
			for _, p := range le.Problems {
				fmt.Fprintf(stderr, "fugong parklink: %s: %s (%s)\n", p.Question, p.Message.Zh, p.Message.In("en"))
			}
		} else {
			fmt.Fprintf(stderr, "fugong parklink: %v\n", err)
		}
		return 2
	}
	fmt.Fprintln(stdout, link)
	if *qrOut != "" {
		code, err := pdf.EncodeLinkQR(link, pdf.LevelM)
		if err != nil {
			fmt.Fprintf(stderr, "fugong parklink: %v\n", err)
			return 1
		}
		data := code.PNG(8)
		if strings.HasSuffix(strings.ToLower(*qrOut), ".svg") {
			data = code.SVG()
		}
		if err := os.WriteFile(*qrOut, data, 0o644); err != nil {
			fmt.Fprintf(stderr, "fugong parklink: %v\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "QR version %d-%s, link %d characters\n", code.Version, code.Level, len(link))
	}
	if *posterOut != "" {
		font, err := pdf.LoadFont(fonts.MicroHei)
		if err != nil {
			fmt.Fprintf(stderr, "fugong parklink: %v\n", err)
			return 1
		}
		var buf bytes.Buffer
		subs, err := pdf.WritePoster(&buf, park, link, font)
		if err != nil {
			fmt.Fprintf(stderr, "fugong parklink: %v\n", err)
			return 1
		}
		for _, s := range subs {
			fmt.Fprintf(stderr, "fugong parklink: the font cannot draw %s\n", s)
		}
		if err := os.WriteFile(*posterOut, buf.Bytes(), 0o644); err != nil {
			fmt.Fprintf(stderr, "fugong parklink: %v\n", err)
			return 1
		}
	}
	return 0
}

// readPark reads a park object, or the "park" of an answers file.
func readPark(name string, stdin io.Reader) (assessment.Park, error) {
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(io.LimitReader(stdin, 1<<20))
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return assessment.Park{}, err
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return assessment.Park{}, fmt.Errorf("%s: not a JSON object: %v", name, err)
	}
	if raw, ok := top["park"]; ok {
		data = raw
	}
	var p assessment.Park
	if err := json.Unmarshal(data, &p); err != nil {
		return assessment.Park{}, fmt.Errorf("%s: not a park setup: %v", name, err)
	}
	return p, nil
}
