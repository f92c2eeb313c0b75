//go:build !wasm

// The screens' native tests: each screen is mounted in go-app's test
// engine against drafts kept in memory, driven through the handlers the
// page calls, and what it draws is read back as HTML. They run natively
// only: under WebAssembly, in node, the engine would draw into a
// document that is not there.

package ui

import (
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"fugong/app/browser"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// useDrafts has the page's session open the drafts in st, as if
// OpenDraftStorage had opened it (err: why it cannot keep them), and
// starts a new session, as a new page does.
func useDrafts(t *testing.T, st browser.Storage, err error) {
	t.Helper()
	saved, savedSession := opened, theSession
	opened.st, opened.err = st, err
	theSession = nil
	t.Cleanup(func() { opened, theSession = saved, savedSession })
}

// reopenPage forgets the session, as closing the page and opening it
// again does: only what is in storage is left.
func reopenPage() { theSession = nil }

// page stands in for the page a screen is drawn in: go-app's test engine,
// and a context of it. Natively the engine pre-renders and never calls
// OnMount, so the tests call a screen's OnMount with this context, as the
// browser's engine does once the screen is in the page.
type page struct {
	engine app.TestEngine
	ctx    app.Context
}

// ctxGrab is an empty component that keeps the context it is drawn with.
type ctxGrab struct {
	app.Compo
	ctx app.Context
}

func (g *ctxGrab) OnPreRender(ctx app.Context) { g.ctx = ctx }

func (g *ctxGrab) Render() app.UI { return app.Div() }

// newPage opens a page whose language the user chose: lang.
func newPage(t *testing.T, lang string) *page {
	t.Helper()
	e := app.NewTestEngine()
	g := &ctxGrab{}
	if err := e.Load(g); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	g.ctx.SetState(langState, lang)
	return &page{engine: e, ctx: g.ctx}
}

// show mounts screen s in the page, and runs what it dispatched.
func (p *page) show(s app.Mounter) {
	s.OnMount(p.ctx)
	p.engine.ConsumeAll()
}

// elem is an element of a drawn screen.
type elem struct {
	tag   string
	attrs map[string]string
	kids  []*elem
	text  string // the text directly inside, joined
}

// drawn returns what ui draws now, as a tree of elements.
func drawn(t *testing.T, ui app.UI) *elem {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(app.HTMLString(ui)))
	d.Strict, d.AutoClose, d.Entity = false, xml.HTMLAutoClose, xml.HTMLEntity
	root := &elem{tag: "root"}
	stack := []*elem{root}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return root
		}
		if err != nil {
			t.Fatalf("reading the drawn HTML: %v", err)
		}
		top := stack[len(stack)-1]
		switch tok := tok.(type) {
		case xml.StartElement:
			e := &elem{tag: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				e.attrs[a.Name.Local] = a.Value
			}
			top.kids = append(top.kids, e)
			stack = append(stack, e)
		case xml.EndElement:
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			top.text += strings.TrimSpace(string(tok))
		}
	}
}

// find returns the elements under e (e included) that match.
func (e *elem) find(match func(*elem) bool) []*elem {
	var out []*elem
	if match(e) {
		out = append(out, e)
	}
	for _, k := range e.kids {
		out = append(out, k.find(match)...)
	}
	return out
}

// byID returns the element with the given id, or nil.
func (e *elem) byID(id string) *elem {
	if found := e.find(func(x *elem) bool { return x.attrs["id"] == id }); len(found) > 0 {
		return found[0]
	}
	return nil
}

// byClass returns the elements whose class list holds class.
func (e *elem) byClass(class string) []*elem {
	return e.find(func(x *elem) bool {
		for _, c := range strings.Fields(x.attrs["class"]) {
			if c == class {
				return true
			}
		}
		return false
	})
}

// has reports whether e has attribute name.
func (e *elem) has(name string) bool { _, ok := e.attrs[name]; return ok }

// on reports whether e's boolean attribute name is set: go-app draws a
// true one bare (aria-invalid), a false one as "false".
func (e *elem) on(name string) bool { v, ok := e.attrs[name]; return ok && v != "false" }

// allText returns the text of e and everything under it.
func (e *elem) allText() string {
	parts := []string{e.text}
	for _, k := range e.kids {
		parts = append(parts, k.allText())
	}
	return strings.Join(parts, " ")
}
