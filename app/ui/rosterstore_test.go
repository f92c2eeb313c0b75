//go:build !noroster

package ui

import (
	"testing"
	"time"

	"fugong/app/browser"
	"fugong/assessment"
	"fugong/roster"
)

func TestApplyRoster(t *testing.T) {
	people := []roster.Person{
		{Name: "甲", Class: roster.ClassNormal},
		{Name: "乙", Class: roster.ClassOrdinaryIsolation, Risk: roster.RiskMid, Returned: "2026-02-01", QuarantineEnd: "2026-02-15"},
	}
	st := browser.Memory{}
	rec := &rosterRecord{People: people}
	a := assessment.NewAnswers("zh")
	if !applyRoster(a, rec, roster.Count(rec.People, "2026-02-10")) {
		t.Fatal("applyRoster changed nothing on an empty form")
	}
	if n, _ := a.Number("employees_total"); n != 2 {
		t.Errorf("employees_total = %v, want 2", n)
	}
	if n, _ := a.Number("returnees_in_quarantine"); n != 1 {
		t.Errorf("returnees_in_quarantine = %v, want 1", n)
	}
	if m, _ := markOf(rec, "employees_total", a.Get("employees_total")); m != markFromRoster {
		t.Errorf("employees_total is marked %d, want from the roster", m)
	}
	// The user overrides one answer: it is kept and marked as differing.
	a.Set("employees_total", assessment.NumberValue(120))
	rec.People = append(rec.People, roster.Person{Name: "丙", Class: roster.ClassNormal})
	applyRoster(a, rec, roster.Count(rec.People, "2026-02-16"))
	if n, _ := a.Number("employees_total"); n != 120 {
		t.Errorf("the user's employees_total became %v, want 120 kept", n)
	}
	if m, v := markOf(rec, "employees_total", a.Get("employees_total")); m != markOverridden || v.Num != 3 {
		t.Errorf("employees_total is marked %d with %v, want overridden, roster says 3", m, v.Num)
	}
	// Others follow the roster: on 2026-02-16 乙 is cleared.
	if n, _ := a.Number("returnees_cleared"); n != 1 {
		t.Errorf("returnees_cleared = %v, want 1 once the quarantine ended", n)
	}
	if n, _ := a.Number("staff_normal"); n != 2 {
		t.Errorf("staff_normal = %v, want 2", n)
	}
	// Stored and read back.
	if err := saveRoster(st, "d1", rec); err != nil {
		t.Fatal(err)
	}
	back := loadRoster(st, "d1")
	if len(back.People) != 3 || back.Applied["employees_total"].Num != 3 {
		t.Errorf("loadRoster = %+v", back)
	}
	if got := loadRoster(st, "other"); len(got.People) != 0 {
		t.Errorf("another draft's roster = %+v, want empty", got)
	}
	saveRoster(st, "d1", &rosterRecord{})
	if _, ok := st.Get(rosterKeyPrefix + "d1"); ok {
		t.Error("an emptied roster is still stored")
	}
}

func TestRemovingADraftRemovesItsRoster(t *testing.T) {
	st := browser.Memory{}
	s := openDrafts(st)
	d := newDraft("zh", time.Now())
	s.save(d)
	saveRoster(st, d.ID, &rosterRecord{People: []roster.Person{{Name: "张三"}}})
	s.remove(d.ID)
	if _, ok := st.Get(rosterKeyPrefix + d.ID); ok {
		t.Error("the roster of a deleted draft is still stored")
	}
}

// A list of quarantine ends exists only because a roster gave it: when the
// roster is emptied, the form drops the list rather than keep one the user
// can neither see come from anywhere nor change.
func TestEmptiedRosterDropsQuarantineEnds(t *testing.T) {
	st := browser.Memory{}
	ses := &session{store: openDrafts(st), evaluated: -1}
	d := newDraft("zh", time.Now())
	d.Answers.Set("returnees_mid_high_risk", assessment.NumberValue(2))
	d.Answers.Set(assessment.QuarantineEndsID, assessment.ListValue("2026-02-19:2"))
	if err := ses.store.save(d); err != nil {
		t.Fatal(err)
	}
	ses.store.place.Draft = d.ID
	d = ses.current("zh")
	saveRoster(st, d.ID, &rosterRecord{})
	if rec := openRosterCounts(ses, d); rec != nil {
		t.Fatalf("an empty roster gave %+v", rec)
	}
	if v := d.Answers.Get(assessment.QuarantineEndsID); !v.IsEmpty() {
		t.Errorf("the list stays as %v after the roster was emptied", v.List)
	}
	ses.flush()
	if got := openDrafts(st).get(d.ID); got == nil || !got.Answers.Get(assessment.QuarantineEndsID).IsEmpty() {
		t.Error("the draft stored still holds the list")
	}
	if n, _ := d.Answers.Number("returnees_mid_high_risk"); n != 2 {
		t.Errorf("returnees_mid_high_risk = %v, want the user's 2 kept", n)
	}
}
