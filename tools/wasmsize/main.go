// Command wasmsize prints how much of a Go WebAssembly binary's code each
// package takes, from the binary's name section: the sizes of the function
// bodies, added up by package, largest first, with the data segments and
// the rest of the file as their own lines.
//
//	GOOS=js GOARCH=wasm go build -o /tmp/app.wasm ./cmd/fugong   # no -s: keep the names
//	go run ./tools/wasmsize [-n 25] [-prefix fugong/] /tmp/app.wasm
//
// With -funcs, it lists the largest functions (under -prefix) instead.
// With -prefix, only packages starting with it are listed one by one; the
// others are added up by their first path element (crypto_…, …).
// It answers the question `go tool nm -size` answers for native binaries,
// which it cannot read in wasm.
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"
)

func main() {
	top := flag.Int("n", 25, "how many lines to print")
	prefix := flag.String("prefix", "", "list packages under this prefix one by one, group the rest")
	funcs := flag.Bool("funcs", false, "list the largest functions instead of packages")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: wasmsize [-n N] [-prefix P] FILE.wasm")
		os.Exit(2)
	}
	data, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
	m, err := parse(data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
	if len(m.names) == 0 {
		fmt.Fprintln(os.Stderr, "wasmsize: the binary has no name section; build it without -ldflags -s")
		os.Exit(1)
	}
	if *funcs {
		largest(os.Stdout, m, *top, *prefix)
		return
	}
	report(os.Stdout, m, *top, *prefix, len(data))
}

// module is what wasmsize reads of a binary.
type module struct {
	imported int            // functions imported: they come first in the index space
	bodies   []int          // size of each defined function's body
	names    map[int]string // function index → name
	data     int            // bytes of the data section
}

// parse reads the sections wasmsize needs.
func parse(b []byte) (*module, error) {
	if len(b) < 8 || !bytes.Equal(b[:4], []byte("\x00asm")) {
		return nil, errors.New("not a WebAssembly binary")
	}
	m := &module{names: map[int]string{}}
	r := &reader{b: b[8:]}
	for r.err == nil && len(r.b) > 0 {
		id := r.byte()
		body := &reader{b: r.bytes(int(r.uleb()))}
		switch id {
		case 2:
			m.imported = imports(body)
		case 10:
			for n := body.uleb(); n > 0 && body.err == nil; n-- {
				m.bodies = append(m.bodies, len(body.bytes(int(body.uleb()))))
			}
		case 11:
			m.data = len(body.b)
		case 0:
			if body.name() == "name" {
				functionNames(body, m.names)
			}
		}
		if body.err != nil {
			return nil, fmt.Errorf("section %d: %w", id, body.err)
		}
	}
	return m, r.err
}

// imports counts the imported functions of an import section.
func imports(r *reader) int {
	funcs := 0
	for n := r.uleb(); n > 0 && r.err == nil; n-- {
		r.name()
		r.name()
		switch r.byte() {
		case 0: // function: type index
			r.uleb()
			funcs++
		case 1: // table: element type, limits
			r.byte()
			limits(r)
		case 2: // memory: limits
			limits(r)
		case 3: // global: value type, mutability
			r.byte()
			r.byte()
		default:
			r.err = errors.New("unknown import kind")
		}
	}
	return funcs
}

// limits skips a table's or memory's limits: a flag, the minimum and,
// when the flag says so, the maximum.
func limits(r *reader) {
	if r.byte()&1 == 1 {
		r.uleb()
	}
	r.uleb()
}

// functionNames reads the function-names subsection of a name section.
func functionNames(r *reader, names map[int]string) {
	for r.err == nil && len(r.b) > 0 {
		id := r.byte()
		sub := &reader{b: r.bytes(int(r.uleb()))}
		if id != 1 {
			continue
		}
		for n := sub.uleb(); n > 0 && sub.err == nil; n-- {
			idx := int(sub.uleb())
			names[idx] = sub.name()
		}
		r.err = sub.err
	}
}

// reader reads the wasm encoding; the first error sticks.
type reader struct {
	b   []byte
	err error
}

