package ui

import (
	"fmt"
	"strconv"
	"time"
)

// tf looks a key up in the catalogue and fills in its verbs.
func tf(lang, key string, args ...any) string {
	return fmt.Sprintf(t(lang, key), args...)
}

// itoa writes an int.
func itoa(n int) string { return strconv.Itoa(n) }

// today is the phone's date, "2006-01-02", in its time zone.
func today() string { return time.Now().Format(time.DateOnly) }
