package ui

import (
	"time"

	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// newDraftInPark returns an empty draft in lang that carries the park a
// link set up on this phone, if any: its batch dates, thresholds,
// contacts and name then reach the result, the plan and the letter.
func newDraftInPark(lang string, now time.Time) *draft {
	d := newDraft(lang, now)
	if p, ok := loadLinkedPark(); ok {
		d.Answers.Park = p
	}
	return d
}

// parkOffer is shown under the park banner when the park a link set up
// differs from the park of the draft the user is working on: it says
// so, lists what applying the park would change (dates, thresholds, and
// so the category or batch), and applies it only when the user taps.
type parkOffer struct {
	app.Compo
	lang    string
	park    *assessment.Park
	d       *draft
	changes []assessment.ParkChange
	applied bool
}

// OnMount finds the linked park and the draft in use, and what would change.
func (o *parkOffer) OnMount(ctx app.Context) {
	o.lang = currentLang(ctx)
	ctx.ObserveState(langState, &o.lang)
	p, ok := loadLinkedPark()
	if !ok {
		return
	}
	s := journey()
	d := s.draft
	if d == nil {
		d = s.store.get(s.store.place.Draft)
	}
	if d == nil {
		if all := s.store.list(); len(all) > 0 {
			d = all[0]
		}
	}
	if d == nil || assessment.SamePark(d.Answers.Park, p) {
		return
	}
	o.park, o.d = &p, d
	o.changes = assessment.ParkChanges(d.Answers, p)
}

// apply gives the draft the linked park and saves it.
func (o *parkOffer) apply(ctx app.Context, e app.Event) {
	s := journey()
	if s.draft != o.d {
		s.open(o.d)
	}
	o.d.Answers.Park = *o.park
	s.changed()
	s.flush()
	o.applied = true
}

// Render draws the offer; nothing when there is nothing to offer.
func (o *parkOffer) Render() app.UI {
	lang := o.lang
	if lang == "" {
		lang = languages[0].Code
	}
	if o.park == nil {
		return app.Div().Class("park-offer-none")
	}
	if o.applied {
		return app.Div().Class("notice notice-ok").ID("park-applied").Attr("role", "status").Body(
			app.P().Text("✓ " + tf(lang, "parkapply.applied", o.park.Name, o.d.title(lang))),
		)
	}
	head := tf(lang, "parkapply.unset", o.d.title(lang))
	other := o.d.Answers.Park.Name != "" && o.d.Answers.Park.Name != o.park.Name
	if other {
		head = tf(lang, "parkapply.other", o.park.Name, o.d.title(lang), o.d.Answers.Park.Name)
	} else if o.d.Answers.Park.Name != "" {
		head = tf(lang, "parkapply.changed", o.d.title(lang))
	}
	return app.Section().Class("notice notice-warn park-offer").ID("park-offer").DataSet("other", other).Body(
		app.P().ID("park-offer-head").Text(head),
		app.If(len(o.changes) > 0, func() app.UI {
			return app.Ul().ID("park-offer-changes").Body(app.Range(o.changes).Slice(func(i int) app.UI {
				c := o.changes[i]
				return app.Li().DataSet("field", c.Field).Text(c.Label.In(lang) + t(lang, "punct.colon") +
					c.Old.In(lang) + " → " + c.New.In(lang))
			}))
		}),
		app.P().Class("muted").Text(t(lang, "parkapply.never_silent")),
		app.Button().Class("button button-primary").ID("park-apply").Text(t(lang, "parkapply.apply")).OnClick(o.apply),
	)
}
