// Package catalogcheck holds a layer's catalogs (the rules', the
// documents') to the kit's rules for tests: every language holds every
// key with the same slots, and every key is named by a msg or msgf call
// of the layer. It imports the standard library alone, so that the
// rules' own tests may use it.
package catalogcheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Complete checks that every language of a layer's catalogs (by
// language code, langs in order, the first the reference) has exactly the
// keys of the first, that no text is empty, and that each template has
// the same {slots}, and the same printf verbs in the same order (the
// park's report fills some with fmt), as the first language's.
//
// blank names the keys a language may deliberately leave empty, where it
// writes nothing at all (no heading over a translation in the language of
// record, no space between sentences in Chinese). Each must hold text in
// some language and be empty in another, so that the list names no key
// that does not need it.
func Complete(t testing.TB, layer string, langs []string, cats map[string]map[string]string, blank ...string) {
	t.Helper()
	first := cats[langs[0]]
	for _, code := range langs {
		cat := cats[code]
		for key := range first {
			if _, ok := cat[key]; !ok {
				t.Errorf("%s text %q is missing in %s", layer, key, code)
			}
		}
		for key, text := range cat {
			want, ok := first[key]
			switch {
			case !ok:
				t.Errorf("%s text %q is in %s but not in %s", layer, key, code, langs[0])
			case text == "" && !slices.Contains(blank, key):
				t.Errorf("%s text %q is empty in %s", layer, key, code)
			case !slices.Equal(slotNames(text), slotNames(want)):
				t.Errorf("%s text %q has slots %q in %s but %q in %s", layer, key, slotNames(text), code, slotNames(want), langs[0])
			case !slices.Equal(printfVerbs(text), printfVerbs(want)):
				t.Errorf("%s text %q has printf verbs %q in %s but %q in %s", layer, key, printfVerbs(text), code, printfVerbs(want), langs[0])
			}
		}
	}
	for _, key := range blank {
		empty, written := 0, 0
		for _, code := range langs {
			switch text, ok := cats[code][key]; {
			case ok && text == "":
				empty++
			case ok:
				written++
			}
		}
		if empty == 0 || written == 0 {
			t.Errorf("%s text %q may be empty, but is empty in %d languages and written in %d: it must be both", layer, key, empty, written)
		}
	}
}

// slot is a {name} or {name|one|other} of a template.
var slot = regexp.MustCompile(`\{([a-z0-9_]+)(?:\|[^{}|]*\|[^{}|]*)?\}`)

