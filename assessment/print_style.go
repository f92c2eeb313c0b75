package assessment

import "strings"

// fullwidthParenSpaces are the ways a language treats the space a
// number's phrase leaves before a full-width parenthesis, by the name its
// catalog gives under "lang.space_before_fullwidth_paren": kept, or
// dropped as Chinese and Japanese set text ("宿舍 （待确定：…）" becomes
// "宿舍（待确定：…）").
var fullwidthParenSpaces = map[string]func(string) string{
	"keep": asWritten,
	"drop": func(t string) string { return strings.ReplaceAll(t, " （", "（") },
}

// areaUnits are the ways a language writes square metres in a document,
// by the name its catalog gives under "lang.area_unit": as the symbol
// m², or in words as Chinese official documents do ("2.5 m²" becomes
// "2.5 平方米").
var areaUnits = map[string]func(string) string{
	"symbol": asWritten,
	"words":  squareMetresInWords,
}

// asWritten returns t unchanged.
func asWritten(t string) string { return t }

// PrintStyle returns how lang sets a document's text for print, as its
// catalog says ("lang.space_before_fullwidth_paren", "lang.area_unit"). A
// value the kit does not know leaves the text as written (a test forbids
// it).
func PrintStyle(lang string) func(string) string {
	paren := languageProperty(fullwidthParenSpaces, msg("lang.space_before_fullwidth_paren"), lang, "keep")
	area := languageProperty(areaUnits, msg("lang.area_unit"), lang, "symbol")
	return func(t string) string { return area(paren(t)) }
}

// languageProperty returns the one of ways that named (a "lang." text of
// the catalogs) names in lang, or ways[fallback] when it names none.
func languageProperty[F any](ways map[string]F, named Text, lang, fallback string) F {
	if w, ok := ways[named.exact(lang)]; ok {
		return w
	}
	return ways[fallback]
}
