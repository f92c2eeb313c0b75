package pdf

import (
	"bytes"
	"encoding/xml"
	"regexp"

	"fugong/assessment"
)

// tagPattern is what a language tag looks like (BCP 47, loosely).
var tagPattern = regexp.MustCompile(`^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$`)

// xmpMetadata returns an XMP packet with the title, the author and the
// language of the document. gofpdf has no way to set /Lang in the catalogue,
// so this is where the language is recorded: one of the kit's languages
// by the tag its catalog gives (language.tag), another code as it is when
// it looks like a tag.
func xmpMetadata(title, author, lang string) []byte {
	var tag string
	switch {
	case assessment.ValidLang(lang):
		tag = assessment.Msg("language.tag").In(lang)
	case tagPattern.MatchString(lang):
		tag = lang
	}
	var b bytes.Buffer
	esc := func(s string) { _ = xml.EscapeText(&b, []byte(s)) }
	b.WriteString(`<?xpacket begin="` + "\uFEFF" + `" id="W5M0MpCehiHzreSzNTczkc9d"?>` + "\n" +
		`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
		`<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
		`xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">` +
		`<dc:format>application/pdf</dc:format><dc:title><rdf:Alt><rdf:li xml:lang="x-default">`)
	esc(title)
	b.WriteString(`</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>`)
	esc(author)
	b.WriteString(`</rdf:li></rdf:Seq></dc:creator>`)
	if tag != "" {
		b.WriteString(`<dc:language><rdf:Bag><rdf:li>` + tag + `</rdf:li></rdf:Bag></dc:language>`)
	}
	b.WriteString(`<pdf:Producer>fugong</pdf:Producer><xmp:CreatorTool>fugong</xmp:CreatorTool>` +
		`</rdf:Description></rdf:RDF></x:xmpmeta>` + "\n" + `<?xpacket end="r"?>`)
	return b.Bytes()
}
