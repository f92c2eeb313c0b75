package documents

import (
	"go/build"
	"strings"
	"testing"
)

// TestRulesAndStandardLibraryOnly keeps the documents as portable as the
// rules: the package imports the standard library and fugong/assessment
// alone, never the UI, the PDF writer or syscall/js.
func TestRulesAndStandardLibraryOnly(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, imp := range pkg.Imports {
		outside := strings.Contains(strings.Split(imp, "/")[0], ".") || strings.HasPrefix(imp, "fugong/")
		if imp == "syscall/js" || (outside && imp != "fugong/assessment") {
			t.Errorf("documents imports %s; only the standard library and fugong/assessment are allowed", imp)
		}
	}
}
