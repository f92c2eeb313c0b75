package browser

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Reading a store's records. The registry's cross from JavaScript to Go
// once: the browser's JSON.stringify writes every record of getAll's
// result as one text, which parseStoreJSON reads here. Reading each record's fields
// through the bridge costs a crossing a field, thousands of them, and
// encoding/json's reflection costs more than the few shapes read here.

// idbGetAll reads every record of the object store name of db, in one
// read-only transaction.
func idbGetAll(db app.Value, name string) (app.Value, error) {
	var req app.Value
	if err := CatchJS(func() {
		req = db.Call("transaction", name, "readonly").Call("objectStore", name).Call("getAll")
	}); err != nil {
		return nil, &IDBError{Kind: "failed", Msg: err.Error()}
	}
	return IDBWait(req, nil)
}

// goText copies the text of the JavaScript string v into Go once: the
// browser writes it as UTF-8 (TextEncoder) into an array that is copied
// into Go's memory, and the string is that memory, which nothing writes
// again. Value.String copies it a second time; a registry's text is
// megabytes.
func goText(v app.Value) string {
	utf8 := app.Window().Get("TextEncoder").New().Call("encode", v)
	b := make([]byte, utf8.Get("length").Int())
	app.CopyBytesToGo(b, utf8)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// errStoreJSON is a text JSON.stringify did not write.
var errStoreJSON = errors.New("registry store: unreadable records")

// parseStoreJSON reads the records of an array of objects as
// JSON.stringify writes them: "code", "derived" and "checked" and "added"
// are read; other fields and a record whose code is not a text are
// skipped.
func parseStoreJSON(s string) ([]RegistryRecord, error) {
	p := jsonScanner{s: s}
	if !p.byte('[') {
		return nil, errStoreJSON
	}
	var recs []RegistryRecord
	for first := true; !p.byte(']'); first = false {
		if !first && !p.byte(',') || !p.byte('{') {
			return nil, errStoreJSON
		}
		var r RegistryRecord
		hasCode := false
		for firstField := true; !p.byte('}'); firstField = false {
			if !firstField && !p.byte(',') {
				return nil, errStoreJSON
			}
			key, ok := p.str()
			if !ok || !p.byte(':') {
				return nil, errStoreJSON
			}
			start := p.i
			if !p.skipValue() {
				return nil, errStoreJSON
			}
			v := s[start:p.i]
			switch key {
			case "code":
				r.Code, hasCode = jsonText(v)
			case "derived":
				r.Derived, _ = jsonText(v)
			case "added":
				if ms, err := strconv.ParseFloat(v, 64); err == nil {
					r.Added = time.UnixMilli(int64(ms))
				}
			case "checked":
				r.Checked, _ = strconv.Atoi(v)
			}
		}
		if hasCode {
			recs = append(recs, r)
		}
	}
	if p.i != len(s) {
		return nil, errStoreJSON
	}
	return recs, nil
}

// jsonText reads a JSON value that is a text: without escapes, a part of
// the text read (no copy). A bundle's line breaks and tabs come escaped
// (\n, \t): those are undone here, in one pass; any other escape is
// left to encoding/json.
func jsonText(v string) (string, bool) {
	if len(v) < 2 || v[0] != '"' {
		return "", false
	}
	v = v[1 : len(v)-1]
	i := strings.IndexByte(v, '\\')
	if i < 0 {
		return v, true
	}
	b := make([]byte, 0, len(v))
	for ; i >= 0; i = strings.IndexByte(v, '\\') {
		b = append(b, v[:i]...)
		if i+1 == len(v) {
			return "", false
		}
		switch v[i+1] {
		case 'n':
			b = append(b, '\n')
		case 't':
			b = append(b, '\t')
		case '"', '\\', '/':
			b = append(b, v[i+1])
		default: // \u…, \r, \b, \f
			var out string
			err := json.Unmarshal([]byte(`"`+v[i:]+`"`), &out)
			return string(b) + out, err == nil
		}
		v = v[i+2:]
	}
	return string(append(b, v...)), true
}

// jsonScanner steps through JSON as JSON.stringify writes it: no spaces.
type jsonScanner struct {
	s string
	i int
}

// byte consumes c when it comes next.
func (p *jsonScanner) byte(c byte) bool {
	if p.i < len(p.s) && p.s[p.i] == c {
		p.i++
		return true
	}
	return false
}

// str consumes a text without escapes (a field's name) and returns it.
func (p *jsonScanner) str() (string, bool) {
	start := p.i
	if !p.skipString() {
		return "", false
	}
	return jsonText(p.s[start:p.i])
}

// skipString consumes a text, escapes and all, leaping from quotation
// mark to quotation mark: the stores' texts are long.
func (p *jsonScanner) skipString() bool {
	if !p.byte('"') {
		return false
	}
	for {
		q := strings.IndexByte(p.s[p.i:], '"')
		if q < 0 {
			return false
		}
		p.i += q + 1
		backslashes := 0 // before the mark: an odd number escapes it
		for j := p.i - 2; j >= 0 && p.s[j] == '\\'; j-- {
			backslashes++
		}
		if backslashes%2 == 0 {
			return true
		}
	}
}

// skipValue consumes one value: a text, a number, true, false, null, an
// array or an object.
func (p *jsonScanner) skipValue() bool {
	if p.i >= len(p.s) {
		return false
	}
	switch c := p.s[p.i]; {
	case c == '"':
		return p.skipString()
	case c == '[' || c == '{':
		close := byte(']')
		if c == '{' {
			close = '}'
		}
		p.i++
		for first := true; !p.byte(close); first = false {
			if !first && !p.byte(',') {
				return false
			}
			if c == '{' && (!p.skipString() || !p.byte(':')) {
				return false
			}
			if !p.skipValue() {
				return false
			}
		}
		return true
	default: // a number, true, false or null
		start := p.i
		for p.i < len(p.s) && strings.IndexByte(",]}", p.s[p.i]) < 0 {
			p.i++
		}
		return p.i > start
	}
}
