package ui

import (
	"bytes"
	"errors"
	"strings"
	"time"

	"fugong/assessment"
	"fugong/assessment/pdf"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pdfStage is how far the making of a PDF has got.
type pdfStage int

// The stages of making a PDF, in order.
const (
	stageIdle  pdfStage = iota
	stageFont           // fetching the font (from the service worker's cache once cached)
	stageWrite          // laying the plan out and writing the PDF
	stageDone
)

// pdfFont is the font, parsed once per page.
var pdfFont *pdf.Font

// errNoFont says the font could not be fetched or read.
var errNoFont = errors.New("font unavailable")

// loadFont fetches and parses the PDF font the first time. Call it off the
// UI goroutine.
func loadFont() (*pdf.Font, error) {
	if pdfFont != nil {
		return pdfFont, nil
	}
	var promise app.Value
	if err := catchJS(func() { promise = app.Window().Call("fetch", app.Getenv("FUGONG_FONT_URL")) }); err != nil {
		return nil, errNoFont
	}
	res, err := await(promise)
	if err != nil || !res.Get("ok").Bool() {
		return nil, errNoFont
	}
	buf, err := await(res.Call("arrayBuffer"))
	if err != nil {
		return nil, errNoFont
	}
	var data []byte
	if err := catchJS(func() { data = bytesFromJS(buf) }); err != nil {
		return nil, errNoFont
	}
	f, err := pdf.LoadFont(data)
	if err != nil {
		return nil, errNoFont
	}
	pdfFont = f
	return f, nil
}

// warmFont fetches the font once in the background, without reading it,
// so that the service worker has cached it before the user goes offline:
// a PDF can then be made with no network.
func warmFont() {
	if app.IsServer {
		return
	}
	after(3*time.Second, func() {
		url := app.Getenv("FUGONG_FONT_URL")
		if url == "" || pdfFont != nil {
			return
		}
		ignore := app.FuncOf(func(this app.Value, args []app.Value) any { return nil })
		app.Window().Call("fetch", url).Call("then", ignore, ignore)
	})
}

// pdfFileName is the PDF's file name: 复工复产方案-<enterprise>-<date>.pdf.
func pdfFileName(enterprise string, day time.Time) string {
	return fileName("复工复产方案", enterprise, day, "pdf")
}

// makePDF writes plan as a PDF without freezing the page: it runs in
// ctx.Async, yields to the browser before each slow stage so the progress
// shown by stage (called on the UI goroutine) is drawn, and hands the
// bytes to done on the UI goroutine.
func makePDF(ctx app.Context, plan *assessment.Plan, stage func(app.Context, pdfStage),
	done func(ctx app.Context, data []byte, subs []pdf.Substitution, err error)) {
	stage(ctx, stageFont)
	ctx.Async(func() {
		time.Sleep(40 * time.Millisecond) // let the browser draw the progress
		font, err := loadFont()
		if err != nil {
			ctx.Dispatch(func(ctx app.Context) { done(ctx, nil, nil, err) })
			return
		}
		ctx.Dispatch(func(ctx app.Context) { stage(ctx, stageWrite) })
		time.Sleep(40 * time.Millisecond)
		var buf bytes.Buffer
		var subs []pdf.Substitution
		if perr := catchJS(func() { subs, err = pdf.Write(&buf, plan, font) }); perr != nil {
			err = perr
		}
		data := buf.Bytes()
		ctx.Dispatch(func(ctx app.Context) { done(ctx, data, subs, err) })
	})
}

// substitutionList says which characters the font lacks and where they
// are: "𠮷（企业名称）、😀（（三）食堂）".
func substitutionList(lang string, plan *assessment.Plan, subs []pdf.Substitution) string {
	titles := map[string]string{}
	for _, s := range plan.Sections {
		titles[s.ID] = s.Title
	}
	seen := map[string]bool{}
	var parts []string
	for _, s := range subs {
		where := titles[s.Section]
		switch {
		case s.Section != "" && where == "":
			where = s.Section
		case s.Section == "" && strings.ContainsRune(plan.Enterprise, s.Char):
			where = t(lang, "pdf.where_name")
		case s.Section == "":
			where = t(lang, "pdf.where_page")
		}
		part := string(s.Char) + "（" + where + "）"
		if !seen[part] {
			seen[part] = true
			parts = append(parts, part)
		}
	}
	return strings.Join(parts, "、")
}
