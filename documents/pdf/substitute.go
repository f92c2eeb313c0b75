package pdf

import (
	"fmt"
	"strings"
	"unicode"
)

// Substitution is a character the font cannot draw (outside the Basic
// Multilingual Plane, such as 𠮷 or an emoji, or without a non-blank glyph,
// such as ℃ or Arabic and Hebrew letters). The PDF shows StandIn in its
// place. The UI lists substitutions so that the user can reword the text.
type Substitution struct {
	Char    rune   // the character as written
	Section string // ID of the section holding it; "" for the plan's own fields
	Where   string // where it first appears: "title", "paragraph 2", "table 1 row 3", "footer" …
	Count   int    // how many times it was replaced in that section
}

// String describes s for a log or an error report, e.g.
// "U+20BB7 𠮷 in prevention.canteen (paragraph 1), 2 times".
func (s Substitution) String() string {
	where := s.Where
	if s.Section != "" {
		where = s.Section + " (" + s.Where + ")"
	}
	return fmt.Sprintf("U+%04X %c in %s, %d times", s.Char, s.Char, where, s.Count)
}

// StandIn is the character drawn in place of one the font cannot draw, when
// the font has it; otherwise "?" is drawn.
const StandIn = '□'

// substituter cleans text before it is measured and drawn, and records what
// it replaced.
type substituter struct {
	font    *Font
	standIn rune
	list    []Substitution
	index   map[[2]string]int // (section, char) → position in list
}

func newSubstituter(f *Font) *substituter {
	s := &substituter{font: f, standIn: '?', index: make(map[[2]string]int)}
	if f.Has(StandIn) {
		s.standIn = StandIn
	}
	return s
}

// clean returns text ready to draw: line ends become "\n", tabs spaces;
// invisible format characters (zero-width joiners and spaces, byte order
// marks, bidi marks, variation selectors) and other control characters are
// dropped, as they draw nothing; every character the font cannot draw
// becomes the stand-in and is recorded against section and where.
func (s *substituter) clean(text, section, where string) string {
	var b strings.Builder
	b.Grow(len(text))
	text = strings.ReplaceAll(text, "\r\n", "\n")
	for _, r := range text {
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte(' ')
		case unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Variation_Selector, r):
			// draws nothing
		case s.font.Has(r):
			b.WriteRune(r)
		default:
			b.WriteRune(s.standIn)
			s.record(r, section, where)
		}
	}
	return b.String()
}

// line is clean for text that must stay on one line (header, footer,
// metadata): line ends become spaces.
func (s *substituter) line(text, section, where string) string {
	return strings.ReplaceAll(s.clean(text, section, where), "\n", " ")
}

func (s *substituter) record(r rune, section, where string) {
	key := [2]string{section, string(r)}
	if i, ok := s.index[key]; ok {
		s.list[i].Count++
		return
	}
	s.index[key] = len(s.list)
	s.list = append(s.list, Substitution{Char: r, Section: section, Where: where, Count: 1})
}
