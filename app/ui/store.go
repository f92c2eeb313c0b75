package ui

import (
	"errors"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// storage is the key–value store drafts are kept in: IndexedDB
// (idbDrafts), the browser's localStorage where IndexedDB is refused, or
// memory when both are (private browsing) and in native tests.
type storage interface {
	get(key string) (string, bool)
	set(key, value string) error // errStorageFull or errStorageUnavailable
	del(key string)
	keys() []string // every key, sorted
}

// Why a value could not be stored.
var (
	errStorageFull        = errors.New("storage full")
	errStorageUnavailable = errors.New("storage unavailable")
)

// memoryStorage keeps values in memory only: they are lost with the page.
type memoryStorage map[string]string

func (m memoryStorage) get(key string) (string, bool) { v, ok := m[key]; return v, ok }
func (m memoryStorage) set(key, value string) error   { m[key] = value; return nil }
func (m memoryStorage) del(key string)                { delete(m, key) }
func (m memoryStorage) keys() []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// refusedStorage stands in for a storage the browser refuses: values live
// in memory for this page, and every write reports that it was not kept
// on the phone, so the user keeps being told and offered the export.
type refusedStorage struct{ memoryStorage }

func (r refusedStorage) set(key, value string) error {
	r.memoryStorage.set(key, value)
	return errStorageUnavailable
}

// localStorage is the browser's window.localStorage. Every call recovers
// from the exceptions browsers throw when storage is disabled or full.
type localStorage struct{ ls app.Value }

// openLocalStorage returns the browser's localStorage, or an error when
// the browser refuses it: the page's guard (see site/appjs.go) has put a
// memory store in its place (reading localStorage threw), or the first
// write fails for another reason than a full store. A full store is still
// opened, so that the drafts already on the phone can be read; saving
// then reports errStorageFull.
func openLocalStorage() (s storage, err error) {
	defer func() {
		if r := recover(); r != nil {
			if err = storageError(r); err == errStorageFull {
				return // s is already set: readable, but full
			}
			s = nil
		}
	}()
	if app.Window().Get("fugongStorageRefused").Truthy() {
		return nil, errStorageUnavailable
	}
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return nil, errStorageUnavailable
	}
	s = localStorage{ls: ls}
	const probe = "fugong.probe"
	ls.Call("setItem", probe, "1")
	ls.Call("removeItem", probe)
	return s, nil
}

func (s localStorage) get(key string) (v string, ok bool) {
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

func (s localStorage) set(key, value string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = storageError(r)
		}
	}()
	s.ls.Call("setItem", key, value)
	return nil
}

func (s localStorage) del(key string) {
	defer func() { recover() }()
	s.ls.Call("removeItem", key)
}

func (s localStorage) keys() (ks []string) {
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
		return errStorageFull
	}
	return errStorageUnavailable
}
