package sheet

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// tok is the kind of a token of XML text.
type tok int

// The kinds of token.
const (
	tokEOF tok = iota
	tokStart
	tokEnd
	tokText
)

// tokens gives an XML part a token at a time: start and end tags (a
// self-closing tag as both), text with its entities decoded, and the end.
// Comments, processing instructions and declarations are skipped.
type tokens interface {
	next() (tok, error)
	// local is the current tag's name without its namespace prefix.
	local() []byte
	// attr is the value of the current start tag's first attribute
	// whose name without prefix is name, nil when it has none.
	attr(name string) []byte
	// text is the current text token's text.
	text() []byte
}

// scanner reads the tokens of XML text held whole in memory, with the
// same results as encoding/xml's RawToken for the parts of a worksheet,
// several times faster (in WebAssembly most of all): it makes no value
// per token and copies text only when it holds an entity or a CR.
type scanner struct {
	b      []byte
	i      int
	name   []byte
	attrs  [][4]int // current start tag's attributes: name and value bounds in b
	txt    []byte
	buf    []byte // decoded text or attribute value
	closed bool   // the current start tag closed itself: an end comes next
}

// newScanner scans b.
func newScanner(b []byte) *scanner { return &scanner{b: b} }

func (s *scanner) local() []byte { return s.name }
func (s *scanner) text() []byte  { return s.txt }

func (s *scanner) attr(name string) []byte {
	for _, a := range s.attrs {
		if _, local := qname(s.b[a[0]:a[1]]); string(local) == name {
			v, _ := s.decode(s.b[a[2]:a[3]], true)
			return v
		}
	}
	return nil
}

func (s *scanner) next() (tok, error) {
	if s.closed {
		s.closed = false
		return tokEnd, nil
	}
	for s.i < len(s.b) {
		b := s.b[s.i:]
		if b[0] != '<' {
			end := bytes.IndexByte(b, '<')
			if end < 0 {
				end = len(b)
			}
			raw := b[:end]
			s.i += end
			if bytes.Contains(raw, []byte("]]>")) {
				return tokEOF, ErrBadContent
			}
			t, err := s.decode(raw, true)
			s.txt = t
			return tokText, err
		}
		switch {
		case len(b) > 1 && b[1] == '/':
			return s.endTag(b)
		case len(b) > 1 && b[1] == '?':
			end := bytes.Index(b, []byte("?>"))
			if end < 0 || !procInstOK(b[2:end]) {
				return tokEOF, ErrBadContent
			}
			s.i += end + 2
		case bytes.HasPrefix(b, []byte("<!--")):
			end := bytes.Index(b[4:], []byte("--"))
			if end < 0 || len(b) < 4+end+3 || b[4+end+2] != '>' {
				return tokEOF, ErrBadContent
			}
			s.i += 4 + end + 3
		case bytes.HasPrefix(b, []byte("<![CDATA[")):
			end := bytes.Index(b[9:], []byte("]]>"))
			if end < 0 {
				return tokEOF, ErrBadContent
			}
			s.i += 9 + end + 3
			t, err := s.decode(b[9:9+end], false)
			s.txt = t
			return tokText, err
		case bytes.HasPrefix(b, []byte("<!-")) || bytes.HasPrefix(b, []byte("<![")):
			return tokEOF, ErrBadContent
		case len(b) > 1 && b[1] == '!':
			if err := s.skipDecl(b); err != nil {
				return tokEOF, err
			}
		default:
			return s.startTag(b)
		}
	}
	return tokEOF, nil
}

// endTag reads </name> at the start of b.
func (s *scanner) endTag(b []byte) (tok, error) {
	n, local := qname(b[2:])
	if n == 0 {
		return tokEOF, ErrBadContent
	}
	s.name = local
	j := 2 + n + spaceLen(b[2+n:])
	if j >= len(b) || b[j] != '>' {
		return tokEOF, ErrBadContent
	}
	s.i += j + 1
	return tokEnd, nil
}

// startTag reads <name attr="value"…> or <… /> at the start of b,
// checking every attribute's value.
func (s *scanner) startTag(b []byte) (tok, error) {
	n, local := qname(b[1:])
	if n == 0 {
		return tokEOF, ErrBadContent
	}
	s.name = local
	s.attrs = s.attrs[:0]
	j := 1 + n
	for {
		j += spaceLen(b[j:])
		if j >= len(b) {
			return tokEOF, ErrBadContent
		}
		switch {
		case b[j] == '>':
			s.i += j + 1
			return tokStart, nil
		case b[j] == '/':
			if j+1 >= len(b) || b[j+1] != '>' {
				return tokEOF, ErrBadContent
			}
			s.i += j + 2
			s.closed = true
			return tokStart, nil
		}
		an, _ := qname(b[j:])
		if an == 0 {
			return tokEOF, ErrBadContent
		}
		a := [4]int{s.i + j, s.i + j + an}
		j += an
		j += spaceLen(b[j:])
		if j >= len(b) || b[j] != '=' {
			return tokEOF, ErrBadContent
		}
		j++
		j += spaceLen(b[j:])
		if j >= len(b) || b[j] != '"' && b[j] != '\'' {
			return tokEOF, ErrBadContent
		}
		end := bytes.IndexByte(b[j+1:], b[j])
		if end < 0 {
			return tokEOF, ErrBadContent
		}
		v := b[j+1 : j+1+end]
		if bytes.IndexByte(v, '<') >= 0 {
			return tokEOF, ErrBadContent
		}
		if _, err := s.decode(v, true); err != nil {
			return tokEOF, err
		}
		a[2], a[3] = s.i+j+1, s.i+j+1+end
		s.attrs = append(s.attrs, a)
		j += end + 2
	}
}

