package ui

// t looks key up in lang's catalog (catalog_<code>.go); an unknown
// language reads the first language's. An unknown key shows itself, so a
// missing entry is visible rather than blank (and a test forbids it).
func t(lang, key string) string {
	if s, ok := catalogOf(lang)[key]; ok {
		return s
	}
	return key
}

// catalogOf returns the catalog of lang, or the first language's.
func catalogOf(lang string) map[string]string {
	for _, l := range languages {
		if l.Code == lang {
			return l.text
		}
	}
	return languages[0].text
}
