package ui

import (
	"strings"

	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// language is one language the kit speaks.
type language struct {
	Code string // the kit's code: "zh", "en", "ja", "ko"
	Name string // the language's own name
	// text is the interface's text in the language, by key; a new
	// language brings its own catalog_<code>.go.
	text map[string]string
}

// languages in the order the language choice shows them; the first is the
// default.
var languages = []language{
	{Code: "zh", Name: "中文", text: catalogZh},
	{Code: "en", Name: "English", text: catalogEn},
	{Code: "ja", Name: "日本語", text: catalogJa},
	{Code: "ko", Name: "한국어", text: catalogKo},
}

// langState is the go-app state holding the chosen language; it persists
// in local storage so the choice is remembered.
const langState = "fugong.lang"

// knownLang returns code when the kit speaks it, else "".
func knownLang(code string) string {
	for _, l := range languages {
		if l.Code == code {
			return code
		}
	}
	return ""
}

// browserLang picks the first of the browser's preferred languages that
// the kit speaks, or "".
func browserLang() string {
	if app.IsServer {
		return ""
	}
	prefs := app.Window().Get("navigator").Get("languages")
	for i := 0; prefs.Truthy() && i < prefs.Length(); i++ {
		code, _, _ := strings.Cut(strings.ToLower(prefs.Index(i).String()), "-")
		if known := knownLang(code); known != "" {
			return known
		}
	}
	return ""
}

// currentLang is the language to show: the user's remembered choice, then
// the default of the park whose link set the kit up, then the browser's
// language, then Chinese.
func currentLang(ctx app.Context) string {
	var chosen string
	ctx.GetState(langState, &chosen)
	if known := knownLang(chosen); known != "" {
		return known
	}
	if p := linkedParkLang(); p != "" {
		return p
	}
	if b := browserLang(); b != "" {
		return b
	}
	return languages[0].Code
}

// setLang remembers the user's choice and tells every screen.
func setLang(ctx app.Context, code string) {
	if knownLang(code) == "" {
		return
	}
	ctx.SetState(langState, code).Persist()
}

// tagOf returns the BCP 47 tag of a language code for the page's lang
// attribute (the domain catalog's language.tag), the first language's
// for a code the kit does not speak.
func tagOf(code string) string {
	if knownLang(code) == "" {
		code = languages[0].Code
	}
	return assessment.Msg("language.tag").In(code)
}
