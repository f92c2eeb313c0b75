# fugong — make run serves the kit; make test runs every test.
# The kit is one Go program: see README.md.

PORT ?= 8000
PREFIX ?=
GO_WASM_EXEC := $(shell go env GOROOT)/lib/wasm

.PHONY: run build static test check-tools fmt vet purity unit fuzz-short wasm-test e2e bench lighthouse fonts icons clean

# LIGHTHOUSE is the npm package make bench scores the site with, pinned.
LIGHTHOUSE := lighthouse@13.5.0

## run: build everything and serve the kit on http://127.0.0.1:$(PORT)
run: build
	bin/fugong serve -addr 127.0.0.1:$(PORT) -web web

## build: web/app.wasm, web/pdf.wasm and bin/fugong
build:
	./build.sh

## static: the static website in dist/ (PREFIX=/fugong for a sub-path)
static:
	./build.sh static -out dist $(if $(PREFIX),-prefix $(PREFIX))

## test: formatting, vet, purity, unit tests (native and wasm), browser tests
test: check-tools fmt vet purity unit fuzz-short wasm-test e2e

check-tools:
	@command -v chromium >/dev/null 2>&1 || { echo "make test: chromium is missing; install Debian's package: apt-get install -y chromium"; exit 1; }
	@command -v pdftotext >/dev/null 2>&1 || { echo "make test: pdftotext is missing; install Debian's package: apt-get install -y poppler-utils"; exit 1; }
	@command -v node >/dev/null 2>&1 || { echo "make test: node is missing; install Node.js (Debian package nodejs)"; exit 1; }

fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	go vet ./...
	GOOS=js GOARCH=wasm go vet ./app/... ./cmd/... ./assessment/... ./documents/... ./parkdesk/...
	GOOS=js GOARCH=wasm go vet -tags noroster ./app/... ./cmd/fugong/

## purity: package assessment (the rules) imports nothing outside the
## standard library, package documents (the plan, the letter, the paper
## form) nothing more than assessment, and package parkdesk (the park's
## side) nothing more than assessment, documents and the codes' codec
## internal/wire (itself standard library only): no go-app, no gofpdf, and never syscall/js itself; the standard
## library's own syscall uses syscall/js under GOOS=js, which is fine.
## app.wasm carries no PDF writer: PDFs are written in the PDF worker
## (cmd/pdfworker, web/pdf.wasm).
purity:
	@bad=$$(GOOS=js GOARCH=wasm go list -deps -f '{{if not .Standard}}{{.ImportPath}}{{end}}' ./assessment | grep -vx 'fugong/assessment'); \
	if [ -n "$$bad" ]; then echo "assessment must stay pure, but imports: $$bad"; exit 1; fi
	@if GOOS=js GOARCH=wasm go list -f '{{join .Imports "\n"}}' ./assessment | grep -qx 'syscall/js'; then \
		echo "assessment must not import syscall/js"; exit 1; fi
	@bad=$$(GOOS=js GOARCH=wasm go list -deps -f '{{if not .Standard}}{{.ImportPath}}{{end}}' ./documents | grep -vxE 'fugong/(documents|assessment)'); \
		if [ -n "$$bad" ]; then echo "documents must stay pure, but imports: $$bad"; exit 1; fi
	@if GOOS=js GOARCH=wasm go list -f '{{join .Imports "\n"}}' ./documents | grep -qx 'syscall/js'; then \
		echo "documents must not import syscall/js"; exit 1; fi
	@bad=$$(GOOS=js GOARCH=wasm go list -deps -f '{{if not .Standard}}{{.ImportPath}}{{end}}' ./parkdesk | grep -vxE 'fugong/(parkdesk|assessment|documents|internal/wire)'); \
		if [ -n "$$bad" ]; then echo "parkdesk must stay pure, but imports: $$bad"; exit 1; fi
	@if GOOS=js GOARCH=wasm go list -f '{{join .Imports "\n"}}' ./parkdesk | grep -qx 'syscall/js'; then \
		echo "parkdesk must not import syscall/js"; exit 1; fi
	@bad=$$(GOOS=js GOARCH=wasm go list -deps -f '{{if not .Standard}}{{.ImportPath}}{{end}}' ./roster ./roster/logbook | grep -vxE 'fugong/(roster|roster/logbook|assessment|documents|internal/wire)'); \
	if [ -n "$$bad" ]; then echo "roster must stay pure, but imports: $$bad"; exit 1; fi
	@if GOOS=js GOARCH=wasm go list -deps ./cmd/fugong | grep -qE 'gofpdf|^fugong/documents/pdf$$'; then \
		echo "app.wasm must not contain the PDF writer: it runs in the PDF worker"; exit 1; fi
	@if GOOS=js GOARCH=wasm go list -deps ./cmd/fugong | grep -qE '^fugong/roster/(sheet|logbook)$$'; then \
		echo "app.wasm must not contain the spreadsheet reader or the logs: they run in the PDF worker"; exit 1; fi

