package browser

import (
	"errors"
	"maps"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The drafts' object store (DraftStore) in the kit's database
// (indexeddb.go) holds records {key, rev, data}, where key and data are
// what Storage calls key and value (the screens' keys: a draft's and the
// place's, and their JSON), and rev counts the writes of that key. Writes
// are transactions with durability "strict": Chromium completes them only
// once they are on disk, where it writes localStorage lazily and loses its
// last seconds when the browser process is killed.

// idbStored is one key's value as this page last read or wrote it.
type idbStored struct {
	data string
	rev  int
}

// idbClash is a key another tab wrote since this page last read it.
type idbClash struct {
	key    string
	base   string // what this page had read
	theirs idbStored
}

// IDBDrafts is the Storage of the drafts in IndexedDB. It reads every
// record once, at start, and then answers reads from memory; writes
// change memory at once and reach the disk in the background, a batch
// per transaction, each key's latest value only. A key is written only
// over the revision this page read: when another tab wrote it meanwhile,
// the write is held back and OnClash decides what to write instead (keys
// given to LoadIDBDrafts as last-write-wins excepted).
type IDBDrafts struct {
	mu       sync.Mutex
	known    map[string]idbStored // on disk, as this page last read or wrote it
	values   map[string]string    // this page's values: known, then pending
	pending  map[string]*string   // to write; nil deletes
	writes   map[string]*string   // the batch being written, not yet on disk
	writing  bool
	idle     []chan struct{} // closed when nothing is pending or being written
	err      error           // the last write's outcome
	lastWins map[string]bool // keys written over another tab's write, no clash

	// OnWritten is called after each batch with its outcome (nil, or
	// ErrFull or ErrUnavailable) and whether the browser had cleared the
	// stored drafts, which the batch wrote again. Set it before the first
	// write.
	OnWritten func(err error, restored bool)
	// OnClash is called for a key another tab wrote meanwhile, once this
	// page knows the other version: base is what it had read. Set it
	// before the first write.
	OnClash func(key, base, theirs string)
}

// LoadIDBDrafts opens the database and reads every draft record. A key
// of lastWins is written over another tab's write of it without a clash.
// Never call it on the UI goroutine.
func LoadIDBDrafts(lastWins ...string) (*IDBDrafts, error) {
	db, err := IDBOpen()
	if err != nil {
		return nil, err
	}
	res, err := idbGetAll(db, DraftStore)
	if err != nil {
		return nil, err
	}
	b := &IDBDrafts{known: map[string]idbStored{}, values: map[string]string{}, pending: map[string]*string{}, lastWins: map[string]bool{}}
	for _, k := range lastWins {
		b.lastWins[k] = true
	}
	err = CatchJS(func() {
		for i := 0; i < res.Length(); i++ {
			if key, v, ok := idbRecordOf(res.Index(i)); ok {
				b.known[key] = v
				b.values[key] = v.data
			}
		}
	})
	if err != nil {
		return nil, &IDBError{Kind: "failed", Msg: err.Error()}
	}
	IDBOnClose = b.rewriteAll
	return b, nil
}

// idbRecordOf reads a stored record, or reports that it is not one.
func idbRecordOf(r app.Value) (key string, v idbStored, ok bool) {
	if !r.Truthy() {
		return "", v, false
	}
	k, data, rev := r.Get("key"), r.Get("data"), r.Get("rev")
	if k.Type() != app.TypeString || data.Type() != app.TypeString {
		return "", v, false
	}
	if rev.Type() == app.TypeNumber {
		v.rev = rev.Int()
	}
	v.data = data.String()
	return k.String(), v, true
}

// Get returns the value of key as this page knows it.
func (b *IDBDrafts) Get(key string) (string, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	v, ok := b.values[key]
	return v, ok
}

// Keys returns every key, sorted.
func (b *IDBDrafts) Keys() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	ks := make([]string, 0, len(b.values))
	for k := range b.values {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// Set keeps value at once and writes it in the background. The error is
// the last write's: the outcome of this one comes through OnWritten.
func (b *IDBDrafts) Set(key, value string) error {
	b.mu.Lock()
	b.values[key] = value
	b.pending[key] = &value
	err := b.err
	b.mu.Unlock()
	b.kick()
	return err
}

// Del forgets key at once and deletes it in the background.
func (b *IDBDrafts) Del(key string) {
	b.mu.Lock()
	delete(b.values, key)
	b.pending[key] = nil
	b.mu.Unlock()
	b.kick()
}

// JournalPending writes the values not yet on disk to localStorage, as
// the page is hidden or closed while they may not yet be in IndexedDB: the
// next start finds them there and moves them (the screens' drafts
// storage does).
func (b *IDBDrafts) JournalPending() {
	values := b.pendingValues()
	if len(values) == 0 {
		return
	}
	ls, _ := OpenLocal()
	if ls == nil {
		return
	}
	for _, k := range slices.Sorted(maps.Keys(values)) {
		ls.Set(k, values[k])
	}
}

// pendingValues returns the values not yet on disk, for the journal
// written when the page is hidden or closed (JournalPending): those
// waiting, and those of the batch being written, which the browser
// aborts if the page goes before its transaction ends.
func (b *IDBDrafts) pendingValues() map[string]string {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := map[string]string{}
	for _, values := range []map[string]*string{b.writes, b.pending} {
		for k, v := range values {
			if v != nil {
				out[k] = *v
			} else {
				delete(out, k)
			}
		}
	}
	return out
}

// rewriteAll marks every value for writing again: the browser closed the
// database under the page, as it does when the site's data is cleared.
func (b *IDBDrafts) rewriteAll() {
	b.mu.Lock()
	for k, v := range b.values {
		v := v
		b.pending[k] = &v
	}
	b.mu.Unlock()
	b.kick()
}

// Wait blocks until nothing is pending or being written, or until limit.
// Call it off the UI goroutine.
func (b *IDBDrafts) Wait(limit time.Duration) {
	b.mu.Lock()
	if !b.writing && len(b.pending) == 0 {
		b.mu.Unlock()
		return
	}
	done := make(chan struct{})
	b.idle = append(b.idle, done)
	b.mu.Unlock()
	select {
	case <-done:
	case <-time.After(limit):
	}
}

// errNotWritten says values are still waiting to be written.
var errNotWritten = errors.New("drafts not yet written")

// Flushed reports whether every value is on disk: nil, or why not.
func (b *IDBDrafts) Flushed() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case b.err != nil:
		return b.err
	case b.writing || len(b.pending) > 0:
		return errNotWritten
	}
	return nil
}

