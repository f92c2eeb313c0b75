package pdf

import (
	"strings"
	"unicode"
)

// Line breaking for mixed Chinese, Japanese, Korean and Latin text.
//
// gofpdf's MultiCell and SplitText lose a Chinese character at every
// automatic line break, so the writer breaks lines itself. A line may break
// between any two CJK characters, after a space, after a hyphen inside a
// word, and, when one word is wider than the line, anywhere in that word.
// Kinsoku rules hold: no line starts with closing punctuation (or a small
// kana, an iteration mark, a prolonged sound mark), no line ends with
// opening punctuation; the character before is pulled down to the next line
// instead. Spaces at a break stay at the end of the line they follow, so the
// lines joined again give back the text exactly.

// noStart holds characters that may not begin a line.
const noStart = "。，、；：？！）」』】〉》〕〗〙〛”’｝］｠" +
	"．，；：？！）％" + // full-width forms
	".,;:?!)]}%" +
	"…‥·・ー々〻ゝゞヽヾ〜～" +
	"ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ" +
	"°℃‰"

// noEnd holds characters that may not end a line.
const noEnd = "（「『【〈《〔〖〘〚“‘｛［｟（" + "([{"

func isNoStart(r rune) bool { return strings.ContainsRune(noStart, r) }
func isNoEnd(r rune) bool   { return strings.ContainsRune(noEnd, r) }

// isSpace reports whether r is a space at which a line may break. The
// no-break space is not.
func isSpace(r rune) bool {
	return r == ' ' || r == '\u3000' || (r >= '\u2000' && r <= '\u200A')
}

// isCJK reports whether a line may break before and after r without a
// space: Han ideographs, kana, CJK symbols and punctuation, full-width
// forms. Hangul is written with spaces between words and is not included.
func isCJK(r rune) bool {
	switch {
	case r >= 0x2E80 && r <= 0x2FDF, // radicals
		r >= 0x3000 && r <= 0x303F, // CJK symbols and punctuation
		r >= 0x3040 && r <= 0x30FF, // Hiragana, Katakana
		r >= 0x31F0 && r <= 0x31FF, // Katakana phonetic extensions
		r >= 0x3400 && r <= 0x4DBF, // extension A
		r >= 0x4E00 && r <= 0x9FFF, // unified ideographs
		r >= 0xF900 && r <= 0xFAFF, // compatibility ideographs
		r >= 0xFE30 && r <= 0xFE4F, // compatibility forms
		r >= 0xFF00 && r <= 0xFF60, // full-width forms
		r >= 0x2460 && r <= 0x24FF: // enclosed numbers ①
		return true
	}
	return unicode.Is(unicode.Han, r)
}

// canBreak reports whether a line may end between a and b.
func canBreak(a, b rune) bool {
	switch {
	case isSpace(b) || isNoStart(b) || isNoEnd(a):
		return false
	case isSpace(a):
		return true
	case a == b && (a == '—' || a == '…' || a == '‥'):
		return false // a doubled dash or ellipsis stays together
	case isCJK(a) || isCJK(b):
		return true
	case a == '-' && unicode.IsLetter(b):
		return true
	}
	return false
}

// breakLines splits text into lines no wider than limit, as measured by
// width; text holds no line ends. Joining the lines gives text back. A line
// is wider than limit only when it ends with spaces (which are not drawn),
// with hanging punctuation (see forcedEnd) or when a single character is
// wider than limit.
func breakLines(text []rune, width func(rune) float64, limit float64) [][]rune {
	var lines [][]rune
	for start := 0; start < len(text); {
		end := lineEnd(text, start, width, limit)
		lines = append(lines, text[start:end])
		start = end
	}
	return lines
}

// lineEnd returns where the line starting at start ends.
func lineEnd(text []rune, start int, width func(rune) float64, limit float64) int {
	w, last := 0.0, -1 // last: the last place the line may end
	for i := start; i < len(text); i++ {
		r := text[i]
		if i > start && canBreak(text[i-1], r) {
			last = i
		}
		if !isSpace(r) && i > start && w+width(r) > limit {
			if last > start {
				return last
			}
			return forcedEnd(text, start, i)
		}
		w += width(r)
	}
	return len(text)
}

// maxHang is how many closing punctuation marks may hang past the end of a
// line when there is nothing to pull down to the next line.
const maxHang = 2

// forcedEnd ends a line that has no break opportunity before position i
// (where it overflows): a word wider than the line, or a run of
// punctuation. It keeps closing punctuation off the next line's start and
// opening punctuation off this line's end by ending the line earlier inside
// the run when that leaves something on this line, and otherwise by letting
// up to maxHang closing marks hang past the limit.
func forcedEnd(text []rune, start, i int) int {
	for end := i; end > start+1; end-- {
		if !isNoStart(text[end]) && !isNoEnd(text[end-1]) {
			return end
		}
	}
	end := i
	for end < len(text) && end < i+maxHang && isNoStart(text[end]) {
		end++
	}
	return end
}
