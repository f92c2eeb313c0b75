package e2e

import (
	"testing"
	"time"
)

// TestAnswerBringsQuestionWhileTyping types the number of dormitory
// residents, which brings two questions below it, and goes on to type
// the number of shuttle buses at once, before the page is drawn again,
// as a quick thumb on a slow phone does. The buses' answer stays with
// the buses: the questions that appear take their own places and never
// the input the user is typing into.
func TestAnswerBringsQuestionWhileTyping(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.open(t, host.URL+"/form")
	phone.waitFor(t, "the form", `document.querySelector('.step[data-step="enterprise"]') !== null`, 20*time.Second)
	for _, step := range []string{"production", "site", "staff", "facilities"} {
		phone.nextStep(t, step)
	}
	if eval[bool](t, phone, `document.querySelector("#f-dorm_rooms") !== null`) {
		t.Fatal("the dormitory's rooms are asked before anyone lives there")
	}
	// One task: the page cannot draw in between, whatever the machine.
	eval[bool](t, phone, `(() => {
		const type = (e, text) => { e.focus(); e.value = text; e.dispatchEvent(new InputEvent("input", {bubbles: true, inputType: "insertText", data: text})) };
		const residents = document.querySelector("#f-dorm_residents");
		type(residents, "40");
		residents.dispatchEvent(new Event("change", {bubbles: true}));
		type(document.querySelector("#f-shuttle_buses"), "2");
		return true
	})()`)
	phone.waitFor(t, "the dormitory's questions", `document.querySelector("#f-dorm_rooms") !== null`, 10*time.Second)
	// The user leaves the field they typed into.
	eval[bool](t, phone, `(() => { const e = document.activeElement; e.dispatchEvent(new Event("change", {bubbles: true})); e.blur(); return true })()`)
	time.Sleep(500 * time.Millisecond)
	phone.screenshot(t, "formshift-01-dormitory")
	values := eval[map[string]string](t, phone, `Object.fromEntries(["dorm_residents", "dorm_rooms", "dorm_area_m2", "shuttle_buses"].map(id => [id, document.querySelector("#f-" + id).value]))`)
	want := map[string]string{"dorm_residents": "40", "dorm_rooms": "", "dorm_area_m2": "", "shuttle_buses": "2"}
	for id, w := range want {
		if values[id] != w {
			t.Errorf("#f-%s holds %q, want %q (all: %v)", id, values[id], w, values)
		}
	}
	focused := eval[string](t, phone, `(document.activeElement || {}).id || ""`)
	t.Logf("focus after leaving: %q", focused)
}
