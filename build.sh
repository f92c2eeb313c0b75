#!/usr/bin/env bash
# build.sh — builds the kit.
#
#   ./build.sh wasm                 web/app.wasm (the app, for the browser)
#   ./build.sh native               bin/fugong (server, static-site generator, command line)
#   ./build.sh static [-out DIR] [-prefix /sub/path]
#                                   both, then the static website (default dist/)
#   ./build.sh                      wasm and native
set -euo pipefail
cd "$(dirname "$0")"

# wasm replaces web/app.wasm only when it changed, so that its compressed
# copies, which are slow to make, are kept.
wasm() {
	GOOS=js GOARCH=wasm go build -trimpath -ldflags "-s -w" -o web/app.wasm.new ./app
	if cmp -s web/app.wasm.new web/app.wasm; then
		rm web/app.wasm.new
	else
		mv web/app.wasm.new web/app.wasm
	fi
}

native() {
	mkdir -p bin
	go build -trimpath -o bin/fugong ./app
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
