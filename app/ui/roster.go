//go:build !noroster

package ui

import (
	"slices"
	"strconv"
	"strings"

	"fugong/roster"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// rosterPageSize is how many people the list shows at once: a phone draws
// 50 cards quickly, where 2,000 would take seconds.
const rosterPageSize = 50

// rosterScreen is the staff roster of the draft being filled in (一人一档):
// the counts it gives the form, search, a page of people, add, edit and
// delete with undo, import of a spreadsheet with its column mapping and
// the rows set aside, and export.
type rosterScreen struct {
	screen
	ses     *session // nil while pre-rendering
	d       *draft
	rec     *rosterRecord
	counts  roster.Counts
	query   string
	matches []int // indexes in rec.People of the people the search finds
	page    int
	saveErr error

	undo      *rosterUndo
	edit      *rosterEdit
	imp       *rosterImport
	pasting   bool
	exporting string // "xlsx" or "csv" while the worker writes it
	notice    string // what the last action did
	printed   string // which characters the last paperwork PDF printed as □ (substitutedNote), if any
	problem   string // why the last action failed
}

// rosterUndo restores the roster as it was before the last change.
type rosterUndo struct {
	label  string
	people []roster.Person
	aside  []roster.Aside
}

// OnMount reads the open draft's roster.
func (s *rosterScreen) OnMount(ctx app.Context) {
	s.screen.OnMount(ctx)
	s.ses = journey()
	s.ses.watch(ctx)
	s.d = s.ses.current(s.lang)
	s.rec = loadRoster(s.ses.store.st, s.d.ID)
	s.counts = roster.Count(s.rec.People, today())
	s.refresh()
}

// refresh works the search out again.
func (s *rosterScreen) refresh() {
	s.matches = roster.Search(s.rec.People, s.query)
	if pages := s.pages(); s.page >= pages {
		s.page = pages - 1
	}
}

// pages is the number of pages the search's people fill, 1 at least.
func (s *rosterScreen) pages() int { return max(1, (len(s.matches)+rosterPageSize-1)/rosterPageSize) }

// change records a change of the roster: label names it for undo (the
// roster before it is kept), then it is saved, and the form's answers
// follow its counts.
func (s *rosterScreen) change(label string, before rosterUndo) {
	before.label = label
	s.undo = &before
	s.printed = "" // about a PDF of the roster as it was
	s.commit()
}

// snapshot is the roster as it is now, for undo.
func (s *rosterScreen) snapshot() rosterUndo {
	return rosterUndo{people: slices.Clone(s.rec.People), aside: slices.Clone(s.rec.Aside)}
}

// commit works the counts out once, applies them to the draft's answers
// and saves the roster.
func (s *rosterScreen) commit() {
	if s.ses == nil {
		return
	}
	s.counts = roster.Count(s.rec.People, today())
	if applyRoster(s.d.Answers, s.rec, s.counts) {
		s.ses.changed()
	}
	s.saveErr = saveRoster(s.ses.store.st, s.d.ID, s.rec)
	s.refresh()
}

// onUndo puts the roster back as it was before the last change.
func (s *rosterScreen) onUndo(ctx app.Context, e app.Event) {
	if s.undo == nil {
		return
	}
	s.rec.People, s.rec.Aside = s.undo.people, s.undo.aside
	s.undo = nil
	s.notice = rt(s.lang, "roster.undone")
	s.commit()
}

// onSearch follows the search box.
func (s *rosterScreen) onSearch(ctx app.Context, e app.Event) {
	if e.Get("isComposing").Truthy() {
		return
	}
	s.query = ctx.JSSrc().Get("value").String()
	s.page = 0
	s.refresh()
}

// dataIndex is the number in the element's data-name when it is from 0
// to below n.
//
//go:noinline
func dataIndex(ctx app.Context, name string, n int) (int, bool) {
	i, err := strconv.Atoi(dataOf(ctx, name))
	return i, err == nil && i >= 0 && i < n
}

// rt is t, and rtf tf, kept out of line: inlined, each of the roster
// screens' many texts would carry its own copy of the lookup.
//
//go:noinline
func rt(lang, key string) string { return t(lang, key) }

//go:noinline
func rtf(lang, key string, args ...any) string { return tf(lang, key, args...) }

// onPage moves to the page in the button's data-page.
func (s *rosterScreen) onPage(ctx app.Context, e app.Event) {
	if p, ok := dataIndex(ctx, "page", s.pages()); ok {
		s.page = p
	}
}

// onDelete deletes the person in the button's data-index, with undo.
func (s *rosterScreen) onDelete(ctx app.Context, e app.Event) {
	i, ok := dataIndex(ctx, "index", len(s.rec.People))
	if !ok {
		return
	}
	before := s.snapshot()
	name := s.rec.People[i].Name
	s.rec.People = slices.Delete(s.rec.People, i, i+1)
	s.notice = ""
	s.change(rtf(s.lang, "roster.deleted", name), before)
}

// onDropAside deletes the row set aside in the button's data-index.
func (s *rosterScreen) onDropAside(ctx app.Context, e app.Event) {
	i, ok := dataIndex(ctx, "index", len(s.rec.Aside))
	if !ok {
		return
	}
	before := s.snapshot()
	row := s.rec.Aside[i].Row
	s.rec.Aside = slices.Delete(s.rec.Aside, i, i+1)
	s.change(rtf(s.lang, "roster.deleted", rtf(s.lang, "roster.fix_title", row)), before)
}

// Render draws the roster.
func (s *rosterScreen) Render() app.UI {
	lang := s.lang
	if s.rec == nil {
		s.rec = &rosterRecord{} // before OnMount has read it, and when pre-rendered
	}
	title := ""
	if s.d != nil {
		title = s.d.title(lang)
	}
	body := []app.UI{s.renderCounts()}
	if s.saveErr != nil {
		body = append(body, para("notice notice-error", "roster-save-error", rtf(lang, "roster.save_error", s.saveErr.Error())))
	}
	body = append(body, s.renderActions())
	if s.undo != nil {
		body = append(body, app.Div().Class("notice notice-ok").ID("roster-undo-bar").Body(
			app.Span().Text(s.undo.label+" "),
			actionButton("roster-undo", rt(lang, "roster.undo"), false, s.onUndo),
		))
	}
	if s.notice != "" {
		body = append(body, para("notice notice-ok", "roster-notice", s.notice))
	}
	if s.printed != "" {
		body = append(body, para("notice notice-warn", "roster-logs-printed", s.printed).Attr("role", "status"))
	}
	if s.problem != "" {
		body = append(body, para("notice notice-error", "roster-problem", s.problem).Attr("role", "alert"))
	}
	if s.imp != nil {
		body = append(body, s.renderImport())
	}
	if s.edit != nil {
		body = append(body, s.renderEdit())
	}
	body = append(body, s.renderAside(), s.renderList())
	return frame(lang,
		storageNotice(lang, s.ses),
		app.P().Class("draft-name").Body(
			app.Text(title+" · "),
			app.A().ID("roster-back").Href(href("/form")).Text(rt(lang, "roster.back")),
		),
		app.H1().Text(rt(lang, "roster.title")),
		para("hint", "", rt(lang, "roster.private")),
		app.Div().ID("roster").DataSet("state", s.state()).Body(body...),
	)
}

// state is the screen's state for tests: "loading" until the roster is
// read, "reading" while the worker reads a file, "mapping" while the
// columns await confirmation, else "ready".
func (s *rosterScreen) state() string {
	switch {
	case s.ses == nil:
		return "loading"
	case s.imp != nil && s.imp.rows == nil:
		return "reading"
	case s.imp != nil:
		return "mapping"
	}
	return "ready"
}

// renderCounts shows what the roster gives the form.
func (s *rosterScreen) renderCounts() app.UI {
	lang, c := s.lang, s.counts
	lines := []app.UI{
		app.P().Body(app.Strong().Text(rtf(lang, "roster.people", c.People))),
		app.P().Text(rtf(lang, "roster.classes", c.Normal, c.OrdinaryIsolation, c.KeyIsolation, c.InTreatment)),
		app.P().Text(rtf(lang, "roster.returnees", c.ReturneesLow, c.ReturneesMidHigh, c.Cleared, c.InQuarantine)),
	}
	if c.Unclassed > 0 && c.People > 0 {
		lines = append(lines, para("hint", "roster-unclassed", rtf(lang, "roster.unclassed", c.Unclassed)))
	}
	if len(c.UnclearedOnSite) > 0 {
		lines = append(lines, para("notice notice-warn", "roster-uncleared", rtf(lang, "roster.uncleared", strings.Join(c.UnclearedOnSite, "、"))))
	}
	return app.Div().Class("card").ID("roster-counts").Body(lines...)
}

// actionButton is a small secondary button of the roster's actions; id
// "" gives it none.
func actionButton(id, text string, disabled bool, onClick app.EventHandler) app.HTMLButton {
	return button("button button-secondary button-small", id, text, onClick).Disabled(disabled)
}

// button is a button of class with text; id "" gives it none.
func button(class, id, text string, onClick app.EventHandler) app.HTMLButton {
	b := app.Button().Class(class).Text(text).OnClick(onClick)
	if id != "" {
		b = b.ID(id)
	}
	return b
}

// para is a paragraph of class with text; id "" gives it none.
func para(class, id, text string) app.HTMLP {
	p := app.P().Class(class).Text(text)
	if id != "" {
		p = p.ID(id)
	}
	return p
}

// renderActions draws add, import, paste, export and the logs.
func (s *rosterScreen) renderActions() app.UI {
	lang := s.lang
	busy := s.exporting != ""
	items := []app.UI{
		button("button button-primary button-small", "roster-add", rt(lang, "roster.add"), s.onAdd),
		app.Label().Class("button button-secondary button-small").For("roster-file").Text(rt(lang, "roster.import_file")),
		app.Input().Type("file").ID("roster-file").Class("visually-hidden").
			Accept(".xlsx,.csv,.txt,.tsv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv,text/plain").
			OnChange(s.onFile),
		actionButton("roster-paste-toggle", rt(lang, "roster.paste"), false, s.onPasteToggle).Aria("expanded", s.pasting),
	}
	if len(s.rec.People) > 0 {
		items = append(items,
			actionButton("roster-export-xlsx", rt(lang, "roster.export_xlsx"), busy, s.onExport).DataSet("format", "xlsx"),
			actionButton("roster-export-csv", rt(lang, "roster.export_csv"), busy, s.onExport).DataSet("format", "csv"),
			actionButton("roster-logs", rt(lang, "roster.logs"), busy, s.onLogs).Title(rt(lang, "roster.logs_help")),
		)
	}
	if s.pasting {
		items = append(items, app.Div().Class("field").Body(
			app.Label().Class("field-label").For("roster-paste").Text(rt(lang, "roster.paste_label")),
			app.Textarea().ID("roster-paste").Class("input").Rows(5),
			actionButton("roster-paste-read", rt(lang, "roster.paste_read"), false, s.onPaste),
		))
	}
	return app.Div().Class("roster-actions").Body(items...)
}

// onPasteToggle shows or hides the box to paste a table into.
func (s *rosterScreen) onPasteToggle(ctx app.Context, e app.Event) { s.pasting = !s.pasting }

// renderAside lists the imported rows set aside, each to fix or delete.
func (s *rosterScreen) renderAside() app.UI {
	lang := s.lang
	if len(s.rec.Aside) == 0 {
		return nil
	}
	items := make([]app.UI, len(s.rec.Aside))
	for i, a := range s.rec.Aside {
		items[i] = app.Li().Class("aside-row").DataSet("row", a.Row).Body(
			para("field-error", "", a.Describe(lang)),
			para("hint", "", strings.Join(a.Cells, " | ")),
			actionButton("", rt(lang, "roster.fix"), false, s.onFix).DataSet("action", "fix").DataSet("index", i),
			actionButton("", rt(lang, "roster.delete"), false, s.onDropAside).DataSet("action", "drop").DataSet("index", i),
		)
	}
	return app.Section().ID("roster-aside").Body(
		app.H2().Text(rtf(lang, "roster.aside", len(s.rec.Aside))),
		app.Ul().Class("plain-list").Body(items...),
	)
}

// renderList draws the search box and one page of the people it finds.
func (s *rosterScreen) renderList() app.UI {
	lang := s.lang
	if len(s.rec.People) == 0 {
		return para("hint", "roster-empty", rt(lang, "roster.empty"))
	}
	from := s.page * rosterPageSize
	to := min(from+rosterPageSize, len(s.matches))
	items := make([]app.UI, 0, to-from)
	day := today()
	for _, i := range s.matches[from:to] {
		items = append(items, s.renderPerson(i, day))
	}
	body := []app.UI{app.Input().Type("search").ID("roster-search").Class("input").Value(s.query).
		Placeholder(rt(lang, "roster.search")).Aria("label", rt(lang, "roster.search")).OnInput(s.onSearch)}
	if len(s.matches) == 0 {
		body = append(body, para("hint", "roster-none", rtf(lang, "roster.none_found", s.query)))
	}
	body = append(body, app.Ul().ID("roster-list").Class("plain-list").Body(items...))
	if pages := s.pages(); pages > 1 {
		body = append(body, app.Nav().Class("stepnav").Body(
			actionButton("roster-prev", rt(lang, "roster.prev"), s.page == 0, s.onPage).DataSet("page", s.page-1),
			app.Span().ID("roster-page").Text(rtf(lang, "roster.page", s.page+1, pages)),
			actionButton("roster-next", rt(lang, "roster.next"), s.page >= pages-1, s.onPage).DataSet("page", s.page+1),
		))
	}
	return app.Section().Body(body...)
}

// renderPerson draws one person's card on day today.
func (s *rosterScreen) renderPerson(i int, today string) app.UI {
	lang, p := s.lang, s.rec.People[i]
	line := p.Name
	for _, f := range []string{p.Department, p.Phone} {
		if f != "" {
			line += " · " + f
		}
	}
	var status []string
	if p.Class != roster.ClassNone {
		status = append(status, roster.ClassName(p.Class, lang))
	}
	if p.Risk != roster.RiskNone {
		status = append(status, strings.TrimPrefix(p.Region+" · ", " · ")+roster.RiskName(p.Risk, lang)+" "+p.Returned)
	}
	if p.QuarantineEnd != "" && !p.Cleared(today) {
		status = append(status, rtf(lang, "roster.quarantine_until", p.QuarantineEnd))
	}
	if p.OnSite {
		status = append(status, rt(lang, "roster.on_site"))
	}
	if p.Health == roster.HealthUnwell {
		status = append(status, "⚠ "+roster.HealthName(p.Health, lang))
	}
	return app.Li().Class("person").Body(
		app.P().Text(line),
		para("hint", "", strings.Join(status, "；")),
		actionButton("", rt(lang, "roster.edit"), false, s.onEdit).DataSet("action", "edit").DataSet("index", i),
		actionButton("", rt(lang, "roster.delete"), false, s.onDelete).DataSet("action", "delete").DataSet("index", i),
	)
}
