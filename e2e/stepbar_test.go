package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"fugong/assessment"
)

// barPhones are the screens the form's controls are checked on: a small
// and a large phone, and the small one with its on-screen keyboard up,
// which leaves a short viewport.
var barPhones = []struct {
	name          string
	width, height int64
}{
	{"360x640", 360, 640},
	{"412x915", 412, 915},
	{"360x400-keyboard", 360, 400},
}

// focusControlJS focuses the form's control number %d (counted as
// controlsJS counts them) as the keyboard's next key or a tap does, and
// returns its id or text, or "" when there is no such control.
const focusControlJS = `(() => {
  const e = %s[%d];
  if (!e) return "";
  e.focus();
  return e.id || e.name || e.innerText.trim().slice(0, 20) || e.tagName;
})()`

// controlsJS lists the form's controls a user can reach: its inputs,
// selects, text areas, buttons and links, those shown.
const controlsJS = `[...document.querySelectorAll("main input, main select, main textarea, main button, main a[href]")].filter(e => e.getClientRects().length > 0)`

// coveredJS says what keeps the focused control from being seen and
// tapped whole, or "" when nothing does: a point of it (its centre, and
// its corners 3 px in, within its rounded border) outside the screen or
// under another element than the control and its own label or box, or
// its box under go-app's loading bar (which lets taps through, so it is
// measured, not hit).
const coveredJS = `(() => {
  const e = document.activeElement;
  if (!e || e === document.body) return "nothing has the focus";
  const r = e.getBoundingClientRect();
  const bad = [];
  const loader = document.querySelector(".goapp-app-info");
  if (loader && loader.getClientRects().length > 0 && getComputedStyle(loader).display !== "none") {
    const l = loader.getBoundingClientRect();
    if (r.bottom > l.top + 0.5 && r.top < l.bottom - 0.5) bad.push("its box " + Math.round(r.top) + "–" + Math.round(r.bottom) + " meets the loading bar at " + Math.round(l.top));
  }
  const points = [[(r.left + r.right) / 2, (r.top + r.bottom) / 2], [r.left + 3, r.top + 3], [r.right - 3, r.top + 3], [r.left + 3, r.bottom - 3], [r.right - 3, r.bottom - 3]];
  for (const [x, y] of points) {
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) {
      bad.push("(" + Math.round(x) + "," + Math.round(y) + ") is off the " + innerWidth + "×" + innerHeight + " screen");
      continue;
    }
    const hit = document.elementFromPoint(x, y);
    if (!hit || !(hit === e || e.contains(hit) || hit.contains(e))) {
      bad.push("(" + Math.round(x) + "," + Math.round(y) + ") is under " + (hit ? hit.tagName.toLowerCase() + (hit.className ? "." + String(hit.className).split(" ").join(".") : "") : "nothing"));
    }
  }
  return bad.join("; ");
})()`

// TestFocusedFieldClearOfBars focuses every control of the form, one
// after another as the keyboard's next key does, on a small and a large
// phone and with the on-screen keyboard up: on the pre-rendered first
// step while the app loads (under go-app's loading bar), and on the
// first, second and last step once it runs. Each focused control must be
// on screen whole and under nothing: neither the step's buttons nor the
// loading bar may cover any part of it.
func TestFocusedFieldClearOfBars(t *testing.T) {
	host := serveSite(t, rootSite, "")
	steps := assessment.Form()
	for _, p := range barPhones {
		t.Run(p.name, func(t *testing.T) {
			phone := newPhone(t)
			phone.do(t, 10*time.Second, chromedp.EmulateViewport(p.width, p.height, chromedp.EmulateScale(2), chromedp.EmulateMobile, chromedp.EmulateTouch))
			wasm := phone.hold(t, "*/app.wasm*")
			phone.goTo(t, host.URL+"form")
			wasm.wait(t)
			phone.waitFor(t, "the pre-rendered form under the loading bar", `document.querySelector("#f-name") !== null && document.querySelector(".goapp-app-info") !== null`, 30*time.Second)
			checkControls(t, phone, "before the start, step 1", "stepbar-"+p.name+"-before-start")
			wasm.release(t)
			phone.waitForApp(t)
			for _, s := range []assessment.Step{steps[0], steps[1], steps[len(steps)-1]} {
				if s.ID != steps[0].ID {
					phone.open(t, host.URL+"form?step="+s.ID)
				}
				phone.waitFor(t, "step "+s.ID, fmt.Sprintf(`(document.querySelector(".step") || {dataset: {}}).dataset.step === %q`, s.ID), 10*time.Second)
				checkControls(t, phone, "step "+s.ID, "stepbar-"+p.name+"-"+s.ID)
			}
		})
	}
}

// checkControls focuses the screen's controls one by one, from the top
// of the page, and reports each one left covered or off screen. It saves
// what the screen shows as it opens, as shot+"-rest", and with
// the first control focused that the page had to scroll to, as
// shot+"-focus".
func checkControls(t *testing.T, phone *browser, where, shot string) {
	t.Helper()
	eval[bool](t, phone, `(() => { scrollTo(0, 0); return true })()`)
	phone.viewShot(t, shot+"-rest")
	n := eval[int](t, phone, controlsJS+`.length`)
	if n < 3 {
		t.Fatalf("%s: only %d controls found", where, n)
	}
	var covered []string
	scrolled := false
	for i := range n {
		name := eval[string](t, phone, fmt.Sprintf(focusControlJS, controlsJS, i))
		if name == "" {
			break // an answer took a control away
		}
		// The app draws what the focus changed (a note of what is
		// missing, shown on leaving a field) in its next frame.
		time.Sleep(100 * time.Millisecond)
		if why := eval[string](t, phone, coveredJS); why != "" {
			covered = append(covered, name+": "+why)
		}
		if !scrolled && eval[bool](t, phone, `scrollY > 0`) {
			scrolled = true
			phone.viewShot(t, shot+"-focus")
		}
	}
	if len(covered) > 0 {
		t.Errorf("%s: %d of %d focused controls are not clear to see and tap:\n%s", where, len(covered), n, strings.Join(covered, "\n"))
	}
}
