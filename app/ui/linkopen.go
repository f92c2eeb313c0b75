package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"fugong/app/browser"
	"fugong/assessment"
	"fugong/parkdesk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// parkKey is the localStorage key of the park a link set up: the JSON of
// an assessment.Park. The journey copies it into new drafts.
const parkKey = "fugong.park"

// linkOutcome is what the park link in this page's address did, read once
// when the program starts.
var linkOutcome struct {
	read bool
	park *assessment.Park       // the park the link set, when it was valid
	err  *assessment.InputError // why the link could not be used
}

// init reads the park link before go-app routes the page, so the setup is
// stored whichever screen the link opens.
func init() {
	if app.IsServer {
		return
	}
	browser.CatchJS(readParkLink)
}

// readParkLink reads a park link from the address's fragment (#p=…). A
// valid link's park is stored under parkKey; either way the fragment is
// taken out of the address, so a reload or a bookmark does not read it
// again. A broken link changes nothing stored: the kit goes on with what
// it had (its defaults, or an earlier park).
func readParkLink() {
	loc := app.Window().Get("location")
	hash := loc.Get("hash").String()
	if !strings.HasPrefix(hash, "#") {
		return
	}
	payload, ok := parkdesk.ParkLinkPayload(hash)
	if !ok {
		return
	}
	linkOutcome.read = true
	p, err := parkdesk.DecodeParkLink("#" + parkdesk.ParkLinkParam + "=" + payload)
	if err != nil {
		var le *assessment.InputError
		if !errors.As(err, &le) {
			le = parkdesk.ErrLinkMalformed
		}
		linkOutcome.err = le
	} else {
		linkOutcome.park = &p
		storeLinkedPark(p)
	}
	app.Window().Get("history").Call("replaceState", nil, "",
		loc.Get("pathname").String()+loc.Get("search").String())
}

// storeLinkedPark saves p under parkKey; a browser without storage keeps
// it for this page only.
func storeLinkedPark(p assessment.Park) {
	data, err := json.Marshal(p)
	if err != nil {
		return
	}
	browser.CatchJS(func() { app.Window().Get("localStorage").Call("setItem", parkKey, string(data)) })
}

// loadLinkedPark returns the park a link set up on this phone, if any. It
// is validated again (storage can be edited), so what it returns is
// always a usable setup.
func loadLinkedPark() (assessment.Park, bool) {
	if app.IsServer {
		return assessment.Park{}, false
	}
	if linkOutcome.park != nil {
		return *linkOutcome.park, true
	}
	var raw string
	if err := browser.CatchJS(func() {
		v := app.Window().Get("localStorage").Call("getItem", parkKey)
		if v.Truthy() {
			raw = v.String()
		}
	}); err != nil || raw == "" {
		return assessment.Park{}, false
	}
	var p assessment.Park
	if json.Unmarshal([]byte(raw), &p) != nil || len(parkdesk.CheckParkLink(p)) > 0 {
		return assessment.Park{}, false
	}
	return p, true
}

// linkedParkLang is the default language of the park a link set up, or
// "": the first choice after the user's own and before the browser's.
func linkedParkLang() string {
	if p, ok := loadLinkedPark(); ok {
		return knownLang(p.Lang)
	}
	return ""
}

// parkBanner shows, on the first screen, which park set the kit up
// ("由园区设置", its name and the batch dates), and, when the link in the
// address was broken, why it could not be used, in plain words.
type parkBanner struct {
	app.Compo
	lang string
	park *assessment.Park
	err  *assessment.InputError
}

// OnMount reads the link's outcome and the stored park.
func (b *parkBanner) OnMount(ctx app.Context) {
	b.lang = currentLang(ctx)
	ctx.ObserveState(langState, &b.lang)
	b.err = linkOutcome.err
	if p, ok := loadLinkedPark(); ok {
		b.park = &p
	}
}

// Render draws the banner; nothing when no park is set and no link failed.
func (b *parkBanner) Render() app.UI {
	lang := b.lang
	if lang == "" {
		lang = languages[0].Code
	}
	return app.Div().Class("park-banners").Body(
		app.If(b.err != nil, func() app.UI {
			return app.Div().Class("notice notice-warn").ID("park-link-error").Attr("role", "alert").
				DataSet("code", b.err.Code).Body(
				app.P().Text("⚠ " + b.err.Message.In(lang)),
			)
		}),
		app.If(b.park != nil, func() app.UI {
			return b.renderPark(lang)
		}),
	)
}

func (b *parkBanner) renderPark(lang string) app.UI {
	p := b.park
	var dates []string
	for n := 1; n <= 3; n++ {
		if d := p.BatchDate(n); d != "" {
			dates = append(dates, fmt.Sprintf(t(lang, "park.banner.batch"), n, d))
		}
	}
	return app.Section().Class("park-banner").ID("park-banner").Aria("label", t(lang, "park.banner.set")).Body(
		app.P().Class("park-banner-by").Text(t(lang, "park.banner.set")),
		app.P().Class("park-banner-name").Text(p.Name),
		app.If(len(dates) > 0, func() app.UI {
			return app.Ul().Class("park-banner-dates").Body(
				app.Range(dates).Slice(func(i int) app.UI { return app.Li().Text(dates[i]) }),
			)
		}),
		app.P().Class("park-banner-note").Text(t(lang, "park.banner.applied")),
	)
}
