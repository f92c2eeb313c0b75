package ui

import (
	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// problemList lists problems in the answers, each with a link to its
// question when it has one: the result's 还有 N 个答案未填写或有误 and the
// plan's question before a draft PDF.
func problemList(lang string, ps []assessment.Problem) app.UI {
	return app.Ul().Body(app.Range(ps).Slice(func(i int) app.UI {
		p := ps[i]
		if _, ok := assessment.Lookup(p.Question); ok {
			return app.Li().Body(app.Text(p.Message.In(lang)+" "), questionLink(lang, p.Question))
		}
		return app.Li().Text(p.Message.In(lang))
	}))
}
