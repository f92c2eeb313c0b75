package parkdesk

import (
	"reflect"
	"testing"

	"fugong/assessment"
	"fugong/internal/wire"
)

// Summaries decoded one after another with their slices cut from slabs
// read as each decoded on its own, and appending to one summary's slice
// leaves the next one's as it was.
func TestSummarySlabs(t *testing.T) {
	slabs := &summarySlabs{}
	var got []Summary
	for i := range 300 { // more facts and strings than a slab holds
		code, err := EncodeSummary(synthSummary(i))
		if err != nil {
			t.Fatal(err)
		}
		body, version, why := wire.DecodeCode(code, 's', SummaryVersion)
		if why != wire.OK {
			t.Fatalf("summary %d: %v", i, why)
		}
		alone, ok := decodeSummaryBody(body, version, nil)
		cut, ok2 := decodeSummaryBody(body, version, slabs)
		if !ok || !ok2 || !reflect.DeepEqual(alone, cut) {
			t.Fatalf("summary %d: cut from slabs %+v (%v), alone %+v (%v)", i, cut, ok2, alone, ok)
		}
		got = append(got, cut)
	}
	for i := 0; i+1 < len(got); i++ {
		next := got[i+1].Facts[0]
		got[i].Facts = append(got[i].Facts, assessment.Fact{Question: "changed"})
		if !reflect.DeepEqual(got[i+1].Facts[0], next) {
			t.Fatalf("appending to summary %d's facts changed summary %d's", i, i+1)
		}
	}
	for i := 2; i+3 < len(got); i += 3 { // i%3 == 2: two unmet items
		next := got[i+3].Unmet[0]
		got[i].Unmet = append(got[i].Unmet, "changed")
		if got[i+3].Unmet[0] != next {
			t.Fatalf("appending to summary %d's unmet items changed summary %d's", i, i+3)
		}
	}
	if empty := slabs.stringsOf(0); empty == nil || len(empty) != 0 {
		t.Errorf("stringsOf(0) = %#v, want an empty slice, as make gives", empty)
	}
}
