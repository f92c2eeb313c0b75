package assessment

import (
	"bytes"
	"encoding/json"
	"errors"
	"sort"
	"strings"
	"unicode/utf8"
)

// MaxFileSize is the largest answers file ParseAnswers reads (1 MiB); a
// real one is a few kilobytes.
const MaxFileSize = 1 << 20

// Answers is an answers file: what one enterprise declared, with the
// ruleset it was written for, its language, the park's setup it came
// with, and its own edits of plan text.
//
// In JSON: {"ruleset": "2026.2", "lang": "zh", "park": {…},
// "answers": {ID: value}, "edits": {sectionID: text},
// "deadlines": {itemID: "2006-01-02"}}.
type Answers struct {
	Ruleset string            // ruleset the file was written for; RulesetVersion for new files
	Lang    string            // the enterprise's language: "zh", "en", "ja" or "ko"
	Park    Park              // the park's setup, from its link
	Values  map[string]Value  // answers by question ID
	Edits   map[string]string // the enterprise's own text per plan section ID, kept as is
	// Deadlines are the dates ("2006-01-02") by which the enterprise
	// undertakes to meet each readiness item still unmet, by item ID; the
	// commitment letter prints them.
	Deadlines map[string]string

	unknown []string // top-level keys the format does not know
}

// NewAnswers returns empty answers for the current ruleset in lang.
func NewAnswers(lang string) *Answers {
	return &Answers{Ruleset: RulesetVersion, Lang: lang, Values: map[string]Value{}}
}

// fileKeys are the top-level keys of an answers file. "roster" is the
// staff roster the app exports with a draft (its people stay out of the
// assessment, which does not read it).
var fileKeys = map[string]bool{"ruleset": true, "lang": true, "park": true, "answers": true, "edits": true, "deadlines": true, "roster": true}

// ParseAnswers reads an answers file. It fails, with an *InputError, only when
// the file cannot be read as one: not JSON, not an object, or a field of
// the wrong JSON type. Everything else — a different ruleset version,
// unknown IDs, answers of the wrong type or out of range — loads, and
// Validate reports it.
func ParseAnswers(data []byte) (*Answers, error) {
	if len(data) > MaxFileSize {
		return nil, errTooLarge()
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a BOM some editors write
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errEmpty()
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		if json.Valid(data) {
			return nil, errNotObject()
		}
		return nil, errSyntax(err)
	}
	if top == nil {
		return nil, errNotObject()
	}
	if !utf8.Valid(data) {
		return nil, errEncoding(notUTF8Field(top))
	}
	a := &Answers{Values: map[string]Value{}}
	for k := range top {
		if !fileKeys[k] {
			a.unknown = append(a.unknown, k)
		}
	}
	sort.Strings(a.unknown)
	if err := field(top, "ruleset", &a.Ruleset); err != nil {
		return nil, err
	}
	if err := field(top, "lang", &a.Lang); err != nil {
		return nil, err
	}
	if err := parsePark(top["park"], &a.Park); err != nil {
		return nil, err
	}
	if err := field(top, "answers", &a.Values); err != nil {
		return nil, err
	}
	if a.Values == nil {
		a.Values = map[string]Value{}
	}
	if err := field(top, "edits", &a.Edits); err != nil {
		return nil, err
	}
	if err := field(top, "deadlines", &a.Deadlines); err != nil {
		return nil, err
	}
	return a, nil
}

// field decodes top[key] into dst, if present and not null.
func field(top map[string]json.RawMessage, key string, dst any) error {
	raw, ok := top[key]
	if !ok || bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return nil
	}
	if err := json.Unmarshal(raw, dst); err != nil {
		return errShape(key)
	}
	return nil
}

func parsePark(raw json.RawMessage, p *Park) error {
	if len(raw) == 0 || bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return nil
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(raw, &keys); err != nil || keys == nil {
		return errShape("park")
	}
	for k := range keys {
		if !parkKeys[k] {
			p.unknown = append(p.unknown, k)
		}
	}
	sort.Strings(p.unknown)
	if err := json.Unmarshal(raw, p); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			if n, ok := strings.CutPrefix(te.Value, "number "); ok && numberOutOfRange([]byte(n)) {
				return errNumberRange("park." + te.Field)
			}
			return errShape("park." + te.Field)
		}
		return errShape("park")
	}
	return nil
}

// file is the JSON form of Answers, fields in the file's order.
type file struct {
	Ruleset string            `json:"ruleset"`
	Lang    string            `json:"lang,omitempty"`
	Park    *Park             `json:"park,omitempty"`
	Answers map[string]Value  `json:"answers"`
	Edits   map[string]string `json:"edits,omitempty"`
	// Deadlines by readiness item ID.
	Deadlines map[string]string `json:"deadlines,omitempty"`
}

// MarshalJSON writes the answers file. Answers are sorted by ID and
// empty ones left out; edits are written back untouched.
func (a *Answers) MarshalJSON() ([]byte, error) {
	f := file{Ruleset: a.Ruleset, Lang: a.Lang, Answers: map[string]Value{}, Edits: a.Edits, Deadlines: a.Deadlines}
	if f.Ruleset == "" {
		f.Ruleset = RulesetVersion
	}
	if !a.Park.isZero() {
		p := a.Park
		f.Park = &p
	}
	for id, v := range a.Values {
		if v.Type != TypeEmpty {
			f.Answers[id] = v
		}
	}
	return json.Marshal(f)
}

// Encode returns the answers file, indented for people to read.
func (a *Answers) Encode() ([]byte, error) {
	data, err := a.MarshalJSON()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, data, "", "  "); err != nil {
		return nil, err
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// Language returns the language to speak to this enterprise in: the
// file's, else the park's default, else Chinese.
func (a *Answers) Language() string {
	if a != nil && ValidLang(a.Lang) {
		return a.Lang
	}
	if a != nil && ValidLang(a.Park.Lang) {
		return a.Park.Lang
	}
	return "zh"
}

// Get returns the answer to question id; empty when unanswered.
func (a *Answers) Get(id string) Value {
	if a == nil {
		return Value{}
	}
	return a.Values[id]
}

// Set stores the answer to question id; an empty value removes it.
func (a *Answers) Set(id string, v Value) {
	if a.Values == nil {
		a.Values = map[string]Value{}
	}
	if v.IsEmpty() {
		delete(a.Values, id)
		return
	}
	a.Values[id] = v
}

// Number returns a number answer and whether there is one.
func (a *Answers) Number(id string) (float64, bool) {
	v := a.Get(id)
	return v.Num, v.Type == TypeNumber
}

// Bool returns a yes/no answer and whether there is one.
func (a *Answers) Bool(id string) (bool, bool) {
	v := a.Get(id)
	return v.Bool, v.Type == TypeBool
}

// Str returns a text answer, trimmed; "" when unanswered.
func (a *Answers) Str(id string) string {
	v := a.Get(id)
	if v.Type != TypeString {
		return ""
	}
	return strings.TrimSpace(v.Str)
}

// isZero reports whether p holds nothing at all.
func (p Park) isZero() bool {
	return p.Name == "" && p.Category == 0 && p.District == "" && p.Contact == "" &&
		p.Phone == "" && p.Hotline == "" && p.Batch1 == "" && p.Batch2 == "" &&
		p.Batch3 == "" && p.Cat1MinAutomationShare == nil && p.Cat3MinAreaPerWorker == nil &&
		p.FewWorkersMax == nil && len(p.Support) == 0 && p.Lang == ""
}
