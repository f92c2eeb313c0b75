package ui

import (
	"reflect"
	"testing"
	"time"

	"fugong/assessment"
)

func TestStaleSections(t *testing.T) {
	date := time.Date(2026, 2, 8, 0, 0, 0, 0, time.UTC)
	edited := func() *draft {
		d := newDraft("zh", date)
		d.Answers.Set("has_canteen", assessment.BoolValue(true))
		d.Answers.Set("canteen_seats", assessment.NumberValue(160))
		d.Answers.Set("peak_shift_workers", assessment.NumberValue(120))
		d.Answers.Edits = map[string]string{"prevention.canteen": "食堂分三批就餐。"}
		d.keepBasis("prevention.canteen")
		return d
	}
	for _, tt := range []struct {
		name string
		do   func(d *draft)
		want []string
	}{
		{"unchanged", func(d *draft) {}, nil},
		{"shift grew", func(d *draft) { d.Answers.Set("peak_shift_workers", assessment.NumberValue(200)) }, []string{"prevention.canteen"}},
		{"shift grew, then kept", func(d *draft) {
			d.Answers.Set("peak_shift_workers", assessment.NumberValue(200))
			d.keepBasis("prevention.canteen")
		}, nil},
		{"edit without a basis is not checked", func(d *draft) {
			d.Basis = nil
			d.Answers.Set("peak_shift_workers", assessment.NumberValue(200))
		}, nil},
		{"survives storage", func(d *draft) {
			d.Answers.Set("peak_shift_workers", assessment.NumberValue(200))
			s, err := encodeDraft(d)
			if err != nil {
				t.Fatal(err)
			}
			back, err := decodeDraft(s)
			if err != nil {
				t.Fatal(err)
			}
			*d = *back
		}, []string{"prevention.canteen"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := edited()
			tt.do(d)
			got := staleIDs(staleSections(d, date))
			if len(got) == 0 {
				got = nil
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("staleSections = %v, want %v", got, tt.want)
			}
		})
	}
}
