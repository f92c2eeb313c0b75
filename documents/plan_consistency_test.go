package documents

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fugong/assessment"
	"fugong/internal/scenario"
)

// consistencyInputs are the answers of every scenario file and every
// example answers file, by name.
func consistencyInputs(t *testing.T) map[string]*assessment.Answers {
	t.Helper()
	out := map[string]*assessment.Answers{}
	files, _ := filepath.Glob(filepath.Join(scenarios, "*.txtar"))
	for _, file := range files {
		a, err := assessment.ParseAnswers(scenario.Answers(t, scenario.Read(t, file), scenarios))
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		out[filepath.Base(file)] = a
	}
	examples, _ := filepath.Glob("../testdata/*.json")
	for _, file := range examples {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		a, err := assessment.ParseAnswers(raw)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		out[filepath.Base(file)] = a
	}
	if len(out) < 40 {
		t.Fatalf("%d inputs, want the scenarios and the examples", len(out))
	}
	return out
}

// isoDate is a date written the machine's way, never in a document.
var isoDate = regexp.MustCompile(`\b20\d\d-\d\d-\d\d\b`)

// TestPlanNeverContradictsResult checks, for every scenario and example,
// that the plan says "须在复工前…" exactly for the result's unmet critical
// and required items: each section says it once per item it claims
// (Section.BeforeWork), each claim is such an item, every such item is
// claimed in the result chapter, and a ready result meets no such
// sentence. It also checks that low-risk returnees are never said to be
// quarantined and that no document, in any language, writes a date as
// 2026-02-17.
func TestPlanNeverContradictsResult(t *testing.T) {
	for name, a := range consistencyInputs(t) {
		a := *a
		a.Lang = "zh"
		r := assessment.Evaluate(&a)
		p := BuildPlan(&a, r, planDate)
		for _, lang := range []string{"en", "ja", "ko"} {
			tr := a
			tr.Lang = lang
			tp := BuildPlan(&tr, r, planDate)
			for _, s := range tp.Sections {
				if d := isoDate.FindString(sectionText(tp, s.ID)); d != "" && !s.Edited {
					t.Errorf("%s [%s]: section %s writes the date %s the machine's way", name, lang, s.ID, d)
				}
			}
		}
		unmet := map[string]bool{}
		for _, it := range r.Items {
			if !it.Met && it.Level != assessment.Recommended {
				unmet[it.ID] = true
			}
		}
		claimed := map[string]bool{}
		total := 0
		for _, s := range p.Sections {
			if s.Edited {
				continue
			}
			text := sectionText(p, s.ID)
			n := strings.Count(text, "须在复工前")
			total += n
			if n != len(s.BeforeWork) {
				t.Errorf("%s: section %s says 须在复工前 %d times but claims %v:\n%s", name, s.ID, n, s.BeforeWork, text)
			}
			if strings.Contains(text, "复工前须") {
				t.Errorf("%s: section %s says 复工前须, not 须在复工前 about an item", name, s.ID)
			}
			for _, id := range s.BeforeWork {
				if !unmet[id] {
					t.Errorf("%s: section %s says %s must be met before work resumes, but the result counts it met or recommended", name, s.ID, id)
				}
				if s.ID == "result.items" {
					claimed[id] = true
				}
			}
			for _, sentence := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune("。；\n|", r) }) {
				if strings.Contains(sentence, "低风险") && strings.Contains(sentence, "隔离") &&
					!strings.Contains(sentence, "无须隔离") && !strings.Contains(sentence, "不作隔离") {
					t.Errorf("%s: section %s says low-risk returnees are quarantined: %q", name, s.ID, sentence)
				}
			}
			if d := isoDate.FindString(text); d != "" {
				t.Errorf("%s: section %s writes the date %s the machine's way", name, s.ID, d)
			}
		}
		for id := range unmet {
			if !claimed[id] {
				t.Errorf("%s: unmet item %s is not said to be met before work resumes", name, id)
			}
		}
		if r.Readiness == assessment.Ready && total > 0 {
			t.Errorf("%s: ready, yet the plan says 须在复工前 %d times", name, total)
		}
	}
}
