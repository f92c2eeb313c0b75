package parkdesk

import (
	"testing"

	"fugong/assessment"
)

// FuzzDecodeSummary checks that no input makes DecodeSummary panic, and
// that every code it accepts, whitespace dropped (SummaryCode), is the one
// EncodeSummary makes of the summary it decodes to: whitespace inside a
// code is accepted on purpose, and normalises away.
func FuzzDecodeSummary(f *testing.F) {
	for _, s := range []Summary{fullSummary(), {Staff: UnknownStaff, Thresholds: assessment.DefaultThresholds, PlanID: "00000000"},
		{Staff: UnknownStaff, Thresholds: assessment.DefaultThresholds, PlanID: "00000000", Zone: "东区", Industry: "光伏", AboveScale: AnsweredYes}} {
		code, err := EncodeSummary(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(code)
		f.Add(code[:len(code)-3])
	}
	for _, code := range todaysCodes { // printed by the kit before decoding became strict
		f.Add(code)
		f.Add(code[:40] + "\r\n" + code[40:])
	}
	f.Add("s1.DAAAAMAAAAAAAAABA\nDQSzXA") // an earlier finding: whitespace inside a code
	f.Add("s1.")
	f.Add("s2.AAAA")
	f.Add("https://x.cn/collect#s=s1.AAAA")
	f.Fuzz(func(t *testing.T, code string) {
		s, err := DecodeSummary(code)
		if err != nil {
			if _, ok := err.(*assessment.InputError); !ok {
				t.Fatalf("DecodeSummary(%q): error %T is not a *InputError", code, err)
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
		if canon, err := NormalizeSummaryCode(code); err != nil || canon != again {
			t.Fatalf("NormalizeSummaryCode(%q) = %q, %v; want %q", code, canon, err, again)
		}
		if err := checkSummaryFields(s); err != nil {
			t.Fatalf("DecodeSummary(%q) accepted fields the text policy refuses: %v", code, err)
		}
		CheckSummary(s) // must not panic either
	})
}
