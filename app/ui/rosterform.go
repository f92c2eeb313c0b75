//go:build !noroster

package ui

import (
	"fugong/assessment"
	"fugong/roster"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The form's side of the roster: its counts fill the staff answers each
// time the form opens (a quarantine ends with the days), each such answer
// is marked 来自花名册, and an answer the user changed says how it differs.

// rosterQuestions are the questions whose step links to the roster.
var rosterQuestions = map[string]bool{"employees_total": true, "staff_normal": true}

// openRosterCounts reads draft d's roster from the session's storage and
// fills d's staff answers from it; nil when d has no roster.
func openRosterCounts(ses *session, d *draft) *rosterRecord {
	rec := loadRoster(ses.store.st, d.ID)
	if len(rec.People) == 0 {
		// The quarantine ends come only from a roster: with none left,
		// a list it once gave goes, rather than stay unchangeable.
		if !d.Answers.Get(assessment.QuarantineEndsID).IsEmpty() {
			d.Answers.Set(assessment.QuarantineEndsID, assessment.Value{})
			ses.changed()
		}
		return nil
	}
	if applyRoster(d.Answers, rec, roster.Count(rec.People, today())) {
		ses.changed()
	}
	saveRoster(ses.store.st, d.ID, rec) // the answers the roster gave: already shown if this fails
	return rec
}

// rosterLink is the link to the roster at the top of the staff step.
func rosterLink(lang string, v stepView) app.UI {
	for _, q := range v.Questions {
		if rosterQuestions[q.ID] {
			return app.P().Class("notice").ID("roster-link").Body(
				app.A().Href(href("/roster")).Text(rt(lang, "roster.form_link")),
				app.Text(" — "+rt(lang, "roster.form_help")),
			)
		}
	}
	return nil
}

// rosterNote marks question q's answer v: from the roster, or differing
// from it. The list of quarantine ends says so on its own line (endsField).
func rosterNote(lang string, rec *rosterRecord, q assessment.Question, v assessment.Value) app.UI {
	if q.Kind == assessment.KindQuarantineEnds {
		return nil
	}
	switch mark, want := markOf(rec, q.ID, v); mark {
	case markFromRoster:
		return para("tag tag-roster", "", rt(lang, "roster.from")).DataSet("roster", q.ID)
	case markOverridden:
		return para("field-error", "", rtf(lang, "roster.overridden", formatValue(want))).DataSet("roster-differs", q.ID)
	}
	return nil
}
