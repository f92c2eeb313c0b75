package documents

import (
	"testing"

	"fugong/assessment"
	"fugong/internal/catalogcheck"
)

// TestCatalogsComplete checks that every language has exactly the
// documents' keys of the first, with the same slots and printf verbs, and
// that no text is empty but where a language writes nothing: Chinese,
// the text of record, has no heading over a translation, and Chinese and
// Japanese put no space between sentences.
func TestCatalogsComplete(t *testing.T) {
	catalogcheck.Complete(t, "documents", assessment.Languages, catalog,
		"plan.letter.translation_heading", "plan.prevention.prev_entry.between_sentences")
}

// TestCatalogKeysUsed checks that every msg and msgf call of the package
// names a key that the documents' or the rules' catalogs hold, that msgf
// fills exactly the template's slots, and that no documents' key is held
// that no call names, here or in the park's report.
func TestCatalogKeysUsed(t *testing.T) {
	zh := assessment.Languages[0]
	lookup := func(key string) (string, bool) {
		if s, ok := catalog[zh][key]; ok {
			return s, ok
		}
		s := assessment.Msg(key).Exact(zh)
		return s, s != key
	}
	catalogcheck.Used(t, ".", lookup, catalog[zh],
		catalogcheck.Caller{Dir: "../parkdesk", Funcs: []string{"documents.Msg", "documents.Msgf"}})
}
