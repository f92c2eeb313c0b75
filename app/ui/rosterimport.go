//go:build !noroster

package ui

import (
	"errors"
	"strings"
	"time"

	"fugong/app/browser"
	"fugong/roster"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// rosterFileMax is the largest spreadsheet the roster takes: far above
// any HR roster (2,000 people are about 100 KB as .xlsx).
const rosterFileMax = 20 << 20

// rosterImport is an import under way: nil rows while the worker reads
// the file; then the header found, the column mapping for the user to
// confirm, and the rows.
type rosterImport struct {
	rows     []roster.Row
	data     int // index in rows of the first data row
	labels   []string
	cols     roster.Columns
	choosing int // the column whose field is being chosen; -1 for none
}

// onFile has the worker read the chosen spreadsheet: the File goes to it
// as it is, never read on the page.
func (s *rosterScreen) onFile(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	var file app.Value
	size := 0
	browser.CatchJS(func() {
		if files := src.Get("files"); files.Truthy() && files.Length() > 0 {
			file = files.Index(0)
			size = file.Get("size").Int()
		}
	})
	if file == nil {
		return
	}
	browser.CatchJS(func() { src.Set("value", "") }) // the same file chosen again reads again
	if size > rosterFileMax {
		s.problem = roster.FileMessage(roster.FileTooLarge, s.lang)
		return
	}
	s.startImport()
	readSheet(ctx, file, s.onRows)
}

// onPaste has the worker read the pasted text, handed to it as a Blob
// made in the browser.
func (s *rosterScreen) onPaste(ctx app.Context, e app.Event) {
	var blob app.Value
	if browser.CatchJS(func() {
		blob = browser.JSBlob(app.Window().GetElementByID("roster-paste").Get("value"), "text/plain;charset=utf-8")
	}) != nil {
		s.problem = roster.FileMessage(roster.FileNoRows, s.lang)
		return
	}
	s.startImport()
	readSheet(ctx, blob, s.onRows)
}

// startImport shows that a file is being read.
func (s *rosterScreen) startImport() {
	s.imp = &rosterImport{}
	s.edit, s.notice, s.problem = nil, "", ""
}

// onRows takes the worker's table, its header found and its columns
// guessed, for the user to confirm.
func (s *rosterScreen) onRows(ctx app.Context, sh roster.Sheet, err error) {
	if s.imp == nil {
		return // cancelled meanwhile
	}
	var fe sheetFileError
	switch {
	case errors.As(err, &fe):
		s.imp, s.problem = nil, roster.FileMessage(fe.code, s.lang)
		return
	case errors.Is(err, errSheetWorker):
		s.imp, s.problem = nil, t(s.lang, "roster.worker_error")
		return
	case err != nil:
		s.imp, s.problem = nil, roster.FileMessage(roster.FileDamaged, s.lang)
		return
	}
	s.imp = &rosterImport{rows: sh.Rows, data: sh.Data, labels: sh.Labels, cols: sh.Cols, choosing: -1}
	s.pasting = false
	ctx.Defer(func(ctx app.Context) { markTime("rosterRead") })
}

// onChooseColumn opens the choice of the field of one column
// (data-column), in place of its button.
func (s *rosterScreen) onChooseColumn(ctx app.Context, e app.Event) {
	if s.imp == nil {
		return
	}
	i, ok := dataIndex(ctx, "column", len(s.imp.cols))
	if !ok {
		return
	}
	s.imp.choosing = i
	if s.ses != nil && s.ses.watching {
		// Through the screen's context: the button's is gone with the
		// button once the choice is drawn.
		s.ses.screen.Defer(func(app.Context) {
			browser.CatchJS(func() { app.Window().GetElementByID("roster-mapping-choice").Call("focus") })
		})
	}
}

// onMapColumn takes a change of one column's field (data-column); a
// field taken from another column leaves it. The choice closes.
func (s *rosterScreen) onMapColumn(ctx app.Context, e app.Event) {
	if s.imp == nil {
		return
	}
	i, ok := dataIndex(ctx, "column", len(s.imp.cols))
	if !ok {
		return
	}
	f := roster.Field(fromOption(ctx.JSSrc().Get("value").String()))
	for j, g := range s.imp.cols {
		if g == f && f != roster.FieldNone {
			s.imp.cols[j] = roster.FieldNone
		}
	}
	s.imp.cols[i] = f
	s.imp.choosing = -1
}

// noneOption is the value of an <option> that chooses nothing: an
// option's value "" is not written as an attribute, and the browser then
// takes the option's text for its value.
const noneOption = "-"

// optionValue is v as an <option>'s value.
func optionValue(v string) string {
	if v == "" {
		return noneOption
	}
	return v
}

// fromOption is the value an <option>'s value stands for.
func fromOption(v string) string {
	if v == noneOption {
		return ""
	}
	return v
}

// onImport reads the rows through the confirmed mapping into the roster,
// replacing it (with undo).
func (s *rosterScreen) onImport(ctx app.Context, e app.Event) {
	imp := s.imp
	if imp == nil || imp.rows == nil {
		return
	}
	if !imp.cols.Has(roster.FieldName) {
		s.problem = t(s.lang, "roster.need_name")
		return
	}
	before := s.snapshot()
	r, empty := roster.Import(imp.rows[imp.data:], imp.cols)
	s.rec.People, s.rec.Aside = r.People, r.Aside
	s.imp, s.problem = nil, ""
	s.notice = tf(s.lang, "roster.imported", len(r.People))
	if len(r.Aside) > 0 {
		s.notice += " " + tf(s.lang, "roster.import_aside", len(r.Aside))
	}
	if empty > 0 {
		s.notice += " " + tf(s.lang, "roster.import_empty", empty)
	}
	s.query, s.page = "", 0
	s.change(s.notice, before)
	s.undo.label = t(s.lang, "roster.import_file")
	// Work dispatched runs after this update, once the roster is drawn;
	// through the screen's context, since the button's is gone with the
	// import panel.
	if s.ses != nil && s.ses.watching {
		s.ses.screen.Dispatch(func(ctx app.Context) { markTime("rosterImported") })
	}
}

// renderImport draws the import under way: reading, or the mapping with
// a preview.
func (s *rosterScreen) renderImport() app.UI {
	lang, imp := s.lang, s.imp
	if imp.rows == nil {
		return para("notice", "roster-import", t(lang, "roster.reading")).Attr("role", "status")
	}
	// The preview: the mapped cells of the first five data rows, dates as dates.
	var preview []app.UI
	for _, row := range imp.rows[imp.data:min(imp.data+5, len(imp.rows))] {
		var cells []string
		for i, f := range imp.cols {
			if f != roster.FieldNone && i < len(row.Cells) {
				cells = append(cells, roster.FieldLabel(f, lang)+" "+roster.CellText(f, row.Cells[i]))
			}
		}
		preview = append(preview, app.Li().Text(strings.Join(cells, " · ")))
	}
	headerLine := 0
	if imp.data > 0 {
		headerLine = imp.rows[imp.data-1].Line
	}
	return app.Section().Class("card").ID("roster-import").Body(
		app.H2().Text(t(lang, "roster.mapping")),
		para("hint", "", t(lang, "roster.mapping_help")),
		app.P().ID("roster-header-row").Text(tf(lang, "roster.header_row", headerLine, len(imp.rows)-imp.data)),
		s.renderMapping(),
		app.H3().Text(t(lang, "roster.preview")),
		app.Ul().ID("roster-preview").Class("hint").Body(preview...),
		replaceWarning(lang, len(s.rec.People)),
		app.Nav().Class("stepnav").Body(
			button("button button-secondary", "roster-import-cancel", t(lang, "roster.cancel"), func(ctx app.Context, e app.Event) { s.imp, s.problem = nil, "" }),
			button("button button-primary", "roster-import-go", t(lang, "roster.import_go"), s.onImport),
		),
	)
}

// renderMapping draws the column mapping: each column's header and, on a
// button, the field it is read as; the button of the column being chosen
// gives way to a choice of the fields. One choice at a time keeps the
// panel light to draw: a choice of every field for every column is some
// 130 elements.
func (s *rosterScreen) renderMapping() app.UI {
	lang, imp := s.lang, s.imp
	rows := make([]app.UI, len(imp.labels))
	for i, l := range imp.labels {
		label := tf(lang, "roster.column", i+1, l)
		f := optionValue(string(imp.cols[i]))
		var choice app.UI
		if i == imp.choosing {
			fields := append([]roster.Field{roster.FieldNone}, roster.Fields...)
			opts := make([]app.UI, len(fields))
			for j, g := range fields {
				opts[j] = option(optionValue(string(g)), roster.FieldLabel(g, lang), f)
			}
			choice = app.Select().Class("input").ID("roster-mapping-choice").Aria("label", label).
				DataSet("column", i).OnChange(s.onMapColumn).Body(opts...)
		} else {
			choice = actionButton("", roster.FieldLabel(imp.cols[i], lang), false, s.onChooseColumn).
				Aria("label", label+" "+roster.FieldLabel(imp.cols[i], lang)).DataSet("column", i).DataSet("field", f)
		}
		rows[i] = app.Li().Body(app.Span().Text(label), choice)
	}
	return app.Ol().ID("roster-mapping").Class("plain-list").Body(rows...)
}

// replaceWarning says that an import replaces the n people on the roster;
// nil when there are none.
func replaceWarning(lang string, n int) app.UI {
	if n == 0 {
		return nil
	}
	return para("notice notice-warn", "", tf(lang, "roster.replace_warn", n))
}

// onExport has the worker write the roster as .xlsx or .csv (the button's
// data-format) and downloads it.
func (s *rosterScreen) onExport(ctx app.Context, e app.Event) {
	format := dataOf(ctx, "format")
	if s.exporting != "" || (format != "xlsx" && format != "csv") {
		return
	}
	s.exporting, s.problem = format, ""
	name := browser.FileName(t(s.lang, "roster.file_name"), s.d.enterprise(), time.Now(), format)
	writeSheet(ctx, format, t(s.lang, "roster.file_name"), s.rec.People, s.lang, func(ctx app.Context, blob app.Value, err error) {
		s.exporting = ""
		if err == nil {
			err = browser.DownloadBlob(name, blob)
		}
		if errors.Is(err, errSheetWorker) {
			s.problem = t(s.lang, "roster.worker_error")
		} else if err != nil {
			s.problem = err.Error()
		}
	})
}
