package ui

import (
	"encoding/json"
	"math"
	"strings"

	"fugong/app/browser"
	"fugong/assessment"
	"fugong/parkdesk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// dailyScreen (/daily) is where an enterprise makes its daily report for
// the park: the day, and four numbers — people on site, in quarantine,
// with an abnormal temperature, new cases. The kit shows the report's
// link as a QR code for the park's staff to scan, and the message to
// paste into the park's group chat, the link in it. The numbers are typed
// here; a staff roster, where there is one, fills the same
// parkdesk.DailyCounts (dailyForm.counts is the seam).
type dailyScreen struct {
	screen
	ses    *session
	d      *draft
	r      assessment.Result
	form   dailyForm
	copied bool
	failed bool
}

// dailyForm is what the user typed, as typed: kept on the phone
// (dailyFormKey) so that leaving the screen loses nothing.
type dailyForm struct {
	Date   string    `json:"date"`
	Counts [4]string `json:"counts"` // on site, quarantine, abnormal temperature, new cases
}

// dailyFormKey is the localStorage key of the typed daily form.
const dailyFormKey = "fugong.daily"

// dailyFields are the four numbers' IDs and labels, in DailyCounts' order.
var dailyFields = [4]string{"on_site", "quarantine", "temp", "cases"}

// OnMount opens the current draft and the form typed before.
func (s *dailyScreen) OnMount(ctx app.Context) {
	s.screen.OnMount(ctx)
	s.ses = journey()
	s.ses.watch(ctx)
	s.d = s.ses.current(s.lang)
	s.r = s.ses.evaluate()
	s.form = loadDailyForm()
	if s.form.Date == "" {
		s.form.Date = today()
	}
}

func loadDailyForm() dailyForm {
	var f dailyForm
	if app.IsServer {
		return f
	}
	browser.CatchJS(func() {
		if v := app.Window().Get("localStorage").Call("getItem", dailyFormKey); v.Truthy() {
			_ = json.Unmarshal([]byte(v.String()), &f) // unreadable: start empty
		}
	})
	return f
}

func (f dailyForm) store() {
	data, err := json.Marshal(f)
	if err != nil {
		return
	}
	browser.CatchJS(func() { app.Window().Get("localStorage").Call("setItem", dailyFormKey, string(data)) })
}

// counts reads the four numbers; problems holds, by field, why one cannot
// be read ("" for the date).
func (f dailyForm) counts() (c parkdesk.DailyCounts, problems map[string]string) {
	problems = map[string]string{}
	ps := [4]*int{&c.OnSite, &c.Quarantine, &c.AbnormalTemp, &c.NewCases}
	for i, raw := range f.Counts {
		n, ok := parseNumber(raw)
		switch {
		case strings.TrimSpace(raw) == "":
			problems[dailyFields[i]] = "daily.err.empty"
		case !ok || n != math.Trunc(n) || n < 0 || n > parkdesk.MaxDailyCount:
			problems[dailyFields[i]] = "daily.err.count"
		default:
			*ps[i] = int(n)
		}
	}
	switch {
	case !assessment.ValidDate(f.Date):
		problems["date"] = "daily.err.date"
	case f.Date > today():
		problems["date"] = "daily.err.future"
	}
	return c, problems
}

// Render draws the form and, once it reads, the report to send.
func (s *dailyScreen) Render() app.UI {
	lang := s.lang
	if s.d == nil {
		return frame(lang, app.H1().Text(t(lang, "daily.title")), app.P().Text(t(lang, "result.loading")))
	}
	c, problems := s.form.counts()
	field := func(id, label string, value string, inputType string, set func(string)) app.UI {
		inputID := "daily-" + id
		key := problems[id]
		show := key != "" && (key != "daily.err.empty" || value != "")
		on := func(ctx app.Context, e app.Event) {
			if e.Get("isComposing").Truthy() {
				return
			}
			set(ctx.JSSrc().Get("value").String())
			s.form.store()
			s.copied, s.failed = false, false
		}
		in := app.Input().ID(inputID).Class("input").Value(value).Aria("invalid", show).
			OnInput(on).OnChange(on).On("compositionend", on)
		if inputType == "numeric" {
			in = in.Type("text").Attr("inputmode", "numeric")
		} else {
			in = in.Type(inputType).Max(today())
		}
		return app.Div().Class("field").Body(
			app.Label().Class("field-label").For(inputID).Text(label),
			in,
			app.If(show, func() app.UI {
				return app.P().Class("field-error").ID(inputID + "-error").Text(t(lang, key))
			}),
		)
	}
	fields := []app.UI{field("date", t(lang, "daily.date"), s.form.Date, "date", func(v string) { s.form.Date = assessment.HalfWidth(strings.TrimSpace(v)) })}
	for i, id := range dailyFields {
		i := i
		fields = append(fields, field(id, t(lang, "daily."+id), s.form.Counts[i], "numeric", func(v string) { s.form.Counts[i] = v }))
	}
	var out app.UI = app.P().Class("muted").ID("daily-incomplete").Text(t(lang, "daily.incomplete"))
	if len(problems) == 0 {
		out = s.renderReport(parkdesk.NewDailyReport(s.d.Answers, s.r, s.form.Date, c))
	}
	return frame(lang,
		app.H1().Text(t(lang, "daily.title")),
		app.P().Class("draft-name").Text(s.d.title(lang)),
		app.P().Class("muted").Text(t(lang, "daily.intro")),
		app.Div().Class("fields").Body(fields...),
		out,
		app.Div().Class("actions actions-end").Body(
			app.A().Class("button button-secondary").Href(href("/result")).Text(t(lang, "daily.back")),
		),
	)
}

// renderReport shows the report's QR code, link and message.
func (s *dailyScreen) renderReport(d parkdesk.DailyReport) app.UI {
	lang := s.lang
	url, err := parkdesk.DailyURL(kitBase(), d)
	if err != nil {
		return app.Div().Class("notice notice-error").ID("daily-error").Attr("role", "alert").Body(
			app.P().Text("⚠ " + parkdesk.ErrDailyInvalid.Message.In(lang)))
	}
	msg := parkdesk.DailyMessage(d, url, lang)
	src := qrDataURL(url)
	return app.Section().Class("summary-card").ID("daily-card").DataSet("url", url).Body(
		app.H2().Text(t(lang, "daily.send")),
		app.P().Class("muted").Text(t(lang, "daily.send_help")),
		app.If(src != "", func() app.UI {
			return app.Img().Class("summary-qr").ID("daily-qr").Src(src).Alt(t(lang, "daily.qr_alt"))
		}),
		app.Textarea().Class("input daily-message").ID("daily-message").ReadOnly(true).Rows(5).Text(msg).
			Aria("label", t(lang, "daily.message")).OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
		app.Div().Class("actions").Body(
			app.Button().Class("button button-primary").ID("daily-copy").OnClick(func(ctx app.Context, e app.Event) { s.copy(ctx, msg) }).
				Text(map[bool]string{false: t(lang, "daily.copy"), true: "✓ " + t(lang, "summary.copied")}[s.copied]),
		),
		app.If(s.failed, func() app.UI {
			return app.P().Class("muted").Attr("role", "status").Text(t(lang, "summary.copy_failed"))
		}),
	)
}

// copy puts the message on the clipboard; where that is refused, the
// message is selected for the user to copy.
func (s *dailyScreen) copy(ctx app.Context, msg string) {
	var p app.Value
	sel := func() {
		browser.CatchJS(func() {
			if el := app.Window().GetElementByID("daily-message"); el.Truthy() {
				el.Call("focus")
				el.Call("select")
			}
		})
	}
	if err := browser.CatchJS(func() { p = app.Window().Get("navigator").Get("clipboard").Call("writeText", msg) }); err != nil {
		sel()
		s.failed = true
		return
	}
	ctx.Async(func() {
		_, err := browser.Await(p)
		ctx.Dispatch(func(ctx app.Context) {
			s.copied, s.failed = err == nil, err != nil
			if err != nil {
				sel()
			}
		})
	})
}
