package ui

import (
	"encoding/json"
	"sort"
	"time"

	"fugong/assessment"
	"fugong/documents"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// keepBasis records that the edit of section id was kept with the
// answers as they are now.
func (d *draft) keepBasis(id string) {
	data, err := d.Answers.MarshalJSON()
	if err != nil {
		return
	}
	if d.Basis == nil {
		d.Basis = map[string]json.RawMessage{}
	}
	d.Basis[id] = data
}

// staleSections returns, for every edited section whose answers changed
// the text the kit would generate for it since the edit was kept, the
// changed answers. Edits kept before the kit recorded their basis (or
// imported with an answers file) have none and are not checked.
func staleSections(d *draft, date time.Time) map[string][]documents.Change {
	out := map[string][]documents.Change{}
	for id := range d.Answers.Edits {
		raw, ok := d.Basis[id]
		if !ok {
			continue
		}
		basis, err := assessment.ParseAnswers(raw)
		if err != nil {
			continue
		}
		if stale, cs := documents.StaleEdit(basis, d.Answers, id, date); stale {
			out[id] = cs
		}
	}
	return out
}

// staleIDs lists the stale sections' IDs in order.
func staleIDs(stale map[string][]documents.Change) []string {
	ids := make([]string, 0, len(stale))
	for id := range stale {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// renderStale marks a stale section: "答案已变，请核对", each changed answer
// old → new, and the two ways out: keep the text, or let the kit write
// the section again from the answers. The section's own edit button
// redoes the edit.
func (s *planScreen) renderStale(id string, cs []documents.Change) app.UI {
	lang := s.lang
	return app.Div().Class("notice notice-warn section-stale").ID("stale-"+id).Attr("role", "alert").Body(
		app.P().Body(app.Strong().Text("⚠ "+t(lang, "stale.title"))),
		app.Ul().Body(app.Range(cs).Slice(func(i int) app.UI {
			c := cs[i]
			return app.Li().DataSet("question", c.Question).Text(c.Label.In(lang) + t(lang, "punct.colon") +
				c.OldText(lang) + " → " + c.NewText(lang))
		})),
		app.P().Class("muted").Text(t(lang, "stale.hint")),
		app.Div().Class("actions").Body(
			app.Button().Class("button button-primary button-small stale-keep").DataSet("section", id).
				Text(t(lang, "stale.keep")).OnClick(s.onKeepStale),
			app.Button().Class("button button-secondary button-small stale-reset").DataSet("section", id).
				Text(t(lang, "stale.reset")).OnClick(s.onResetStale),
		),
	)
}

// onKeepStale keeps the section's text as it is, with today's answers as
// its basis.
func (s *planScreen) onKeepStale(ctx app.Context, e app.Event) {
	id := dataOf(ctx, "section")
	s.d.keepBasis(id)
	s.ses.changed()
	s.rebuild()
}

// onResetStale drops the section's text: the kit writes it from the
// answers again.
func (s *planScreen) onResetStale(ctx app.Context, e app.Event) {
	s.setEdit(dataOf(ctx, "section"), "")
}

// staleNotice stands above the plan while edited sections are stale: the
// PDF is not made until each is kept or redone.
func staleNotice(lang string, stale map[string][]documents.Change, titles map[string]string) app.UI {
	if len(stale) == 0 {
		return nil
	}
	ids := staleIDs(stale)
	return app.Div().Class("notice notice-warn").ID("pdf-stale").Attr("role", "alert").Body(
		app.P().Body(app.Strong().Text(tf(lang, "stale.block", len(ids)))),
		app.Ul().Body(app.Range(ids).Slice(func(i int) app.UI {
			return app.Li().Body(app.A().Href("#stale-" + ids[i]).Text(titles[ids[i]]))
		})),
	)
}

// sectionTitles maps each section's ID to its title.
func sectionTitles(p *documents.Plan) map[string]string {
	m := make(map[string]string, len(p.Sections))
	for _, s := range p.Sections {
		m[s.ID] = s.Title
	}
	return m
}