// skipDecl skips a declaration such as <!DOCTYPE …> at the start of b,
// with what it holds in brackets, quotes and comments.
func (s *scanner) skipDecl(b []byte) error {
	depth := 0
	var quote byte
	for j := 3; j < len(b); j++ {
		c := b[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			if depth == 0 {
				s.i += j + 1
				return nil
			}
			depth--
		case c == '<' && bytes.HasPrefix(b[j:], []byte("<!--")):
			end := bytes.Index(b[j+4:], []byte("-->"))
			if end < 0 {
				return ErrBadContent
			}
			j += 4 + end + 2
		case c == '<':
			depth++
		}
	}
	return ErrBadContent
}

// decode decodes raw text (entities too unless it is CDATA) as
// encoding/xml does: the five named entities and numeric ones, CR and
// CR LF as LF, and no character XML does not allow. Text with nothing
// to decode is given back as it is; other text in a buffer reused.
func (s *scanner) decode(raw []byte, entities bool) ([]byte, error) {
	plain := true
	for _, c := range raw {
		if c < 0x20 && c != '\t' && c != '\n' || c == '&' || c >= utf8.RuneSelf {
			plain = false
			break
		}
	}
	if plain {
		return raw, nil
	}
	dst := s.buf[:0]
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == '&' && entities:
			r, n, ok := entity(raw[i:])
			if !ok {
				return nil, ErrBadContent
			}
			dst = utf8.AppendRune(dst, r)
			i += n
			continue
		case c == '\r':
			dst = append(dst, '\n')
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
		default:
			dst = append(dst, c)
		}
		i++
	}
	s.buf = dst
	for i := 0; i < len(dst); {
		r, n := utf8.DecodeRune(dst[i:])
		if r == utf8.RuneError && n == 1 || !xmlChar(r) {
			return nil, ErrBadContent
		}
		i += n
	}
	return dst, nil
}

// entity reads the entity at the start of b ("&amp;", "&#38;", "&#x26;"):
// its character and its length.
func entity(b []byte) (rune, int, bool) {
	end := bytes.IndexByte(b, ';')
	if end < 2 {
		return 0, 0, false
	}
	name := b[1:end]
	if name[0] == '#' {
		base, digits := 10, name[1:]
		if len(digits) > 0 && digits[0] == 'x' {
			base, digits = 16, digits[1:]
		}
		for _, d := range digits {
			if !('0' <= d && d <= '9' || base == 16 && ('a' <= d && d <= 'f' || 'A' <= d && d <= 'F')) {
				return 0, 0, false
			}
		}
		n, err := strconv.ParseUint(string(digits), base, 64)
		if err != nil || n > utf8.MaxRune {
			return 0, 0, false
		}
		return rune(n), end + 1, true
	}
	switch string(name) {
	case "amp":
		return '&', end + 1, true
	case "lt":
		return '<', end + 1, true
	case "gt":
		return '>', end + 1, true
	case "quot":
		return '"', end + 1, true
	case "apos":
		return '\'', end + 1, true
	}
	return 0, 0, false
}

// xmlChar reports whether XML allows r in a document.
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// nameLen is the length of the XML name at the start of b, 0 when b
// does not start with one.
func nameLen(b []byte) int {
	if len(b) == 0 || !(b[0] >= utf8.RuneSelf || b[0] == '_' || b[0] == ':' || 'a' <= b[0]|0x20 && b[0]|0x20 <= 'z') {
		return 0
	}
	n := 1
	for n < len(b) {
		c := b[n]
		if !(c >= utf8.RuneSelf || c == '_' || c == ':' || c == '.' || c == '-' || '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z') {
			break
		}
		n++
	}
	return n
}

// qname is the length of the element or attribute name at the start of
// b and the name without its namespace prefix, split as encoding/xml
// does: at a colon with text either side; a name with two colons is
// refused (length 0).
func qname(b []byte) (int, []byte) {
	n := nameLen(b)
	name := b[:n]
	i := bytes.IndexByte(name, ':')
	switch {
	case i < 0:
		return n, name
	case bytes.IndexByte(name[i+1:], ':') >= 0:
		return 0, nil
	case i == 0 || i == n-1:
		return n, name
	}
	return n, name[i+1:]
}

// spaceLen is the length of the white space at the start of b.
func spaceLen(b []byte) int {
	n := 0
	for n < len(b) && (b[n] == ' ' || b[n] == '\t' || b[n] == '\n' || b[n] == '\r') {
		n++
	}
	return n
}

// procInstOK reports whether encoding/xml would take a processing
// instruction with this body: a target name, and when it is the XML
// declaration, version 1.0 and no encoding other than UTF-8 (the only
// one a worksheet is written in).
func procInstOK(pi []byte) bool {
	n := nameLen(pi)
	if n == 0 {
		return false
	}
	if string(pi[:n]) != "xml" {
		return true
	}
	content := pi[n+spaceLen(pi[n:]):]
	if v := declParam("version", content); v != "" && v != "1.0" {
		return false
	}
	enc := declParam("encoding", content)
	return enc == "" || strings.EqualFold(enc, "utf-8")
}

// declParam is a parameter's value in an XML declaration, found as
// encoding/xml finds it.
func declParam(param string, b []byte) string {
	s := string(b)
	param += "="
	i := 0
	var sep byte
	for i < len(s) {
		sub := s[i:]
		k := strings.Index(sub, param)
		if k < 0 || len(param)+k >= len(sub) {
			return ""
		}
		i += len(param) + k + 1
		if c := sub[len(param)+k]; c == '\'' || c == '"' {
			sep = c
			break
		}
	}
	if sep == 0 {
		return ""
	}
	j := strings.IndexByte(s[i:], sep)
	if j < 0 {
		return ""
	}
	return s[i : i+j]
}
