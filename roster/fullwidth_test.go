package roster

import "testing"

// TestImportFullWidth reads a row typed on a Chinese keyboard in
// full-width mode (１３９…, ２０２６－０２－０１), as the assessment form
// reads such numbers: the person is read, not set aside.
func TestImportFullWidth(t *testing.T) {
	r, _ := Import(table("张三|生产部|１３９０５３９１２３４|武汉|高|２０２６－０２－０１|普通隔离人员|否"), cols)
	if len(r.People) != 1 || len(r.Aside) != 0 {
		t.Fatalf("Import(full-width row) = %d people, aside %+v; want the person read", len(r.People), r.Aside)
	}
	if p := r.People[0]; p.Phone != "13905391234" || p.Returned != "2026-02-01" {
		t.Errorf("Import(full-width row) = phone %q, returned %q; want 13905391234, 2026-02-01", p.Phone, p.Returned)
	}
}
