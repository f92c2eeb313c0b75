// Package scenario reads the rules' scenario files for tests: each
// assessment/testdata/NAME.txtar is a txtar archive (a comment, then files
// "-- NAME --") holding an enterprise's answers.json, its hand-written
// "want" and its result.json. The rules' tests and the documents' tests
// read the same scenarios through it. It imports the standard library
// alone.
package scenario

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Archive is a txtar archive: a comment, then its files.
type Archive struct {
	Comment string
	Files   []File
}

// File is one file of an Archive.
type File struct {
	Name string
	Data string
}

// Parse reads the txtar format: lines "-- NAME --" start a file.
func Parse(data string) Archive {
	var a Archive
	cur := &a.Comment
	for _, line := range strings.SplitAfter(data, "\n") {
		t := strings.TrimRight(line, "\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) > 6 {
			a.Files = append(a.Files, File{Name: strings.TrimSpace(t[3 : len(t)-3])})
			cur = &a.Files[len(a.Files)-1].Data
			continue
		}
		*cur += line
	}
	return a
}

// Read reads and parses the scenario file, failing t when it cannot be
// read.
func Read(t testing.TB, file string) Archive {
	t.Helper()
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return Parse(string(raw))
}

// Format writes a as Parse reads it.
func (a Archive) Format() string {
	var b strings.Builder
	b.WriteString(a.Comment)
	for _, f := range a.Files {
		fmt.Fprintf(&b, "-- %s --\n%s", f.Name, f.Data)
		if f.Data != "" && !strings.HasSuffix(f.Data, "\n") {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// File returns the data of the file name, and whether a holds it.
func (a Archive) File(name string) (string, bool) {
	for _, f := range a.Files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return "", false
}

// Set replaces the data of the file name, or adds the file.
func (a *Archive) Set(name, data string) {
	for i := range a.Files {
		if a.Files[i].Name == name {
			a.Files[i].Data = data
			return
		}
	}
	a.Files = append(a.Files, File{name, data})
}

// Answers builds the answers file of a scenario: with "base: FILE" in
// the comment, answers.json's answers are laid over those of FILE in dir
// (null removes one), and its other fields replace FILE's.
func Answers(t testing.TB, a Archive, dir string) []byte {
	t.Helper()
	src, ok := a.File("answers.json")
	if !ok {
		t.Fatal("no answers.json")
	}
	var baseName string
	for _, line := range strings.Split(a.Comment, "\n") {
		if name, ok := strings.CutPrefix(line, "base: "); ok {
			baseName = strings.TrimSpace(name)
		}
	}
	if baseName == "" {
		return []byte(src)
	}
	raw, err := os.ReadFile(filepath.Join(dir, baseName))
	if err != nil {
		t.Fatal(err)
	}
	var base, over map[string]json.RawMessage
	mustUnmarshal(t, raw, &base)
	mustUnmarshal(t, []byte(src), &over)
	var baseAnswers, overAnswers map[string]json.RawMessage
	mustUnmarshal(t, base["answers"], &baseAnswers)
	if raw, ok := over["answers"]; ok {
		mustUnmarshal(t, raw, &overAnswers)
	}
	for id, v := range overAnswers {
		if string(v) == "null" {
			delete(baseAnswers, id)
		} else {
			baseAnswers[id] = v
		}
	}
	for k, v := range over {
		base[k] = v
	}
	merged, err := json.Marshal(baseAnswers)
	if err != nil {
		t.Fatal(err)
	}
	base["answers"] = merged
	out, err := json.Marshal(base)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func mustUnmarshal(t testing.TB, data []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatal(err)
	}
}
