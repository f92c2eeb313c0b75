package ui

import (
	"sort"
	"strings"
	"time"

	"fugong/app/browser"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// opened is the drafts' storage OpenDraftStorage chose, and why the
// drafts cannot be kept on the phone (nil when they can).
var opened struct {
	st  browser.Storage
	err error
}

// OpenDraftStorage opens the drafts' storage before the app starts, so
// that every screen finds the drafts at once: IndexedDB, read whole, with
// the drafts earlier releases kept in localStorage moved into it; where
// the browser refuses IndexedDB, localStorage; where it refuses both,
// memory. Call it in the browser before app.RunWhenOnBrowser: it waits
// for IndexedDB, which go-app's UI goroutine must never do. Natively it
// does nothing.
func OpenDraftStorage() {
	if app.IsServer {
		return
	}
	opened.st, opened.err = openDraftStorage()
	markTime("draftsOpened")
}

func openDraftStorage() (browser.Storage, error) {
	ls, lsErr := browser.OpenLocal()
	b, err := browser.LoadIDBDrafts(placeKey)
	if err != nil {
		app.Log("drafts: IndexedDB refused, drafts stay in localStorage:", err)
		if ls == nil {
			return browser.Refused{Memory: browser.Memory{}}, lsErr
		}
		return ls, lsErr
	}
	if ls != nil {
		if err := moveDrafts(ls, b); err != nil {
			app.Log("drafts: moving them into IndexedDB failed, they stay in localStorage:", err)
			return ls, lsErr
		}
	}
	return b, nil
}

// draftStorage returns the storage of the drafts: the one opened at start,
// else localStorage, else memory.
func draftStorage() (browser.Storage, error) {
	if opened.st != nil {
		return opened.st, opened.err
	}
	if app.IsServer {
		return browser.Memory{}, nil
	}
	ls, err := browser.OpenLocal()
	if ls == nil {
		return browser.Refused{Memory: browser.Memory{}}, err
	}
	return ls, err // perhaps full (err): the drafts on the phone still read
}

// moveDrafts moves the drafts (and the place) kept in localStorage into
// IndexedDB: earlier releases kept them there, and this one writes there
// as the page is closed (journal). Each is written unless IndexedDB holds
// the same draft changed later; only once every write is on disk are
// they removed from localStorage.
func moveDrafts(from browser.Storage, to *browser.IDBDrafts) error {
	moves, found := draftsToMove(from, to)
	if len(found) == 0 {
		return nil
	}
	for _, k := range sortedKeys(moves) {
		to.Set(k, moves[k])
	}
	to.Wait(10 * time.Second)
	if err := to.Flushed(); err != nil {
		return err
	}
	for _, k := range found {
		from.Del(k)
	}
	return nil
}

// draftsToMove returns the drafts' keys found in from, and the values of
// those that to lacks or holds in an older version.
func draftsToMove(from, to browser.Storage) (moves map[string]string, found []string) {
	moves = map[string]string{}
	for _, k := range from.Keys() {
		if !strings.HasPrefix(k, draftKeyPrefix) && k != placeKey {
			continue
		}
		v, ok := from.Get(k)
		if !ok {
			continue
		}
		found = append(found, k)
		have, ok := to.Get(k)
		if !ok || (k != placeKey && newerDraft(v, have)) {
			moves[k] = v
		}
	}
	return moves, found
}

// newerDraft reports whether the stored draft a was changed after b; an
// unreadable b is older than anything.
func newerDraft(a, b string) bool {
	da, errA := decodeDraft(a)
	db, errB := decodeDraft(b)
	if errA != nil {
		return false
	}
	return errB != nil || da.Updated.After(db.Updated)
}

// sortedKeys returns m's keys in order.
func sortedKeys(m map[string]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
