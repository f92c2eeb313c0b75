package ui

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"time"

	"fugong/app/browser"
	"fugong/assessment"
	"fugong/parkdesk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// registryPageSize is how many entries a page of the registry shows: the
// registry filters thousands in Go, but renders never more than this.
const registryPageSize = 50

// registryScreen is the park staff's registry: every enterprise collected
// on this phone, searchable (name, credit code, phone, plan ID), filtered
// by batch, category, readiness and priority, sorted, counted by batch in
// a small bar chart, and paged. Each entry opens to its details and can be
// deleted after a confirmation. The registry exports as CSV (for Excel)
// and as a JSON backup, and imports backups, merged without duplicates.
type registryScreen struct {
	screen
	state    string // "loading", "ready" or "error"
	errKey   string
	bad      int // stored codes that no longer decode
	entries  []parkdesk.Entry
	idx      []int // positions of the entries the query selects, in order
	q        parkdesk.Query
	page     int
	open     string                // code of the entry whose details are shown
	deleting string                // code of the entry awaiting confirmation of its deletion
	notice   string                // outcome of the last export, import or deletion
	refused  []string              // the records the last import refused, each with its position and reason
	kind     string                // its notice class: "notice-ok", "notice-warn", "notice-error"
	busy     bool                  // an import or export is running
	daily    []parkdesk.DailyEntry // the daily reports received, once asked for (dailyAll)
	stored   *parkdesk.OpenedRegistry
	read     [2]int // while loading: records read, of how many
	listed   bool   // the lists are drawn: they follow the picture's numbers (load)
	dash     dashboard
}

// OnMount loads the registry.
func (s *registryScreen) OnMount(ctx app.Context) {
	s.screen.OnMount(ctx)
	s.state = "loading"
	s.q.Sort = parkdesk.SortAdded
	s.load(ctx, "registryOpened")
}

// load reads the registry again and marks the time the first page shows.
func (s *registryScreen) load(ctx app.Context, mark string) {
	ctx.Async(func() {
		o, err := openRegistry(func(done, total int) {
			ctx.Dispatch(func(app.Context) { s.read = [2]int{done, total} })
		})
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				s.state, s.errKey = "error", idbErrorKey(err)
				app.Log("registry:", err)
				return
			}
			s.state, s.entries, s.stored, s.daily, s.bad = "ready", o.Entries, o, nil, o.Bad
			s.dash.setHistory(o.Histories)
			s.refilter()
			// The numbers first; the lists once the browser has painted them.
			s.listed = false
			ctx.Defer(func(ctx app.Context) {
				markTime(mark)
				browser.After(0, func() {
					ctx.Dispatch(func(ctx app.Context) {
						s.listed = true
						ctx.Defer(func(app.Context) { markTime(mark + "Listed") })
					})
				})
			})
		})
	})
}

// dailyAll returns the registry's daily reports: read from the store's
// records the first time a backup or an import asks for them, not when
// the registry opens.
func (s *registryScreen) dailyAll() []parkdesk.DailyEntry {
	if s.daily == nil && s.stored != nil {
		s.daily = s.stored.DailyEntries()
	}
	return s.daily
}

// refilter applies the query and keeps the page in range.
func (s *registryScreen) refilter() {
	s.idx = parkdesk.Filter(s.entries, s.q)
	s.dash.draw(s.entries, s.idx)
	if last := s.pages() - 1; s.page > last {
		s.page = last
	}
	if s.page < 0 {
		s.page = 0
	}
}

func (s *registryScreen) pages() int {
	return (len(s.idx) + registryPageSize - 1) / registryPageSize
}

// changed applies a new query and marks the time the rows are updated.
func (s *registryScreen) changed(ctx app.Context) {
	s.page = 0
	s.refilter()
	ctx.Defer(func(app.Context) { markTime("registryFiltered") })
}

func (s *registryScreen) onSearch(ctx app.Context, e app.Event) {
	if e.Get("type").String() == "input" && e.Get("isComposing").Truthy() {
		return // unfinished pinyin
	}
	text := ctx.JSSrc().Get("value").String()
	if text == s.q.Text {
		return
	}
	s.q.Text = text
	s.changed(ctx)
}

