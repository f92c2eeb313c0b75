package ui

import (
	"strings"

	"fugong/parkdesk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The park's zones (片区) and its own industries on the park page: two
// lists the staff type, a name a line (or separated by 、，,；;).

// splitNames reads a typed list of names: trimmed, empty ones dropped.
func splitNames(s string) []string {
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return r == '\n' || r == '\r' || r == '、' || r == ',' || r == '，' || r == ';' || r == '；'
	})
	var out []string
	for _, f := range fields {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// renderNames is the section of the two lists.
func (s *parkScreen) renderNames() app.UI {
	l := s.lang
	return app.Div().Body(
		app.H2().Text(t(l, "park.section.names")),
		app.Div().Class("fields").Body(
			s.namesField("zones", t(l, "park.zones"), tf(l, "park.zones_help", parkdesk.MaxLinkZones, parkdesk.MaxLinkNameLen), &s.form.Zones),
			s.namesField("industries", t(l, "park.industries"), tf(l, "park.industries_help", parkdesk.MaxLinkIndustries, parkdesk.MaxLinkNameLen), &s.form.Industries),
		),
	)
}

// namesField is a labelled textarea bound to *dst, read as splitNames
// reads it; Chinese input is taken at compositionend and change.
func (s *parkScreen) namesField(id, label, help string, dst *string) app.UI {
	inputID := "park-" + id
	msg := s.problems[id]
	take := func(ctx app.Context, e app.Event) {
		*dst = ctx.JSSrc().Get("value").String()
		s.update()
	}
	describedBy := inputID + "-help"
	if msg != "" {
		describedBy += " " + inputID + "-error"
	}
	return app.Div().Class("field").Body(
		app.Label().Class("field-label").For(inputID).Text(label),
		app.P().Class("help").ID(inputID+"-help").Text(help),
		app.Textarea().ID(inputID).Class("input").Rows(3).Text(*dst).
			Aria("invalid", msg != "").Aria("describedby", describedBy).
			OnInput(func(ctx app.Context, e app.Event) {
				if !e.Get("isComposing").Truthy() {
					take(ctx, e)
				}
			}).
			OnChange(take).
			On("compositionend", take),
		app.If(msg != "", func() app.UI {
			return app.P().Class("field-error").ID(inputID + "-error").Text(msg)
		}),
	)
}
