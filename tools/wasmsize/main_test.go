package main

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
)

// section encodes a section: its id, its size, its content.
func section(id byte, content []byte) []byte {
	return append(append([]byte{id}, uleb(len(content))...), content...)
}

func uleb(n int) []byte { return binary.AppendUvarint(nil, uint64(n)) }

func name(s string) []byte { return append(uleb(len(s)), s...) }

// tinyModule is a module with one imported function and two defined ones,
// of 3 and 5 bytes, named as Go names them.
func tinyModule() []byte {
	imports := append(uleb(1), name("go")...)
	imports = append(append(imports, name("debug")...), 0, 0)
	code := uleb(2)
	code = append(append(code, uleb(3)...), 0, 0, 0x0b)
	code = append(append(code, uleb(5)...), 0, 0, 0, 0, 0x0b)
	names := uleb(2)
	names = append(append(names, uleb(1)...), name("fugong_app_ui.__planScreen_.Render")...)
	names = append(append(names, uleb(2)...), name("github.com_maxence_charriere_go_app_v10_pkg_app.Div")...)
	custom := append(name("name"), section(1, names)...)
	m := []byte("\x00asm\x01\x00\x00\x00")
	m = append(m, section(2, imports)...)
	m = append(m, section(10, code)...)
	m = append(m, section(11, []byte{0, 0, 0, 0})...)
	return append(m, section(0, custom)...)
}

func TestReportAddsUpByPackage(t *testing.T) {
	data := tinyModule()
	m, err := parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if m.imported != 1 || len(m.bodies) != 2 || m.data != 4 {
		t.Fatalf("parsed %+v", m)
	}
	var out bytes.Buffer
	report(&out, m, 10, "", len(data))
	got := out.String()
	for _, want := range []string{
		"fugong_app_ui      ",
		"github.com_maxence_charriere_go_app_v10_pkg_app ",
		"all code",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q:\n%s", want, got)
		}
	}
	// The larger body (5 bytes) is the go-app function's: it comes first.
	if strings.Index(got, "go_app") > strings.Index(got, "fugong_app_ui") {
		t.Errorf("not sorted by size:\n%s", got)
	}
}

func TestPkgOf(t *testing.T) {
	for sym, want := range map[string]string{
		"fugong_app_ui.__planScreen_.Render":                  "fugong_app_ui",
		"github.com_maxence_charriere_go_app_v10_pkg_app.Div": "github.com_maxence_charriere_go_app_v10_pkg_app",
		"rsc.io_qr_coding.Num.Bits":                           "rsc.io_qr_coding",
		"runtime.mallocgc":                                    "runtime",
		"type_.eq.fugong_assessment.Plan":                     "type_ (generated)",
	} {
		if got := pkgOf(sym); got != want {
			t.Errorf("pkgOf(%q) = %q, want %q", sym, got, want)
		}
	}
}

func TestParseRefusesBrokenInput(t *testing.T) {
	if _, err := parse([]byte("not wasm")); err == nil {
		t.Error("parsed a file that is not WebAssembly")
	}
	whole := tinyModule()
	if _, err := parse(whole[:len(whole)-3]); err == nil {
		t.Error("parsed a truncated module")
	}
}