// selectInt reads a select's value as an int.
func selectInt(ctx app.Context) int {
	n, _ := strconv.Atoi(ctx.JSSrc().Get("value").String())
	return n
}

func (s *registryScreen) onBatch(ctx app.Context, e app.Event) {
	s.q.Batch = selectInt(ctx)
	s.changed(ctx)
}

func (s *registryScreen) onCategory(ctx app.Context, e app.Event) {
	s.q.Category = selectInt(ctx)
	s.changed(ctx)
}

func (s *registryScreen) onReadiness(ctx app.Context, e app.Event) {
	s.q.Readiness = assessment.Readiness(ctx.JSSrc().Get("value").String())
	s.changed(ctx)
}

func (s *registryScreen) onPriority(ctx app.Context, e app.Event) {
	v := ctx.JSSrc().Get("value").String()
	s.q.Priority, s.q.Flagged = 0, false
	switch v {
	case "1", "-1":
		s.q.Priority, _ = strconv.Atoi(v)
	case "flagged":
		s.q.Flagged = true
	}
	s.changed(ctx)
}

func (s *registryScreen) onSort(ctx app.Context, e app.Event) {
	s.q.Sort = ctx.JSSrc().Get("value").String()
	s.changed(ctx)
}

// onBar filters by the tapped bar's batch, or clears it when tapped again.
func (s *registryScreen) onBar(ctx app.Context, e app.Event) {
	b, _ := strconv.Atoi(ctx.JSSrc().Get("dataset").Get("batch").String())
	if s.q.Batch == b {
		b = 0
	}
	s.q.Batch = b
	s.changed(ctx)
}

func (s *registryScreen) onPage(ctx app.Context, e app.Event) {
	s.page += selectIntData(ctx, "step")
	s.refilter()
	browser.FocusTop("registry-list")
}

func selectIntData(ctx app.Context, key string) int {
	n, _ := strconv.Atoi(ctx.JSSrc().Get("dataset").Get(key).String())
	return n
}

func (s *registryScreen) onToggle(ctx app.Context, e app.Event) {
	code := ctx.JSSrc().Get("dataset").Get("code").String()
	if s.open == code {
		s.open = ""
	} else {
		s.open = code
	}
	s.deleting = ""
}

func (s *registryScreen) onDelete(ctx app.Context, e app.Event) {
	s.deleting = ctx.JSSrc().Get("dataset").Get("code").String()
}

func (s *registryScreen) onDeleteCancel(ctx app.Context, e app.Event) { s.deleting = "" }

func (s *registryScreen) onDeleteConfirm(ctx app.Context, e app.Event) {
	code := s.deleting
	if code == "" {
		return
	}
	ctx.Async(func() {
		err := browser.RegistryDelete(code)
		ctx.Dispatch(func(ctx app.Context) {
			s.deleting = ""
			if err != nil {
				s.refused, s.notice, s.kind = nil, t(s.lang, idbErrorKey(err)), "notice-error"
				return
			}
			kept := s.entries[:0:0]
			var name string
			for _, e := range s.entries {
				if e.Code == code {
					name = nameOr(s.lang, e.Summary.Name)
					continue
				}
				kept = append(kept, e)
			}
			parkdesk.Annotate(kept)
			s.entries, s.open = kept, ""
			s.refused, s.notice, s.kind = nil, tf(s.lang, "registry.deleted", name), "notice-ok"
			s.refilter()
		})
	})
}

// selected returns the entries the query selects, in order.
func (s *registryScreen) selected() []parkdesk.Entry {
	out := make([]parkdesk.Entry, len(s.idx))
	for i, k := range s.idx {
		out[i] = s.entries[k]
	}
	return out
}

// onExportCSV saves the selected entries as CSV.
func (s *registryScreen) onExportCSV(ctx app.Context, e app.Event) {
	var buf bytes.Buffer
	if err := parkdesk.WriteCSV(&buf, s.selected(), s.lang, time.Local); err != nil {
		s.refused, s.notice, s.kind = nil, err.Error(), "notice-error"
		return
	}
	name := "fugong-registry-" + time.Now().Format("2006-01-02-1504") + ".csv"
	if err := browser.Download(name, "text/csv;charset=utf-8", buf.Bytes()); err != nil {
		s.refused, s.notice, s.kind = nil, t(s.lang, "registry.export_failed"), "notice-error"
		return
	}
	s.refused, s.notice, s.kind = nil, tf(s.lang, "registry.exported_csv", len(s.idx), name), "notice-ok"
	n := buf.Len()
	browser.CatchJS(func() {
		app.Window().Get("document").Get("documentElement").Get("dataset").Set("registryExportBytes", n)
	})
	markTime("registryExported")
}

