package assessment

import (
	"go/build"
	"strings"
	"testing"
)

// domainIDs are the answer IDs DOMAIN.md's ruleset names: the public
// format of an answers file.
var domainIDs = strings.Fields(`automation_share product_types floor_area_m2
peak_shift_workers can_keep_1m closed_management backbone_enterprise
employees_total leader_name leader_phone staff_screened returnees_mid_high_risk
returnees_cleared isolation_rooms masks_in_stock thermometers entrances
disinfectant_stock predisinfection entrance_staff_named ventilation has_canteen
canteen_measures dorm_residents dorm_rooms dorm_area_m2 shuttle_buses
shuttle_measures training_done foreign_staff multilingual_notices mask_bins`)

func TestFormHoldsDomainIDs(t *testing.T) {
	for _, id := range domainIDs {
		if _, ok := Lookup(id); !ok {
			t.Errorf("Lookup(%q) = false, want the question DOMAIN.md names", id)
		}
	}
}

func TestFormIsWellFormed(t *testing.T) {
	seen := map[string]bool{}
	var check func(q Question, c Cond)
	check = func(q Question, c Cond) {
		if c.Question != "" {
			if !seen[c.Question] {
				t.Errorf("%s: condition on %q, which is not an earlier question", q.ID, c.Question)
			}
			if c.Op == "" {
				t.Errorf("%s: condition without an Op", q.ID)
			}
		}
		for _, s := range append(append([]Cond{}, c.All...), c.Any...) {
			check(q, s)
		}
	}
	steps := Form()
	if len(steps) != 7 {
		t.Errorf("len(Form()) = %d, want 7 steps", len(steps))
	}
	for _, s := range steps {
		if s.ID == "" || s.Title.Zh == "" || s.Title.exact("en") == "" {
			t.Errorf("step %+v lacks an ID or a title", s.ID)
		}
		for _, q := range s.Questions {
			if seen[q.ID] {
				t.Errorf("question %s twice", q.ID)
			}
			check(q, q.When)
			seen[q.ID] = true
			if q.Label.Zh == "" || q.Label.exact("en") == "" {
				t.Errorf("%s: label needs zh and en: %+v", q.ID, q.Label)
			}
			if q.Help.Zh != "" && q.Help.exact("en") == "" {
				t.Errorf("%s: help has no English", q.ID)
			}
			switch q.Kind {
			case KindNumber:
				if !(q.Max > q.Min) || q.Unit.Zh == "" {
					t.Errorf("%s: number needs Min < Max and a unit", q.ID)
				}
			case KindChoice, KindChoices:
				ids := map[string]bool{}
				for _, c := range q.Choices {
					if c.ID == "" || ids[c.ID] || c.Label.Zh == "" || c.Label.exact("en") == "" {
						t.Errorf("%s: bad or repeated choice %+v", q.ID, c)
					}
					ids[c.ID] = true
				}
				if len(q.Choices) < 2 {
					t.Errorf("%s: a choice question needs choices", q.ID)
				}
			case KindText, KindYesNo, KindDate, KindPhone, KindHotline, KindCreditCode, KindQuarantineEnds:
			default:
				t.Errorf("%s: unknown kind %q", q.ID, q.Kind)
			}
		}
	}
	for _, id := range staffClasses {
		if !seen[id] {
			t.Errorf("staff class %s is not a question", id)
		}
	}
	for _, id := range urgentProducts {
		if _, ok := questionByID["product_types"].choice(id); !ok {
			t.Errorf("urgent product %s is not a choice of product_types", id)
		}
	}
}

func TestFormIsACopy(t *testing.T) {
	f := Form()
	f[0].Questions[0].ID = "changed"
	if Form()[0].Questions[0].ID == "changed" {
		t.Error("Form() shares its slices with the package")
	}
}

// TestStandardLibraryOnly keeps the package portable to WebAssembly and
// free of the UI and PDF libraries, and of the rest of the kit: it
// imports the standard library alone. So does the codes' codec
// (internal/wire), which the park's side adds on top of it.
func TestStandardLibraryOnly(t *testing.T) {
	for _, dir := range []string{".", "../internal/wire"} {
		pkg, err := build.ImportDir(dir, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range pkg.Imports {
			if strings.Contains(strings.Split(imp, "/")[0], ".") || imp == "syscall/js" || strings.HasPrefix(imp, "fugong/") {
				t.Errorf("%s imports %s; only the standard library is allowed", dir, imp)
			}
		}
	}
}

func TestSupportMeasures(t *testing.T) {
	want := "tax_deferral rent_relief industrial_funds transport_pass loan_subsidy research_funding legal_aid shuttle_service nucleic_acid_subsidy"
	var got []string
	for _, s := range SupportMeasures() {
		got = append(got, s.ID)
		if s.Label.Zh == "" || s.Label.exact("en") == "" {
			t.Errorf("%s lacks a label", s.ID)
		}
	}
	if strings.Join(got, " ") != want {
		t.Errorf("SupportMeasures() = %v, want %s", got, want)
	}
}
