package assessment

import (
	"bytes"
	"encoding/json"
	"strings"
)

// language is one language the kit writes: its code and the rules'
// catalog (catalog_domain_<code>.go); the documents keep theirs in
// package fugong/documents, as a Catalog.
type language struct {
	code   string
	domain map[string]string // questions, items, reasons, validation
}

// languageList is every language the kit writes, the language of record
// first. Its length sizes Text, so a new language is one line here and
// its catalogs.
var languageList = [...]language{
	{"zh", domainZh},
	{"en", domainEn},
	{"ja", domainJa},
	{"ko", domainKo},
}

// Languages lists the language codes the kit knows, primary first.
var Languages = func() []string {
	codes := make([]string, len(languageList))
	for i, l := range languageList {
		codes[i] = l.code
	}
	return codes
}()

// langIndex returns lang's place in languageList, or -1.
func langIndex(lang string) int {
	for i, l := range languageList {
		if l.code == lang {
			return i
		}
	}
	return -1
}

// ValidLang reports whether lang is one of Languages.
func ValidLang(lang string) bool { return langIndex(lang) >= 0 }

// Catalog is the texts of a layer built on the rules (the documents'):
// by language code, then by key, each a plain text or a template with
// {name} slots. A key it does not hold is looked up in the rules' own
// catalogs, so that a layer shares the rules' words (units, punctuation).
type Catalog map[string]map[string]string

// lookup returns the text under key in l from c, else from the rules'
// catalog; an unknown key shows itself, so that it is seen (and a test
// forbids it).
func (c Catalog) lookup(l language, key string) string {
	if s, ok := c[l.code][key]; ok {
		return s
	}
	if s, ok := l.domain[key]; ok {
		return s
	}
	return key
}

// Msg returns the text under key in every language.
func (c Catalog) Msg(key string) Text {
	var t Text
	for i, l := range languageList {
		t.set(i, c.lookup(l, key))
	}
	return t
}

// Msgf returns the template under key in every language with each
// {name} filled. slots alternate a name and its value: a string, the same
// in every language, or a Text, in the template's language. A slot
// written {name|one|other} is a word that agrees with the number in slot
// name: one when it is "1", else other (as English needs and Chinese
// does not).
func (c Catalog) Msgf(key string, slots ...any) Text {
	var t Text
	for i, l := range languageList {
		t.set(i, fill(c.lookup(l, key), l.code, slots))
	}
	return t
}

// msg returns the text under key of the rules' catalogs in every language.
func msg(key string) Text { return Catalog(nil).Msg(key) }

// msgf fills the template under key of the rules' catalogs, as
// Catalog.Msgf does.
func msgf(key string, slots ...any) Text { return Catalog(nil).Msgf(key, slots...) }

// fill replaces each {name} (or {name|one|other}) of template with its
// slot's value in lang, in one pass, so that a value is never read as a
// template.
func fill(template, lang string, slots []any) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(template, '{')
		end := strings.IndexByte(template[open+1:], '}')
		if open < 0 || end < 0 {
			return b.String() + template
		}
		b.WriteString(template[:open])
		b.WriteString(slotValue(template[open+1:open+1+end], lang, slots))
		template = template[open+end+2:]
	}
}

// slotValue returns the value in lang of a slot, "name" or
// "name|one|other", or the slot as written when it was not given, so that
// it is seen.
func slotValue(slot, lang string, slots []any) string {
	name, forms, plural := strings.Cut(slot, "|")
	for i := 0; i+1 < len(slots); i += 2 {
		if slots[i] != name {
			continue
		}
		var v string
		switch x := slots[i+1].(type) {
		case string:
			v = x
		case Text:
			v = x.In(lang)
		default:
			continue
		}
		if plural {
			one, other, _ := strings.Cut(forms, "|")
			if v == "1" {
				return one
			}
			return other
		}
		return v
	}
	return "{" + slot + "}"
}

// Text is one piece of user-facing text in every language the kit
// writes. Simplified Chinese is the language of record and is always
// filled; the others may be empty and then fall back to Chinese.
type Text struct {
	Zh string                        // the language of record
	tr [len(languageList) - 1]string // the others, in languageList's order
}

// NewText builds a Text from its forms in languageList's order; forms
// left out stay empty and fall back to Chinese.
func NewText(forms ...string) Text {
	var t Text
	if len(forms) > 0 {
		t.Zh = forms[0]
		copy(t.tr[:], forms[1:])
	}
	return t
}

// In returns the text in lang, falling back to Chinese when that language
// is empty or unknown.
func (t Text) In(lang string) string {
	if s := t.exact(lang); s != "" {
		return s
	}
	return t.Zh
}

// exact returns the text in lang as written, "" when it is missing.
func (t Text) exact(lang string) string {
	switch i := langIndex(lang); {
	case i == 0:
		return t.Zh
	case i > 0:
		return t.tr[i-1]
	}
	return ""
}

// set writes the text in the language at index i of languageList.
func (t *Text) set(i int, s string) {
	if i == 0 {
		t.Zh = s
	} else {
		t.tr[i-1] = s
	}
}

// MarshalJSON writes {"zh": …, "en": …, …}, leaving out every empty
// language but Chinese.
func (t Text) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // the outer encoder escapes, or not, as it is set
	b.WriteByte('{')
	for i, l := range languageList {
		s := t.exact(l.code)
		if i > 0 && s == "" {
			continue
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"` + l.code + `":`)
		if err := enc.Encode(s); err != nil {
			return nil, err
		}
		b.Truncate(b.Len() - 1) // the encoder's newline
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalJSON reads what MarshalJSON writes; unknown languages are
// ignored.
func (t *Text) UnmarshalJSON(data []byte) error {
	var forms map[string]string
	if err := json.Unmarshal(data, &forms); err != nil {
		return err
	}
	*t = Text{}
	for i, l := range languageList {
		t.set(i, forms[l.code])
	}
	return nil
}

// join concatenates texts language by language, putting sep between them.
// A language is kept only when every part had it, so that a partly
// translated sentence never mixes languages.
func join(sep Text, parts ...Text) Text {
	var out Text
	for i, l := range languageList {
		s, whole := "", true
		for j, p := range parts {
			if j > 0 {
				s += sep.In(l.code)
			}
			if i > 0 && p.exact(l.code) == "" {
				whole = false
			}
			s += p.exact(l.code)
		}
		if whole {
			out.set(i, s)
		}
	}
	return out
}

// enPlural picks the English singular or plural form for the number n.
func enPlural(n float64, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
