//go:build !wasm

package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

const usage = `fugong — 复工复产自评 (resumption self-assessment kit)

usage:
  fugong serve    [-addr 127.0.0.1:8000] [-web web]    serve the kit
  fugong static   [-out dist] [-prefix /fugong] [-web web]
                                                      write the kit as a static website
  fugong classify FILE|-                              assess an answers file, print JSON
  fugong pdf      FILE|- [-o plan.pdf] [-date 2026-02-10]
                                                      write the plan and letter as a PDF
  fugong parklink FILE|- [-base https://host/prefix/] [-qr out.png|out.svg] [-poster out.pdf]
                                                      a park's setup link, its QR code and poster
  fugong paper    [-park LINK|JSON|FILE] [-lang zh] [-o paper.pdf]
                                                      the blank questionnaire and letter to print
  fugong summary  [-base URL] FILE|-                  the link that adds the enterprise to a park's
                                                      registry (-decode CODE reads one)
  fugong report   REGISTRY.json [-date 2026-02-18] [-o report.pdf] [-csv report.csv]
                                                      the park's daily report from a registry backup
  fugong roster   [-lang zh] [-date 2026-02-10] FILE.xlsx|FILE.csv|-
                                                      read a staff roster, print it as JSON with
                                                      each row's problems and the form's counts
  fugong logs     ANSWERS ROSTER [-o logs.pdf] [-date 2026-02-10]
                                                      the roster, 14 days of daily health log, the
                                                      zero report, disinfection and supplies logs

With no command, fugong serves the kit.
`

// runNative runs a command of the native program and returns its exit code.
func runNative(args []string) int {
	return dispatch(args, os.Stdin, os.Stdout, os.Stderr)
}

func dispatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	command := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		command, args = args[0], args[1:]
	}
	switch command {
	case "serve":
		return serveCommand(args, stderr)
	case "static":
		return staticCommand(args, stdout, stderr)
	case "classify":
		return classifyCommand(args, stdin, stdout, stderr)
	case "pdf":
		return pdfCommand(args, stdin, stdout, stderr)
	case "parklink":
		return parkLinkCommand(args, stdin, stdout, stderr)
	case "paper":
		return paperCommand(args, stdin, stdout, stderr)
	case "summary":
		return summaryCommand(args, stdin, stdout, stderr)
	case "report":
		return reportCommand(args, stdin, stdout, stderr)
	case "roster":
		return rosterCommand(args, stdin, stdout, stderr)
	case "logs":
		return logsCommand(args, stdin, stdout, stderr)
	case "help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "fugong: unknown command %q\n\n%s", command, usage)
	return 2
}
