package assessment

import (
	"testing"

	"fugong/internal/catalogcheck"
)

// domainCatalogs is the rules' catalog of every language, by code.
func domainCatalogs() map[string]map[string]string {
	cats := map[string]map[string]string{}
	for _, l := range languageList {
		cats[l.code] = l.domain
	}
	return cats
}

// TestCatalogsComplete checks that every language has exactly the keys of
// the first, with the same slots and printf verbs.
func TestCatalogsComplete(t *testing.T) {
	catalogcheck.Complete(t, "domain", Languages, domainCatalogs())
}

// TestCatalogKeysUsed checks that every msg and msgf call of the package
// names a key that the catalogs hold, that msgf fills exactly the
// template's slots, and that no key is held that no call names, here or
// in the packages that use the rules' texts (the documents' catalog falls
// back on this one).
func TestCatalogKeysUsed(t *testing.T) {
	lookup := func(key string) (string, bool) {
		s, ok := languageList[0].domain[key]
		return s, ok
	}
	catalogcheck.Used(t, ".", lookup, languageList[0].domain,
		catalogcheck.Caller{Dir: "../parkdesk", Funcs: []string{"assessment.Msg", "assessment.Msgf"}},
		catalogcheck.Caller{Dir: "../app/ui", Funcs: []string{"assessment.Msg", "assessment.Msgf"}},
		catalogcheck.Caller{Dir: "../documents", Funcs: []string{"msg", "msgf", "assessment.Msg", "assessment.Msgf"}},
		catalogcheck.Caller{Dir: "../documents/pdf", Funcs: []string{"assessment.Msg", "assessment.Msgf"}},
	)
}

func TestFill(t *testing.T) {
	d := NewText("三月一日", "1 March")
	tests := []struct {
		template, lang, want string
		slots                []any
	}{
		{"共 {n} 人，{d}", "zh", "共 3 人，三月一日", []any{"n", "3", "d", d}},
		{"{n} people on {d}", "en", "3 people on 1 March", []any{"n", "3", "d", d}},
		{"{d}", "ja", "三月一日", []any{"d", d}},
		{"name {name}", "en", "name {phone}", []any{"name", "{phone}", "phone", "x"}},
		{"{missing} and {", "en", "{missing} and {", nil},
		{"{n} {n|bus|buses}", "en", "1 bus", []any{"n", "1"}},
		{"{n} {n|bus|buses}", "en", "2 buses", []any{"n", "2"}},
		{"{n|one|other}", "en", "{n|one|other}", nil},
	}
	for _, tt := range tests {
		if got := fill(tt.template, tt.lang, tt.slots); got != tt.want {
			t.Errorf("fill(%q, %s) = %q, want %q", tt.template, tt.lang, got, tt.want)
		}
	}
}
