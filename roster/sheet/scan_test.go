package sheet

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// xmlTokens gives encoding/xml's raw tokens as tokens: what the scanner
// is checked against.
type xmlTokens struct {
	d     *xml.Decoder
	start xml.StartElement
	name  []byte
	txt   []byte
}

func (x *xmlTokens) next() (tok, error) {
	for {
		t, err := x.d.RawToken()
		if err == io.EOF {
			return tokEOF, nil
		}
		if err != nil {
			return tokEOF, err
		}
		switch t := t.(type) {
		case xml.StartElement:
			x.start, x.name = t, []byte(t.Name.Local)
			return tokStart, nil
		case xml.EndElement:
			x.name = []byte(t.Name.Local)
			return tokEnd, nil
		case xml.CharData:
			x.txt = t
			return tokText, nil
		}
	}
}

func (x *xmlTokens) local() []byte { return x.name }
func (x *xmlTokens) text() []byte  { return x.txt }

func (x *xmlTokens) attr(name string) []byte {
	for _, a := range x.start.Attr {
		if a.Name.Local == name {
			return []byte(a.Value)
		}
	}
	return nil
}

func xmlOf(b []byte) tokens { return &xmlTokens{d: xml.NewDecoder(bytes.NewReader(b))} }

// gen makes XML from fuzzed bytes, a choice at a time.
type gen struct {
	in  []byte
	out strings.Builder
}

// pick is a number below n from the input, 0 once it is spent.
func (g *gen) pick(n int) int {
	if len(g.in) == 0 || n <= 1 {
		return 0
	}
	c := int(g.in[0])
	g.in = g.in[1:]
	return c % n
}

func (g *gen) w(s ...string) {
	for _, x := range s {
		g.out.WriteString(x)
	}
}

// space writes nothing or some white space between tags.
func (g *gen) space() {
	g.w([]string{"", "", "", " ", "\n", "\r\n", "\t ", "\r"}[g.pick(8)])
}

// text writes text for a value: characters that need escaping, Chinese,
// emoji, CR LF, each written as it is (where XML allows), as a named or
// numeric entity, or inside CDATA.
func (g *gen) text() {
	chars := []rune{'a', '1', ' ', '&', '<', '>', '"', '\'', '\r', '\n', '\t', '张', '三', '😷', ']', '-', '\u00a0', 0x7f}
	for n := g.pick(8); n > 0; n-- {
		r := chars[g.pick(len(chars))]
		switch g.pick(5) {
		case 0:
			if named, ok := map[rune]string{'&': "&amp;", '<': "&lt;", '>': "&gt;", '"': "&quot;", '\'': "&apos;"}[r]; ok {
				g.w(named)
				continue
			}
			fallthrough
		case 1:
			g.w(fmt.Sprintf("&#%d;", r))
		case 2:
			g.w(fmt.Sprintf("&#x%X;", r))
		case 3:
			if r != ']' && r != '>' {
				g.w("<![CDATA[", string(r), "]]>")
				continue
			}
			fallthrough
		default:
			switch r {
			case '&':
				g.w("&amp;")
			case '<':
				g.w("&lt;")
			default:
				g.w(string(r))
			}
		}
	}
}

// ref writes a cell reference, now and then a bad one.
func (g *gen) ref(row int) string {
	col := string(rune('A' + g.pick(4)))
	switch g.pick(8) {
	case 0:
		return "$" + col + "$" + fmt.Sprint(row)
	case 1:
		return "AA" + fmt.Sprint(row)
	case 2:
		return col
	case 3:
		return "x&amp;1"
	}
	return col + fmt.Sprint(row)
}

// attrs writes attributes in either quotes, a namespaced one among them.
func (g *gen) attrs(kv ...string) {
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == "" && g.pick(2) == 0 {
			continue
		}
		q := []string{`"`, `'`}[g.pick(2)]
		g.w(" ", kv[i], []string{"=", " = "}[g.pick(2)], q, kv[i+1], q)
	}
	if g.pick(4) == 0 {
		g.w(` xml:space="preserve"`)
	}
}

