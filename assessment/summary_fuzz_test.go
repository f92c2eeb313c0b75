package assessment

import "testing"

// FuzzDecodeSummary checks that no input makes DecodeSummary panic, and
// that every code it accepts is the one EncodeSummary makes of the
// summary it decodes to.
func FuzzDecodeSummary(f *testing.F) {
	for _, s := range []Summary{fullSummary(), {Staff: UnknownStaff, Thresholds: DefaultThresholds, PlanID: "00000000"}} {
		code, err := EncodeSummary(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(code)
		f.Add(code[:len(code)-3])
	}
	f.Add("s1.")
	f.Add("s2.AAAA")
	f.Add("https://x.cn/collect#s=s1.AAAA")
	f.Fuzz(func(t *testing.T, code string) {
		s, err := DecodeSummary(code)
		if err != nil {
			if _, ok := err.(*SummaryError); !ok {
				t.Fatalf("DecodeSummary(%q): error %T is not a *SummaryError", code, err)
			}
			return
		}
		again, err := EncodeSummary(s)
		if err != nil {
			t.Fatalf("DecodeSummary(%q) accepted %+v, which EncodeSummary refuses: %v", code, s, err)
		}
		if again != SummaryCode(code) {
			t.Fatalf("DecodeSummary(%q) re-encodes as %q", SummaryCode(code), again)
		}
		CheckSummary(s) // must not panic either
	})
}
