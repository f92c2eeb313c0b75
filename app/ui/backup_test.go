package ui

import (
	"strings"
	"testing"
)

// TestReadImportOtherFiles gives the drafts' import a JSON object that is
// no answers file (another of the kit's files, or an empty object): it is
// refused, saying so in the page's language, instead of becoming an empty
// draft. (The test's *testing.T is named test: t is the catalog.)
func TestReadImportOtherFiles(test *testing.T) {
	for _, tt := range []struct{ name, file string }{
		{"registry backup", `{"format": "fugong.registry", "version": 1, "entries": []}`},
		{"roster", `{"format": "fugong.roster", "version": 1, "people": [{"name": "张三"}]}`},
		{"empty object", "\ufeff{}"},
		{"park only", `{"park": {"name": "临沂经济技术开发区"}}`},
	} {
		for _, lang := range []string{"zh", "en", "ja", "ko"} {
			a, _, ps, err := readImport([]byte(tt.file), lang)
			if err == nil || a != nil || len(ps) != 1 {
				test.Errorf("%s, %s: readImport(%s) = %v, %v, %v; want refused", tt.name, lang, tt.file, a, ps, err)
				continue
			}
			if want := t(lang, "backup.not_answers"); ps[0].Field != t(lang, "backup.file") || ps[0].Message != want || strings.HasPrefix(want, "backup.") {
				test.Errorf("%s, %s: problem = %+v, want %q", tt.name, lang, ps[0], want)
			}
		}
	}
}
