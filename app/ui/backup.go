package ui

import (
	"bytes"
	"encoding/json"
	"errors"
	"time"

	"fugong/app/browser"
	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// answersFileName is the export's file name.
func answersFileName(d *draft, day time.Time) string {
	return browser.FileName("复工复产答案", d.enterprise(), day, "json")
}

// exportButton downloads a draft as an answers file, the command line's
// format.
func exportButton(lang string, d *draft, id string) app.UI {
	return app.Button().Class("button button-secondary").ID(id).DataSet("draft", d.ID).
		Text(t(lang, "backup.export")).OnClick(onExport)
}

// onExport exports the draft named by the button's data-draft.
func onExport(ctx app.Context, e app.Event) {
	d := journey().store.get(dataOf(ctx, "draft"))
	if d == nil {
		return
	}
	data, err := d.Answers.Encode()
	if err == nil {
		data, err = withRoster(data, loadRoster(journey().store.st, d.ID))
	}
	if err == nil {
		err = browser.Download(answersFileName(d, time.Now()), "application/json", data)
	}
	if err != nil {
		app.Window().Call("alert", t(currentLang(ctx), "backup.export_failed"))
	}
}

// dataOf reads the data-NAME attribute of the element an event came from.
// Handlers read what they act on from the element, never from captured
// variables: go-app keeps an element's first handler while its code is
// unchanged, so a captured variable may belong to an earlier render.
func dataOf(ctx app.Context, name string) string {
	v := ctx.JSSrc().Get("dataset").Get(name)
	if !v.Truthy() {
		return ""
	}
	return v.String()
}

// importProblem is one reason an answers file was refused: the field (a
// question's label, or a field of the file) and what is wrong with it.
type importProblem struct {
	Field   string
	Message string
}

// errRefused says an import was refused; the problems say why.
var errRefused = errors.New("answers file refused")

// errBackupRosterNewer says the roster in an answers file was written by a
// newer version of the kit: updating the kit, not exporting again, helps.
var errBackupRosterNewer = errors.New("answers file: the roster is of a newer version")

// readImport reads an answers file for import, with the draft's staff
// roster when the file holds one (withRoster; nil when it does not). A
// file that is not an answers file, whose answers are wrong (of the wrong
// type, out of range, not a choice…) or whose roster cannot be read, is
// refused with its problems, in lang; answers merely missing are fine,
// since a draft may be unfinished.
func readImport(data []byte, lang string) (*assessment.Answers, *rosterRecord, []importProblem, error) {
	a, ps, err := readAnswersImport(data, lang)
	if err != nil {
		return nil, nil, ps, err
	}
	rec, err := backupRoster(data)
	if err != nil {
		key := "roster.backup_bad"
		if errors.Is(err, errBackupRosterNewer) {
			key = "roster.backup_newer"
		}
		return nil, nil, []importProblem{{Field: t(lang, "roster.title"), Message: t(lang, key)}}, errRefused
	}
	return a, rec, nil, nil
}

// readAnswersImport reads the answers of an answers file for import (see
// readImport).
func readAnswersImport(data []byte, lang string) (*assessment.Answers, []importProblem, error) {
	a, err := assessment.ParseAnswers(data)
	if err != nil {
		var fe *assessment.InputError
		if errors.As(err, &fe) {
			field := fe.Field
			if field == "" {
				field = t(lang, "backup.file")
			}
			return nil, []importProblem{{Field: field, Message: fe.Message.In(lang)}}, errRefused
		}
		return nil, []importProblem{{Field: t(lang, "backup.file"), Message: err.Error()}}, errRefused
	}
	var top struct{ Answers json.RawMessage }
	if json.Unmarshal(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), &top) != nil || top.Answers == nil || string(top.Answers) == "null" {
		// another of the kit's files (a registry backup, a roster), or
		// none: it would become an empty draft
		return nil, []importProblem{{Field: t(lang, "backup.file"), Message: t(lang, "backup.not_answers")}}, errRefused
	}
	var ps []importProblem
	for _, p := range assessment.Validate(a) {
		if p.Severity != assessment.Error || p.Code == assessment.CodeRequired {
			continue
		}
		ps = append(ps, importProblem{Field: questionLabel(p.Question, lang), Message: p.Message.In(lang)})
	}
	if len(ps) > 0 {
		return nil, ps, errRefused
	}
	if !assessment.ValidLang(a.Lang) {
		a.Lang = lang
	}
	return a, nil, nil
}

// questionLabel names a question for people; other fields keep their ID.
func questionLabel(id, lang string) string {
	if q, ok := assessment.Lookup(id); ok {
		return q.Label.In(lang)
	}
	if id == "" {
		return t(lang, "backup.file")
	}
	return id
}

// readFile reads the first file chosen in the file input src, off the UI
// goroutine, and hands its bytes (or why they could not be read) to done
// on the UI goroutine.
func readFile(ctx app.Context, src app.Value, done func(ctx app.Context, data []byte, err error)) {
	var file app.Value
	err := browser.CatchJS(func() {
		if files := src.Get("files"); files.Truthy() && files.Length() > 0 {
			file = files.Index(0)
		}
	})
	if err != nil || file == nil {
		return
	}
	if file.Get("size").Int() > assessment.MaxFileSize {
		done(ctx, nil, errTooLarge)
		return
	}
	ctx.Async(func() {
		data, err := fileBytes(file)
		ctx.Dispatch(func(ctx app.Context) { done(ctx, data, err) })
	})
}

// errTooLarge says a chosen file is far larger than an answers file.
var errTooLarge = errors.New("file too large")

// fileBytes reads a chosen file (a File from an input's files) whole. It
// waits for the browser, so call it off the UI goroutine (in ctx.Async).
func fileBytes(file app.Value) ([]byte, error) {
	var data []byte
	var promise app.Value
	err := browser.CatchJS(func() { promise = file.Call("arrayBuffer") })
	if err == nil {
		var buf app.Value
		if buf, err = browser.Await(promise); err == nil {
			err = browser.CatchJS(func() { data = browser.BytesFromJS(buf) })
		}
	}
	return data, err
}
