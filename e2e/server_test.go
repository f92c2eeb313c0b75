package e2e

import (
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fugong/site"
)

// staticHost serves a built site the way a plain static host does: files
// (with precompressed copies) under a prefix, nothing else. Stop it to
// take the kit offline.
type staticHost struct {
	URL    string // base URL of the kit, ending in "/"
	srv    *http.Server
	dir    atomic.Value // string: the folder being served
	mu     sync.Mutex
	closed bool
	sent   map[string][]int // URL path → the status of every response
}

// serveSite serves dir under prefix on a free port of 127.0.0.1.
func serveSite(t testing.TB, dir, prefix string) *staticHost {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	h := &staticHost{URL: "http://" + ln.Addr().String() + prefix + "/", sent: map[string][]int{}}
	h.dir.Store(dir)
	files := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		site.FileServer(h.dir.Load().(string)).ServeHTTP(rec, r)
		h.mu.Lock()
		h.sent[r.URL.Path] = append(h.sent[r.URL.Path], rec.status)
		h.mu.Unlock()
	})
	mux := http.NewServeMux()
	mux.Handle(prefix+"/", http.StripPrefix(prefix, files))
	h.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go h.srv.Serve(ln)
	t.Cleanup(h.Stop)
	return h
}

// Publish makes the host serve another build, as a deployment does.
func (h *staticHost) Publish(dir string) { h.dir.Store(dir) }

// Stop closes the server and every connection: the kit is now offline.
func (h *staticHost) Stop() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.closed {
		h.closed = true
		h.srv.Close()
	}
}

// origin is the scheme, host and port of the kit.
func (h *staticHost) origin() string {
	rest := strings.TrimPrefix(h.URL, "http://")
	host, _, _ := strings.Cut(rest, "/")
	return "http://" + host
}

// statuses returns the status of every response sent for a path (below
// the prefix, as the file server sees it).
func (h *staticHost) statuses(path string) []int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]int(nil), h.sent[path]...)
}

// statusRecorder remembers the status a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}