// onBackup saves the whole registry as a JSON backup.
func (s *registryScreen) onBackup(ctx app.Context, e app.Event) {
	data, err := parkdesk.EncodeRegistryBackup(s.entries, s.dailyAll())
	if err == nil {
		err = browser.Download("fugong-registry-backup-"+time.Now().Format("2006-01-02-1504")+".json", "application/json", data)
	}
	if err != nil {
		s.refused, s.notice, s.kind = nil, t(s.lang, "registry.export_failed"), "notice-error"
		return
	}
	s.refused, s.notice, s.kind = nil, tf(s.lang, "registry.exported_backup", len(s.entries)), "notice-ok"
	if s.stored != nil && len(s.stored.Newer) > 0 {
		s.notice, s.kind = s.notice+" "+tf(s.lang, "registry.backup_newer", len(s.stored.Newer)), "notice-warn"
	}
}

// onImport reads a backup and merges it.
func (s *registryScreen) onImport(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	var file app.Value
	browser.CatchJS(func() {
		if files := src.Get("files"); files.Truthy() && files.Length() > 0 {
			file = files.Index(0)
		}
	})
	browser.CatchJS(func() { src.Set("value", "") })
	if file == nil {
		return
	}
	if file.Get("size").Int() > parkdesk.MaxBackupSize {
		s.refused, s.notice, s.kind = nil, t(s.lang, "registry.import_too_large"), "notice-error"
		return
	}
	s.busy = true
	have, haveDaily, stored := s.entries, s.dailyAll(), s.stored
	lang := s.lang
	ctx.Async(func() {
		data, err := fileBytes(file)
		var notice, kind string
		var merged []parkdesk.Entry
		var refused []string // each record not imported: position and reason
		var mergedDaily []parkdesk.DailyEntry
		switch {
		case err != nil:
			notice, kind = t(lang, "registry.import_unreadable"), "notice-error"
		default:
			res, derr := parkdesk.ImportBackup(have, data)
			if derr != nil {
				var be *assessment.InputError
				if errors.As(derr, &be) {
					notice = be.Message.In(lang)
				} else {
					notice = derr.Error()
				}
				kind = "notice-error"
				break
			}
			if err := storeEntries(res.Changed); err != nil {
				notice, kind = t(lang, idbErrorKey(err)), "notice-error"
				break
			}
			merged = res.Entries
			notice, kind = tf(lang, "registry.imported", res.New, res.Known), "notice-ok"
			for _, r := range res.Refused {
				refused = append(refused, r.Describe(lang))
			}
			moreDaily, skippedDaily := parkdesk.DecodeBackupDaily(data)
			var recs []parkdesk.StoredRecord
			var setAside int
			mergedDaily, recs, setAside = stored.ImportDaily(merged, haveDaily, moreDaily, time.Now())
			if err := putStored(recs); err != nil {
				notice, kind, merged = t(lang, idbErrorKey(err)), "notice-error", nil
				break
			}
			if setAside > 0 {
				notice += " " + tf(lang, "registry.import_newer_daily", setAside)
				kind = "notice-warn"
			}
			if skippedDaily > 0 {
				notice += " " + tf(lang, "registry.import_skipped_daily", skippedDaily)
				kind = "notice-warn"
			}
			if len(refused) > 0 {
				notice += " " + tf(lang, "registry.import_refused", len(refused))
				kind = "notice-warn"
			}
		}
		ctx.Dispatch(func(ctx app.Context) {
			s.busy = false
			s.notice, s.kind, s.refused = notice, kind, refused
			if merged != nil {
				s.entries, s.daily = merged, mergedDaily
				s.dash.setHistory(parkdesk.DailyFigures(merged, mergedDaily))
				s.refilter()
			}
			ctx.Defer(func(app.Context) { markTime("registryImported") })
		})
	})
}

