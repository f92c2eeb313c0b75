package ui

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fugong/app/browser"
	"fugong/assessment"
	"fugong/assessment/qrcode"
	"fugong/internal/workerjob"
	"fugong/parkdesk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// parkScreen is the park staff's page (/park): they fill in their park's
// setup and get one link, its QR code (PNG, SVG) and an A4 poster to
// print. Everything happens on the page; nothing is sent anywhere.
type parkScreen struct {
	screen
	form parkForm

	link     string // the link, when the setup is complete and valid
	qr       *qrcode.LinkQR
	qrData   string // data: URL of the QR code's PNG
	problems map[string]string
	copyNote string            // "park.copied" or "park.copy_manual" after a tap
	poster   string            // "", "busy" or a failure message
	paper    string            // the paper version: "", "busy" or a failure message
	subs     map[string]string // by PDF ("poster", "paper"): the characters it printed as □ (substitutedNote)
}

// parkForm is what the staff typed, as typed.
type parkForm struct {
	Name, Category, District, Contact, Phone, Hotline string
	Batch                                             [3]string
	Cat1, Cat3, Few                                   string
	Offered                                           map[string]bool
	Notes                                             map[string]string
	Lang                                              string
	Zones, Industries                                 string // names, one a line (splitNames)
}

// OnMount starts with an empty form.
func (s *parkScreen) OnMount(ctx app.Context) {
	s.screen.OnMount(ctx)
	s.form.Offered = map[string]bool{}
	s.form.Notes = map[string]string{}
	s.update()
}

// park builds the setup from the form. A number that cannot be read is
// kept as NaN, so that validation reports it.
func (f parkForm) park() assessment.Park {
	p := assessment.Park{
		Name:     strings.TrimSpace(f.Name),
		District: strings.TrimSpace(f.District),
		Contact:  strings.TrimSpace(f.Contact),
		Phone:    strings.TrimSpace(assessment.HalfWidth(f.Phone)),
		Hotline:  strings.TrimSpace(assessment.HalfWidth(f.Hotline)),
		Batch1:   f.Batch[0],
		Batch2:   f.Batch[1],
		Batch3:   f.Batch[2],
		Lang:     f.Lang,
	}
	p.Zones, p.Industries = splitNames(f.Zones), splitNames(f.Industries)
	p.Category, _ = strconv.Atoi(f.Category)
	num := func(s string) *float64 {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		v, ok := parseNumber(s)
		if !ok {
			v = -1 // out of every range: validation names the field
		}
		return &v
	}
	p.Cat1MinAutomationShare = num(f.Cat1)
	p.Cat3MinAreaPerWorker = num(f.Cat3)
	p.FewWorkersMax = num(f.Few)
	for _, m := range assessment.SupportMeasures() {
		if f.Offered[m.ID] {
			p.Support = append(p.Support, assessment.Offer{ID: m.ID, Note: strings.TrimSpace(f.Notes[m.ID])})
		}
	}
	return p
}

// parkLinkBase is the kit's own address: where a park link leads.
func parkLinkBase() string {
	if app.IsServer {
		return "/"
	}
	return app.Window().Get("location").Get("origin").String() + Prefix() + "/"
}

// update makes the link and its QR code again from the form.
func (s *parkScreen) update() {
	p := s.form.park()
	s.problems = map[string]string{}
	s.link, s.qr, s.qrData, s.copyNote, s.poster, s.subs = "", nil, "", "", "", nil
	if p.Name == "" {
		return
	}
	for _, pr := range parkdesk.CheckParkLink(p) {
		field := strings.TrimPrefix(pr.Question, "park.")
		if _, dup := s.problems[field]; !dup {
			s.problems[field] = pr.Message.In(s.lang)
		}
	}
	if len(s.problems) > 0 {
		return
	}
	link, err := parkdesk.ParkLinkURL(parkLinkBase(), p)
	if err != nil {
		s.problems["name"] = err.Error()
		return
	}
	code, err := qrcode.EncodeLink(link, qrcode.LevelM)
	if err != nil {
		s.problems["name"] = err.Error()
		return
	}
	s.link, s.qr = link, code
	s.qrData = "data:image/png;base64," + base64.StdEncoding.EncodeToString(code.PNG(4))
}

