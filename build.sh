#!/usr/bin/env bash
# build.sh — builds the kit.
#
#   ./build.sh wasm                 web/app.wasm (the app, for the browser) and
#                                   web/pdf.wasm (the PDF worker's program)
#   ./build.sh native               bin/fugong (server, static-site generator, command line)
#   ./build.sh static [-out DIR] [-prefix /sub/path]
#                                   both, then the static website (default dist/)
#   ./build.sh                      wasm and native
set -euo pipefail
cd "$(dirname "$0")"

# wasm replaces web/app.wasm and web/pdf.wasm only when they changed, so
# that their compressed copies, which are slow to make, are kept.
wasm() {
	wasm_build app.wasm ./cmd/fugong
	wasm_build pdf.wasm ./cmd/pdfworker
}

# wasm_build NAME PACKAGE builds PACKAGE for the browser as web/NAME.
wasm_build() {
	GOOS=js GOARCH=wasm go build -trimpath -ldflags "-s -w" -o "web/$1.new" "$2"
	if cmp -s "web/$1.new" "web/$1"; then
		rm "web/$1.new"
	else
		mv "web/$1.new" "web/$1"
	fi
}

native() {
	mkdir -p bin
	go build -trimpath -o bin/fugong ./cmd/fugong
}

case "${1:-all}" in
wasm) wasm ;;
native) native ;;
static)
	shift
	wasm
	native
	bin/fugong static -web web "$@"
	;;
all)
	wasm
	native
	;;
*)
	echo "usage: ./build.sh [wasm|native|static [-out DIR] [-prefix /sub/path]]" >&2
	exit 2
	;;
esac