// Render draws the registry.
func (s *registryScreen) Render() app.UI {
	lang := s.lang
	var body []app.UI
	switch s.state {
	case "ready":
		body = append([]app.UI{registryRefusedNotice(lang)}, s.renderReady()...)
	case "error":
		body = []app.UI{app.Div().Class("notice notice-error").ID("registry-error").Attr("role", "alert").Body(
			app.P().Text("⚠ " + t(lang, s.errKey)))}
	default:
		msg := t(lang, "registry.loading")
		if s.read[1] > 0 {
			msg = tf(lang, "registry.loading_n", s.read[0], s.read[1])
		}
		body = []app.UI{app.P().Class("muted").ID("registry-loading").Attr("aria-live", "polite").Text(msg)}
	}
	return frame(lang, append([]app.UI{
		app.Section().ID("registry").Class("registry").DataSet("state", s.shownState()).
			DataSet("count", len(s.entries)).DataSet("shown", len(s.idx)).Body(
			app.H1().Text(t(lang, "registry.title")),
			app.P().Class("muted").Text(t(lang, "registry.intro")),
		),
	}, body...)...)
}

// shownState is the registry's state as the page says it: "drawing"
// while the lists of a registry just read are not drawn yet.
func (s *registryScreen) shownState() string {
	if s.state == "ready" && !s.listed {
		return "drawing"
	}
	return s.state
}

func (s *registryScreen) renderReady() []app.UI {
	lang := s.lang
	out := []app.UI{
		app.If(s.notice != "", func() app.UI {
			return app.Div().Class("notice "+s.kind).ID("registry-notice").Attr("role", "status").Body(
				app.P().Text(s.notice),
				app.If(len(s.refused) > 0, func() app.UI {
					return app.Ul().ID("registry-refused").Body(app.Range(s.refused).Slice(func(i int) app.UI {
						return app.Li().Text(s.refused[i])
					}))
				}),
			)
		}),
		app.If(s.stored != nil && (len(s.stored.Newer) > 0 || s.stored.NewerCodes > 0), func() app.UI {
			return app.Div().Class("notice notice-warn").ID("registry-newer").Attr("role", "alert").Body(
				app.If(len(s.stored.Newer) > 0, func() app.UI {
					return app.P().Text(tf(lang, "registry.newer_histories", len(s.stored.Newer)))
				}),
				app.If(s.stored.NewerCodes > 0, func() app.UI {
					return app.P().Text(tf(lang, "registry.newer_codes", s.stored.NewerCodes))
				}),
			)
		}),
		app.If(s.bad > 0, func() app.UI {
			return app.Div().Class("notice notice-warn").Body(app.P().Text(tf(lang, "registry.bad_records", s.bad)))
		}),
	}
	if len(s.entries) == 0 {
		return append(out,
			app.Div().Class("notice").ID("registry-empty").Body(app.P().Text(t(lang, "registry.empty"))),
			s.renderTransfer(),
		)
	}
	if !s.listed {
		return append(out, s.renderDashboard(), s.renderChart())
	}
	return append(out,
		s.renderDashboard(),
		s.renderChart(),
		s.renderFilters(),
		s.renderList(),
		s.renderTransfer(),
	)
}

// renderChart draws the counts per batch over the whole registry as bars;
// a bar filters by its batch.
func (s *registryScreen) renderChart() app.UI {
	lang := s.lang
	all := make([]int, len(s.entries))
	for i := range all {
		all[i] = i
	}
	counts := parkdesk.BatchCounts(s.entries, all)
	max := 1
	for _, n := range counts {
		if n > max {
			max = n
		}
	}
	bars := []int{1, 2, 3}
	if counts[0] > 0 {
		bars = append(bars, 0)
	}
	return app.Section().Class("reg-chart").ID("registry-chart").Attr("aria-label", t(lang, "registry.chart")).Body(
		app.H2().Text(tf(lang, "registry.count", len(s.entries))),
		app.Range(bars).Slice(func(i int) app.UI {
			b := bars[i]
			label := t(lang, "registry.batch_unknown")
			if b > 0 {
				label = tf(lang, "registry.batch_n", b)
			}
			filter := b
			if b == 0 {
				filter = -1
			}
			return app.Button().Class("reg-bar").DataSet("batch", filter).
				Aria("pressed", s.q.Batch == filter).OnClick(s.onBar).Body(
				app.Span().Class("reg-bar-label").Text(label),
				app.Span().Class("reg-bar-track").Body(
					app.Span().Class("reg-bar-fill reg-bar-"+itoa(b)).Style("width", fmt.Sprintf("%.1f%%", 100*float64(counts[b])/float64(max))),
				),
				app.Span().Class("reg-bar-count").DataSet("count", counts[b]).Text(itoa(counts[b])),
			)
		}),
	)
}

