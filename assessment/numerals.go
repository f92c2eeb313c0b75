package assessment

import "strconv"

// numeralStyles are the ways a language writes a small number in running
// text, by the name its catalog gives under "lang.numerals": Chinese
// numerals (第三类, 三、, 两类) or digits (Category 3, 3. ). counted is
// true for a number that counts things before a measure word, where
// Chinese says 两, not 二.
var numeralStyles = map[string]func(n int, counted bool) string{
	"hanzi":  hanzi,
	"digits": func(n int, _ bool) string { return strconv.Itoa(n) },
}

// Numeral writes n as each language numbers a category, chapter or
// section: 三 in Chinese, 3 in the others.
func Numeral(n int) Text { return numeral(n, false) }

// countNumeral writes n as each language counts things: 两 in Chinese
// for two, 2 in the others.
func countNumeral(n int) Text { return numeral(n, true) }

// numeral writes n in each language's style ("lang.numerals"); a style
// the kit does not know writes digits (a test forbids it).
func numeral(n int, counted bool) Text {
	style := msg("lang.numerals")
	var t Text
	for i, l := range languageList {
		write := languageProperty(numeralStyles, style, l.code, "digits")
		t.set(i, write(n, counted))
	}
	return t
}

// hanzi writes 1–99 in Chinese numerals: 一, 十, 十二, 二十一, and 两 for
// a counted two; another number in digits.
func hanzi(n int, counted bool) string {
	digits := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n <= 0 || n > 99:
		return strconv.Itoa(n)
	case n == 2 && counted:
		return "两"
	case n < 10:
		return digits[n]
	}
	s := ""
	if n/10 > 1 {
		s = digits[n/10]
	}
	s += "十"
	if n%10 > 0 {
		s += digits[n%10]
	}
	return s
}
