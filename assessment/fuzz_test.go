package assessment

import (
	"os"
	"path/filepath"
	"testing"
)

func addSeeds(f *testing.F) {
	files, _ := filepath.Glob("../testdata/*.json")
	files = append(files, "testdata/base.json")
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{"", "{}", "null", "[]", `{"answers":{"automation_share":"x"}}`,
		`{"answers":{"peak_shift_workers":0,"floor_area_m2":1e308,"masks_in_stock":1e308}}`,
		`{"park":{"few_workers_max":-1,"support":[{"id":"x"}]},"answers":{"product_types":[null]}}`,
		`{"answers":{"dorm_residents":1e-300,"dorm_rooms":1,"dorm_area_m2":1}}`} {
		f.Add([]byte(s))
	}
}

// FuzzParseAnswers: any input either fails with an InputError or loads,
// and what loads re-encodes and loads again.
func FuzzParseAnswers(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseAnswers(data)
		if err != nil {
			if _, ok := err.(*InputError); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		out, err := a.Encode()
		if err != nil {
			t.Fatalf("Encode: %v", err)
		}
		if _, err := ParseAnswers(out); err != nil {
			t.Fatalf("re-reading %s: %v", out, err)
		}
	})
}

// FuzzValidate: Validate, Evaluate and Encode never panic, and every
// problem has a code and a message.
func FuzzValidate(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseAnswers(data)
		if err != nil {
			return
		}
		r := Evaluate(a)
		for _, p := range r.Problems {
			if p.Code == "" || p.Message.Zh == "" {
				t.Fatalf("problem without code or message: %+v", p)
			}
		}
		if r.Category < 0 || r.Category > 4 || (r.Category != 0 && r.Batch != BatchOf(r.Category)) {
			t.Fatalf("category %d batch %d", r.Category, r.Batch)
		}
		if _, err := r.Encode(a.Language()); err != nil {
			t.Fatalf("Encode: %v", err)
		}
	})
}
