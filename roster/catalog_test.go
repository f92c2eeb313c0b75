package roster

import (
	"maps"
	"slices"
	"testing"

	"fugong/roster/internal/catalogtest"
)

// TestCatalogsComplete checks that every language has the same keys with
// the same slots, and none empty.
func TestCatalogsComplete(t *testing.T) { catalogtest.Complete(t, catalogs) }

// TestCatalogKeys checks that the catalogs hold a name for every field,
// class, risk level and health status, a text for every problem and file
// code, and nothing else.
func TestCatalogKeys(t *testing.T) {
	want := []string{"row", "problems.sep", "problem.value", "word.no", "word.yes", "field.none", "class.none", "risk.none", "health.none"}
	for _, f := range Fields {
		want = append(want, "field."+string(f))
	}
	for _, c := range []Class{ClassNormal, ClassOrdinaryIsolation, ClassKeyIsolation, ClassInTreatment} {
		want = append(want, "class."+string(c))
	}
	for _, r := range []Risk{RiskLow, RiskMid, RiskHigh, RiskAbroad} {
		want = append(want, "risk."+string(r))
	}
	for _, h := range []Health{HealthNormal, HealthUnwell} {
		want = append(want, "health."+string(h))
	}
	for _, code := range []string{ProblemNoName, ProblemDate, ProblemPhone, ProblemRisk, ProblemClass, ProblemHealth, ProblemYesNo, ProblemQuarantineEnds, ProblemDuplicate} {
		want = append(want, "problem."+code)
	}
	for _, code := range []string{FileOldExcel, FileNotSheet, FileTooLarge, FileNoRows, FileDamaged, FileNoHeader} {
		want = append(want, "file."+code)
	}
	slices.Sort(want)
	if got := slices.Sorted(maps.Keys(catalogZh)); !slices.Equal(got, want) {
		t.Errorf("catalog keys\n%q\nwant\n%q", got, want)
	}
}

func TestNames(t *testing.T) {
	tests := []struct{ got, want string }{
		{FieldLabel(FieldReturned, "ja"), "復帰日"},
		{FieldLabel(FieldNone, "en"), "(not imported)"},
		{ClassName(ClassKeyIsolation, "ko"), "중점 격리 인원"},
		{RiskName(RiskNone, "zh"), "未外出"},
		{HealthName(HealthUnwell, "en"), "unwell"},
		{ClassName("bogus", "en"), ""},
		{FileMessage("bogus", "en"), FileMessage(FileNotSheet, "en")},
		{Problem{Code: "bogus", Value: "x"}.Describe("en"), `bogus: "x"`},
		{Problem{Field: FieldPhone, Code: ProblemPhone, Value: "12"}.Describe("en"), `Phone is not a phone number: "12"`},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}
