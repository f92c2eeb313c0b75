package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestFormTextPolicy types names a person might paste from elsewhere —
// with a right-to-left override, with a control character — into the
// form: the field says what is wrong, in the form's language, and keeps
// what was typed so that it can be corrected; a clean name clears it.
func TestFormTextPolicy(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.open(t, host.URL)
	phone.waitForApp(t)
	phone.tap(t, "#start")
	phone.waitFor(t, "the form", `document.querySelector("#f-name") !== null`, 15*time.Second)

	tests := []struct {
		name, typed, message string
	}{
		{"bidi override", "临沂\u202E精工有限公司", "改变文字方向"},
		{"control character", "临沂\u0007精工有限公司", "控制字符"},
	}
	for i, tt := range tests {
		phone.typeText(t, "#f-name", tt.typed)
		phone.waitFor(t, "the name's problem", fmt.Sprintf(`(document.querySelector("#e-name") || {textContent: ""}).textContent.includes(%q)`, tt.message), 10*time.Second)
		if got := phone.text(t, "#e-name"); !strings.Contains(got, "企业名称") {
			t.Errorf("%s: the message %q does not name the field", tt.name, got)
		}
		if got := eval[string](t, phone, `document.querySelector("#f-name").value`); got != tt.typed {
			t.Errorf("%s: the field holds %q after the message, want what was typed, %q", tt.name, got, tt.typed)
		}
		if i == 0 {
			phone.screenshot(t, "form-name-bidi")
		}
	}
	phone.typeText(t, "#f-name", "临沂精工机械有限公司")
	phone.waitFor(t, "the problem to clear", `document.querySelector("#e-name") === null`, 10*time.Second)
}
