package ui

import (
	"errors"
	"sync"
	"time"

	"fugong/app/browser"
	"fugong/assessment"
	"fugong/parkdesk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// collectScreen receives a summary code: a member of the park's staff
// scans the QR code on an enterprise's letter, the phone opens
// …/collect#s=CODE, and the enterprise is added to this phone's registry.
// The screen says what happened — added, already there, or added with
// flags (a category that its deciding answers do not give, a plan ID
// held with other content) — and shows the entry.
type collectScreen struct {
	screen
	state  string // "working", "done" or "error"
	result parkdesk.AddResult
	entry  parkdesk.Entry
	errMsg assessment.Text // why the code was refused
	errKey string          // or why the registry could not be written
	total  int             // entries in the registry after adding

	ctx      app.Context   // the screen's own context: a button's goes with the button
	seen     string        // the address fragment last read
	code     string        // the code being added or to retry
	latest   int           // number of the latest code read; older outcomes are only logged
	onHash   app.Func      // the hashchange listener
	stopHash func()        // removes it
	daily    *dailyOutcome // when the address held a daily report code instead
}

// collectLog is the outcome of one code read on this page.
type collectLog struct {
	name   string
	result string // "added", "duplicate", "conflict" or "error"
}

// collected is every code read on this page, newest first: it outlives
// the screen, which go-app may mount anew.
var collected []collectLog

// collecting serialises the registry's read-add-write, so that codes
// scanned in quick succession each land once and the totals are right.
var collecting sync.Mutex

// OnMount reads the code from the address and adds it, and from then on
// reads it again whenever the address's fragment changes: staff scan
// letter after letter into the same tab.
func (s *collectScreen) OnMount(ctx app.Context) {
	s.screen.OnMount(ctx)
	s.state = "working"
	if app.IsServer {
		return
	}
	s.ctx = ctx
	s.onHash = app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { s.read(ctx) })
		return nil
	})
	browser.CatchJS(func() { app.Window().Call("addEventListener", "hashchange", s.onHash) })
	s.stopHash = func() {
		browser.CatchJS(func() { app.Window().Call("removeEventListener", "hashchange", s.onHash) })
		s.onHash.Release()
	}
	s.read(ctx)
}

// OnNav reads the address again after a navigation inside the page (the
// browser's back and forward buttons).
func (s *collectScreen) OnNav(ctx app.Context) { s.read(ctx) }

// OnDismount stops listening to the address.
func (s *collectScreen) OnDismount() {
	if s.stopHash != nil {
		s.stopHash()
	}
}

// read adds the code in the address, unless it is the one just read.
func (s *collectScreen) read(ctx app.Context) {
	var fragment string
	browser.CatchJS(func() { fragment = app.Window().Get("location").Get("hash").String() })
	if fragment == s.seen && s.latest > 0 {
		return
	}
	s.seen = fragment
	s.collect(ctx, fragment)
}

// retry adds the code whose write failed again. The outcome comes back
// through the screen's context: the button's is gone once the screen
// shows that it is working.
func (s *collectScreen) retry(ctx app.Context, e app.Event) {
	s.collect(s.ctx, s.code)
}

func (s *collectScreen) collect(ctx app.Context, fragment string) {
	if app.IsServer {
		return
	}
	s.latest++
	n := s.latest
	s.state, s.errMsg, s.errKey, s.code, s.daily = "working", assessment.Text{}, "", fragment, nil
	if parkdesk.IsDailyFragment(fragment) {
		s.collectDaily(ctx, fragment)
		return
	}
	code := parkdesk.SummaryCode(fragment)
	e, err := parkdesk.NewEntry(code, time.Now())
	if err != nil {
		var se *assessment.InputError
		if !errors.As(err, &se) {
			se = parkdesk.ErrSummaryMalformed
		}
		if code == "" {
			s.errKey = "collect.no_code"
		} else {
			s.errMsg = se.Message
		}
		s.state, s.code = "error", ""
		markTime("collectDone")
		return
	}
	ctx.Async(func() {
		collecting.Lock()
		defer collecting.Unlock()
		entries, _, err := loadRegistry()
		var res parkdesk.AddResult
		if err == nil {
			entries, res = parkdesk.Add(entries, e)
			if res != parkdesk.Duplicate {
				err = storeEntries([]parkdesk.Entry{e})
			}
			for _, h := range entries {
				if h.Code == e.Code {
					e = h // with its flags, and the time it was first added
				}
			}
		}
		ctx.Dispatch(func(ctx app.Context) {
			outcome := collectLog{name: nameOr(s.lang, e.Summary.Name), result: "error"}
			if err == nil {
				outcome.result = resultName(res)
			}
			collected = append([]collectLog{outcome}, collected...)
			if n != s.latest {
				return // a later code is on screen
			}
			if err != nil {
				s.state, s.errKey = "error", idbErrorKey(err)
				app.Log("registry:", err)
			} else {
				s.state, s.result, s.entry, s.total, s.code = "done", res, e, len(entries), ""
			}
			ctx.Defer(func(app.Context) { markTime("collectDone") })
		})
	})
}

