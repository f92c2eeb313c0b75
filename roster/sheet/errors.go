package sheet

import (
	"errors"

	"fugong/roster"
)

// Why a file could not be read.
var (
	ErrOldExcel   = errors.New("sheet: an old Excel .xls file")
	ErrNotSheet   = errors.New("sheet: not a spreadsheet")
	ErrTooLarge   = errors.New("sheet: too large")
	ErrNoRows     = errors.New("sheet: no rows")
	ErrBadContent = errors.New("sheet: damaged file")
)

// Limits on what is read, so that a hostile file cannot exhaust the phone.
const (
	MaxBytes   = 64 << 20 // uncompressed bytes of one part of an .xlsx
	MaxRows    = 100000
	MaxColumns = 200
	maxMerged  = 1000000 // cells filled from merged ranges
)

// codes name the errors for the page and for roster.FileMessage, which
// says them in the user's language.
var codes = map[error]string{
	ErrOldExcel:   roster.FileOldExcel,
	ErrNotSheet:   roster.FileNotSheet,
	ErrTooLarge:   roster.FileTooLarge,
	ErrNoRows:     roster.FileNoRows,
	ErrBadContent: roster.FileDamaged,
}

// Code is the code of err for roster.FileMessage: roster.FileNotSheet
// for an error this package does not know.
func Code(err error) string {
	for e, c := range codes {
		if errors.Is(err, e) {
			return c
		}
	}
	return roster.FileNotSheet
}

// Message says in lang why err stopped a file from being read.
func Message(err error, lang string) string { return roster.FileMessage(Code(err), lang) }
