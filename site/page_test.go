//go:build !wasm

package site

import (
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// blankPage is a route's screen for tests of the page around it.
type blankPage struct{ app.Compo }

func (*blankPage) Render() app.UI { return app.Main().Text("page") }

func TestFinishPage(t *testing.T) {
	styles := map[string][]byte{
		"/fugong/app.css":        []byte("body{margin:0}\n"),
		"/fugong/web/fugong.css": []byte(".a{color:red}"),
		"/bad.css":               []byte("a::after{content:'</style>'}"),
	}
	tests := []struct {
		name, page, want, err string
	}{
		{
			name: "open graph addresses left out, others kept",
			page: `<head><meta charset="UTF-8"><meta content="https:///form" property="og:url"><meta property="og:title" content="t"><meta property="og:image" content="https://"></head>`,
			want: `<head><meta charset="UTF-8"><meta property="og:title" content="t"></head>`,
		},
		{
			name: "stylesheets inline, in their order, whatever the attributes' order",
			page: `<link rel="stylesheet" href="/fugong/app.css" type="text/css"><link type="text/css" href="/fugong/web/fugong.css" rel="stylesheet"><link rel="icon" href="/i.svg">`,
			want: `<style>body{margin:0}</style><style>.a{color:red}</style><link rel="icon" href="/i.svg">`,
		},
		{
			name: "a stylesheet not known",
			page: `<link rel="stylesheet" href="/other.css">`,
			err:  "/other.css",
		},
		{
			name: "a stylesheet that would close the style element",
			page: `<link rel="stylesheet" href="/bad.css">`,
			err:  "cannot be put inline",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := finishPage([]byte(tt.page), styles)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Errorf("finishPage(%s) error = %v, want one naming %q", tt.page, err, tt.err)
				}
				return
			}
			if err != nil || string(got) != tt.want {
				t.Errorf("finishPage(%s) = %s, %v; want %s", tt.page, got, err, tt.want)
			}
		})
	}
}

// TestMinifiedAppJS checks that the kit's app.js survives minification
// with its own scripts: the keeper, the loading label, the address check.
func TestMinifiedAppJS(t *testing.T) {
	kit, err := New(Options{WebDir: testWeb(t), Prefix: "/fugong"})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	kit.Server(t.TempDir()).ServeHTTP(rec, httptest.NewRequest("GET", "/app.js", nil))
	small, err := minifyJS(rec.Body.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(small) > rec.Body.Len()*2/3 {
		t.Errorf("minified app.js is %d bytes of %d", len(small), rec.Body.Len())
	}
	for _, want := range []string{"fugongKeeper", "fugongLoadingLabel", "fugongLinkBroken", `"/fugong/"`, "现在填写的内容会保留"} {
		if !strings.Contains(string(small), want) {
			t.Errorf("minified app.js lacks %s", want)
		}
	}
}

// TestInlineScriptsAllowed: every inline script of a page is allowed by
// its hash in the page's policy, and no other one is.
func TestInlineScriptsAllowed(t *testing.T) {
	app.Route("/inline-scripts", func() app.Composer { return &blankPage{} })
	kit, err := New(Options{WebDir: testWeb(t)})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	kit.Server(t.TempDir()).ServeHTTP(rec, httptest.NewRequest("GET", "/inline-scripts", nil))
	page := rec.Body.String()
	inline := regexp.MustCompile(`<script>(.*?)</script>`).FindAllStringSubmatch(page, -1)
	if len(inline) != 1 {
		t.Fatalf("the page has %d inline scripts, want the early clicks' one", len(inline))
	}
	policy := regexp.MustCompile(`script-src [^;]*`).FindString(ContentSecurityPolicy)
	if !strings.Contains(policy, "'"+scriptHash(inline[0][1])+"'") || strings.Count(policy, "'sha256-") != 1 {
		t.Errorf("the policy's %q does not allow the page's inline script by its hash alone", policy)
	}
	if !strings.Contains(page, `content="`+ContentSecurityPolicy+`"`) {
		t.Error("the page does not carry the policy")
	}
}
