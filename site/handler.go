//go:build !wasm

package site

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ThemeColor is the kit's colour in the browser's chrome and its icons.
const ThemeColor = "#0b6e4f"

// Kit describes one build of the kit: the go-app handler and what the
// service worker precaches.
type Kit struct {
	Handler *app.Handler
	Prefix  string // "" or a clean sub-path such as "/fugong"
	Release string // content hash of this build
	FontURL string // the PDF font's address, with its content hash
	// PDFWasmURL is the PDF worker's program's address (web/pdf.wasm),
	// with its content hash; "" when it has not been built.
	PDFWasmURL string
	files      []webFile
	pages      []string // the routes whose pages the service worker keeps, prefixed, "/" left out
}

// New describes the kit whose static files are in o.WebDir. It fails when
// web/app.wasm has not been built.
func New(o Options) (*Kit, error) {
	prefix, err := CleanPrefix(o.Prefix)
	if err != nil {
		return nil, err
	}
	files, err := scanWeb(o.WebDir)
	if err != nil {
		return nil, err
	}
	var wasm, font, pdfWorker *webFile
	for i := range files {
		switch {
		case files[i].Path == "/web/app.wasm":
			wasm = &files[i]
		case files[i].Path == pdfWasm:
			pdfWorker = &files[i]
		case files[i].lazy():
			font = &files[i]
		}
	}
	if wasm == nil {
		return nil, fmt.Errorf("%s/app.wasm is missing: build it first (./build.sh wasm)", o.WebDir)
	}
	k := &Kit{Prefix: prefix, files: files, pages: []string{}}
	for _, p := range o.Pages {
		if p = strings.TrimSuffix(p, "/"); p != "" {
			k.pages = append(k.pages, prefix+p)
		}
	}
	k.Release = release(files, prefix, strings.Join(k.pages, " "), workerTemplate, ContentSecurityPolicy, pageScripts())
	if font != nil {
		k.FontURL = prefix + font.hashedPath()
	}
	if pdfWorker != nil {
		k.PDFWasmURL = prefix + pdfWorker.hashedPath()
	}
	k.Handler = k.newHandler(wasm.Size)
	return k, nil
}

func (k *Kit) newHandler(wasmSize int64) *app.Handler {
	h := &app.Handler{
		Name:            "复工复产自评",
		ShortName:       "复工自评",
		Title:           "复工复产自评 · fugong",
		Description:     "企业在手机上自评能否复工、何时复工，生成疫情防控方案、应急预案和复工复产承诺书；离线可用，数据不出手机。",
		Author:          "fugong",
		Lang:            "zh-CN",
		ThemeColor:      ThemeColor,
		BackgroundColor: "#f6f8f7",
		LoadingLabel:    "正在加载 Loading {progress}%",
		Icon: app.Icon{
			Default:  "/web/icons/icon-192.png",
			Large:    "/web/icons/icon-512.png",
			Maskable: "/web/icons/maskable-512.png",
			SVG:      "/web/icons/icon.svg",
		},
		Styles: []string{"/web/fugong.css"},
		RawHeaders: []string{
			`<meta http-equiv="Content-Security-Policy" content="` + ContentSecurityPolicy + `">`,
			earlyScript,
			`<meta name="referrer" content="no-referrer">`,
			// app.js asks for the wasm only once the page is parsed and
			// its deferred scripts have run; the preload starts reading it
			// (from the network, or from the service worker's cache on a
			// return visit) as soon as the head is read. app.js's fetch
			// (mode cors, same-origin credentials) then takes this response.
			`<link rel="preload" href="` + k.Prefix + `/web/app.wasm" as="fetch" crossorigin="anonymous">`,
		},
		Env: map[string]string{
			"FUGONG_FONT_URL":     k.FontURL,
			"FUGONG_PDF_WASM_URL": k.PDFWasmURL,
		},
		Version:               k.Release,
		WasmContentLength:     strconv.FormatInt(wasmSize, 10),
		ServiceWorkerTemplate: k.workerTemplate(),
		Resources:             app.LocalDir(""),
	}
	if k.Prefix != "" {
		h.Resources = app.PrefixedLocation(k.Prefix)
	}
	return h
}

// Manifest rewrites go-app's web manifest for the kit's sub-path and
// language: go-app always writes the scope "/".
func (k *Kit) Manifest(goapp []byte) ([]byte, error) {
	var m map[string]any
	if err := json.Unmarshal(goapp, &m); err != nil {
		return nil, fmt.Errorf("reading the web manifest: %w", err)
	}
	m["scope"] = k.Prefix + "/"
	m["start_url"] = k.Prefix + "/"
	m["id"] = k.Prefix + "/"
	m["lang"] = "zh-CN"
	m["orientation"] = "portrait"
	return json.MarshalIndent(m, "", "  ")
}

func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // strings and slices of strings always encode
	}
	return string(b)
}