// byte reads one byte.
func (r *reader) byte() byte {
	if len(r.b) == 0 {
		r.fail()
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

// uleb reads an unsigned LEB128 number.
func (r *reader) uleb() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// bytes reads n bytes.
func (r *reader) bytes(n int) []byte {
	if n < 0 || n > len(r.b) {
		r.fail()
		return nil
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

// name reads a length-prefixed string.
func (r *reader) name() string { return string(r.bytes(int(r.uleb()))) }

// fail records that the input ended too soon.
func (r *reader) fail() {
	if r.err == nil {
		r.err = io.ErrUnexpectedEOF
	}
}

// pkgOf is the package a function belongs to. The name section spells
// names with "/" and "-" turned into "_": "fugong_app_ui.__planScreen_.Render"
// is in fugong_app_ui, "github.com_maxence_charriere_go_app_v10_pkg_app.Div"
// in github.com_…_app (a domain's dot is not the package's end).
// Generated type functions ("type_.eq.…") are their own group.
func pkgOf(sym string) string {
	if strings.HasPrefix(sym, "type_.") {
		return "type_ (generated)"
	}
	start := 0
	if m := domain.FindStringIndex(sym); m != nil {
		start = m[1]
	}
	if dot := strings.Index(sym[start:], "."); dot >= 0 {
		return sym[:start+dot]
	}
	return sym
}

// domain matches the start of a module path named after a domain.
var domain = regexp.MustCompile(`^[a-z0-9-]+\.(com|org|io|net|in|dev)_`)

// group is where a package's bytes are added up: the package itself when
// it is under prefix (or no prefix is given), else its first path element.
func group(pkg, prefix string) string {
	if prefix == "" || strings.HasPrefix(pkg, prefix) {
		return pkg
	}
	if m := domain.FindStringIndex(pkg); m != nil {
		return pkg[:m[1]] + "…"
	}
	if i := strings.Index(pkg, "_"); i >= 0 {
		return pkg[:i] + "_…"
	}
	return pkg
}

// report prints the table.
func report(w io.Writer, m *module, top int, prefix string, file int) {
	sizes := map[string]int{}
	code := 0
	for i, n := range m.bodies {
		code += n
		name, ok := m.names[m.imported+i]
		if !ok {
			name = "(unnamed)"
		}
		sizes[group(pkgOf(name), prefix)] += n
	}
	type row struct {
		pkg  string
		size int
	}
	var rows []row
	for p, n := range sizes {
		rows = append(rows, row{p, n})
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].size != rows[j].size {
			return rows[i].size > rows[j].size
		}
		return rows[i].pkg < rows[j].pkg
	})
	mb := func(n int) string { return fmt.Sprintf("%6.2f MB", float64(n)/1e6) }
	fmt.Fprintf(w, "%-58s %s\n", "code of package", "size")
	rest := 0
	for i, r := range rows {
		if i < top {
			fmt.Fprintf(w, "%-58s %s\n", r.pkg, mb(r.size))
		} else {
			rest += r.size
		}
	}
	if rest > 0 {
		fmt.Fprintf(w, "%-58s %s\n", fmt.Sprintf("(%d more packages)", len(rows)-top), mb(rest))
	}
	fmt.Fprintf(w, "%-58s %s\n", "all code", mb(code))
	fmt.Fprintf(w, "%-58s %s\n", "data segments (strings, tables, type data)", mb(m.data))
	fmt.Fprintf(w, "%-58s %s\n", "file (with names and other sections)", mb(file))
}

// largest prints the top largest functions of the packages under prefix.
func largest(w io.Writer, m *module, top int, prefix string) {
	type fn struct {
		name string
		size int
	}
	var fns []fn
	for i, n := range m.bodies {
		name := m.names[m.imported+i]
		if strings.HasPrefix(pkgOf(name), prefix) {
			fns = append(fns, fn{name, n})
		}
	}
	sort.Slice(fns, func(i, j int) bool { return fns[i].size > fns[j].size })
	for i, f := range fns {
		if i == top {
			break
		}
		fmt.Fprintf(w, "%8d  %s\n", f.size, f.name)
	}
}
