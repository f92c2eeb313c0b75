package assessment

import "strings"

// ValidPhone reports whether s is a mainland Chinese phone number: a
// mobile number 1[3-9]XXXXXXXXX (optionally after +86), or a landline with
// its area code, e.g. 0531-88888888, 010-12345678 or 010-12345678-123 (an
// extension of 1–6 digits). Spaces, and dashes in a mobile number, may
// separate groups.
func ValidPhone(s string) bool {
	s = strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	return ValidMobile(strings.ReplaceAll(s, "-", "")) || validLandline(s)
}

// ValidMobile reports whether s is a mainland mobile number: 11 digits,
// 1 then 3–9, optionally after +86.
func ValidMobile(s string) bool {
	s = strings.TrimPrefix(s, "+86")
	return len(s) == 11 && s[0] == '1' && s[1] >= '3' && s[1] <= '9' && digits(s)
}

// ValidHotline reports whether s is a number a hotline may have: any
// ValidPhone, a public service number of 3 or 5 digits starting with 1
// (120, 12320, 12345), or a 400/800 number (400-123-4567).
func ValidHotline(s string) bool {
	if ValidPhone(s) {
		return true
	}
	s = strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	if (len(s) == 3 || len(s) == 5) && s[0] == '1' && digits(s) {
		return true
	}
	s = strings.ReplaceAll(s, "-", "")
	return len(s) == 10 && (strings.HasPrefix(s, "400") || strings.HasPrefix(s, "800")) && digits(s)
}

// validLandline accepts AREA-NUMBER[-EXT] or AREANUMBER: the area code is
// 0 then 1 or 2 and one digit (010, 020–029, with 8-digit numbers) or 0
// then 3–9 and two digits (0531, with 7- or 8-digit numbers); a number
// never starts with 0.
func validLandline(s string) bool {
	parts := strings.Split(s, "-")
	var area, number string
	switch len(parts) {
	case 1:
		if len(s) < 4 || s[0] != '0' {
			return false
		}
		n := 4
		if s[1] == '1' || s[1] == '2' {
			n = 3
		}
		area, number = s[:n], s[n:]
	case 2, 3:
		area, number = parts[0], parts[1]
		if len(parts) == 3 && (len(parts[2]) < 1 || len(parts[2]) > 6 || !digits(parts[2])) {
			return false
		}
	default:
		return false
	}
	if !digits(area) || !digits(number) || len(area) < 3 || area[0] != '0' {
		return false
	}
	if len(number) == 0 || number[0] == '0' {
		return false
	}
	if area[1] == '1' || area[1] == '2' {
		return len(area) == 3 && len(number) == 8
	}
	return len(area) == 4 && area[1] != '0' && (len(number) == 7 || len(number) == 8)
}

// digits reports whether s is all ASCII digits (and not empty).
func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