// Render draws the page.
func (s *parkScreen) Render() app.UI {
	l := s.lang
	f := &s.form
	return frame(l,
		app.H1().ID("park-title").TabIndex(-1).Text(t(l, "park.title")),
		app.P().Class("muted").Text(t(l, "park.intro")),

		app.H2().Text(t(l, "park.section.park")),
		app.Div().Class("fields").Body(
			s.textField("name", t(l, "park.name"), &f.Name, "text"),
			s.selectField("category", t(l, "park.category"), &f.Category, []parkOption{
				{"", t(l, "park.category.none")}, {"1", t(l, "park.category.1")}, {"2", t(l, "park.category.2")},
				{"3", t(l, "park.category.3")}, {"4", t(l, "park.category.4")},
			}),
			s.textField("district", t(l, "park.district"), &f.District, "text"),
			s.textField("contact", t(l, "park.contact"), &f.Contact, "text"),
			s.textField("phone", t(l, "park.phone"), &f.Phone, "tel"),
			s.textField("hotline", t(l, "park.hotline"), &f.Hotline, "tel"),
			s.selectField("lang", t(l, "park.lang"), &f.Lang, s.langOptions()),
		),

		app.H2().Text(t(l, "park.section.batches")),
		app.Div().Class("fields").Body(
			s.textField("batch1", t(l, "park.batch1"), &f.Batch[0], "date"),
			s.textField("batch2", t(l, "park.batch2"), &f.Batch[1], "date"),
			s.textField("batch3", t(l, "park.batch3"), &f.Batch[2], "date"),
		),

		app.H2().Text(t(l, "park.section.rules")),
		app.Div().Class("fields").Body(
			s.textField("cat1_min_automation_share", tf(l, "park.cat1", assessment.DefaultThresholds.Cat1MinAutomationShare), &f.Cat1, "decimal"),
			s.textField("cat3_min_area_per_worker", tf(l, "park.cat3", assessment.DefaultThresholds.Cat3MinAreaPerWorker), &f.Cat3, "decimal"),
			s.textField("few_workers_max", tf(l, "park.few", assessment.DefaultThresholds.FewWorkersMax), &f.Few, "numeric"),
		),

		s.renderNames(),

		app.H2().Text(t(l, "park.section.support")),
		app.P().Class("help").Text(t(l, "park.measure.optional")),
		s.renderMeasures(),
		app.If(s.problems["support"] != "", func() app.UI {
			return app.P().Class("field-error").ID("park-support-error").Text(s.problems["support"])
		}),

		app.H2().Text(t(l, "park.section.link")),
		s.renderLink(),
	)
}

type parkOption struct{ value, label string }

func (s *parkScreen) langOptions() []parkOption {
	opts := []parkOption{{"", t(s.lang, "park.lang.none")}}
	for _, lg := range languages {
		opts = append(opts, parkOption{lg.Code, lg.Name})
	}
	return opts
}

// textField is one labelled input bound to *dst. kind is an input type
// ("text", "tel", "date") or an inputmode for numbers ("decimal",
// "numeric"). Chinese input is taken at compositionend and change, not
// while pinyin is being composed. No maxlength: a browser cuts what is
// pasted to it without a word; CheckParkLink says what is too long.
func (s *parkScreen) textField(id, label string, dst *string, kind string) app.UI {
	inputID := "park-" + id
	msg := s.problems[id]
	in := app.Input().ID(inputID).Class("input").Value(*dst).
		Aria("invalid", msg != "").
		OnInput(func(ctx app.Context, e app.Event) {
			if e.Get("isComposing").Truthy() {
				return
			}
			*dst = ctx.JSSrc().Get("value").String()
			s.update()
		}).
		OnChange(func(ctx app.Context, e app.Event) {
			*dst = ctx.JSSrc().Get("value").String()
			s.update()
		}).
		On("compositionend", func(ctx app.Context, e app.Event) {
			*dst = ctx.JSSrc().Get("value").String()
			s.update()
		})
	switch kind {
	case "decimal", "numeric":
		in = in.Type("text").Attr("inputmode", kind)
	default:
		in = in.Type(kind)
	}
	if msg != "" {
		in = in.Aria("describedby", inputID+"-error")
	}
	return app.Div().Class("field").Body(
		app.Label().Class("field-label").For(inputID).Text(label),
		in,
		app.If(msg != "", func() app.UI {
			return app.P().Class("field-error").ID(inputID + "-error").Text(msg)
		}),
	)
}

