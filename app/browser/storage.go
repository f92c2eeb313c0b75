package browser

import (
	"errors"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Storage is the key–value store drafts are kept in: IndexedDB (the
// screens' drafts store), the browser's localStorage where IndexedDB is
// refused, or memory when both are (private browsing) and in native tests.
type Storage interface {
	Get(key string) (string, bool)
	Set(key, value string) error // ErrFull or ErrUnavailable
	Del(key string)
	Keys() []string // every key, sorted
}

// Why a value could not be stored.
var (
	ErrFull        = errors.New("storage full")
	ErrUnavailable = errors.New("storage unavailable")
)

// Memory keeps values in memory only: they are lost with the page.
type Memory map[string]string

// Get returns the value of key, and whether there is one.
func (m Memory) Get(key string) (string, bool) { v, ok := m[key]; return v, ok }

// Set keeps value under key.
func (m Memory) Set(key, value string) error { m[key] = value; return nil }

// Del forgets key.
func (m Memory) Del(key string) { delete(m, key) }

// Keys returns every key, sorted.
func (m Memory) Keys() []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// Refused stands in for a storage the browser refuses: values live
// in memory for this page, and every write reports that it was not kept
// on the phone, so the user keeps being told and offered the export.
type Refused struct{ Memory }

// Set keeps value in memory and reports ErrUnavailable.
func (r Refused) Set(key, value string) error {
	r.Memory.Set(key, value)
	return ErrUnavailable
}

// local is the browser's window.localStorage. Every call recovers
// from the exceptions browsers throw when storage is disabled or full.
type local struct{ ls app.Value }

// OpenLocal returns the browser's localStorage, or an error when
// the browser refuses it: the page's guard (see site/appjs.go) has put a
// memory store in its place (reading localStorage threw), or the first
// write fails for another reason than a full store. A full store is still
// opened, so that the drafts already on the phone can be read; saving
// then reports ErrFull.
func OpenLocal() (s Storage, err error) {
	defer func() {
		if r := recover(); r != nil {
			if err = storageError(r); err == ErrFull {
				return // s is already set: readable, but full
			}
			s = nil
		}
	}()
	if app.Window().Get("fugongStorageRefused").Truthy() {
		return nil, ErrUnavailable
	}
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return nil, ErrUnavailable
	}
	s = local{ls: ls}
	const probe = "fugong.probe"
	ls.Call("setItem", probe, "1")
	ls.Call("removeItem", probe)
	return s, nil
}

func (s local) Get(key string) (v string, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = "", false
		}
	}()
	item := s.ls.Call("getItem", key)
	if item.IsNull() || item.IsUndefined() {
		return "", false
	}
	return item.String(), true
}

func (s local) Set(key, value string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = storageError(r)
		}
	}()
	s.ls.Call("setItem", key, value)
	return nil
}

func (s local) Del(key string) {
	defer func() { recover() }()
	s.ls.Call("removeItem", key)
}

func (s local) Keys() (ks []string) {
	defer func() { recover() }()
	n := s.ls.Get("length").Int()
	for i := 0; i < n; i++ {
		if k := s.ls.Call("key", i); k.Truthy() {
			ks = append(ks, k.String())
		}
	}
	sort.Strings(ks)
	return ks
}

// storageError tells a full store from an unavailable one, by the
// exception's text (QuotaExceededError, NS_ERROR_DOM_QUOTA_REACHED).
func storageError(r any) error {
	msg := ""
	if e, ok := r.(error); ok {
		msg = e.Error()
	}
	if strings.Contains(strings.ToLower(msg), "quota") {
		return ErrFull
	}
	return ErrUnavailable
}
