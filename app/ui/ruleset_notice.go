package ui

import (
	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// rulesetNotice tells, on the result screen, that the draft was made
// under an earlier ruleset and was assessed under the current one, and
// what changed for it, with a link to each question concerned. It is nil
// for a draft of the current ruleset.
func rulesetNotice(lang string, r assessment.Result) app.UI {
	var lines []app.UI
	for _, p := range rulesetWarnings(r) {
		li := app.Li().Text(p.Message.In(lang))
		if _, ok := assessment.Lookup(p.Question); ok {
			li = app.Li().Body(app.Text(p.Message.In(lang)+" "), questionLink(lang, p.Question))
		}
		lines = append(lines, li)
	}
	if len(lines) == 0 {
		return nil
	}
	return app.Section().Class("notice notice-warn").ID("ruleset-changes").Body(
		app.P().Body(app.Strong().Text(t(lang, "ruleset.title"))),
		app.Ul().Body(lines...),
	)
}

// rulesetWarnings returns r's warnings that tell of an earlier ruleset:
// the draft's own, and each change since then that touches its answers.
func rulesetWarnings(r assessment.Result) []assessment.Problem {
	var out []assessment.Problem
	for _, p := range r.Warnings() {
		if p.Code == assessment.CodeRuleset || p.Code == assessment.CodeRulesetChange {
			out = append(out, p)
		}
	}
	return out
}
