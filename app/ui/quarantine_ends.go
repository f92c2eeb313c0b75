//go:build !noroster

package ui

import (
	"strings"
	"time"

	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// endsField shows the roster's list of quarantine ends, which nobody
// types: its label and one read-only line, "来自花名册：2月19日 3人，2月21日
// 2人", and its problem. Nothing shows while the list is empty.
func endsField(p fieldProps) app.UI {
	q := p.Q
	gs := assessment.ParseEnds(p.Value)
	if len(gs) == 0 && p.Problem == nil {
		return nil
	}
	days := make([]string, 0, len(gs))
	for _, g := range gs {
		d, err := time.Parse(time.DateOnly, g.Date)
		if err != nil {
			continue
		}
		days = append(days, tf(p.Lang, "roster.ends_day", int(d.Month()), d.Day(), g.People))
	}
	body := []app.UI{
		para("field-label", "", q.Label.In(p.Lang)),
		para("tag tag-roster", "", tf(p.Lang, "roster.ends", strings.Join(days, t(p.Lang, "roster.ends_sep")))).DataSet("roster", q.ID),
	}
	if p.Problem != nil {
		body = append(body, para("field-error", "e-"+q.ID, "⚠ "+p.Problem.Message.In(p.Lang)).Attr("role", "alert"))
	}
	return app.Div().Class("field").ID("q-"+q.ID).DataSet("question", q.ID).DataSet("kind", string(q.Kind)).Body(body...)
}
