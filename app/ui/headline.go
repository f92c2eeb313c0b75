package ui

import (
	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// mustDo returns the unmet items that stand between the enterprise and
// work: the critical and required ones, in the result's order.
func mustDo(r assessment.Result) []assessment.Item {
	var out []assessment.Item
	for _, it := range r.Items {
		if !it.Met && it.Level != assessment.Recommended {
			out = append(out, it)
		}
	}
	return out
}

// headline is the result's first line: one sentence that joins the batch
// and the readiness, "第 1 批，先解决以下 4 项方可复工".
func headline(lang string, r assessment.Result) string {
	batch := t(lang, "headline.no_batch")
	if r.Batch > 0 {
		batch = tf(lang, "headline.batch", r.Batch)
	}
	var ready string
	switch n := len(mustDo(r)); {
	case r.Readiness == assessment.NotReady:
		ready = tf(lang, "headline.not_ready", n)
	case r.Readiness == assessment.Phased:
		ready = tf(lang, "headline.phased", n)
	case r.BatchDate != "":
		ready = tf(lang, "headline.ready_date", r.BatchDate)
	default:
		ready = t(lang, "headline.ready")
	}
	return batch + t(lang, "headline.sep") + ready
}

// renderHeadline draws the headline, coloured by the readiness.
func renderHeadline(lang string, r assessment.Result) app.UI {
	return app.P().Class("headline headline-"+string(r.Readiness)).ID("headline").
		DataSet("readiness", string(r.Readiness)).Text(headline(lang, r))
}
