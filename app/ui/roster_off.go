//go:build noroster

package ui

import (
	"fugong/app/browser"
	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// This file stands in for the staff roster's files (roster*.go,
// sheetjob.go's reading and writing of the roster, quarantine_ends.go, and
// their texts, catalog_roster_<code>.go) in a build with the tag noroster:
// app.wasm as it would be without the roster, which only tools/featuresize
// builds (make bench), to measure what the roster adds to app.wasm. No
// user gets it.

const rosterKeyPrefix = "fugong.roster."

type rosterRecord struct{}

type rosterScreen struct{ screen }

func loadRoster(st browser.Storage, id string) *rosterRecord                         { return nil }
func saveRoster(st browser.Storage, id string, rec *rosterRecord) error              { return nil }
func withRoster(data []byte, rec *rosterRecord) ([]byte, error)                      { return data, nil }
func backupRoster(data []byte) (*rosterRecord, error)                                { return nil, nil }
func openRosterCounts(ses *session, d *draft) *rosterRecord                          { return nil }
func rosterLink(lang string, v stepView) app.UI                                      { return nil }
func endsField(p fieldProps) app.UI                                                  { return nil }
func rosterNote(string, *rosterRecord, assessment.Question, assessment.Value) app.UI { return nil }