func (s *parkScreen) selectField(id, label string, dst *string, opts []parkOption) app.UI {
	inputID := "park-" + id
	msg := s.problems[id]
	return app.Div().Class("field").Body(
		app.Label().Class("field-label").For(inputID).Text(label),
		app.Select().ID(inputID).Class("input").
			OnChange(func(ctx app.Context, e app.Event) {
				*dst = ctx.JSSrc().Get("value").String()
				s.update()
			}).
			Body(app.Range(opts).Slice(func(i int) app.UI {
				return app.Option().Value(opts[i].value).Selected(opts[i].value == *dst).Text(opts[i].label)
			})),
		app.If(msg != "", func() app.UI {
			return app.P().Class("field-error").Text(msg)
		}),
	)
}

func (s *parkScreen) renderMeasures() app.UI {
	measures := assessment.SupportMeasures()
	return app.Div().Class("park-measures").Body(
		app.Range(measures).Slice(func(i int) app.UI {
			m := measures[i]
			on := s.form.Offered[m.ID]
			return app.Div().Class("park-measure").DataSet("measure", m.ID).Body(
				app.Label().Class("option").Body(
					app.Input().Type("checkbox").ID("park-measure-"+m.ID).Checked(on).
						OnChange(func(ctx app.Context, e app.Event) {
							s.form.Offered[m.ID] = ctx.JSSrc().Get("checked").Bool()
							s.update()
						}),
					app.Span().Text(m.Label.In(s.lang)),
				),
				app.If(on, func() app.UI {
					note := s.form.Notes[m.ID]
					return app.Input().Type("text").Class("input park-note").ID("park-note-"+m.ID).
						Aria("label", m.Label.In(s.lang)+" — "+t(s.lang, "park.note")).
						Placeholder(t(s.lang, "park.note")).MaxLength(parkdesk.MaxLinkNote).Value(note).
						OnInput(func(ctx app.Context, e app.Event) {
							if e.Get("isComposing").Truthy() {
								return
							}
							s.form.Notes[m.ID] = ctx.JSSrc().Get("value").String()
							s.update()
						}).
						OnChange(func(ctx app.Context, e app.Event) {
							s.form.Notes[m.ID] = ctx.JSSrc().Get("value").String()
							s.update()
						})
				}),
			)
		}),
	)
}