// option is one choice of a filter.
func option(value, label, current string) app.UI {
	return app.Option().Value(value).Selected(value == current).Text(label)
}

func (s *registryScreen) renderFilters() app.UI {
	lang := s.lang
	q := s.q
	prio := strconv.Itoa(q.Priority)
	if q.Flagged {
		prio = "flagged"
	}
	field := func(id, key string, sel app.UI) app.UI {
		return app.Label().Class("reg-filter").For(id).Body(app.Span().Text(t(lang, key)), sel)
	}
	return app.Section().Class("reg-filters").Body(
		app.Input().Type("search").ID("registry-search").Class("input").
			Placeholder("%s", t(lang, "registry.search")).Aria("label", t(lang, "registry.search")).
			Value(q.Text).AutoComplete(false).
			OnInput(s.onSearch).On("compositionend", s.onSearch).OnChange(s.onSearch),
		app.Div().Class("reg-filter-row").Body(
			field("filter-batch", "registry.f_batch", app.Select().ID("filter-batch").Class("input").OnChange(s.onBatch).Body(
				option("0", t(lang, "registry.any"), itoa(q.Batch)),
				option("1", tf(lang, "registry.batch_n", 1), itoa(q.Batch)),
				option("2", tf(lang, "registry.batch_n", 2), itoa(q.Batch)),
				option("3", tf(lang, "registry.batch_n", 3), itoa(q.Batch)),
				option("-1", t(lang, "registry.batch_unknown"), itoa(q.Batch)),
			)),
			field("filter-category", "registry.f_category", app.Select().ID("filter-category").Class("input").OnChange(s.onCategory).Body(
				option("0", t(lang, "registry.any"), itoa(q.Category)),
				option("1", categoryShort(lang, 1), itoa(q.Category)),
				option("2", categoryShort(lang, 2), itoa(q.Category)),
				option("3", categoryShort(lang, 3), itoa(q.Category)),
				option("4", categoryShort(lang, 4), itoa(q.Category)),
				option("-1", t(lang, "registry.category_unknown"), itoa(q.Category)),
			)),
			field("filter-readiness", "registry.f_readiness", app.Select().ID("filter-readiness").Class("input").OnChange(s.onReadiness).Body(
				option("", t(lang, "registry.any"), string(q.Readiness)),
				option("ready", assessment.ReadinessShort(assessment.Ready).In(lang), string(q.Readiness)),
				option("phased", assessment.ReadinessShort(assessment.Phased).In(lang), string(q.Readiness)),
				option("not_ready", assessment.ReadinessShort(assessment.NotReady).In(lang), string(q.Readiness)),
			)),
			field("filter-priority", "registry.f_priority", app.Select().ID("filter-priority").Class("input").OnChange(s.onPriority).Body(
				option("0", t(lang, "registry.any"), prio),
				option("1", t(lang, "registry.priority"), prio),
				option("-1", t(lang, "registry.no_priority"), prio),
				option("flagged", t(lang, "registry.flagged"), prio),
			)),
			field("filter-sort", "registry.f_sort", app.Select().ID("filter-sort").Class("input").OnChange(s.onSort).Body(
				option(parkdesk.SortAdded, t(lang, "registry.sort_added"), q.Sort),
				option(parkdesk.SortBatch, t(lang, "registry.sort_batch"), q.Sort),
				option(parkdesk.SortReadiness, t(lang, "registry.sort_readiness"), q.Sort),
				option(parkdesk.SortName, t(lang, "registry.sort_name"), q.Sort),
			)),
		),
	)
}

