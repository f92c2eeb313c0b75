package assessment

// Msg returns the text under key of the rules' catalogs in every
// language, for the packages built on the rules (the park's side keeps
// its texts in the same catalogs).
func Msg(key string) Text { return msg(key) }

// Msgf returns the template under key in every language with each {name}
// filled from slots, as Catalog.Msgf does.
func Msgf(key string, slots ...any) Text { return msgf(key, slots...) }

// Exact returns the text in lang as written, "" when it is missing (In
// falls back to Chinese instead).
func (t Text) Exact(lang string) string { return t.exact(lang) }

// Catalogs are the texts a package built on the rules keeps apart from
// the kit's, by key: one map per language, in Languages' order (a
// catalog_<code>.go each), so that a package is linked with its own texts
// alone.
type Catalogs [len(languageList)]map[string]string

// Msg returns the text under key in every language; an unknown key shows
// itself, as msg's does.
func (c *Catalogs) Msg(key string) Text { return c.Msgf(key) }

// Msgf returns the template under key in every language with each {name}
// filled from slots, as Msgf does.
func (c *Catalogs) Msgf(key string, slots ...any) Text {
	var t Text
	for i, l := range languageList {
		template, ok := c[i][key]
		if !ok {
			template = key
		}
		t.set(i, fill(template, l.code, slots))
	}
	return t
}
