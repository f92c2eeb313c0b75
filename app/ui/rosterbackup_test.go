//go:build !noroster

package ui

import (
	"strings"
	"testing"

	"fugong/assessment"
	"fugong/roster"
)

// TestBackupRoster exports a draft with its roster and imports it back;
// a file without a roster imports without one, and a damaged roster is
// refused with its reason.
func TestBackupRoster(t *testing.T) {
	a := assessment.NewAnswers("zh")
	a.Set("name", assessment.StringValue("临沂精工"))
	data, err := a.Encode()
	if err != nil {
		t.Fatal(err)
	}
	rec := &rosterRecord{People: []roster.Person{{Name: "张三", Risk: roster.RiskMid, Returned: "2026-02-01"}},
		Aside: []roster.Aside{{Row: 7, Cells: []string{"", "x"}, Problems: []roster.Problem{{Field: roster.FieldName, Code: roster.ProblemNoName}}}}}
	withR, err := withRoster(data, rec)
	if err != nil {
		t.Fatal(err)
	}
	got, gotRec, ps, err := readImport(withR, "zh")
	if err != nil {
		t.Fatalf("readImport(with a roster) refused: %v", ps)
	}
	if got.Str("name") != "临沂精工" || gotRec == nil || len(gotRec.People) != 1 || gotRec.People[0].Name != "张三" ||
		len(gotRec.Aside) != 1 || gotRec.Aside[0].Row != 7 {
		t.Errorf("readImport(with a roster) = %v, %+v", got.Str("name"), gotRec)
	}
	parsed, err := assessment.ParseAnswers(withR)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range assessment.Validate(parsed) {
		if p.Code == assessment.CodeUnknownField {
			t.Errorf("the roster in an answers file is reported as %v", p.Message.Zh)
		}
	}

	if same, _ := withRoster(data, &rosterRecord{}); string(same) != string(data) {
		t.Errorf("withRoster(no roster) changed the file:\n%s", same)
	}
	if _, r, ps, err := readImport(data, "zh"); err != nil || r != nil {
		t.Errorf("readImport(without a roster) = %v, %v, %v; want no roster, no error", r, ps, err)
	}

	for name, bad := range map[string]string{
		"not a roster":  `"roster": {"format": "other"}`,
		"of wrong type": `"roster": [1]`,
	} {
		t.Run(name, func(t *testing.T) {
			file := strings.Replace(string(data), "{", "{"+bad+",", 1)
			if _, _, ps, err := readImport([]byte(file), "en"); err == nil || len(ps) != 1 || !strings.Contains(ps[0].Message, "damaged") {
				t.Errorf("readImport(%s) = %v, %v; want refused as damaged", file, ps, err)
			}
		})
	}
}
