package ui

// message is one text in the four languages as screens wrote it before
// the catalogs. It and addMessages keep a screen written that way working
// until its map is folded into catalog_<code>.go.
type message struct{ zh, en, ja, ko string }

// addMessages files each message of m under its key in every language's
// catalog. A map's text replaces the catalog's under the same key, as it
// is the newer wording.
func addMessages(m map[string]message) {
	for k, v := range m {
		catalogZh[k], catalogEn[k], catalogJa[k], catalogKo[k] = v.zh, v.en, v.ja, v.ko
	}
}
