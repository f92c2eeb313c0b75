package assessment

import (
	"strings"
	"testing"
)

// TestCategory2PriorityNamesProducts checks that the priority reason of a
// category 2 enterprise names the urgent products it chose, and no others.
func TestCategory2PriorityNamesProducts(t *testing.T) {
	for _, tt := range []struct {
		name     string
		products []string
		want     []string
		not      []string
	}{
		{"key supply chain", []string{"key_supply_chain"}, []string{"重点产业链关键配套", "第二类"}, []string{"民生", "防疫物资"}},
		{"prevention supplies", []string{"prevention_supplies"}, []string{"防疫物资"}, []string{"重点产业链"}},
		{"two urgent and other", []string{"medical", "daily_necessities", "other"}, []string{"医疗物资、生活必需品"}, []string{"其他", "能源"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := NewAnswers("zh")
			a.Set("product_types", ListValue(tt.products...))
			a.Set("automation_share", NumberValue(10))
			r := Evaluate(a)
			var got string
			for _, p := range r.PriorityReasons {
				if p.Rule == "priority.category2" {
					got = p.Message.Zh
				}
			}
			if got == "" {
				t.Fatalf("Evaluate(%v).PriorityReasons = %v, want priority.category2", tt.products, r.PriorityReasons)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("priority reason %q lacks %q", got, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("priority reason %q says %q", got, n)
				}
			}
		})
	}
}
