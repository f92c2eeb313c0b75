//go:build !noroster

package ui

import (
	"slices"

	"fugong/app/browser"
	"fugong/roster"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// rosterEdit is the person being added, edited or fixed: the fields'
// text as typed (so that nothing typed is lost while a problem is shown),
// where the person comes from, and the problems of the last save.
type rosterEdit struct {
	index    int // in People; -1 for a new person or a row set aside
	aside    int // in Aside; -1 unless fixing a row set aside
	row      int // the row fixed, for the title
	was      roster.Person
	text     map[roster.Field]string
	onSite   bool
	problems []string
}

// newRosterEdit starts editing p.
func newRosterEdit(p roster.Person, index, aside, row int) *rosterEdit {
	return &rosterEdit{index: index, aside: aside, row: row, was: p, onSite: p.OnSite, text: map[roster.Field]string{
		roster.FieldName: p.Name, roster.FieldDepartment: p.Department, roster.FieldPhone: p.Phone,
		roster.FieldRegion: p.Region, roster.FieldRisk: string(p.Risk), roster.FieldReturned: p.Returned,
		roster.FieldClass: string(p.Class), roster.FieldQuarantineStart: p.QuarantineStart,
		roster.FieldQuarantineEnd: p.QuarantineEnd, roster.FieldHealth: string(p.Health), roster.FieldNote: p.Note,
	}}
}

// person is the person the fields give. Quarantine dates worked out from
// the old dates are worked out again from the new ones; dates the user
// set are kept.
func (e *rosterEdit) person() roster.Person {
	date := func(f roster.Field) string {
		v := e.text[f]
		if d, ok := roster.ParseDate(v); ok {
			return d
		}
		return v
	}
	p := roster.Person{Name: e.text[roster.FieldName], Department: e.text[roster.FieldDepartment],
		Phone: roster.NormalPhone(e.text[roster.FieldPhone]), Region: e.text[roster.FieldRegion],
		Risk: roster.Risk(e.text[roster.FieldRisk]), Returned: date(roster.FieldReturned), Class: roster.Class(e.text[roster.FieldClass]),
		QuarantineStart: date(roster.FieldQuarantineStart), QuarantineEnd: date(roster.FieldQuarantineEnd),
		OnSite: e.onSite, Health: roster.Health(e.text[roster.FieldHealth]), Note: e.text[roster.FieldNote]}
	w := e.was
	if p.QuarantineStart == w.QuarantineStart && w.QuarantineStart == w.Returned && p.Returned != w.Returned {
		p.QuarantineStart = "" // followed the return date: follows it still
	}
	if p.QuarantineEnd == w.QuarantineEnd && w.QuarantineEnd == roster.AddDays(w.QuarantineStart, roster.QuarantineDays) &&
		p.QuarantineStart != w.QuarantineStart {
		p.QuarantineEnd = ""
	}
	if !p.Risk.NeedsQuarantine() && p.Risk != w.Risk && p.QuarantineStart == w.QuarantineStart && p.QuarantineEnd == w.QuarantineEnd {
		p.QuarantineStart, p.QuarantineEnd = "", "" // no longer owes quarantine
	}
	p.Complete()
	return p
}

// onAdd opens an empty person.
func (s *rosterScreen) onAdd(ctx app.Context, e app.Event) {
	s.openEdit(ctx, roster.Person{}, -1, -1, 0, nil)
}

// onEdit opens the person in the button's data-index.
func (s *rosterScreen) onEdit(ctx app.Context, e app.Event) {
	if i, ok := dataIndex(ctx, "index", len(s.rec.People)); ok {
		s.openEdit(ctx, s.rec.People[i], i, -1, 0, nil)
	}
}

// onFix opens the row set aside in the button's data-index.
func (s *rosterScreen) onFix(ctx app.Context, e app.Event) {
	if i, ok := dataIndex(ctx, "index", len(s.rec.Aside)); ok {
		a := s.rec.Aside[i]
		var problems []string
		for _, p := range a.Problems {
			problems = append(problems, p.Describe(s.lang))
		}
		s.openEdit(ctx, a.Person, -1, i, a.Row, problems)
	}
}

// openEdit shows the edit panel for p (index, aside and row as
// newRosterEdit takes them) with the problems to fix, and moves to its
// first field once drawn.
func (s *rosterScreen) openEdit(ctx app.Context, p roster.Person, index, aside, row int, problems []string) {
	s.edit = newRosterEdit(p, index, aside, row)
	s.edit.problems = problems
	ctx.Defer(func(ctx app.Context) { browser.FocusQuestion("roster-edit", "re-name") })
}

// onEditField takes a field's input: the field is the element's data-field.
func (s *rosterScreen) onEditField(ctx app.Context, e app.Event) {
	if s.edit == nil || (e.Get("type").String() == "input" && e.Get("isComposing").Truthy()) {
		return
	}
	src := ctx.JSSrc()
	f := roster.Field(src.Get("dataset").Get("field").String())
	if f == roster.FieldOnSite {
		s.edit.onSite = src.Get("checked").Bool()
		return
	}
	v := src.Get("value").String()
	if src.Get("tagName").String() == "SELECT" {
		v = fromOption(v)
	}
	s.edit.text[f] = v
}

// onEditSave checks the person and, when nothing is wrong, puts them on
// the roster (a fixed row leaves the rows set aside).
func (s *rosterScreen) onEditSave(ctx app.Context, e app.Event) {
	ed := s.edit
	if ed == nil {
		return
	}
	p := ed.person()
	ed.problems = nil
	for _, pr := range roster.Check(p) {
		ed.problems = append(ed.problems, pr.Describe(s.lang))
	}
	if d := roster.Duplicate(s.rec.People, p, ed.index); d >= 0 {
		ed.problems = append(ed.problems, rtf(s.lang, "roster.duplicate", s.rec.People[d].Name))
	}
	if len(ed.problems) > 0 {
		return
	}
	before := s.snapshot()
	label := p.Name
	switch {
	case ed.index >= 0 && ed.index < len(s.rec.People):
		s.rec.People[ed.index] = p
	case ed.aside >= 0 && ed.aside < len(s.rec.Aside):
		s.rec.Aside = slices.Delete(s.rec.Aside, ed.aside, ed.aside+1)
		s.rec.People = append(s.rec.People, p)
	default:
		s.rec.People = append(s.rec.People, p)
	}
	s.edit = nil
	s.notice = ""
	s.change(label+" ✓", before)
}

// editFields are the edit panel's fields in order: a text input of its
// kind, or a choice of values (the first, "", for none given).
var editFields = []struct {
	f      roster.Field
	kind   string // the input's type; "select" for a choice
	values []string
}{
	{roster.FieldName, "text", nil}, {roster.FieldDepartment, "text", nil}, {roster.FieldPhone, "tel", nil},
	{roster.FieldRegion, "text", nil}, {roster.FieldRisk, "select", []string{"", "low", "mid", "high", "abroad"}},
	{roster.FieldReturned, "text", nil},
	{roster.FieldClass, "select", []string{"", "normal", "ordinary_isolation", "key_isolation", "in_treatment"}},
	{roster.FieldQuarantineStart, "text", nil}, {roster.FieldQuarantineEnd, "text", nil},
	{roster.FieldOnSite, "checkbox", nil}, {roster.FieldHealth, "select", []string{"", "normal", "unwell"}},
	{roster.FieldNote, "text", nil},
}

// valueName is the name of a choice's value of field f in lang.
func valueName(f roster.Field, v, lang string) string {
	switch f {
	case roster.FieldRisk:
		return roster.RiskName(roster.Risk(v), lang)
	case roster.FieldClass:
		return roster.ClassName(roster.Class(v), lang)
	}
	return roster.HealthName(roster.Health(v), lang)
}

// renderEdit draws the edit panel.
func (s *rosterScreen) renderEdit() app.UI {
	lang, ed := s.lang, s.edit
	title := rt(lang, "roster.add_title")
	switch {
	case ed.aside >= 0:
		title = rtf(lang, "roster.fix_title", ed.row)
	case ed.index >= 0:
		title = rt(lang, "roster.edit_title")
	}
	body := []app.UI{app.H2().Text(title)}
	if len(ed.problems) > 0 {
		items := make([]app.UI, len(ed.problems))
		for i, p := range ed.problems {
			items[i] = app.Li().Text(p)
		}
		body = append(body, app.Div().Class("notice notice-error").ID("roster-edit-problems").Attr("role", "alert").Body(app.Ul().Body(items...)))
	}
	for _, ef := range editFields {
		id := "re-" + string(ef.f)
		var input app.UI
		switch ef.kind {
		case "select":
			opts := make([]app.UI, len(ef.values))
			for i, v := range ef.values {
				opts[i] = option(optionValue(v), valueName(ef.f, v, lang), optionValue(ed.text[ef.f]))
			}
			input = app.Select().ID(id).Class("input").DataSet("field", string(ef.f)).OnChange(s.onEditField).Body(opts...)
		case "checkbox":
			input = app.Input().Type("checkbox").ID(id).DataSet("field", string(ef.f)).Checked(ed.onSite).OnChange(s.onEditField)
		default:
			hint := ""
			switch ef.f {
			case roster.FieldReturned, roster.FieldQuarantineStart:
				hint = rt(lang, "roster.date_hint")
			case roster.FieldQuarantineEnd:
				hint = rt(lang, "roster.end_hint")
			}
			input = app.Input().Type(ef.kind).ID(id).Class("input").DataSet("field", string(ef.f)).Value(ed.text[ef.f]).
				Placeholder(hint).OnInput(s.onEditField).OnChange(s.onEditField)
		}
		body = append(body, app.Div().Class("field").Body(
			app.Label().Class("field-label").For(id).Text(roster.FieldLabel(ef.f, lang)), input))
	}
	body = append(body, app.Nav().Class("stepnav").Body(
		button("button button-secondary", "roster-edit-cancel", rt(lang, "roster.cancel"), s.onEditCancel),
		button("button button-primary", "roster-edit-save", rt(lang, "roster.save"), s.onEditSave),
	))
	return app.Section().Class("card").ID("roster-edit").TabIndex(-1).Body(body...)
}

// onEditCancel closes the edit panel, changing nothing.
func (s *rosterScreen) onEditCancel(ctx app.Context, e app.Event) { s.edit = nil }