// kick starts the background writer unless it runs already.
func (b *IDBDrafts) kick() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.writing || len(b.pending) == 0 {
		return
	}
	b.writing = true
	go b.run()
}

// run writes batches until nothing is pending, or a batch fails: what
// failed stays pending, and is tried again with the next change.
func (b *IDBDrafts) run() {
	for {
		b.mu.Lock()
		batch := b.pending
		b.pending = map[string]*string{}
		b.writes = batch
		b.mu.Unlock()

		clashes, restored, err := b.write(batch)

		b.mu.Lock()
		b.writes = nil
		if err != nil {
			for k, v := range batch {
				if _, newer := b.pending[k]; !newer {
					b.pending[k] = v
				}
			}
		}
		b.err = err
		b.mu.Unlock()
		if restored {
			b.rewriteAll()
		}
		for _, c := range clashes {
			if b.OnClash != nil {
				b.OnClash(c.key, c.base, c.theirs.data)
			}
		}
		if b.OnWritten != nil {
			b.OnWritten(storageErrorOf(err), restored)
		}

		b.mu.Lock()
		if err != nil || len(b.pending) == 0 {
			b.writing = false
			for _, c := range b.idle {
				close(c)
			}
			b.idle = nil
			b.mu.Unlock()
			return
		}
		b.mu.Unlock()
	}
}

// write stores a batch in one strict transaction. Each key is read first,
// in the transaction: one whose revision is not the one this page read is
// left as it is and returned as a clash (unless the last write wins). A
// key this page had read that is gone means the stored drafts were
// cleared (restored).
func (b *IDBDrafts) write(batch map[string]*string) (clashes []idbClash, restored bool, err error) {
	written := map[string]idbStored{}
	var thrown error // a put that threw: the transaction is aborted
	var fns []app.Func
	defer func() {
		for _, fn := range fns {
			fn.Release()
		}
	}()
	err = IDBTxOn(DraftStore, "readwrite", "strict", func(store app.Value) {
		for key, v := range batch {
			if v == nil {
				store.Call("delete", key)
				continue
			}
			key, data := key, *v
			req := store.Call("get", key)
			fn := app.FuncOf(func(this app.Value, args []app.Value) any {
				err := CatchJS(func() {
					b.mu.Lock()
					known := b.known[key]
					b.mu.Unlock()
					_, stored, found := idbRecordOf(req.Get("result"))
					switch {
					case found && stored.rev != known.rev && !b.lastWins[key]:
						clashes = append(clashes, idbClash{key: key, base: known.data, theirs: stored})
						return
					case !found && known.rev > 0:
						restored = true
					}
					rev := max(known.rev, stored.rev) + 1
					store.Call("put", map[string]any{"key": key, "rev": rev, "data": data})
					written[key] = idbStored{data: data, rev: rev}
				})
				if err != nil && thrown == nil {
					thrown = err
					CatchJS(func() { store.Get("transaction").Call("abort") })
				}
				return nil
			})
			fns = append(fns, fn)
			req.Set("onsuccess", fn)
		}
	})
	if thrown != nil {
		err = IDBThrown(thrown)
	}
	if err != nil {
		return nil, false, err
	}
	b.mu.Lock()
	for k, v := range batch {
		if v == nil {
			delete(b.known, k)
		}
	}
	if restored { // the rest is gone from the disk too
		for k := range b.known {
			delete(b.known, k)
		}
	}
	for k, v := range written {
		b.known[k] = v
	}
	for _, c := range clashes {
		b.known[c.key] = c.theirs
	}
	b.mu.Unlock()
	return clashes, restored, nil
}

// storageErrorOf sorts an IndexedDB error into what the drafts' notice
// says: storage full, or storage unavailable.
func storageErrorOf(err error) error {
	if err == nil {
		return nil
	}
	if e := (*IDBError)(nil); errors.As(err, &e) && e.Kind == "quota" {
		return ErrFull
	}
	return ErrUnavailable
}
