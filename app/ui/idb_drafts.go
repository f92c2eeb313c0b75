package ui

import (
	"errors"
	"sort"
	"sync"
	"time"

	"fugong/app/browser"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// idbDraftStore is the object store of the drafts and of the place, in the
// kit's database (app/browser/indexeddb.go): records {key, rev, data},
// where key and data are what the storage interface calls key and value
// ("fugong.draft.<id>" and the draft's JSON, "fugong.place" and the
// place's), and rev counts the writes of that key. Writes are transactions
// with durability "strict": Chromium completes them only once they are on
// disk, where it writes localStorage lazily and loses its last seconds when
// the browser process is killed.
const idbDraftStore = browser.DraftStore

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

// idbDrafts is the storage of the drafts in IndexedDB. It reads every
// record once, at start, and then answers reads from memory; writes
// change memory at once and reach the disk in the background, a batch
// per transaction, each key's latest value only. A key is written only
// over the revision this page read: when another tab wrote it meanwhile,
// the write is held back and onClash decides what to write instead.
type idbDrafts struct {
	mu      sync.Mutex
	known   map[string]idbStored // on disk, as this page last read or wrote it
	values  map[string]string    // this page's values: known, then pending
	pending map[string]*string   // to write; nil deletes
	writes  map[string]*string   // the batch being written, not yet on disk
	writing bool
	idle    []chan struct{} // closed when nothing is pending or being written
	err     error           // the last write's outcome

	// onWritten is called after each batch with its outcome (nil, or
	// browser.ErrFull or browser.ErrUnavailable) and whether the browser
	// had cleared the stored drafts, which the batch wrote again.
	onWritten func(err error, restored bool)
	// onClash is called for a draft another tab wrote meanwhile, once
	// this page knows the other version: base is what it had read.
	onClash func(key, base, theirs string)
}

// loadIDBDrafts opens the database and reads every draft record.
func loadIDBDrafts() (*idbDrafts, error) {
	db, err := browser.IDBOpen()
	if err != nil {
		return nil, err
	}
	var req app.Value
	if err := browser.CatchJS(func() {
		req = db.Call("transaction", idbDraftStore, "readonly").Call("objectStore", idbDraftStore).Call("getAll")
	}); err != nil {
		return nil, &browser.IDBError{Kind: "unavailable", Msg: err.Error()}
	}
	res, err := browser.IDBWait(req, nil)
	if err != nil {
		return nil, err
	}
	b := &idbDrafts{known: map[string]idbStored{}, values: map[string]string{}, pending: map[string]*string{}}
	err = browser.CatchJS(func() {
		for i := 0; i < res.Length(); i++ {
			if key, v, ok := idbRecordOf(res.Index(i)); ok {
				b.known[key] = v
				b.values[key] = v.data
			}
		}
	})
	if err != nil {
		return nil, &browser.IDBError{Kind: "failed", Msg: err.Error()}
	}
	browser.IDBOnClose = b.rewriteAll
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

func (b *idbDrafts) Get(key string) (string, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	v, ok := b.values[key]
	return v, ok
}

func (b *idbDrafts) Keys() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	ks := make([]string, 0, len(b.values))
	for k := range b.values {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// set keeps value at once and writes it in the background. The error is
// the last write's: the outcome of this one comes through onWritten.
func (b *idbDrafts) Set(key, value string) error {
	b.mu.Lock()
	b.values[key] = value
	b.pending[key] = &value
	err := b.err
	b.mu.Unlock()
	b.kick()
	return err
}

func (b *idbDrafts) Del(key string) {
	b.mu.Lock()
	delete(b.values, key)
	b.pending[key] = nil
	b.mu.Unlock()
	b.kick()
}

// pendingValues returns the values not yet on disk, for the journal
// written when the page is hidden or closed (see session.flush): those
// waiting, and those of the batch being written, which the browser
// aborts if the page goes before its transaction ends.
func (b *idbDrafts) pendingValues() map[string]string {
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
func (b *idbDrafts) rewriteAll() {
	b.mu.Lock()
	for k, v := range b.values {
		v := v
		b.pending[k] = &v
	}
	b.mu.Unlock()
	b.kick()
}

// wait blocks until nothing is pending or being written, or until limit.
// Call it off the UI goroutine.
func (b *idbDrafts) wait(limit time.Duration) {
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

// flushed reports whether every value is on disk: nil, or why not.
func (b *idbDrafts) flushed() error {
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
func (b *idbDrafts) kick() {
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
func (b *idbDrafts) run() {
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
			if b.onClash != nil {
				b.onClash(c.key, c.base, c.theirs.data)
			}
		}
		if b.onWritten != nil {
			b.onWritten(storageErrorOf(err), restored)
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

// write stores a batch in one strict transaction. Each draft is read
// first, in the transaction: one whose revision is not the one this page
// read is left as it is and returned as a clash. A draft this page had
// read that is gone means the stored drafts were cleared (restored).
func (b *idbDrafts) write(batch map[string]*string) (clashes []idbClash, restored bool, err error) {
	written := map[string]idbStored{}
	var thrown error // a put that threw: the transaction is aborted
	var fns []app.Func
	defer func() {
		for _, fn := range fns {
			fn.Release()
		}
	}()
	err = browser.IDBTxOn(idbDraftStore, "readwrite", "strict", func(store app.Value) {
		for key, v := range batch {
			if v == nil {
				store.Call("delete", key)
				continue
			}
			key, data := key, *v
			req := store.Call("get", key)
			fn := app.FuncOf(func(this app.Value, args []app.Value) any {
				err := browser.CatchJS(func() {
					b.mu.Lock()
					known := b.known[key]
					b.mu.Unlock()
					_, stored, found := idbRecordOf(req.Get("result"))
					switch {
					case found && stored.rev != known.rev && key != placeKey:
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
					browser.CatchJS(func() { store.Get("transaction").Call("abort") })
				}
				return nil
			})
			fns = append(fns, fn)
			req.Set("onsuccess", fn)
		}
	})
	if thrown != nil {
		err = browser.IDBThrown(thrown)
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
	if e := (*browser.IDBError)(nil); errors.As(err, &e) && e.Kind == "quota" {
		return browser.ErrFull
	}
	return browser.ErrUnavailable
}