// worksheet makes a worksheet's XML with prefix p on its elements.
func (g *gen) worksheet() string {
	p := []string{"", "x:"}[g.pick(2)]
	if g.pick(3) > 0 {
		g.w(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`)
	}
	g.space()
	if g.pick(4) == 0 {
		g.w("<!-- a comment - with a dash -->")
	}
	g.w("<", p, `worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`)
	g.space()
	g.w("<", p, "sheetData>")
	row := 0
	for range g.pick(6) {
		row += 1 + g.pick(3)
		r := fmt.Sprint(row)
		if g.pick(6) == 0 {
			r = ""
		}
		g.space()
		g.w("<", p, "row")
		g.attrs("r", r, "spans", "1:4")
		if g.pick(6) == 0 {
			g.w("/>")
			continue
		}
		g.w(">")
		for range g.pick(5) {
			g.space()
			g.w("<", p, "c")
			g.attrs("r", g.ref(row), "s", fmt.Sprint(g.pick(3)), "t", []string{"", "s", "b", "inlineStr", "str", "n"}[g.pick(6)])
			switch g.pick(5) {
			case 0:
				g.w("/>")
				continue
			case 1:
				g.w("><", p, "is><", p, "t")
				g.attrs()
				g.w(">")
				g.text()
				g.w("</", p, "t></", p, "is>")
			case 2:
				g.w("><", p, "is><", p, "r><", p, "t>")
				g.text()
				g.w("</", p, "t></", p, "r><", p, "rPh><", p, "t>")
				g.text()
				g.w("</", p, "t></", p, "rPh></", p, "is>")
			default:
				g.w("><", p, "v>")
				if g.pick(2) == 0 {
					g.w(fmt.Sprint(g.pick(12)))
				} else {
					g.text()
				}
				g.w("</", p, "v>")
			}
			g.space()
			g.w("</", p, "c>")
		}
		g.w("</", p, "row>")
	}
	g.w("</", p, "sheetData>")
	if n := g.pick(3); n > 0 {
		g.w("<", p, "mergeCells>")
		for range n {
			g.w("<", p, "mergeCell")
			g.attrs("ref", g.ref(1+g.pick(6))+":"+g.ref(1+g.pick(9)))
			g.w("/>")
		}
		g.w("</", p, "mergeCells>")
	}
	g.w("</", p, "worksheet>")
	g.space()
	return g.out.String()
}

// sharedStrings makes a shared strings part: plain items, rich text runs,
// phonetic guides.
func (g *gen) sharedStrings() string {
	g.w(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`)
	for range 1 + g.pick(6) {
		g.space()
		if g.pick(2) == 0 {
			g.w("<si><t")
			g.attrs()
			g.w(">")
			g.text()
			g.w("</t></si>")
			continue
		}
		g.w("<si><r><rPr><b/></rPr><t>")
		g.text()
		g.w("</t></r><r><t>")
		g.text()
		g.w("</t></r><rPh sb=\"0\" eb=\"1\"><t>")
		g.text()
		g.w("</t></rPh><phoneticPr fontId=\"1\"/></si>")
	}
	g.w("</sst>")
	return g.out.String()
}

// damage now and then cuts, doubles or changes one byte, so that both
// readers meet broken XML too.
func damage(doc string, how []byte) string {
	if len(how) < 3 || len(doc) == 0 {
		return doc
	}
	at := (int(how[1])<<8 | int(how[2])) % len(doc)
	switch how[0] % 8 {
	case 0:
		return doc[:at] + doc[at+1:]
	case 1:
		return doc[:at] + doc[at:at+1] + doc[at:]
	case 2:
		return doc[:at] + string("<>&;\"'/=x ]"[int(how[1])%11]) + doc[at+1:]
	case 3:
		return doc[:at]
	}
	return doc
}

// FuzzScanner reads generated worksheets and shared strings with the
// scanner and with encoding/xml: both give the same cells and strings,
// or both refuse.
func FuzzScanner(f *testing.F) {
	f.Add([]byte{}, []byte{}, []byte{})
	f.Add([]byte("\x05\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10"), []byte("\x03\x01\x02\x03\x04\x05\x06\x07"), []byte{7})
	f.Add(bytes.Repeat([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 200, 100}, 30), []byte{9, 9, 9, 9, 9, 9, 9, 9, 9, 9}, []byte{0, 0, 40})
	f.Fuzz(func(t *testing.T, sheetIn, sharedIn, how []byte) {
		sst := (&gen{in: sharedIn}).sharedStrings()
		sheet := damage((&gen{in: sheetIn}).worksheet(), how)
		shared, err := sharedOf(newScanner([]byte(sst)))
		want, wantErr := sharedOf(xmlOf([]byte(sst)))
		if !reflect.DeepEqual(shared, want) || (err == nil) != (wantErr == nil) {
			t.Fatalf("shared strings of %q:\n%q, %v\nencoding/xml: %q, %v", sst, shared, err, want, wantErr)
		}
		rows, err := sheetOf(newScanner([]byte(sheet)), shared, styles{})
		wantRows, wantErr := sheetOf(xmlOf([]byte(sheet)), shared, styles{})
		if !reflect.DeepEqual(rows, wantRows) || err != wantErr {
			t.Fatalf("cells of %q:\n%+v, %v\nencoding/xml: %+v, %v", sheet, rows, err, wantRows, wantErr)
		}
		for _, r := range rows {
			for _, c := range r.Cells {
				if !utf8.ValidString(c) {
					t.Fatalf("cell %q is not UTF-8", c)
				}
			}
		}
	})
}

// TestScannerText reads the escapes, CDATA, line ends and empty tags a
// worksheet can hold.
func TestScannerText(t *testing.T) {
	doc := "<?xml version='1.0' encoding='utf-8'?><!DOCTYPE w [<!ENTITY e 'x>'>]><w><!-- c --><row r=\"2\"><c r='B2' t=\"inlineStr\"><is><t xml:space=\"preserve\"> a&amp;b&lt;&gt;&quot;&apos;&#24352;&#x4E09;\r\n<![CDATA[<&>\r]]></t></is></c><c r=\"C2\"/><c r=\"D2\" t=\"s\"><v>0</v></c></row></w>"
	rows, err := sheetOf(newScanner([]byte(doc)), []string{"共享"}, styles{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"", " a&b<>\"'张三\n<&>\n", "", "共享"}
	if len(rows) != 1 || rows[0].Line != 2 || !reflect.DeepEqual(rows[0].Cells, want) {
		t.Errorf("sheetOf = %+v, want row 2 %q", rows, want)
	}
	for _, bad := range []string{"<w>&nbsp;</w>", "<w>&#0;</w>", "<w>a]]>b</w>", "<w a=1/>", "<w a='<'/>", "<w>\xff</w>", "<w>", "</w>",
		"<?xml version='1.0' encoding='GB2312'?><w/>", "<w><!-- a -- b --></w>", "<w><![CDATA[x</w>", "<!- a --><w/>", "<w><![CDAT[x]]></w>", "<a:b:c/>"} {
		if _, err := sheetOf(newScanner([]byte(bad)), nil, styles{}); err != ErrBadContent {
			t.Errorf("sheetOf(%q) read it, want refused", bad)
		}
		if _, err := sheetOf(xmlOf([]byte(bad)), nil, styles{}); err != ErrBadContent {
			t.Errorf("encoding/xml read %q, want refused", bad)
		}
	}
}
