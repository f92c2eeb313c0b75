package assessment

// Text is one piece of user-facing text in the kit's four languages.
// Simplified Chinese is the language of record and is always filled;
// the others may be empty and then fall back to Chinese.
type Text struct {
	Zh string `json:"zh"`
	En string `json:"en,omitempty"`
	Ja string `json:"ja,omitempty"`
	Ko string `json:"ko,omitempty"`
}

// Languages lists the language codes the kit knows, primary first.
var Languages = []string{"zh", "en", "ja", "ko"}

// ValidLang reports whether lang is one of Languages.
func ValidLang(lang string) bool {
	switch lang {
	case "zh", "en", "ja", "ko":
		return true
	}
	return false
}

// In returns the text in lang ("zh", "en", "ja" or "ko"), falling back to
// Chinese when that language is empty or unknown.
func (t Text) In(lang string) string {
	var s string
	switch lang {
	case "en":
		s = t.En
	case "ja":
		s = t.Ja
	case "ko":
		s = t.Ko
	}
	if s == "" {
		return t.Zh
	}
	return s
}

// tx builds a Text from its Chinese and English forms.
func tx(zh, en string) Text { return Text{Zh: zh, En: en} }

// join concatenates texts language by language, putting sep between them.
func join(sep Text, parts ...Text) Text {
	var out Text
	for i, p := range parts {
		if i > 0 {
			out.Zh += sep.Zh
			out.En += sep.In("en")
			out.Ja += sep.In("ja")
			out.Ko += sep.In("ko")
		}
		out.Zh += p.Zh
		out.En += p.En
		out.Ja += p.Ja
		out.Ko += p.Ko
	}
	// A language is kept only when every part had it, so that a
	// partly translated sentence never mixes languages.
	for _, p := range parts {
		if p.En == "" {
			out.En = ""
		}
		if p.Ja == "" {
			out.Ja = ""
		}
		if p.Ko == "" {
			out.Ko = ""
		}
	}
	return out
}

// txt builds a Text from its four forms.
func txt(zh, en, ja, ko string) Text { return Text{Zh: zh, En: en, Ja: ja, Ko: ko} }

// enPlural picks the English singular or plural form for the number n.
func enPlural(n float64, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
