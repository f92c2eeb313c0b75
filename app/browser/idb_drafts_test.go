package browser

import (
	"reflect"
	"testing"
)

// TestPendingValuesHoldTheBatchBeingWritten: a page closed while a batch
// is being written journals that batch too (the browser aborts a
// transaction the page leaves), with what is waiting after it on top.
func TestPendingValuesHoldTheBatchBeingWritten(t *testing.T) {
	s := func(v string) *string { return &v }
	b := &IDBDrafts{
		writes:  map[string]*string{"fugong.draft.a": s("imported"), "fugong.draft.b": s("old b"), "fugong.draft.c": s("c")},
		pending: map[string]*string{"fugong.draft.b": s("new b"), "fugong.draft.c": nil},
	}
	want := map[string]string{"fugong.draft.a": "imported", "fugong.draft.b": "new b"}
	if got := b.pendingValues(); !reflect.DeepEqual(got, want) {
		t.Errorf("pendingValues() = %v, want %v", got, want)
	}
}