func (s *registryScreen) renderList() app.UI {
	lang := s.lang
	from := s.page * registryPageSize
	to := min(from+registryPageSize, len(s.idx))
	page := s.idx[from:to]
	return app.Section().Class("reg-list").ID("registry-list").Attr("tabindex", "-1").Body(
		app.P().Class("reg-shown").ID("registry-shown").Attr("aria-live", "polite").
			Text(tf(lang, "registry.shown", len(s.idx), len(s.entries))),
		app.Ul().Class("reg-rows").Body(app.Range(page).Slice(func(i int) app.UI {
			return s.renderRow(s.entries[page[i]])
		})),
		app.If(s.pages() > 1, func() app.UI {
			return app.Nav().Class("reg-pager").Body(
				app.Button().Class("button button-secondary button-small").ID("page-prev").DataSet("step", -1).
					Disabled(s.page == 0).OnClick(s.onPage).Text("‹ "+t(lang, "registry.prev")),
				app.Span().ID("page-of").Text(tf(lang, "registry.page", s.page+1, s.pages())),
				app.Button().Class("button button-secondary button-small").ID("page-next").DataSet("step", 1).
					Disabled(s.page >= s.pages()-1).OnClick(s.onPage).Text(t(lang, "registry.next")+" ›"),
			)
		}),
	)
}

func (s *registryScreen) renderRow(e parkdesk.Entry) app.UI {
	lang := s.lang
	open := s.open == e.Code
	return app.Li().Class("reg-row").DataSet("plan", e.Summary.PlanID).Body(
		app.Button().Class("reg-row-head").DataSet("code", e.Code).Aria("expanded", open).OnClick(s.onToggle).Body(
			app.Span().Class("reg-row-name").Text(nameOr(lang, e.Summary.Name)),
			entryBadges(lang, e),
		),
		app.If(open, func() app.UI {
			return app.Div().Class("reg-row-body").Body(
				app.If(len(e.Flags) > 0, func() app.UI {
					return app.Ul().Class("entry-flags").Body(app.Range(e.Flags).Slice(func(i int) app.UI {
						return app.Li().DataSet("flag", e.Flags[i].Code).Text("⚠ " + e.Flags[i].Message.In(lang))
					}))
				}),
				entryDetails(lang, e),
				app.If(s.deleting == e.Code, func() app.UI {
					return app.Div().Class("confirm-box").Body(
						app.P().Class("confirm").Attr("role", "alert").Text(tf(lang, "registry.confirm_delete", nameOr(lang, e.Summary.Name))),
						app.Div().Class("actions").Body(
							app.Button().Class("button button-danger").ID("delete-confirm").Text(t(lang, "registry.delete")).OnClick(s.onDeleteConfirm),
							app.Button().Class("button button-secondary").ID("delete-cancel").Text(t(lang, "registry.cancel")).OnClick(s.onDeleteCancel),
						),
					)
				}).Else(func() app.UI {
					return app.Div().Class("actions").Body(
						app.Button().Class("button button-secondary button-small reg-delete").DataSet("code", e.Code).
							Text(t(lang, "registry.delete")).OnClick(s.onDelete),
					)
				}),
			)
		}),
	)
}

func (s *registryScreen) renderTransfer() app.UI {
	lang := s.lang
	return app.Section().Class("reg-transfer").Body(
		app.H2().Text(t(lang, "registry.transfer")),
		app.P().Class("muted").Text(t(lang, "registry.transfer_help")),
		app.Div().Class("actions").Body(
			app.Button().Class("button button-primary").ID("export-csv").Disabled(len(s.idx) == 0 || s.busy).
				OnClick(s.onExportCSV).Text(tf(lang, "registry.export_csv", len(s.idx))),
			app.Button().Class("button button-secondary").ID("export-backup").Disabled(len(s.entries) == 0 || s.busy).
				OnClick(s.onBackup).Text(t(lang, "registry.backup")),
			app.Label().Class("button button-secondary file-button").For("import-backup").Body(
				app.Text(t(lang, "registry.import")),
				app.Input().Type("file").ID("import-backup").Class("visually-hidden").
					Accept(".json,application/json").Disabled(s.busy).OnChange(s.onImport),
			),
		),
	)
}
