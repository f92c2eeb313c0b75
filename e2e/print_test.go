package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// wechatAgent is the user agent of WeChat's own browser on Android, which
// drops downloads.
const wechatAgent = "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) " +
	"Version/4.0 Chrome/120.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin"

// viewShot saves what the screen shows now as e2e/screenshots/NAME.png:
// the viewport, where screenshot takes the whole page, which on the long
// plan is slow and hides what stays in view.
func (b *browser) viewShot(t testing.TB, name string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.MkdirAll("screenshots", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("screenshots", name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// openExamplePlan imports the example answers on the drafts screen and
// opens its plan.
func openExamplePlan(t *testing.T, phone *browser, base string) {
	t.Helper()
	openPlanOf(t, phone, base, exampleFile)
}

// openPlanOf imports an answers file on the drafts screen and opens its
// plan.
func openPlanOf(t *testing.T, phone *browser, base, file string) {
	t.Helper()
	phone.open(t, base+"drafts")
	phone.waitFor(t, "the drafts screen", `document.querySelector("#import-file") !== null`, 20*time.Second)
	abs, err := filepath.Abs(file)
	if err != nil {
		t.Fatal(err)
	}
	phone.do(t, 10*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{abs}))
	phone.waitFor(t, "the import", `document.querySelector("#import-ok") !== null`, 10*time.Second)
	phone.open(t, base+"plan")
	phone.waitFor(t, "the plan", `document.querySelectorAll(".plan-section").length > 5`, 30*time.Second)
}

// TestPlanAfterPDF makes the PDF from far down the long plan screen, as a
// person who has read it would: the button is still in view, the plan's
// tables read as cards at 390 px, and once the PDF is made the screen says
// where the file went and what to do with it: print, sign, stamp, hand
// in. Inside WeChat, which drops downloads, it says how to get the file
// instead of claiming it was saved.
func TestPlanAfterPDF(t *testing.T) {
	host := serveSite(t, rootSite, "")
	for _, c := range []struct {
		name, agent, shot string
		inApp             bool
	}{
		{"browser", phoneAgent, "print-plan", false},
		{"WeChat", wechatAgent, "print-plan-wechat", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			phone := newPhoneAs(t, c.agent)
			downloads := phone.allowDownloads(t)
			openExamplePlan(t, phone, host.URL)

			// A table row is a card as wide as the screen, each cell under
			// its column's name.
			card := eval[string](t, phone, `(() => {
			  const td = document.querySelector(".table-scroll td[data-label]");
			  if (!td) return "no labelled cell";
			  const style = getComputedStyle(td), before = getComputedStyle(td, "::before").content;
			  return style.display + " " + Math.round(td.getBoundingClientRect().width) + " " + before;
			})()`)
			var display, label string
			var width int
			fmt.Sscanf(card, "%s %d %s", &display, &width, &label)
			if (display != "grid" && display != "block") || width < 300 || label == "none" || label == "" {
				t.Errorf("a table cell at 390 px: %q, want a card row over 300 px wide with its column's name before it", card)
			}

			// Far down the plan, the button is still on screen.
			eval[bool](t, phone, `(() => { document.querySelector(".table-scroll").scrollIntoView(); window.scrollBy(0, 2000); return true })()`)
			if y := eval[int](t, phone, `Math.round(window.scrollY)`); y < 1500 {
				t.Fatalf("the plan scrolled only to %d px", y)
			}
			shown := `(() => { const r = document.querySelector(".make-pdf").getBoundingClientRect();
			  return r.top >= 0 && r.bottom <= innerHeight && r.height > 30 })()`
			if !eval[bool](t, phone, shown) {
				t.Error("far down the plan the 生成 PDF button is out of view")
			}
			phone.viewShot(t, c.shot+"-scrolled")

			phone.tap(t, ".make-pdf")
			phone.waitFor(t, "the PDF", `document.querySelector(".pdf-jump, .pdf-box .notice-error") !== null`, 90*time.Second)
			if msg := phone.text(t, ".pdf-box .notice-error"); msg != "" {
				t.Fatalf("the plan screen says: %s", msg)
			}
			if !eval[bool](t, phone, shown) {
				t.Error("after the PDF the button bar is out of view")
			}
			phone.viewShot(t, c.shot+"-made")
			phone.tap(t, ".pdf-jump")
			phone.waitFor(t, "the next steps in view", `(() => { const r = document.querySelector("#pdf-next").getBoundingClientRect();
			  return r.top >= 0 && r.top < innerHeight / 2 })()`, 5*time.Second)
			phone.viewShot(t, c.shot+"-next")

			next := phone.text(t, "#pdf-next")
			name := eval[string](t, phone, `document.querySelector(".pdf-link").dataset.name`)
			for _, want := range []string{"打印", "签字", "盖章", "骑缝章", "园区存档联", "二维码"} {
				if !strings.Contains(next, want) {
					t.Errorf("the next steps do not say %q:\n%s", want, next)
				}
			}
			where := phone.text(t, ".pdf-where")
			if c.inApp {
				if strings.Contains(where, "已保存为") || !strings.Contains(where, "在浏览器打开") {
					t.Errorf("inside WeChat the screen says %q, want how to open the kit in a browser", where)
				}
				return
			}
			if !strings.Contains(where, name) || !strings.Contains(where, "下载") {
				t.Errorf("the screen says %q, want where %s went", where, name)
			}
			if text := pdfText(t, waitForFile(t, filepath.Join(downloads, name))); !strings.Contains(text, "承诺书") {
				t.Error("the downloaded PDF lacks the letter")
			}
		})
	}
}

// TestParkPaper makes the paper version on /park and reads it back: the
// park's name and dates, the form's first question and the blank letter.
func TestParkPaper(t *testing.T) {
	host := serveSite(t, rootSite, "")
	staff := newPhone(t)
	downloads := staff.allowDownloads(t)
	staff.open(t, host.URL+"park")
	staff.waitFor(t, "the staff form", `document.querySelector("#park-name") !== null`, 20*time.Second)
	for _, s := range [][2]string{
		{"#park-name", "临沂经济技术开发区"},
		{"#park-batch1", "2026-02-10"},
		{"#park-batch2", "2026-02-17"},
	} {
		eval[bool](t, staff, setValue(s[0], s[1]))
	}
	staff.waitFor(t, "the paper button", `document.querySelector("#park-paper") !== null`, 10*time.Second)
	staff.do(t, 10*time.Second, chromedp.Click(chromedp.CSS("#park-paper")))
	staff.screenshot(t, "print-park-paper")
	name := "复工复产纸质问卷-临沂经济技术开发区-" + time.Now().Format("2006-01-02") + ".pdf"
	text := strings.Join(strings.Fields(pdfText(t, waitForFile(t, filepath.Join(downloads, name)))), "")
	for _, want := range []string{"临沂经济技术开发区", "2026-02-17", "企业名称", "□是", "复工复产承诺书（企业留存联）", "＿＿＿＿年＿＿月＿＿日"} {
		if !strings.Contains(text, want) {
			t.Errorf("the paper version lacks %q", want)
		}
	}
	if msg := staff.text(t, "#park-paper-error"); msg != "" {
		t.Errorf("the park page says: %s", msg)
	}
}
