package ui

import (
	"time"

	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// saveDelay is how long a change waits before it is written, so that a
// burst of typing is one write.
const saveDelay = 250 * time.Millisecond

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
}

// theSession is the page's one session, opened on first use.
var theSession *session

// journey returns the page's session, opening the browser's storage (or
// memory, when the browser refuses storage) the first time.
func journey() *session {
	if theSession == nil {
		var st storage = memoryStorage{}
		var err error
		if !app.IsServer {
			var ls storage
			if ls, err = openLocalStorage(); ls != nil {
				st = ls // perhaps full (err): the drafts on the phone still read
			} else {
				st = refusedStorage{memoryStorage{}}
			}
		}
		s := &session{store: openDrafts(st), evaluated: -1}
		s.store.err = err
		s.route = s.store.place.Route
		onLeave(s.flush)
		warmFont()
		theSession = s
	}
	return theSession
}

// watch makes ctx's screen the one redrawn after a background save.
func (s *session) watch(ctx app.Context) {
	s.screen, s.watching = ctx, true
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
func (s *session) changed() {
	s.version++
	s.draft.Updated = time.Now()
	if s.pending {
		return
	}
	s.pending = true
	after(saveDelay, s.flush)
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
	if s.store.err != before && s.watching {
		s.screen.Dispatch(nil)
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