// Render draws the outcome.
func (s *collectScreen) Render() app.UI {
	if s.daily != nil {
		return s.renderDaily()
	}
	lang := s.lang
	var body app.UI
	switch s.state {
	case "done":
		head, kind := "collect.added", "notice-ok"
		switch s.result {
		case parkdesk.Duplicate:
			head, kind = "collect.duplicate", "notice-ok"
		case parkdesk.Conflict:
			head, kind = "collect.conflict", "notice-warn"
		}
		if s.result != parkdesk.Duplicate && len(s.entry.Flags) > 0 {
			kind = "notice-warn"
		}
		body = app.Div().Body(
			registryRefusedNotice(lang),
			app.Div().Class("notice "+kind).ID("collect-result").DataSet("result", resultName(s.result)).Attr("role", "status").Body(
				app.P().Body(app.Strong().Text(t(lang, head))),
				app.P().Class("muted").Text(tf(lang, "collect.total", s.total)),
			),
			entryCard(lang, s.entry, true),
		)
	case "error":
		msg := s.errMsg.In(lang)
		if s.errKey != "" {
			msg = t(lang, s.errKey)
		}
		body = app.Div().Class("notice notice-error").ID("collect-error").Attr("role", "alert").Body(
			app.P().Text("⚠ "+msg),
			app.If(s.code != "", func() app.UI {
				return app.Div().Body(
					app.P().ID("collect-kept").Text(t(lang, "collect.kept")),
					app.Button().Class("button button-primary").ID("collect-retry").
						Text(t(lang, "collect.retry")).OnClick(s.retry),
				)
			}),
		)
	default:
		body = app.P().ID("collect-working").Class("muted").Text(t(lang, "collect.working"))
	}
	return frame(lang,
		app.H1().ID("collect-title").Text(t(lang, "collect.title")),
		body,
		s.renderLog(),
		app.Div().Class("actions").Body(
			app.A().Class("button button-primary").ID("to-registry").Href(href("/registry")).Text(t(lang, "registry.open")),
		),
		app.P().Class("muted").Text(t(lang, "collect.private")),
	)
}

func resultName(r parkdesk.AddResult) string {
	switch r {
	case parkdesk.Duplicate:
		return "duplicate"
	case parkdesk.Conflict:
		return "conflict"
	}
	return "added"
}

// renderLog lists every code read on this page when there was more than one.
func (s *collectScreen) renderLog() app.UI {
	if len(collected) < 2 {
		return nil
	}
	lang := s.lang
	return app.Section().Class("collect-log").ID("collect-log").Body(
		app.H2().Text(tf(lang, "collect.log", len(collected))),
		app.Ol().Attr("reversed", true).Body(app.Range(collected).Slice(func(i int) app.UI {
			l := collected[i]
			return app.Li().DataSet("result", l.result).Text(l.name + t(lang, "punct.colon") + t(lang, "collect.log."+l.result))
		})),
	)
}

// entryCard draws one registry entry: who, the verdict, the flags and,
// when full, every detail the code carries.
func entryCard(lang string, e parkdesk.Entry, full bool) app.UI {
	s := e.Summary
	return app.Article().Class("entry").DataSet("plan", s.PlanID).Body(
		app.H2().Class("entry-name").Text(nameOr(lang, s.Name)),
		entryBadges(lang, e),
		app.If(len(e.Flags) > 0, func() app.UI {
			return app.Ul().Class("entry-flags").Body(app.Range(e.Flags).Slice(func(i int) app.UI {
				return app.Li().DataSet("flag", e.Flags[i].Code).Text("⚠ " + e.Flags[i].Message.In(lang))
			}))
		}),
		app.If(full, func() app.UI { return entryDetails(lang, e) }),
	)
}

