package assessment

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

// TestCatalogsComplete checks that, layer by layer, every language has
// exactly the keys of the first, that no text is empty, and that each
// template has the same {slots}, and the same printf verbs in the same
// order (the park's report fills some with fmt), as the first language's.
func TestCatalogsComplete(t *testing.T) {
	layers := map[string]func(language) map[string]string{
		"domain":    func(l language) map[string]string { return l.domain },
		"documents": func(l language) map[string]string { return l.documents },
	}
	for name, of := range layers {
		first := of(languageList[0])
		for _, l := range languageList {
			cat := of(l)
			for key := range first {
				if _, ok := cat[key]; !ok {
					t.Errorf("%s text %q is missing in %s (catalog_%s_%s.go)", name, key, l.code, name, l.code)
				}
			}
			for key, text := range cat {
				want, ok := first[key]
				switch {
				case !ok:
					t.Errorf("%s text %q is in %s but not in %s", name, key, l.code, languageList[0].code)
				case text == "":
					t.Errorf("%s text %q is empty in %s", name, key, l.code)
				case !slices.Equal(slotNames(text), slotNames(want)):
					t.Errorf("%s text %q has slots %q in %s but %q in %s", name, key, slotNames(text), l.code, slotNames(want), languageList[0].code)
				case !slices.Equal(printfVerbs(text), printfVerbs(want)):
					t.Errorf("%s text %q has printf verbs %q in %s but %q in %s", name, key, printfVerbs(text), l.code, printfVerbs(want), languageList[0].code)
				}
			}
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

// TestCatalogKeysUsed checks that every msg and msgf call of the package
// names a key that the catalogs hold, that msgf fills exactly the
// template's slots, and that no key is held that no call names.
func TestCatalogKeysUsed(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	var patterns []*regexp.Regexp // keys put together from parts
	fset := token.NewFileSet()
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn, ok := call.Fun.(*ast.Ident)
			if !ok || (fn.Name != "msg" && fn.Name != "msgf") || len(call.Args) == 0 {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok {
				if p := keyPattern(call.Args[0]); p != nil {
					patterns = append(patterns, p)
				} else {
					t.Errorf("%s: %s's key is neither a literal nor literals joined with names", fset.Position(call.Pos()), fn.Name)
				}
				return true
			}
			key, _ := strconv.Unquote(lit.Value)
			used[key] = true
			template, ok := languageList[0].domain[key]
			if !ok {
				template, ok = languageList[0].documents[key]
			}
			if !ok {
				t.Errorf("%s: no catalog holds %q", fset.Position(call.Pos()), key)
				return true
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
				t.Errorf("%s: %q fills %q, but its template has %q", fset.Position(call.Pos()), key, given, slotNames(template))
			}
			return true
		})
	}
	for _, l := range languageList[:1] {
		for _, cat := range []map[string]string{l.domain, l.documents} {
			for key := range cat {
				if !used[key] && !slices.ContainsFunc(patterns, func(p *regexp.Regexp) bool { return p.MatchString(key) }) {
					t.Errorf("catalog text %q is used nowhere", key)
				}
			}
		}
	}
}

// keyPattern returns a pattern matching the keys a + chain of literals
// and names can make, or nil when e is not such a chain.
func keyPattern(e ast.Expr) *regexp.Regexp {
	var parts func(ast.Expr) (string, bool)
	parts = func(e ast.Expr) (string, bool) {
		switch x := e.(type) {
		case *ast.BasicLit:
			s, err := strconv.Unquote(x.Value)
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
	if s, ok := parts(e); ok {
		return regexp.MustCompile("^" + s + "$")
	}
	return nil
}

func TestFill(t *testing.T) {
	d := txt("三月一日", "1 March")
	tests := []struct {
		template, lang, want string
		slots                []any
	}{
		{"共 {n} 人，{d}", "zh", "共 3 人，三月一日", []any{"n", "3", "d", d}},
		{"{n} people on {d}", "en", "3 people on 1 March", []any{"n", "3", "d", d}},
		{"{d}", "ja", "三月一日", []any{"d", d}},
		{"name {name}", "en", "name {phone}", []any{"name", "{phone}", "phone", "x"}},
		{"{missing} and {", "en", "{missing} and {", nil},
		{"{n} {n|bus|buses}", "en", "1 bus", []any{"n", "1"}},
		{"{n} {n|bus|buses}", "en", "2 buses", []any{"n", "2"}},
		{"{n|one|other}", "en", "{n|one|other}", nil},
	}
	for _, tt := range tests {
		if got := fill(tt.template, tt.lang, tt.slots); got != tt.want {
			t.Errorf("fill(%q, %s) = %q, want %q", tt.template, tt.lang, got, tt.want)
		}
	}
}