func (s *parkScreen) renderLink() app.UI {
	l := s.lang
	if s.link == "" {
		key := "park.fill_name"
		if len(s.problems) > 0 {
			key = "park.fix"
		}
		return app.P().Class("notice notice-warn").ID("park-link-missing").Text(t(l, key))
	}
	return app.Div().Class("park-result").Body(
		app.Label().Class("field-label").For("park-link").Text(t(l, "park.link")),
		app.Textarea().ID("park-link").Class("input park-link").ReadOnly(true).Rows(4).Text(s.link),
		app.P().Class("muted").ID("park-link-stats").Text(fmt.Sprintf(t(l, "park.link_stats"), len(s.link), s.qr.Version, s.qr.Level)),
		app.Div().Class("actions").Body(
			app.Button().Class("button button-primary").ID("park-copy").Text(t(l, "park.copy")).OnClick(s.copyLink),
		),
		app.If(s.copyNote != "", func() app.UI {
			return app.P().Class("notice notice-ok").ID("park-copy-note").Attr("role", "status").Text(t(l, s.copyNote))
		}),
		app.Img().ID("park-qr").Class("park-qr").Src(s.qrData).Alt(t(l, "park.qr_alt")),
		app.Div().Class("actions actions-end").Body(
			app.Button().Class("button button-secondary").ID("park-png").Text(t(l, "park.png")).
				OnClick(func(ctx app.Context, e app.Event) { s.save("png", "image/png", s.qr.PNG(10)) }),
			app.Button().Class("button button-secondary").ID("park-svg").Text(t(l, "park.svg")).
				OnClick(func(ctx app.Context, e app.Event) { s.save("svg", "image/svg+xml", s.qr.SVG()) }),
			app.Button().Class("button button-secondary").ID("park-poster").Disabled(s.poster == "busy").
				Text(t(l, "park.poster")).OnClick(s.makePoster),
			s.paperButton(),
		),
		app.If(s.poster == "busy", func() app.UI {
			return app.P().Class("muted").Attr("role", "status").Text(t(l, "park.poster_busy"))
		}).ElseIf(s.poster != "", func() app.UI {
			return app.P().Class("notice notice-error").ID("park-poster-error").Attr("role", "alert").Text(s.poster)
		}),
		s.subsNote("poster"),
		s.paperNote(),
	)
}

// save downloads the QR code, named after the park.
func (s *parkScreen) save(ext, mime string, data []byte) {
	if err := browser.Download(browser.FileName("园区二维码", s.form.park().Name, time.Now(), ext), mime, data); err != nil {
		s.poster = t(s.lang, "park.download_failed")
	}
}

// saveBlob downloads blob as name, saying so when the browser refuses.
func (s *parkScreen) saveBlob(name string, blob app.Value) {
	if err := browser.DownloadBlob(name, blob); err != nil {
		s.poster = t(s.lang, "park.download_failed")
	}
}

// copyLink copies the link with the Clipboard API; where that is missing
// or refused, it selects the link's text so the user can copy it.
func (s *parkScreen) copyLink(ctx app.Context, e app.Event) {
	link := s.link
	selectText := func() {
		browser.CatchJS(func() {
			el := app.Window().GetElementByID("park-link")
			el.Call("focus")
			el.Call("select")
			app.Window().Get("document").Call("execCommand", "copy")
		})
	}
	var promise app.Value
	err := browser.CatchJS(func() {
		clip := app.Window().Get("navigator").Get("clipboard")
		if !clip.Truthy() {
			panic("no clipboard")
		}
		promise = clip.Call("writeText", link)
	})
	if err != nil {
		selectText()
		s.copyNote = "park.copy_manual"
		return
	}
	ctx.Async(func() {
		_, err := browser.Await(promise)
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				selectText()
				s.copyNote = "park.copy_manual"
				return
			}
			s.copyNote = "park.copied"
		})
	})
}

// makePoster has the PDF worker write the poster (the page does not
// freeze meanwhile), then downloads it.
func (s *parkScreen) makePoster(ctx app.Context, e app.Event) {
	park, link, lang := s.form.park(), s.link, s.lang
	s.poster = "busy"
	s.noteSubs("poster", nil)
	job := workerjob.Job{Kind: workerjob.Poster, Park: &park, Link: link, Base: parkLinkBase()}
	makePDF(ctx, job, func(app.Context, pdfStage) {},
		func(ctx app.Context, pdf app.Value, subs []pdfSub, err error) {
			switch {
			case err == errNoFont:
				s.poster = fmt.Sprintf(t(lang, "park.poster_failed"), t(lang, "park.poster_nofont"))
			case err != nil:
				s.poster = fmt.Sprintf(t(lang, "park.poster_failed"), err.Error())
			default:
				s.poster = ""
				s.noteSubs("poster", subs)
				s.saveBlob(browser.FileName("复工复产海报", s.form.park().Name, time.Now(), "pdf"), pdf)
			}
		})
}
