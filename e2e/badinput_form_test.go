package e2e

import (
	"strings"
	"testing"
	"time"
)

// TestFormKeepsOverlongText pastes into the enterprise's name a name
// longer than the form allows, and one of 60 characters outside the Basic
// Multilingual Plane (each two UTF-16 units, which an input's maxlength
// counts): the field keeps every character pasted, and only the first
// says it is too long, naming the limit. The park's name on /park, too.
func TestFormKeepsOverlongText(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.open(t, host.URL)
	phone.waitForApp(t)
	phone.tap(t, "#start")
	phone.waitFor(t, "the form", `document.querySelector("#f-name") !== null`, 15*time.Second)

	long := strings.Repeat("临沂经济技术开发区精工机械", 10)
	phone.typeText(t, "#f-name", long)
	phone.waitFor(t, "the name's problem", `(document.querySelector("#e-name") || {textContent: ""}).textContent.includes("过长（最多 100 个字）")`, 10*time.Second)
	phone.screenshot(t, "badinput-name-long")

	rare := strings.Repeat("𠮷", 60)
	phone.typeText(t, "#f-name", rare)
	phone.waitFor(t, "the problem to clear", `document.querySelector("#e-name") === null`, 10*time.Second)

	phone.open(t, host.URL+"park")
	phone.waitFor(t, "the staff form", `document.querySelector("#park-name") !== null`, 20*time.Second)
	phone.typeText(t, "#park-name", long[:3*50])
	phone.waitFor(t, "the park name's problem", `(document.querySelector("#park-name-error") || {textContent: ""}).textContent.includes("最多 40 个字")`, 10*time.Second)
}