unit:
	go test -race -count=1 $$(go list ./... | grep -v /e2e)

## fuzz-short: every fuzz target of a decoder of outside input, 20,000 inputs each
## beyond its seed corpus (which unit runs). A count, not a duration: a duration
## races go test's own stop deadline on a busy machine and fails with
## "context deadline exceeded" although no input failed. The long run, one target at a time:
## go test -run '^$' -fuzz '^FuzzReadBackup$' -fuzztime 1000000x -parallel 1 ./parkdesk/
FUZZ_ASSESSMENT := FuzzParseAnswers FuzzValidate
FUZZ_PARKDESK := FuzzDecodeParkLink FuzzDecodeSummary FuzzDecodeDaily FuzzReadBackup FuzzDecodeBackupDaily
FUZZ_UI := FuzzDecodeDraft
FUZZ_WIRE := FuzzDecodeCode FuzzDecodeLink FuzzCompactText
FUZZ_BROWSER := FuzzReadBucket
fuzz-short:
	@for f in $(FUZZ_ASSESSMENT); do go test -run '^$$' -fuzz "^$$f$$" -fuzztime 20000x ./assessment/ || exit 1; done
	@for f in $(FUZZ_PARKDESK); do go test -run '^$$' -fuzz "^$$f$$" -fuzztime 20000x ./parkdesk/ || exit 1; done
	@for f in $(FUZZ_UI); do go test -run '^$$' -fuzz "^$$f$$" -fuzztime 20000x ./app/ui/ || exit 1; done
	@for f in $(FUZZ_WIRE); do go test -run '^$$' -fuzz "^$$f$$" -fuzztime 20000x ./internal/wire/ || exit 1; done
	@for f in $(FUZZ_BROWSER); do go test -run '^$$' -fuzz "^$$f$$" -fuzztime 20000x ./app/browser/ || exit 1; done

## wasm-test: the packages that run in the browser, tested under GOOS=js with node
wasm-test:
	PATH="$(GO_WASM_EXEC):$$PATH" GOOS=js GOARCH=wasm go test -count=1 ./assessment/ ./parkdesk/ ./internal/wire/ ./roster/ ./roster/logbook/ ./app/browser/ ./app/ui/

## e2e: the real wasm build in headless Chromium (screenshots in e2e/screenshots/)
e2e:
	go test -count=1 -timeout 30m ./e2e/

## bench: sizes and times, as tables: the wasm and the site, app.wasm's
## code by package (tools/wasmsize, from a build that keeps the names), the PDF natively and
## under WebAssembly, the registry at 5,000 entries, and the site in headless
## Chromium (first visit and offline return unthrottled and on a 4G phone at 4x
## CPU, against a go-app hello world; the PDF through the plan screen; the
## time to first input on /form; Lighthouse's mobile scores of / and /form)
bench: static lighthouse
	go run ./tools/sizes -web web -dist dist
	GOOS=js GOARCH=wasm go build -trimpath -o bin/app-names.wasm ./cmd/fugong
	go run ./tools/wasmsize -n 15 bin/app-names.wasm
	go run ./tools/featuresize -tag noroster -goal 60000 ./cmd/fugong
	go test -run '^$$' -bench . -benchtime 10x ./documents/pdf/
	PATH="$(GO_WASM_EXEC):$$PATH" GOOS=js GOARCH=wasm go test -run '^$$' -bench 'ExamplePlan|LoadFont' -benchtime 5x ./documents/pdf/
	go test -run '^$$' -bench 5000 ./assessment/
	go test -run '^$$' -bench . -skip Lighthouse -benchtime 5x -timeout 40m ./e2e/
	go test -run '^$$' -bench Lighthouse -benchtime 1x -timeout 20m ./e2e/ -keep

## lighthouse: install $(LIGHTHOUSE) into bin/lighthouse (npm), once
lighthouse:
	@grep -qs '"version": "$(subst lighthouse@,,$(LIGHTHOUSE))"' bin/lighthouse/node_modules/lighthouse/package.json || \
		npm install --prefix bin/lighthouse --no-audit --no-fund --save-exact $(LIGHTHOUSE)

## fonts: remake the subset PDF font (needs Debian's fonts-wqy-microhei, python3-fonttools, unicode-data)
fonts:
	sh tools/fonts/subset.sh

## icons: redraw the icons
icons:
	go run ./tools/icons

clean:
	rm -rf bin dist e2e/out e2e/screenshots web/app.wasm web/pdf.wasm
	find web -name '*.br' -o -name '*.gz' | xargs rm -f
