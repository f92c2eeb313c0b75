package ui

import (
	"errors"
	"time"

	"fugong/assessment"
	"fugong/parkdesk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// dailyOutcome is what the collect screen did with a daily report code
// (…/collect#d=CODE): recorded beside its enterprise, held already, a
// correction of a day held, or refused — broken, dated after today, or
// for an enterprise this registry does not hold.
type dailyOutcome struct {
	state   string // "working", "done" or "error"
	result  parkdesk.DailyResult
	report  parkdesk.DailyReport
	name    string                 // the enterprise's name in the registry
	history []parkdesk.DailyReport // its reports, oldest first
	errMsg  assessment.Text
	errKey  string
}

// collectDaily takes the daily code of fragment into the registry.
func (s *collectScreen) collectDaily(ctx app.Context, fragment string) {
	o := &dailyOutcome{state: "working"}
	s.daily = o
	if app.IsServer {
		return
	}
	e, err := parkdesk.NewDailyEntry(fragment, time.Now())
	if err != nil {
		o.state, o.errMsg = "error", dailyErrorText(err)
		markTime("collectDone")
		return
	}
	ctx.Async(func() {
		reg, daily, err := loadRegistryDaily()
		var res parkdesk.DailyResult
		var entries []parkdesk.Entry
		var recs []parkdesk.StoredRecord
		if err == nil {
			entries = reg.Entries
			daily, res, recs, err = reg.AddDaily(daily, e, today(), time.Now())
		}
		var storeErr error
		if len(recs) > 0 {
			storeErr = putStored(recs)
		}
		name, history := "", []parkdesk.DailyReport(nil)
		if err == nil {
			key := parkdesk.DailyFirmKey(entries, e.Report)
			history = parkdesk.DailyHistories(entries, daily)[key]
			for _, f := range parkdesk.Firms(entries, nil) {
				if f.Key == key {
					name = f.Entry.Summary.Name
				}
			}
		}
		ctx.Dispatch(func(ctx app.Context) {
			var de *assessment.InputError
			switch {
			case errors.As(err, &de):
				o.state, o.errMsg = "error", de.Message
			case errors.Is(err, parkdesk.ErrHistoryNewer):
				o.state, o.errKey = "error", "registry.newer_daily"
			case err != nil:
				o.state, o.errKey = "error", idbErrorKey(err)
				app.Log("registry:", err)
			case storeErr != nil:
				o.state, o.errKey = "error", idbErrorKey(storeErr)
				app.Log("registry:", storeErr)
			default:
				o.state, o.result, o.report, o.name, o.history = "done", res, e.Report, name, history
			}
			ctx.Defer(func(app.Context) { markTime("collectDone") })
		})
	})
}

// dailyErrorText is the message of a daily code's error.
func dailyErrorText(err error) assessment.Text {
	var de *assessment.InputError
	if errors.As(err, &de) {
		return de.Message
	}
	return parkdesk.ErrDailyMalformed.Message
}

// renderDaily draws the outcome of a daily code.
func (s *collectScreen) renderDaily() app.UI {
	lang, o := s.lang, s.daily
	var body app.UI
	switch o.state {
	case "done":
		head := map[parkdesk.DailyResult]string{
			parkdesk.DailyAdded:     "daily.collect.added",
			parkdesk.DailyDuplicate: "daily.collect.duplicate",
			parkdesk.DailyReplaced:  "daily.collect.replaced",
		}[o.result]
		r := o.report
		kind := "notice-ok"
		if r.AbnormalTemp > 0 || r.NewCases > 0 {
			kind = "notice-warn"
		}
		body = app.Div().Body(
			app.Div().Class("notice "+kind).ID("collect-result").DataSet("result", map[parkdesk.DailyResult]string{
				parkdesk.DailyAdded: "daily_added", parkdesk.DailyDuplicate: "daily_duplicate", parkdesk.DailyReplaced: "daily_replaced",
			}[o.result]).Attr("role", "status").Body(
				app.P().Body(app.Strong().Text(t(lang, head))),
				app.P().Text(nameOr(lang, o.name)+" · "+r.Date),
			),
			dailyHistoryTable(lang, o.history),
		)
	case "error":
		msg := o.errMsg.In(lang)
		if o.errKey != "" {
			msg = t(lang, o.errKey)
		}
		body = app.Div().Class("notice notice-error").ID("collect-error").Attr("role", "alert").Body(app.P().Text("⚠ " + msg))
	default:
		body = app.P().ID("collect-working").Class("muted").Text(t(lang, "collect.working"))
	}
	return frame(lang,
		app.H1().ID("collect-title").Text(t(lang, "daily.collect.title")),
		body,
		app.Div().Class("actions").Body(
			app.A().Class("button button-primary").ID("to-registry").Href(href("/registry")).Text(t(lang, "registry.open")),
		),
		app.P().Class("muted").Text(t(lang, "collect.private")),
	)
}

// dailyHistoryTable lists an enterprise's reports, newest first.
func dailyHistoryTable(lang string, h []parkdesk.DailyReport) app.UI {
	if len(h) == 0 {
		return app.P().Class("muted").ID("daily-history-none").Text(t(lang, "daily.history.none"))
	}
	rows := make([]app.UI, 0, len(h))
	for i := len(h) - 1; i >= 0; i-- {
		r := h[i]
		rows = append(rows, app.Tr().DataSet("date", r.Date).Body(
			app.Td().Text(r.Date[5:]), app.Td().Text(itoa(r.OnSite)), app.Td().Text(itoa(r.Quarantine)),
			app.Td().Class(map[bool]string{true: "dash-alert"}[r.AbnormalTemp > 0]).Text(itoa(r.AbnormalTemp)),
			app.Td().Class(map[bool]string{true: "dash-alert"}[r.NewCases > 0]).Text(itoa(r.NewCases)),
		))
	}
	return app.Div().Class("dash-table-wrap").Body(
		app.Table().Class("dash-table").ID("daily-history").Body(
			app.Caption().Text(t(lang, "daily.history")),
			app.THead().Body(app.Tr().Body(
				app.Th().Text(t(lang, "daily.date")), app.Th().Text(t(lang, "daily.on_site")),
				app.Th().Text(t(lang, "daily.quarantine")), app.Th().Text(t(lang, "daily.temp")), app.Th().Text(t(lang, "daily.cases")),
			)),
			app.TBody().Body(rows...),
		),
	)
}
