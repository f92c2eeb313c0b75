package documents

import (
	"slices"
	"testing"

	"fugong/assessment"
)

// TestLetterSigners checks the labels where the letter is signed in every
// language: the Chinese label names the signer, the translation the role
// alone.
func TestLetterSigners(t *testing.T) {
	for _, tt := range []struct {
		lang          string
		named, noName []string // with the names answered; with no legal_rep
	}{
		{"zh",
			[]string{"法定代表人 王建国（签字）：", "疫情防控工作领导小组组长 李四（签字）："},
			[]string{"法定代表人（签字）：", "疫情防控工作领导小组组长 李四（签字）："}},
		{"en",
			[]string{"法定代表人 王建国（签字） / Legal representative (signature): ", "疫情防控工作领导小组组长 李四（签字） / Leader of the epidemic prevention leading group (signature): "},
			[]string{"法定代表人（签字） / Legal representative (signature): ", "疫情防控工作领导小组组长 李四（签字） / Leader of the epidemic prevention leading group (signature): "}},
		{"ja",
			[]string{"法定代表人 王建国（签字） / 法定代表者（署名）：", "疫情防控工作领导小组组长 李四（签字） / 感染防止対策チームのリーダー（署名）："},
			[]string{"法定代表人（签字） / 法定代表者（署名）：", "疫情防控工作领导小组组长 李四（签字） / 感染防止対策チームのリーダー（署名）："}},
		{"ko",
			[]string{"法定代表人 王建国（签字） / 법정대표자(서명): ", "疫情防控工作领导小组组长 李四（签字） / 방역 대책반 반장(서명): "},
			[]string{"法定代表人（签字） / 법정대표자(서명): ", "疫情防控工作领导小组组长 李四（签字） / 방역 대책반 반장(서명): "}},
	} {
		a := loadPlanAnswers(t, map[string]assessment.Value{"leader_name": assessment.StringValue("李四")})
		a.Lang = tt.lang
		if got := signers(t, buildPlan(a)); !slices.Equal(got, tt.named) {
			t.Errorf("%s: signers = %q, want %q", tt.lang, got, tt.named)
		}
		a.Set("legal_rep", assessment.Value{})
		if got := signers(t, buildPlan(a)); !slices.Equal(got, tt.noName) {
			t.Errorf("%s: signers without legal_rep = %q, want %q", tt.lang, got, tt.noName)
		}
	}
}

// signers returns the signers' labels of the enterprise's letter of p.
func signers(t *testing.T, p *Plan) []string {
	t.Helper()
	s, _ := section(p, "letter.enterprise")
	for _, b := range s.Blocks {
		if b.Kind == SignatureBlock {
			return b.Signature.Signers
		}
	}
	t.Fatal("no signature block")
	return nil
}
