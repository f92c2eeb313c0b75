package ui

import (
	"time"

	"fugong/app/browser"
	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// saveDelay is how long a change waits before it is written, so that the
// events of one edit (input, change, blur) are one write. It is short:
// a change must be on disk within 300 ms, and a strict IndexedDB commit
// takes most of that on a slow phone; what changes while a write is on
// its way is written together right after it (browser.IDBDrafts).
const saveDelay = 50 * time.Millisecond

// session is the journey's state that its screens share: the drafts, the
// one being filled in, its result (worked out once per change) and the
// pending save.
type session struct {
	store   *draftStore
	draft   *draft
	version int    // bumped by every change of draft
	route   string // the screen the user is on (see at)

	result    assessment.Result
	evaluated int // the version result was worked out for; -1 for none

	pending  bool        // a save is scheduled
	screen   app.Context // the mounted screen, redrawn when a save fails
	watching bool
	onMerged func() // called on the UI goroutine after another tab's answers were merged in
}

// theSession is the page's one session, opened on first use.
var theSession *session

// journey returns the page's session, opening the drafts' storage the
// first time: the one OpenDraftStorage chose at start, else localStorage,
// else memory (the browser refuses storage).
func journey() *session {
	if theSession == nil {
		st, err := draftStorage()
		s := &session{store: openDrafts(st), evaluated: -1}
		s.store.err = err
		s.route = s.store.place.Route
		if b, ok := st.(*browser.IDBDrafts); ok {
			b.OnWritten = s.written
			b.OnClash = func(key, base, theirs string) {
				s.store.clash(key, base, theirs, s.lang())
				s.version++
				if s.watching {
					s.screen.Dispatch(func(app.Context) {
						if s.onMerged != nil {
							s.onMerged()
						}
					})
				}
			}
		}
		browser.OnLeave(s.leave)
		warmFont()
		theSession = s
	}
	return theSession
}

// written takes the outcome of a background write: the notice follows
// it, and says so when the browser had cleared the drafts, which were
// then written again from this page.
func (s *session) written(err error, restored bool) {
	if err == nil {
		markTime("draftWritten")
	}
	changed := s.store.err != err
	s.store.err = err
	if restored {
		s.store.note, s.store.noteArgs = "storage.restored", nil
		changed = true
	}
	if changed {
		s.redraw()
	}
}

// redraw draws the watched screen again, from any goroutine.
func (s *session) redraw() {
	if s.watching {
		s.screen.Dispatch(nil)
	}
}

// lang is the language of the open draft, for text the storage writes
// (the name of a kept copy).
func (s *session) lang() string {
	if s.draft != nil {
		return s.draft.Answers.Language()
	}
	return "zh"
}

// watch makes ctx's screen the one redrawn after a background save.
func (s *session) watch(ctx app.Context) {
	s.screen, s.watching, s.onMerged = ctx, true, nil
}

// forgetGone lets go of the watched screen's context once its screen is
// gone (dismounted), so that the session holds no dead context: nothing
// is redrawn until the next screen watches.
func (s *session) forgetGone() {
	if !s.watching {
		return
	}
	if src := s.screen.Src(); src == nil || !src.Mounted() {
		s.screen, s.watching, s.onMerged = app.Context{}, false, nil
	}
}

// current returns the draft being filled in: the open one, else the one
// the user left off in, else the latest, else a new one. A new one is
// written with its first change: an empty draft is not worth keeping, and
// the write (the page's first JSON encoding) would delay the form's first
// screen by about 100 ms on a slow phone.
func (s *session) current(lang string) *draft {
	if s.draft != nil {
		return s.draft
	}
	d := s.store.get(s.store.place.Draft)
	if d == nil {
		if all := s.store.list(); len(all) > 0 {
			d = all[0]
		}
	}
	if d == nil {
		d = newDraftInPark(lang, time.Now())
	}
	s.open(d)
	return d
}

// open makes d the draft being filled in.
func (s *session) open(d *draft) {
	s.flush()
	if s.draft != d {
		s.store.note = ""
	}
	s.draft = d
	s.version++
	s.remember()
}

// create starts a new, empty draft, in the park a link set up, and opens it.
func (s *session) create(lang string) *draft {
	d := newDraftInPark(lang, time.Now())
	s.store.save(d)
	s.open(d)
	return d
}

// at remembers that the user is on route.
func (s *session) at(route string) {
	s.route = route
	s.remember()
}

// remember stores where the user is: the open draft and the route. A
// draft not written yet (a new, empty one) is not remembered until its
// first save: a place pointing at nothing would be dropped anyway.
func (s *session) remember() {
	if s.draft != nil && s.store.get(s.draft.ID) != nil {
		s.store.setPlace(place{Draft: s.draft.ID, Route: s.route})
	}
}

// changed records a change of the open draft and schedules its save.
// A change the user makes is made under the current ruleset: a draft of
// an earlier one (whose changes the result screen told) is from then on
// of the current ruleset, and no longer says it was made under another.
// Opening a draft changes nothing, so its notice stays until then.
func (s *session) changed() {
	s.version++
	s.draft.Updated = time.Now()
	s.draft.Answers.Ruleset = assessment.RulesetVersion
	if s.pending {
		return
	}
	s.pending = true
	browser.After(saveDelay, s.flush)
}

// flush writes the open draft now if a save is pending.
func (s *session) flush() {
	if !s.pending || s.draft == nil {
		return
	}
	s.pending = false
	before := s.store.err
	s.store.save(s.draft)
	s.remember()
	if s.store.err != before {
		s.redraw()
	}
}

// leave writes what is pending as the page is hidden or closed: to
// IndexedDB, and, while that transaction may not finish, to localStorage
// as well, which the next start reads back (see moveDrafts).
func (s *session) leave() {
	s.flush()
	if b, ok := s.store.st.(*browser.IDBDrafts); ok {
		b.JournalPending()
	}
}

// settle waits until the drafts are on disk, or limit has passed: before
// the page reloads itself. Call it off the UI goroutine.
func (s *session) settle(limit time.Duration) {
	if b, ok := s.store.st.(*browser.IDBDrafts); ok {
		b.Wait(limit)
	}
}

// evaluate returns the result of the open draft's answers, working it out
// only when they changed.
func (s *session) evaluate() assessment.Result {
	if s.evaluated != s.version {
		s.result = assessment.Evaluate(s.draft.Answers)
		s.evaluated = s.version
	}
	return s.result
}

// reloadSaved reloads the page (to run a new release) once the open
// draft is on disk, so that the last answers typed survive the reload.
func reloadSaved(ctx app.Context) {
	s := journey()
	s.flush()
	ctx.Async(func() {
		s.settle(3 * time.Second)
		ctx.Dispatch(func(ctx app.Context) { ctx.Reload() })
	})
}