// slotNames returns the sorted, distinct slots of a template, each as
// {name}.
func slotNames(template string) []string {
	var names []string
	for _, m := range slot.FindAllStringSubmatch(template, -1) {
		names = append(names, "{"+m[1]+"}")
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// printfVerb is a printf verb other than %%.
var printfVerb = regexp.MustCompile(`%[-+#0-9.]*[a-zA-Z]`)

// printfVerbs lists the printf verbs of text in order.
func printfVerbs(text string) []string {
	return printfVerb.FindAllString(strings.ReplaceAll(text, "%%", ""), -1)
}

// A Caller is a package that names a layer's keys from outside it: in
// the Go files of Dir, calls of Funcs, written as they are called there
// ("assessment.Msg", or "msg" for a layer whose catalog falls back on
// this one).
type Caller struct {
	Dir   string
	Funcs []string
}

// Used checks that every msg and msgf call of the Go files in dir names a
// key that lookup finds, that msgf fills exactly the template's slots, and
// that no key of own (the layer's first catalog) is named by no call, of
// dir or of the callers. A function that hands its own key parameter on
// (Msg calling msg) names no key itself: its callers do.
func Used(t testing.TB, dir string, lookup func(key string) (string, bool), own map[string]string, callers ...Caller) {
	t.Helper()
	used := map[string]bool{}
	var patterns []*regexp.Regexp // keys put together from parts
	name := func(call *ast.CallExpr, at token.Position) (string, bool) {
		lit, ok := call.Args[0].(*ast.BasicLit)
		if !ok {
			if p := keyPattern(call.Args[0]); p != nil {
				patterns = append(patterns, p)
			} else {
				t.Errorf("%s: write the key out, or as literals joined with names", at)
			}
			return "", false
		}
		key, _ := strconv.Unquote(lit.Value)
		used[key] = true
		return key, true
	}
	keyCalls(t, dir, []string{"msg", "msgf"}, func(call *ast.CallExpr, at token.Position) {
		key, ok := name(call, at)
		if !ok {
			return
		}
		template, ok := lookup(key)
		if !ok {
			t.Errorf("%s: no catalog holds %q", at, key)
			return
		}
		var given []string
		for i := 1; i < len(call.Args); i += 2 {
			if s, ok := call.Args[i].(*ast.BasicLit); ok {
				name, _ := strconv.Unquote(s.Value)
				given = append(given, "{"+name+"}")
			}
		}
		slices.Sort(given)
		if !slices.Equal(given, slotNames(template)) {
			t.Errorf("%s: %q fills %q, but its template has %q", at, key, given, slotNames(template))
		}
	})
	for _, c := range callers {
		keyCalls(t, c.Dir, c.Funcs, func(call *ast.CallExpr, at token.Position) { name(call, at) })
	}
	for key := range own {
		if !used[key] && !slices.ContainsFunc(patterns, func(p *regexp.Regexp) bool { return p.MatchString(key) }) {
			t.Errorf("catalog text %q is used nowhere", key)
		}
	}
}

// keyCalls calls visit for every call of one of funcs, with arguments, in
// the Go files of dir that are not tests, except the calls that hand on
// a key parameter of a function around them.
func keyCalls(t testing.TB, dir string, funcs []string, visit func(call *ast.CallExpr, at token.Position)) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		var funcsAround []*ast.FuncType // every function of the file, with where its body is
		var bodies []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			switch fn := n.(type) {
			case *ast.FuncDecl:
				funcsAround, bodies = append(funcsAround, fn.Type), append(bodies, fn)
			case *ast.FuncLit:
				funcsAround, bodies = append(funcsAround, fn.Type), append(bodies, fn)
			}
			return true
		})
		handsOn := func(call *ast.CallExpr) bool {
			id, ok := call.Args[0].(*ast.Ident)
			if !ok {
				return false
			}
			for i, ft := range funcsAround {
				if bodies[i].Pos() > call.Pos() || call.End() > bodies[i].End() {
					continue
				}
				for _, field := range ft.Params.List {
					for _, p := range field.Names {
						if p.Name == id.Name {
							return true
						}
					}
				}
			}
			return false
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 || !slices.Contains(funcs, calledName(call.Fun)) || handsOn(call) {
				return true
			}
			visit(call, fset.Position(call.Pos()))
			return true
		})
	}
}

// calledName is the name a call is written with: "msg", "assessment.Msg".
func calledName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.SelectorExpr:
		if pkg, ok := x.X.(*ast.Ident); ok {
			return pkg.Name + "." + x.Sel.Name
		}
	}
	return ""
}

// keyPattern returns a pattern matching the keys a + chain of literals
// and names can make, or nil when e is not such a chain or holds no
// literal (a key held in a variable could be any key, and would hide
// every unused one).
func keyPattern(e ast.Expr) *regexp.Regexp {
	literal := false
	var parts func(ast.Expr) (string, bool)
	parts = func(e ast.Expr) (string, bool) {
		switch x := e.(type) {
		case *ast.BasicLit:
			s, err := strconv.Unquote(x.Value)
			literal = literal || s != ""
			return regexp.QuoteMeta(s), err == nil
		case *ast.Ident:
			return `[a-z0-9_.]+`, true
		case *ast.BinaryExpr:
			a, okA := parts(x.X)
			b, okB := parts(x.Y)
			return a + b, okA && okB && x.Op == token.ADD
		}
		return "", false
	}
	if s, ok := parts(e); ok && literal {
		return regexp.MustCompile("^" + s + "$")
	}
	return nil
}
