package ui

import (
	"fmt"
	"strconv"
)

// tf looks a key up in the catalogue and fills in its verbs.
func tf(lang, key string, args ...any) string {
	return fmt.Sprintf(t(lang, key), args...)
}

// itoa writes an int.
func itoa(n int) string { return strconv.Itoa(n) }
