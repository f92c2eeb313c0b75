package pdf

import (
	"strings"
	"testing"
)

func TestItemMarker(t *testing.T) {
	for _, c := range []struct{ name, line, marker string }{
		{"number and dot", "1. 成立工作组", "1. "},
		{"number, dot, no space", "2.成立工作组", "2."},
		{"Chinese comma", "3、每日消毒", "3、"},
		{"parenthesised", "（四）食堂", "（四）"},
		{"Chinese numeral", "五、宿舍", "五、"},
		{"bullet", "- wear a mask", "- "},
		{"indented", "    continued", "    "},
		{"indented number", "  6) close windows", "  6) "},
		{"decimal is no marker", "1.5 m apart", ""},
		{"year is no marker", "2026年2月10日", ""},
		{"negative number is no marker", "-5°C outside", ""},
		{"plain text", "食堂分三批就餐", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			marker, rest := itemMarker(c.line)
			if marker != c.marker || marker+rest != c.line {
				t.Errorf("itemMarker(%q) = %q, %q; want marker %q", c.line, marker, rest, c.marker)
			}
		})
	}
}

// TestEditedListIndent checks that a numbered item of the enterprise's own
// text that wraps continues under its text, not under its number.
func TestEditedListIndent(t *testing.T) {
	item := "1. " + strings.Repeat("食堂分三批就餐，每桌单向就座，间隔一米以上。", 6)
	l := newLayout(testFont(t), newSubstituter(testFont(t)))
	l.paragraph(item + "\n普通段落" + strings.Repeat("文字", 60))
	var xs []float64
	for _, o := range l.pages[0] {
		if o.kind == opText {
			xs = append(xs, o.x)
		}
	}
	// the number, the item's lines, then the plain paragraph's lines.
	if len(xs) < 6 {
		t.Fatalf("got %d lines of text, want at least 6", len(xs))
	}
	if xs[0] != marginX {
		t.Errorf("the number is at %.1f mm, want the margin %.1f", xs[0], marginX)
	}
	indent := xs[1]
	if indent <= marginX {
		t.Fatalf("the item's text starts at %.1f mm, not after its number", indent)
	}
	var plain []float64
	for _, x := range xs[2:] {
		if x != indent {
			plain = append(plain, x)
		}
	}
	if len(plain) == 0 || len(xs)-2-len(plain) < 1 {
		t.Fatalf("the item did not wrap onto an indented line: %v", xs)
	}
	for _, x := range plain {
		if x != marginX {
			t.Errorf("the plain paragraph has a line at %.1f mm, want the margin", x)
		}
	}
}

// TestWidowOrphan lays out paragraphs near the foot of a page and checks
// that a page break never leaves a single line of a paragraph on either
// side.
func TestWidowOrphan(t *testing.T) {
	lh := lineHeight(bodySize)
	for _, c := range []struct {
		name      string
		room      int // whole lines left on the page
		lines     int
		wantHere  int
		wantAfter int
	}{
		{"all fit", 5, 5, 5, 0},
		{"one line of room: all move", 1, 4, 0, 4},
		{"one line would be left over: two move", 4, 5, 3, 2},
		{"three lines, two of room: all move", 2, 3, 0, 3},
		{"two of room, four lines: two and two", 2, 4, 2, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := newLayout(testFont(t), newSubstituter(testFont(t)))
			l.add(op{kind: opLine}) // the page is not empty
			l.y = bottom - float64(c.room)*lh - 0.005
			lines := make([]string, c.lines)
			for i := range lines {
				lines[i] = "行"
			}
			l.textLines(lines, marginX, bodySize, ink, nil)
			count := func(p int) int {
				n := 0
				for _, o := range l.pages[p] {
					if o.kind == opText {
						n++
					}
				}
				return n
			}
			after := 0
			if len(l.pages) > 1 {
				after = count(1)
			}
			if here := count(0); here != c.wantHere || after != c.wantAfter {
				t.Errorf("%d lines with room for %d: %d here, %d on the next page; want %d and %d",
					c.lines, c.room, here, after, c.wantHere, c.wantAfter)
			}
		})
	}
}
