package roster

import (
	"encoding/json"
	"errors"
	"strings"
)

// Roster is an enterprise's staff roster: the people, and the imported
// rows set aside because they could not be read, kept for the user to fix.
type Roster struct {
	People []Person `json:"people"`
	Aside  []Aside  `json:"aside,omitempty"`
}

// Aside is an imported row that could not be read as it was: what could
// be read of it, its cells as they were (a date column's dates written as
// dates: CellText), and why.
type Aside struct {
	Row      int       `json:"row"` // the row's number in the file
	Person   Person    `json:"person"`
	Cells    []string  `json:"cells"`
	Problems []Problem `json:"problems"`
}

// Format and Version mark a roster file (Encode).
const (
	Format  = "fugong.roster"
	Version = 1
)

// file is a roster as Encode writes it.
type file struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Roster
}

// Encode is r as JSON, marked with Format and Version.
func (r Roster) Encode() ([]byte, error) {
	if r.People == nil {
		r.People = []Person{}
	}
	return json.Marshal(file{Format: Format, Version: Version, Roster: r})
}

// ErrNotRoster says a file is not a roster Encode wrote.
var ErrNotRoster = errors.New("roster: not a roster file")

// Decode reads a roster Encode wrote.
func Decode(data []byte) (Roster, error) {
	var f file
	if err := json.Unmarshal(data, &f); err != nil || f.Format != Format {
		return Roster{}, ErrNotRoster
	}
	if f.Version > Version {
		return Roster{}, ErrNotRoster
	}
	return f.Roster, nil
}

// key is what makes two records the same person: the phone when it is a
// phone, else the name and department.
func key(p Person) string {
	if ph := NormalPhone(p.Phone); ph != "" {
		return "phone:" + strings.ReplaceAll(ph, "-", "")
	}
	return "name:" + norm(p.Name) + "\x00" + norm(p.Department)
}

// Duplicate returns the index in people of another record of the same
// person as p (same phone, or same name and department when p has no
// phone), skipping index self; -1 when there is none.
func Duplicate(people []Person, p Person, self int) int {
	k := key(p)
	for i, q := range people {
		if i != self && key(q) == k {
			return i
		}
	}
	return -1
}

// Search returns the indexes of the people whose name, department, phone
// or region holds query (spaces ignored, Latin letters lowered); every
// index when query is empty.
func Search(people []Person, query string) []int {
	q := norm(query)
	idx := make([]int, 0, len(people))
	for i, p := range people {
		if q == "" || strings.Contains(norm(p.Name+"\x00"+p.Department+"\x00"+p.Phone+"\x00"+p.Region), q) {
			idx = append(idx, i)
		}
	}
	return idx
}
