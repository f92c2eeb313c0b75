package ui

import (
	"encoding/base64"

	"fugong/app/browser"
	"fugong/assessment"
	"fugong/assessment/qrcode"
	"fugong/parkdesk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// summaryCard shows an enterprise's summary code — the link that adds it
// to its park's registry — as a QR code for the park's staff to scan,
// with buttons to copy the link and to share it (navigator.share). The
// result screen places it:
//
//	newSummaryCard(lang, answers, result)
type summaryCard struct {
	app.Compo
	Lang   string
	URL    string // the summary URL (parkdesk.SummaryURL)
	copied bool
	failed bool
}

// newSummaryCard builds the card for answers a and their result r, with
// the kit's own address as the base of the link.
func newSummaryCard(lang string, a *assessment.Answers, r assessment.Result) *summaryCard {
	return &summaryCard{Lang: lang, URL: parkdesk.SummaryURL(kitBase(), a, r)}
}

// kitBase is the kit's address in the browser, ending in "/": the origin
// and the sub-path it is served under.
func kitBase() string {
	if app.IsServer {
		return "/"
	}
	origin := ""
	browser.CatchJS(func() { origin = app.Window().Get("location").Get("origin").String() })
	return origin + Prefix() + "/"
}

// qrDataURL draws text as a QR code (error correction M, as on the
// letter; see package qrcode) in an SVG data: URL for an <img>. It
// returns "" when text does not fit a QR code.
func qrDataURL(text string) string {
	code, err := qrcode.EncodeLink(text, qrcode.LevelM)
	if err != nil {
		return ""
	}
	return "data:image/svg+xml;base64," + base64.StdEncoding.EncodeToString(code.SVG())
}

// Render draws the card.
func (c *summaryCard) Render() app.UI {
	lang := c.Lang
	if c.URL == "" {
		return app.Div()
	}
	src := qrDataURL(c.URL)
	return app.Section().Class("summary-card").ID("summary-card").Body(
		app.H2().Text(t(lang, "summary.title")),
		app.P().Class("muted").Text(t(lang, "summary.help")),
		app.If(src != "", func() app.UI {
			return app.Img().Class("summary-qr").ID("summary-qr").Src(src).Alt(t(lang, "summary.qr_alt"))
		}),
		app.Input().Class("input summary-url").ID("summary-url").ReadOnly(true).Value(c.URL).
			Aria("label", t(lang, "summary.link")).OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
		app.Div().Class("actions").Body(
			app.Button().Class("button button-secondary").ID("summary-copy").OnClick(c.onCopy).
				Text(map[bool]string{false: t(lang, "summary.copy"), true: "✓ " + t(lang, "summary.copied")}[c.copied]),
			app.If(canShare(), func() app.UI {
				return app.Button().Class("button button-secondary").ID("summary-share").OnClick(c.onShare).Text(t(lang, "summary.share"))
			}),
		),
		app.If(c.failed, func() app.UI {
			return app.P().Class("muted").Attr("role", "status").Text(t(lang, "summary.copy_failed"))
		}),
	)
}

// canShare reports whether the browser has a share sheet.
func canShare() bool {
	if app.IsServer {
		return false
	}
	ok := false
	browser.CatchJS(func() { ok = app.Window().Get("navigator").Get("share").Truthy() })
	return ok
}

// onCopy copies the link; where the clipboard is refused, the link is
// selected for the user to copy.
func (c *summaryCard) onCopy(ctx app.Context, e app.Event) {
	url := c.URL
	var p app.Value
	err := browser.CatchJS(func() { p = app.Window().Get("navigator").Get("clipboard").Call("writeText", url) })
	if err != nil {
		c.selectURL()
		c.failed = true
		return
	}
	ctx.Async(func() {
		_, err := browser.Await(p)
		ctx.Dispatch(func(ctx app.Context) {
			c.copied, c.failed = err == nil, err != nil
			if err != nil {
				c.selectURL()
			}
		})
	})
}

func (c *summaryCard) selectURL() {
	browser.CatchJS(func() {
		if el := app.Window().GetElementByID("summary-url"); el.Truthy() {
			el.Call("focus")
			el.Call("select")
		}
	})
}

// onShare opens the share sheet with the link; a cancelled share is fine.
func (c *summaryCard) onShare(ctx app.Context, e app.Event) {
	lang := c.Lang
	browser.CatchJS(func() {
		p := app.Window().Get("navigator").Call("share", map[string]any{
			"title": t(lang, "summary.title"),
			"text":  t(lang, "summary.share_text"),
			"url":   c.URL,
		})
		ignore := app.FuncOf(func(this app.Value, args []app.Value) any { return nil })
		p.Call("then", ignore, ignore)
	})
}
