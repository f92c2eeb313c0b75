package assessment

import "strings"

// creditCodeChars are the 31 characters of a unified social credit code
// (GB 32100-2015), in the order of their values 0–30: the digits and the
// capital letters without I, O, Z, S and V.
const creditCodeChars = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// creditCodeWeights weigh the first 17 characters: 3^i mod 31.
var creditCodeWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// ValidCreditCode reports whether s is a unified social credit code
// (统一社会信用代码, GB 32100-2015): 18 characters from the code's
// alphabet, capital letters only, characters 3–8 an administrative
// division code (digits), and the 18th the check character over the first 17.
func ValidCreditCode(s string) bool {
	if len(s) != 18 {
		return false
	}
	for i := 2; i < 8; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	c, ok := CreditCodeCheck(s[:17])
	return ok && s[17] == c
}

// CreditCodeCheck returns the check character of the first 17 characters
// of a unified social credit code, and false when s is not 17 characters
// of the code's alphabet.
func CreditCodeCheck(s string) (byte, bool) {
	if len(s) != 17 {
		return 0, false
	}
	sum := 0
	for i := 0; i < 17; i++ {
		v := strings.IndexByte(creditCodeChars, s[i])
		if v < 0 {
			return 0, false
		}
		sum += v * creditCodeWeights[i]
	}
	return creditCodeChars[(31-sum%31)%31], true
}
