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
