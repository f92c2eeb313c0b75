package assessment

import (
	"maps"
	"slices"
	"testing"
)

// TestLanguageProperties checks that every language names, for each of
// its properties, a value the kit knows, so that a new language's catalog
// cannot fall back on digits, on text as written or on labels as written
// by a slip.
func TestLanguageProperties(t *testing.T) {
	for key, known := range map[string][]string{
		"lang.numerals":                     slices.Collect(maps.Keys(numeralStyles)),
		"lang.space_before_fullwidth_paren": slices.Collect(maps.Keys(fullwidthParenSpaces)),
		"lang.area_unit":                    slices.Collect(maps.Keys(areaUnits)),
		"lang.label_mid_sentence":           {"as_written", "lower_first"},
	} {
		named := msg(key)
		for _, l := range languageList {
			if v := named.exact(l.code); !slices.Contains(known, v) {
				t.Errorf("%s: %s is %q, not one of %q", l.code, key, v, known)
			}
		}
	}
}

func TestPrintStyle(t *testing.T) {
	const in = "宿舍 （待确定） 人均 2.5 m² 以上，4 m²/人"
	for lang, want := range map[string]string{
		"zh": "宿舍（待确定） 人均 2.5 平方米以上，4 平方米/人",
		"ja": "宿舍（待确定） 人均 2.5 m² 以上，4 m²/人",
		"en": in,
		"ko": in,
		"xx": in, // a language the kit does not know: as written
	} {
		if got := PrintStyle(lang)(in); got != want {
			t.Errorf("PrintStyle(%s)(%q) = %q, want %q", lang, in, got, want)
		}
	}
}
