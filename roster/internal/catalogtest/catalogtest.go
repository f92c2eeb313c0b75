// Package catalogtest checks a package's own catalogs (see
// assessment.Catalogs) in its tests: every language holds the first's
// keys, no text is empty, and each template has the first's slots and
// printf verbs.
package catalogtest

import (
	"regexp"
	"slices"
	"testing"

	"fugong/assessment"
)

// Complete reports, as errors of t, every key one language of c holds
// and another lacks, every empty text, and every template whose {slots}
// or printf verbs differ from the first language's.
func Complete(t testing.TB, c assessment.Catalogs) {
	t.Helper()
	langs := assessment.Languages
	first := c[0]
	for i, cat := range c {
		for key := range first {
			if _, ok := cat[key]; !ok {
				t.Errorf("text %q is missing in %s (catalog_%s.go)", key, langs[i], langs[i])
			}
		}
		for key, text := range cat {
			want, ok := first[key]
			switch {
			case !ok:
				t.Errorf("text %q is in %s but not in %s", key, langs[i], langs[0])
			case text == "":
				t.Errorf("text %q is empty in %s", key, langs[i])
			case !slices.Equal(slots(text), slots(want)):
				t.Errorf("text %q has slots %q in %s but %q in %s", key, slots(text), langs[i], slots(want), langs[0])
			case !slices.Equal(verbs(text), verbs(want)):
				t.Errorf("text %q has printf verbs %q in %s but %q in %s", key, verbs(text), langs[i], verbs(want), langs[0])
			}
		}
	}
}

// slot is a {name} or {name|one|other} of a template; verb a printf verb.
var (
	slot = regexp.MustCompile(`\{([a-z0-9_]+)(?:\|[^{}|]*\|[^{}|]*)?\}`)
	verb = regexp.MustCompile(`%[-+#0-9.]*[a-zA-Z%]`)
)

// slots returns the sorted, distinct slot names of a template.
func slots(template string) []string {
	var names []string
	for _, m := range slot.FindAllStringSubmatch(template, -1) {
		names = append(names, m[1])
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// verbs lists the printf verbs of text in order.
func verbs(text string) []string { return verb.FindAllString(text, -1) }
