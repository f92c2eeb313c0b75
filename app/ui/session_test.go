package ui

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestForgetGone: once its screen is gone the session lets go of the
// screen's context and of what it was to call there.
func TestForgetGone(t *testing.T) {
	s := &session{}
	s.watch(app.Context{}) // the context of no mounted screen
	s.onMerged = func() {}
	s.forgetGone()
	if s.watching || s.onMerged != nil || s.screen.Src() != nil {
		t.Errorf("after its screen went the session still watches it: watching %v, onMerged set %v", s.watching, s.onMerged != nil)
	}
}