func nameOr(lang, name string) string {
	if name == "" {
		return t(lang, "registry.no_name")
	}
	return name
}

// entryBadges is the one-line verdict: batch, category, readiness,
// priority.
func entryBadges(lang string, e parkdesk.Entry) app.UI {
	s := e.Summary
	batch := t(lang, "registry.batch_unknown")
	if s.Batch > 0 {
		batch = tf(lang, "registry.batch_n", s.Batch)
	}
	return app.P().Class("entry-badges").Body(
		app.Span().Class("badge badge-batch badge-batch-"+itoa(s.Batch)).Text(batch),
		app.Span().Class("badge").Text(categoryShort(lang, s.Category)),
		app.Span().Class("badge readiness-"+string(s.Readiness)).Text(assessment.ReadinessShort(s.Readiness).In(lang)),
		app.If(s.Priority, func() app.UI {
			return app.Span().Class("badge badge-priority").Text("★ " + t(lang, "registry.priority"))
		}),
		app.If(len(e.Flags) > 0, func() app.UI {
			return app.Span().Class("badge badge-flag").Text(tf(lang, "registry.flags_n", len(e.Flags)))
		}),
	)
}

// categoryShort is "第三类" / "Cat. 3".
func categoryShort(lang string, n int) string {
	if n < 1 || n > 4 {
		return t(lang, "registry.category_unknown")
	}
	return tf(lang, "registry.category_n", n)
}

// entryDetails lists what the code carries.
func entryDetails(lang string, e parkdesk.Entry) app.UI {
	s := e.Summary
	row := func(key, value string) app.UI {
		return app.If(value != "", func() app.UI {
			return app.Div().Body(app.Dt().Text(t(lang, key)), app.Dd().Text(value))
		})
	}
	count := func(n int) string {
		if n < 0 {
			return ""
		}
		return itoa(n)
	}
	unmet := ""
	for i, id := range s.Unmet {
		if i > 0 {
			unmet += "、"
		}
		unmet += assessment.ItemTitle(id).In(lang)
	}
	added := ""
	if !e.Added.IsZero() {
		added = e.Added.Local().Format("2006-01-02 15:04")
	}
	thresholds := ""
	if s.Thresholds != assessment.DefaultThresholds {
		thresholds = tf(lang, "registry.thresholds_v", s.Thresholds.Cat1MinAutomationShare, s.Thresholds.Cat3MinAreaPerWorker, s.Thresholds.FewWorkersMax)
	}
	return app.Div().Class("entry-details").Body(
		app.Dl().Class("entry-dl").Body(
			row("registry.credit_code", s.CreditCode),
			row("registry.phone", s.Phone),
			row("registry.category", assessment.CategoryName(s.Category).In(lang)),
			row("registry.readiness", assessment.ReadinessName(s.Readiness).In(lang)),
			row("registry.unmet", unmet),
			row("registry.staff_total", count(s.Staff.Total)),
			row("registry.staff_normal", count(s.Staff.Normal)),
			row("registry.staff_ordinary", count(s.Staff.OrdinaryIsolation)),
			row("registry.staff_key", count(s.Staff.KeyIsolation)),
			row("registry.staff_treatment", count(s.Staff.InTreatment)),
			row("registry.returnees", count(s.Staff.ReturneesMidHigh)),
			row("registry.plan_id", s.PlanID),
			row("registry.ruleset", s.Ruleset),
			row("registry.thresholds", thresholds),
			row("registry.added", added),
		),
		app.If(len(s.Facts) > 0, func() app.UI {
			return app.Div().Body(
				app.H3().Text(t(lang, "registry.facts")),
				app.Ul().Class("entry-facts").Body(app.Range(s.Facts).Slice(func(i int) app.UI {
					return app.Li().Text(assessment.FactText(s.Facts[i], lang))
				})),
			)
		}),
	)
}
